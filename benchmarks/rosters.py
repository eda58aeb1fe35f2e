"""The rosters the roster benchmark imports, and the scripts of its baselines (run as fresh processes).

Roster A is the harness's own, as sub-branches send them; roster B is another shape, which nothing
in the import was tuned for. Both carry the dealers of a demo territory (seed 3) the harness makes.
"""

from __future__ import annotations

import random

SHAPES = ("A", "B")

INCOMING_HEADERS = [
    "序号", "经销商名称", "简称", "统一社会信用代码", "省份", "城市", "区县", "详细地址", "品牌", "主营车型", "年销量（台）",
    "类型", "成立时间", "联系人", "联系方式", "信息来源", "保费规模（万元）", "业务结构", "新车承保率", "续保率", "送修需求", "承修品牌",
    "合作主体", "合作意愿", "代理资质证号", "资质有效期", "合作保险公司", "备注",
]
B_HEADERS = ["Dealer name", "Region manager", "City", "Brand", "Phone", "Contact", "Address", "District", "Annual sales",
             "Last visit", "Remarks"]

# Header → dealers column, for the floor (both shapes).
FLOOR_COLUMNS = {
    "经销商名称": "legal_name", "简称": "short_name", "统一社会信用代码": "uscc", "省份": "province", "城市": "city",
    "区县": "district", "详细地址": "address", "主营车型": "main_models", "年销量（台）": "annual_sales", "类型": "dealer_type",
    "成立时间": "founded_on", "联系人": "contact_name", "联系方式": "contact_phone", "保费规模（万元）": "premium_scale",
    "业务结构": "business_structure", "新车承保率": "new_car_rate", "续保率": "renewal_rate", "送修需求": "repair_needs",
    "合作主体": "entity_structure", "合作意愿": "willingness", "代理资质证号": "licence_no", "资质有效期": "licence_expiry",
    "备注": "notes", "Dealer name": "legal_name", "City": "city", "Phone": "contact_phone", "Contact": "contact_name",
    "Address": "address", "District": "district", "Annual sales": "annual_sales", "Remarks": "notes",
}

# The floor: python-calamine reads the sheet; one executemany puts the same rows into an empty copy
# of the dealers table with its indexes (its DDL taken from a database the app made; not the history triggers).
FLOOR = f"""
import sqlite3, sys
import python_calamine
COLUMNS = {FLOOR_COLUMNS!r}
NULLABLE = {{"uscc", "annual_sales", "founded_on", "premium_scale", "new_car_rate", "renewal_rate", "licence_expiry"}}
TEXT = ("short_name", "province", "city", "district", "address", "main_models", "dealer_type", "contact_name", "contact_phone",
        "business_structure", "repair_needs", "entity_structure", "willingness", "licence_no", "notes")
xlsx, template, target = sys.argv[1:4]
book = python_calamine.CalamineWorkbook.from_path(xlsx)
rows = book.get_sheet_by_index(0).to_python()
book.close()
head = next(i for i, r in enumerate(rows[:30]) if sum(1 for v in r if v in COLUMNS) >= 3)
cols = [(j, COLUMNS[v]) for j, v in enumerate(rows[head]) if v in COLUMNS]
names = [c for _j, c in cols]
name_at = cols[names.index("legal_name")][0]
missing = [c for c in TEXT if c not in names]
extra = ["archived", "name_pinyin", "name_initials", "version", "created_at", "created_by", "updated_at", "updated_by"]
pad = tuple("" for _c in missing) + (0, "", "", 1, "2026-01-01 00:00:00.000000", "floor", "2026-01-01 00:00:00.000000", "floor")
data = [tuple(None if r[j] == "" and c in NULLABLE else r[j] for j, c in cols) + pad
        for r in rows[head + 1:] if len(r) > name_at and str(r[name_at]).endswith("公司")]
with sqlite3.connect(template) as src:
    ddl = [s for (s,) in src.execute("SELECT sql FROM sqlite_master WHERE tbl_name = 'dealers' AND type IN ('table', 'index') AND sql IS NOT NULL ORDER BY type DESC")]
conn = sqlite3.connect(target)
for statement in ddl:
    conn.execute(statement)
columns = names + missing + extra
conn.executemany(f"INSERT INTO dealers ({{', '.join(columns)}}) VALUES ({{', '.join('?' * len(columns))}})", data)
conn.commit()
conn.close()
print(len(data))
"""

# The export's baseline: the same query, the same values written with openpyxl write-only, no styling.
PLAIN_EXPORT = """
import sys
from openpyxl import Workbook
from desktop.i18n import set_language, t
from desktop.services.rosters import export as roster_export
from desktop.services.context import ServiceContext
from desktop.spreadsheets.columns import COLUMNS
set_language("en")
ctx = ServiceContext.open(sys.argv[1], "bench")
ids, rows = roster_export.rows_for_export(ctx)
people = roster_export.people_rows(ctx, ids, False)
book = Workbook(write_only=True)
for title, header, values in ((t("roster.sheet.dealers"), [c.header() for c in COLUMNS], rows),
                              (t("roster.sheet.people"), ["dealer", "uscc", *roster_export.people_fields(False)], people)):
    sheet = book.create_sheet(title)
    sheet.append(header)
    for row in values:
        sheet.append(list(row))
book.save(sys.argv[2])
"""


