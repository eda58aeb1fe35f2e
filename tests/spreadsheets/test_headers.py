"""Finding the header row under titles and notes, and every alias family mapping to its field."""

from __future__ import annotations

import pytest

from desktop.spreadsheets.aliases import ALIASES, IGNORED
from desktop.spreadsheets.columns import COLUMNS
from desktop.spreadsheets.headers import detect, field_for, map_headers, signature, unit_multiplier
from desktop.spreadsheets.reader import Workbook
from tests.spreadsheets import roster_files as rf


def test_header_found_below_title_blank_and_note_lines(tmp_path):
    rows = [
        ["2026年杭州市车商名录"],
        [],
        ["制表人：张三", None, "日期：2026-11-20"],
        ["序号", "经销商名称", "统一社会信用代码", "所在城市", "联系人", "联系方式"],
        [1, "杭州宏达丰田汽车销售服务有限公司", rf.uscc(1), "杭州", "张伟", "13812345678"],
    ]
    path = rf.write_xlsx(tmp_path / "t.xlsx", rows, merged=("A1:F1",))
    with Workbook(path) as book:
        grid = book.read()
    guess = detect(grid.rows)
    assert guess is not None and grid.excel_row(guess.index) == 4, "the header is row 4, under the merged title, blank and 制表 lines"
    assert guess.mapping == [None, "legal_name", "uscc", "city", "contact_name", "contact_phone"], f"columns mapped: {guess.mapping}"


def test_no_header_when_nothing_matches():
    assert detect([["a", "b", "c"], [1, 2, 3]]) is None, "rows naming no roster field give no header"
    assert detect([["车商名称"], ["甲公司"]]) is None, "a single recognised header is not enough to be sure"


@pytest.mark.parametrize("field_name,alias", [(f, a) for f, names in ALIASES.items() for a in names])
def test_every_alias_maps_to_its_field(field_name, alias):
    assert field_for(alias) == field_name, f"header {alias!r} should map to {field_name}"


@pytest.mark.parametrize("column", COLUMNS, ids=lambda c: c.field)
def test_display_headers_in_both_languages_map_back(column):
    for lang in ("zh_CN", "en"):
        assert field_for(column.header(lang)) == column.field, f"the {lang} header of {column.field} maps back to it"


@pytest.mark.parametrize("text,expected", [
    ("  经销商名称 ", "legal_name"), ("*车商名称", "legal_name"), ("车商名称：", "legal_name"), ("DEALER NAME", "legal_name"),
    ("ｄｅａｌｅｒ　ｎａｍｅ", "legal_name"), ("年销量（台）", "annual_sales"), ("自有保费规模(万元)", "premium_scale"),
    ("新车承保率【%】", "new_car_rate"), ("序号", None), ("", None), (None, None), ("导入问题", None), ("Row in original file", None),
])
def test_header_normalisation(text, expected):
    assert field_for(text) == expected, f"{text!r} → {expected}"


def test_ignored_headers_are_not_aliases():
    assert all(field_for(h) is None for h in IGNORED), "the error report's own columns never map to a field"


def test_first_column_keeps_a_field_named_twice():
    assert map_headers(["电话", "手机", "车商名称"]) == ["contact_phone", None, "legal_name"], "the second phone column stays unmapped"


def test_unit_multiplier():
    assert unit_multiplier("保费规模（万元）") == 10_000 and unit_multiplier("保费（亿元）") == 100_000_000, "万元/亿元 scale amounts"
    assert unit_multiplier("自有保费规模（元）") == 1, "元 is the unit already"


def test_signature_depends_on_headers_only():
    assert signature(["车商名称", "城市", ""]) == signature([" 车商名称", "城市"]), "spaces and trailing blanks do not change the layout"
    assert signature(["车商名称", "城市"]) != signature(["城市", "车商名称"]), "order matters"
