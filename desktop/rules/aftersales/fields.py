"""The columns of the two lists the insurer's core system exports: the policy list (保单清单) and
the claims list (赔案清单) — which field each column feeds, how its cells are read, its aliases.

Display headers are the i18n ``aftersales.field.<name>`` labels (so an exported list comes back in);
the aliases are the ways core-system exports and branch spreadsheets name the same column.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.i18n import t


@dataclass(frozen=True)
class ListField:
    name: str
    kind: str  # key, text, phone, plate, amount, date, coverage, business, flag, code, uscc
    aliases: tuple[str, ...] = ()
    required: bool = False
    sensitive: bool = False  # personal data: out of exports and documents unless chosen

    def header(self, lang: str | None = None) -> str:
        return t(f"aftersales.field.{self.name}", lang)


POLICY_FIELDS: tuple[ListField, ...] = (
    ListField("policy_no", "key", ("保单号", "保单号码", "保险单号", "保单编号", "policy no", "policy number"), required=True),
    ListField("plate", "plate", ("车牌号", "车牌号码", "车牌", "号牌号码", "plate", "licence plate", "license plate")),
    ListField("vin", "key", ("车架号", "VIN", "VIN码", "车辆识别代号", "车辆识别代码", "车架号/VIN", "frame no")),
    ListField("holder_name", "text", ("被保险人", "被保险人名称", "被保险人姓名", "投保人", "投保人名称", "客户名称", "客户姓名",
                                      "policyholder", "insured"), sensitive=True),
    ListField("holder_phone", "phone", ("被保险人电话", "被保险人手机", "投保人电话", "客户电话", "联系电话", "手机号", "电话",
                                        "policyholder phone", "phone"), sensitive=True),
    ListField("coverage", "coverage", ("险种", "险类", "险别", "险种类别", "险种名称", "coverage", "line")),
    ListField("premium", "amount", ("保费", "签单保费", "含税保费", "实收保费", "总保费", "保险费", "premium"), required=True),
    ListField("starts_on", "date", ("起保日期", "保险起期", "起保日", "保险起始日期", "起保时间", "starts", "start date"), required=True),
    ListField("ends_on", "date", ("终保日期", "保险止期", "终保日", "保险终止日期", "到期日期", "终保时间", "ends", "end date", "expiry"),
              required=True),
    ListField("business", "business", ("新转续", "新续转", "新续转标志", "业务类型", "业务性质", "新保/续保/转保", "续保标志",
                                       "new/renewal/transfer", "business type")),
    ListField("agency_code", "code", ("代理点代码", "渠道代码", "中介代码", "代理机构代码", "中介机构代码", "代理人代码",
                                      "出单渠道代码", "agency code", "channel code")),
    ListField("dealer_uscc", "uscc", ("统一社会信用代码", "社会信用代码", "信用代码", "uscc")),
    ListField("dealer_name", "text", ("车商名称", "代理机构名称", "中介机构名称", "渠道名称", "出单渠道", "车商", "经销商",
                                      "dealer", "dealer name", "channel")),
)

CLAIM_FIELDS: tuple[ListField, ...] = (
    ListField("claim_no", "key", ("报案号", "报案号码", "案件号", "赔案号", "claim no", "claim number", "report no"), required=True),
    ListField("policy_no", "key", ("保单号", "保单号码", "保险单号", "商业险保单号", "policy no", "policy number")),
    ListField("plate", "plate", ("车牌号", "车牌号码", "车牌", "号牌号码", "plate")),
    ListField("loss_on", "date", ("出险日期", "出险时间", "事故日期", "loss date", "date of loss"), required=True),
    ListField("loss_amount", "amount", ("定损金额", "核定损失金额", "定损总金额", "估损金额", "loss amount", "assessed amount"),
              required=True),
    ListField("repair_shop", "text", ("修理厂", "修理厂名称", "维修单位", "送修单位", "维修厂", "承修单位", "repair shop", "workshop")),
    ListField("shop_code", "code", ("修理厂代码", "维修单位代码", "合作修理厂代码", "shop code")),
    ListField("shop_uscc", "uscc", ("修理厂统一社会信用代码", "维修单位信用代码", "统一社会信用代码", "shop uscc")),
    ListField("referred", "flag", ("送修标志", "是否送修", "送修", "推修标志", "是否推修", "referred", "referral")),
    ListField("status", "text", ("案件状态", "赔案状态", "状态", "status")),
)

LISTS: dict[str, tuple[ListField, ...]] = {"policies": POLICY_FIELDS, "claims": CLAIM_FIELDS}
KEY_FIELD = {"policies": "policy_no", "claims": "claim_no"}
# The columns a row is matched to its dealer by, in order: a code the branch mapped, the dealer's USCC, its name.
MATCH_FIELDS = {"policies": ("agency_code", "dealer_uscc", "dealer_name"), "claims": ("shop_code", "shop_uscc", "repair_shop")}
SENSITIVE_FIELDS: frozenset[str] = frozenset(f.name for fields in LISTS.values() for f in fields if f.sensitive)


def fields_of(kind: str) -> tuple[ListField, ...]:
    return LISTS[kind]


def names_of(kind: str) -> tuple[str, ...]:
    return tuple(f.name for f in LISTS[kind])


def header_names(kind: str) -> list[tuple[str, str]]:
    """(header text, field) pairs: every field's display headers first, then the aliases."""
    fields = LISTS[kind]
    return [(f.header(lang), f.name) for f in fields for lang in ("zh_CN", "en")] + \
        [(alias, f.name) for f in fields for alias in f.aliases]
