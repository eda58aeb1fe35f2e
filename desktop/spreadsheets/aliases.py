"""Header aliases: the many ways rosters name each column, in Chinese and English.

Matching ignores case, spaces, full/half width, required-field stars and a trailing unit in
brackets ("自有保费规模（万元）" → "自有保费规模"). The display headers of every language the app
writes (``field.<name>``) are aliases too, so exported rosters come back in.
"""

from __future__ import annotations

ALIASES: dict[str, tuple[str, ...]] = {
    "legal_name": (
        "车商名称", "经销商名称", "4S店名称", "公司名称", "企业名称", "单位名称", "名称", "车商全称", "经销商全称",
        "企业全称", "公司全称", "门店名称", "店名", "客户名称", "机构名称", "全称", "车商", "经销商",
        "dealer name", "dealer", "name", "company name", "company", "legal name", "enterprise name", "full name",
    ),
    "short_name": ("简称", "车商简称", "经销商简称", "公司简称", "门店简称", "企业简称", "short name", "abbreviation", "short"),
    "uscc": (
        "统一社会信用代码", "社会信用代码", "信用代码", "统一信用代码", "营业执照号", "营业执照号码", "营业执照注册号",
        "工商注册号", "注册号", "uscc", "unified social credit code", "credit code", "social credit code",
        "business licence no", "business license no", "business license number",
    ),
    "province": ("省份", "省", "所在省份", "所属省份", "province"),
    "city": ("城市", "地市", "市", "所在城市", "所属城市", "所在地市", "所属地市", "地区", "city", "prefecture"),
    "district": ("区县", "区/县", "县区", "区", "县", "所在区县", "所属区县", "行政区", "district", "county"),
    "address": (
        "地址", "详细地址", "经营地址", "注册地址", "门店地址", "公司地址", "办公地址", "所在地址", "联系地址",
        "address", "business address", "registered address",
    ),
    "brands": ("经营品牌", "品牌", "代理品牌", "授权品牌", "销售品牌", "主营品牌", "品牌名称", "brand", "brands", "make"),
    "main_models": ("主销车型", "主营车型", "车型", "主要车型", "销售车型", "main models", "models", "main model"),
    "annual_sales": (
        "年新车销量", "年销量", "新车销量", "年销售量", "销量", "年度销量", "销售量", "年新车销售量", "年销售台次",
        "销售台次", "annual sales", "annual new car sales", "sales volume", "units sold", "yearly sales",
    ),
    "dealer_type": ("车商类型", "类型", "经销商类型", "门店类型", "店型", "业态", "dealer type", "type", "store type"),
    "founded_on": (
        "成立日期", "成立时间", "注册日期", "开业日期", "开业时间", "成立年月", "founded", "founded on", "date founded",
        "established", "establishment date", "incorporation date",
    ),
    "contact_name": ("主要联系人", "联系人", "联系人姓名", "负责人", "对接人", "contact", "contact name", "contact person", "main contact"),
    "contact_phone": (
        "联系电话", "电话", "联系方式", "手机", "手机号", "手机号码", "联系人电话", "联系手机", "电话号码", "座机",
        "phone", "telephone", "tel", "mobile", "contact phone", "phone number",
    ),
    "sources": ("摸底来源", "来源", "信息来源", "数据来源", "核实来源", "source", "sources", "survey sources", "information source"),
    "premium_scale": ("自有保费规模", "保费规模", "自有保费", "年保费规模", "保费", "年保费", "premium scale", "premium", "own premium", "premium volume"),
    "business_structure": ("业务结构", "business structure", "business mix"),
    "new_car_rate": (
        "新车承保率", "新车投保率", "新保率", "新车渗透率", "新车保险渗透率", "new car rate", "new-car insurance rate",
        "new car insurance rate", "new car penetration",
    ),
    "renewal_rate": ("续保率", "renewal rate", "renewal"),
    "repair_needs": ("送修需求", "送修", "repair needs", "repair referral needs", "repair-referral needs"),
    "brands_repaired": ("承修品牌", "维修品牌", "brands repaired", "repair brands"),
    "entity_structure": ("合作主体结构", "合作主体", "主体结构", "contracting entity", "entity structure", "contracting-entity structure"),
    "willingness": ("合作意愿", "意愿", "willingness", "willingness to cooperate", "cooperation willingness"),
    "licence_no": (
        "代理资质证号", "代理资质", "资质证号", "兼业代理许可证号", "代理许可证号", "许可证号", "兼业代理资格证号",
        "licence no", "license no", "licence number", "license number", "agency licence", "agency license",
        "agency licence number",
    ),
    "licence_expiry": (
        "代理资质有效期至", "资质有效期", "有效期至", "资质到期日", "许可证有效期", "有效期", "licence expiry",
        "license expiry", "agency licence expiry", "expiry", "expires", "valid until",
    ),
    "insurers": (
        "现合作保险公司及份额", "现合作保险公司", "合作保险公司", "合作保司", "保险公司", "承保公司", "合作险企",
        "current insurers", "insurers", "insurer shares", "current insurers and shares", "insurance companies",
    ),
    "notes": ("备注", "备注信息", "其他说明", "notes", "note", "remarks", "remark", "comments", "comment"),
}

# Headers the app itself adds to files it writes; never mapped to a field.
IGNORED = ("导入问题", "import problems", "原文件行号", "row in original file")
