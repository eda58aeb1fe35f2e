"""``row_kinds`` (many rows at once, the list imports' fast path) gives exactly ``row_kind``'s answer
for every row: blank rows, notes, examples, short rows, whitespace, keys that are not text."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.spreadsheets.rows import row_kind, row_kinds

ROWS = [
    ["RDAA1", "P1", "浙A00001", date(2026, 1, 2), 1234.5],  # data
    ["", None, "   "],  # blank
    [],  # blank, no cells
    ["制表人：张三"],  # note
    ["合计", 12345.0],  # note: two cells
    ["合计", 12345.0, "元"],  # three filled cells: data
    ["【示例】RDAA2", "P2", "浙A2", "2026-01-02"],  # example
    ["  [Example] x", "P3", "浙A3"],  # example after spaces, any case
    ["RD[AA]3", "P3", "浙A3"],  # a bracket inside a key is no example
    [12345.0, "P4", "浙A4"],  # a key that is a number
    [True, "P4", "浙A4"],  # a key that is a boolean
    ["RDAA5", "\u3000", "浙A5", "x"],  # an ideographic space: blank cell, still three filled
    ["RDAA6", "\u3000", "\t"],  # one filled cell
    ["RDAA7", "P7"],  # two cells only
    ["\u00a0", "P8", "浙A8", 1.0],  # a no-break space: blank
    [None, None, None, "RDAA9", "P9", "x"],  # the first three blank, then filled
]


@pytest.mark.parametrize("key_column", [0, 3, 9, None])
def test_row_kinds_agree_with_row_kind(key_column):
    assert row_kinds(ROWS, key_column) == [row_kind(row, key_column) for row in ROWS]


def test_a_long_list_of_data_rows_and_a_few_others():
    rows = [[f"RDAA{n}", f"P{n}", "浙A1", 100.0] for n in range(2000)]
    rows[7] = ["【示例】", "P", "浙A"]
    rows[1500] = ["", "", ""]
    rows[-1] = ["制表：核心系统"]
    kinds = row_kinds(rows, 0)
    assert kinds == [row_kind(row, 0) for row in rows]
    assert (kinds[7], kinds[1500], kinds[-1], kinds.count("data")) == ("example", "blank", "note", 1997)