def write_rosters(territory_url: str, path_a: str, path_b: str) -> None:
    """Both rosters from the territory's dealers (run in a process of its own by the harness)."""
    from desktop.i18n import set_language
    from desktop.services.rosters import export as roster_export
    from desktop.services.context import ServiceContext

    set_language("zh_CN")
    ctx = ServiceContext.open(territory_url, "bench")
    _ids, rows = roster_export.rows_for_export(ctx)
    ctx.dispose()
    write_incoming(path_a, rows)
    write_other_shape(path_b, rows)


def write_incoming(target: str, rows: list[list]) -> None:
    """A roster as sub-branches send them: a title, a 制表 line, Chinese alias headers, mixed formats."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    ws = book.create_sheet("车商名录")
    ws.append(["2026年浙江、江苏及直辖市车商名录（汇总）"])
    ws.append(["制表单位：渠道部    日期：2026-11-20"])
    ws.append([])
    ws.append(INCOMING_HEADERS)
    for n, v in enumerate(rows, start=1):
        phone, sales, founded, premium, new_rate, renewal = v[13], v[9], v[11], v[15], v[17], v[18]
        if phone and phone.startswith("1"):
            phone = (f"{phone[:3]} {phone[3:7]} {phone[7:]}", f"+86 {phone}", phone)[n % 3]
        if sales is not None and n % 4 == 0:
            sales = f"{sales:,}"
        if founded is not None and n % 5 < 2:
            founded = founded.strftime("%Y年%m月%d日" if n % 5 == 0 else "%Y/%m/%d")
        premium = premium / 10000 if premium is not None else None
        if new_rate is not None and n % 2:
            new_rate, renewal = f"{new_rate * 100:.1f}%", (f"{renewal * 100:.1f}%" if renewal is not None else None)
        ws.append([n, *v[:9], sales, v[10], founded, v[12], phone, v[14], premium, v[16], new_rate, renewal, *v[19:27]])
    ws.append(["制表人：张三"])
    ws.append([f"合计：{len(rows)} 家"])
    book.save(target)


def write_other_shape(target: str, rows: list[list]) -> None:
    """English headers on the first row, eleven columns in another order (two the app does not
    know), rows shuffled, sales as plain numbers, phones as written, a visit date per dealer.

    Roster B has no credit codes, so nothing but the name tells two companies apart: a name that
    looks like another of the same city (the import's own rule, ``rosters.match``) would rightly be
    left for a person to decide. The demo's names are unique but not unlike one another (a group's
    stores in two districts of one city share trade name and brand), so B renames such a dealer
    with a trade name of its own — a roster of distinct companies at any size, every row of it
    to be created, as the floor inserts every row."""
    from datetime import date, timedelta

    from openpyxl import Workbook

    rng = random.Random(11)
    order = list(rows)
    rng.shuffle(order)
    managers = ["王经理", "李经理", "赵经理", "孙经理"]
    names = _distinct_names(order)
    book = Workbook(write_only=True)
    ws = book.create_sheet("Dealers")
    ws.append(B_HEADERS)
    for v, name in zip(order, names):
        ws.append([name, rng.choice(managers), v[4], v[7], v[13], v[12], v[6], v[5], v[9],
                   date(2026, 11, 1) - timedelta(days=rng.randrange(400)), v[26]])
    book.save(target)


# Trade names for roster B's renamed dealers: three characters, none a trade word or a place.
_TRADE_A = "骏元恒华金瑞永尚正运润天远鑫东开星锦宏合和盛信嘉豪泰"
_TRADE_B = "通达丰祥源昌隆安顺利成茂鸿晟铭"


def _distinct_names(rows: list[list]) -> list[str]:
    """Each row's legal name, or a new one where its core name (place names, legal form and trade
    words left out) is already taken in its city or is empty: no two rows look alike."""
    from itertools import product

    from desktop.services.rosters.match import core_name, norm_city

    trades = ["".join(p) for p in product(_TRADE_A, _TRADE_B, _TRADE_A) if len(set(p)) == 3]
    taken: set[tuple[str, str]] = set()
    cursor: dict[str, int] = {}
    out = []
    for v in rows:
        legal, city, district = v[0], v[4] or "", v[5] or ""
        key = (core_name(legal, "", city, district), norm_city(city))
        n = cursor.get(city, 0)
        while not key[0] or key in taken:
            brand = (v[7] or "").split("、")[0].split(",")[0]
            trade = trades[n % len(trades)] + (str(n // len(trades)) if n >= len(trades) else "")
            legal = f"{city}{district}{trade}{brand}汽车销售服务有限公司"
            key = (core_name(legal, "", city, district), norm_city(city))
            n += 1
        cursor[city] = n
        taken.add(key)
        out.append(legal)
    return out
