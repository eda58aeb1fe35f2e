"""RowConverter.values: the row's validated fields as a tuple, the same verdicts as check()."""

from __future__ import annotations

from desktop.spreadsheets.columns import FIELDS
from desktop.spreadsheets.rows import RowConverter, provided, provided_values

HEADERS = ["车商名称", "城市", "联系电话", "车商类型", "品牌", "新车承保率"]
MAPPING = ["legal_name", "city", "contact_phone", "dealer_type", "brands", "new_car_rate"]
ROWS = [
    [" 杭州宏达汽车有限公司 ", " 杭州 ", "138 1234 5678", "4S店", "丰田、 雷克萨斯", "85%"],
    ["宁波某车行", "宁波", "12345", "超市", "", "150%"],
    ["", "宁波", "", "4S店", "", ""],
    ["温州某车行", "温州", "", "4S店", "丰田、 雷克萨斯", 0.6],
]


def test_values_match_check():
    for row in ROWS * 2:  # the second time through, verdicts come from the cache
        values, problems = RowConverter(HEADERS, MAPPING).values(row)
        dealer, same_problems = RowConverter(HEADERS, MAPPING).check(row)
        assert [(p.column, p.code) for p in problems] == [(p.column, p.code) for p in same_problems], f"{row}: same problems"
        if dealer is None:
            assert values is None, f"{row}: no values when the row is invalid"
        else:
            assert values == tuple(getattr(dealer, f) for f in FIELDS), f"{row}: the record's fields in FIELDS order"
            assert provided_values(values, MAPPING) == provided(dealer, MAPPING), f"{row}: the same provided fields"


def test_invalid_cells_name_their_columns_in_rule_order():
    converter = RowConverter(HEADERS, MAPPING)
    values, problems = converter.values(ROWS[1])
    assert values is None, "a row with bad cells has no values"
    first = [(p.column, p.code) for p in problems]
    assert first == [(3, "value.choice"), (2, "phone.mobile"), (5, "value.percent_range")], (
        f"reading problems first, then validation in validate_dealer's order: {first}")
    again = [(p.column, p.code) for p in converter.values(ROWS[1])[1]]
    assert sorted(again) == sorted(first), f"remembered verdicts give the same problems: {again}"


def test_a_missing_name_is_required():
    values, problems = RowConverter(HEADERS, MAPPING).values(ROWS[2])
    assert values is None and [(p.column, p.code) for p in problems] == [(0, "required")], "a blank name cell is required"
    values, problems = RowConverter(["城市"], ["city"]).values(["杭州"])
    assert values is None and [(p.column, p.field, p.code) for p in problems] == [(None, "legal_name", "required")], (
        "no name column: the name is required, on no column")
