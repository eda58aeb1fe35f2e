"""Small policy and claims lists the tests write, and the dealers they belong to (through the real services)."""

from __future__ import annotations

from pathlib import Path

from desktop.rules.dealers import records as r
from desktop.services.aftersales import commit as list_commit, read as list_read
from desktop.services.context import ServiceContext
from desktop.services.dealers import files as dealers
from tests.spreadsheets.roster_files import uscc, write_xlsx

POLICY_HEADER = ["保单号", "车牌号", "车架号", "被保险人", "被保险人电话", "险种", "保费", "起保日期", "终保日期", "新转续",
                 "代理点代码", "统一社会信用代码", "车商名称"]
CLAIM_HEADER = ["报案号", "保单号", "车牌号", "出险日期", "定损金额", "修理厂", "修理厂代码", "送修标志", "案件状态"]


def make_dealers(ctx: ServiceContext) -> dict[str, int]:
    """Three dealers: 宏达 (USCC 1), 骏通 (USCC 2), 远景 (no USCC); their ids by short name."""
    out = {}
    for short, legal, code in (("宏达", "杭州宏达丰田汽车销售服务有限公司", uscc(1)), ("骏通", "宁波骏通大众汽车有限公司", uscc(2, "330200")),
                               ("远景", "温州远景汽车销售有限公司", None)):
        saved = dealers.save(ctx, r.Dealer(legal_name=legal, short_name=short, uscc=code, city="杭州"))
        out[short] = saved.id
    return out


def policy(no: str, premium, starts: str, ends: str, business: str = "新车", *, code: str = "", uscc_: str = "",
           name: str = "", holder: str = "张三", phone: str = "13812345678", coverage: str = "商业险", plate: str = "浙A12345") -> list:
    return [no, plate, "LVSHCAMB1CE012345", holder, phone, coverage, premium, starts, ends, business, code, uscc_, name]


def claim(no: str, policy_no: str, loss_on: str, amount, shop: str = "", *, code: str = "", referred: str = "是",
          status: str = "已结案") -> list:
    return [no, policy_no, "浙A12345", loss_on, amount, shop, code, referred, status]


def write_policies(path: Path, rows: list[list], *, title: bool = True) -> Path:
    head = [["2026年11月 车商渠道保单清单"], ["制表：核心系统导出"]] if title else []
    return write_xlsx(path, head + [POLICY_HEADER] + rows, sheet="保单清单")


def write_claims(path: Path, rows: list[list]) -> Path:
    return write_xlsx(path, [CLAIM_HEADER] + rows, sheet="赔案清单")


def plan_of(ctx: ServiceContext, path: Path, kind: str):
    return list_read.analyse(ctx, list_read.open_list(ctx, path, kind))


def import_list(ctx: ServiceContext, path: Path, kind: str):
    plan = plan_of(ctx, path, kind)
    return plan, list_commit.commit(ctx, plan)
