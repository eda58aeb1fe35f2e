"""Each normalisation the import applies, on cells written to a real workbook and read back."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from desktop.rules.dealers import records as r
from desktop.spreadsheets.headers import detect
from desktop.spreadsheets.reader import Workbook
from desktop.spreadsheets.rows import RowConverter
from tests.spreadsheets import roster_files as rf

COLUMN = {
    "legal_name": "车商名称", "uscc": "统一社会信用代码", "city": "城市", "contact_phone": "联系电话", "annual_sales": "年销量",
    "premium_scale": "自有保费规模（元）", "new_car_rate": "新车承保率", "founded_on": "成立日期", "dealer_type": "车商类型",
    "willingness": "合作意愿", "sources": "摸底来源", "brands": "经营品牌", "insurers": "现合作保险公司及份额",
    "notes": "备注", "licence_no": "代理资质证号",
}
CASES = [
    ("legal_name", "  杭州宏达（集团）汽车  有限公司 ", "杭州宏达(集团)汽车 有限公司"),
    ("legal_name", "ＡＢＣ汽车有限公司", "ABC汽车有限公司"),
    ("uscc", " " + rf.uscc(7).lower() + " ", rf.uscc(7)),
    ("contact_phone", "+86 138 1234 5678", "13812345678"),
    ("contact_phone", "138-1234-5678", "13812345678"),
    ("contact_phone", "(0571) 8888 6666", "0571-88886666"),
    ("contact_phone", "0571-88886666转123", "0571-88886666-123"),
    ("contact_phone", "０５７１－８８８８６６６６", "0571-88886666"),
    ("contact_phone", 13812345678, "13812345678"),
    ("annual_sales", "1.2万", 12000),
    ("annual_sales", "12,345", 12345),
    ("annual_sales", "１２３４", 1234),
    ("annual_sales", 1500.0, 1500),
    ("premium_scale", "￥3,000万元", Decimal("30000000.00")),
    ("premium_scale", "1.5亿", Decimal("150000000.00")),
    ("premium_scale", "2000000", Decimal("2000000.00")),
    ("new_car_rate", "85%", Decimal("85.00")),
    ("new_car_rate", 0.85, Decimal("85.00")),
    ("new_car_rate", "85", Decimal("85.00")),
    ("new_car_rate", "８５％", Decimal("85.00")),
    ("founded_on", date(2012, 5, 18), date(2012, 5, 18)),
    ("founded_on", 41047, date(2012, 5, 18)),
    ("founded_on", "2012/5/18", date(2012, 5, 18)),
    ("founded_on", "2012-05-18", date(2012, 5, 18)),
    ("founded_on", "2012年5月18日", date(2012, 5, 18)),
    ("founded_on", "2012.05.18", date(2012, 5, 18)),
    ("founded_on", datetime(2012, 5, 18, 9, 30), date(2012, 5, 18)),
    ("dealer_type", "4S店", "4s"),
    ("dealer_type", "Dealer group", "group"),
    ("dealer_type", "集团", "group"),
    ("willingness", "强烈", "high"),
    ("willingness", "Moderate", "medium"),
    ("sources", "行业协会、网络，实地走访", ["association", "web", "field"]),
    ("sources", "Media; Web", ["media", "web"]),
    ("brands", "丰田、雷克萨斯 / 丰田", ["丰田", "雷克萨斯"]),
    ("insurers", "人保财险 60%、平安产险(30%)；太保", [r.InsurerShare("人保财险", Decimal("60.00")), r.InsurerShare("平安产险", Decimal("30.00")), r.InsurerShare("太保", None)]),
    ("notes", "  新车保险约占六成，续保约占四成\r\n下月复访 ", "新车保险约占六成，续保约占四成\n下月复访"),
    ("licence_no", 330106000123456.0, "330106000123456"),
]


@pytest.fixture(scope="module")
def read_back(tmp_path_factory):
    """Every case in its own row of a real .xlsx, read back through calamine."""
    headers = list(COLUMN.values())
    rows = [["2026年名录（测试）"], headers]
    for n, (field_name, raw, _expected) in enumerate(CASES):
        row = [f"测试车商{n}有限公司"] + [None] * (len(headers) - 1)
        row[list(COLUMN).index(field_name)] = raw
        rows.append(row)
    path = rf.write_xlsx(tmp_path_factory.mktemp("norm") / "cases.xlsx", rows)
    with Workbook(path) as book:
        grid = book.read()
    guess = detect(grid.rows)
    converter = RowConverter(guess.headers, guess.mapping)
    return [converter.check(row) for row in grid.rows[guess.index + 1:]]


@pytest.mark.parametrize("case", range(len(CASES)), ids=[f"{f}:{v!r}" for f, v, _ in CASES])
def test_normalised(read_back, case):
    field_name, raw, expected = CASES[case]
    dealer, problems = read_back[case]
    assert not problems, f"{raw!r} in {field_name} is accepted: {[p.message() for p in problems]}"
    value = getattr(dealer, field_name)
    if field_name == "sources":
        assert sorted(value) == sorted(expected), f"{raw!r} → {expected}"
    elif field_name == "insurers":
        assert [(i.insurer, i.share) for i in value] == [(i.insurer, i.share) for i in expected], f"{raw!r} → {expected}"
    else:
        assert value == expected, f"{raw!r} in {field_name} → {expected!r}, got {value!r}"


BAD = [
    ("contact_phone", "12345", "phone.mobile"),
    ("annual_sales", "许多", "value.count"),
    ("annual_sales", "-5", "value.negative"),
    ("new_car_rate", "150%", "value.percent_range"),
    ("founded_on", "2012-13-01", "value.date"),
    ("dealer_type", "超市", "value.choice"),
    ("sources", "火星", "roster.value.source"),
    ("uscc", "91330100MA2B3C4D5Z", "uscc.chars"),
    ("legal_name", "  ", "required"),
]


def test_bad_values_name_their_column(tmp_path):
    headers = list(COLUMN.values())
    rows = [headers]
    for field_name, raw, _code in BAD:
        row = ["某车商有限公司"] + [None] * (len(headers) - 1)
        row[list(COLUMN).index(field_name)] = raw
        rows.append(row)
    path = rf.write_xlsx(tmp_path / "bad.xlsx", rows)
    with Workbook(path) as book:
        grid = book.read()
    converter = RowConverter(grid.rows[0], detect(grid.rows).mapping)
    for (field_name, raw, code), row in zip(BAD, grid.rows[1:]):
        dealer, problems = converter.check(row)
        assert dealer is None, f"{raw!r} in {field_name} is rejected"
        assert [(p.column, p.code) for p in problems] == [(list(COLUMN).index(field_name), code)], \
            f"{raw!r} in {field_name}: one problem {code} on its own column, got {[(p.column, p.code) for p in problems]}"


def test_repeated_values_give_the_same_verdict(tmp_path):
    path = rf.write_xlsx(tmp_path / "rep.xlsx", [["车商名称", "城市", "车商类型"]] + [[f"车商{n}有限公司", " 杭州 ", "超市" if n % 2 else "4S店"] for n in range(6)])
    with Workbook(path) as book:
        grid = book.read()
    converter = RowConverter(grid.rows[0], detect(grid.rows).mapping)
    results = [converter.check(row) for row in grid.rows[1:]]
    assert all(d.city == "杭州" and d.dealer_type == "4s" for d, p in results[0::2]), "cached good verdicts give the cleaned value"
    assert all(d is None and p[0].code == "value.choice" for d, p in results[1::2]), "cached bad verdicts give the same problem"


def test_note_and_example_rows_are_not_data():
    converter = RowConverter(["车商名称", "城市"], ["legal_name", "city"])
    assert converter.kind(["制表人：张三", ""]) == "note", "制表 lines are notes"
    assert converter.kind(["合计：3 家", None]) == "note", "totals are notes"
    assert converter.kind(["【示例】杭州宏达丰田汽车销售服务有限公司", "杭州"]) == "example", "the template's example row"
    assert converter.kind(["", "  "]) == "blank", "whitespace only is blank"
    assert converter.kind(["说明书汽车有限公司", "杭州"]) == "data", "two filled cells of a dealer are data, whatever the name"
