"""ColumnReader.read_many (a policy or claims list column by column) gives exactly what
RowReader.read gives row by row: the same values, the same problems on the same cells."""

from __future__ import annotations

import random
from datetime import date, datetime, time
from decimal import Decimal

from desktop.rules.aftersales.cells import RowReader
from desktop.rules.aftersales.columns import ColumnReader
from desktop.rules.aftersales.fields import names_of
from desktop.rules.dealers.uscc import make_uscc

USCC = make_uscc("91330100MA2B3C4D5")
KEYS = ["PDAA2025330100000000001", "pdaa-2025 3301", "ＰＤＡＡ２０２５", " PDAA9 ", "", None, "   ", 20250001, 20250001.0, "P" * 61,
        "PDAA2025330100000000001", True, "x\x00y", "保单12", date(2025, 1, 1)]
# Per kind of field: ordinary values first, then every awkward kind a core-system export carries —
# blanks, spaces, 全角, numbers where text belongs, booleans (True == 1), NaN, dates of every type, bad values.
CHOICES = {
    "key": KEYS,
    "plate": ["浙A12345", "浙a 123-45", "ＡＢ１２３", "", None, 12345, "浙" * 25, "x\x00y"],
    "text": ["张三", " 李  四 ", "", None, "   ", 12345, 3.5, True, "名" * 201, "a\r\nb", "Ａｂ"],
    "phone": ["13812345678", "138 1234 5678", "+86 13812345678", "0571-88886666", "12345", 13812345678, 13812345678.0,
              "", " 13812345678", "１３８１２３４５６７８", "abc", None],
    "coverage": ["交强险", "商业险", "商业", "CTPL", "", "其他", 1, True, None],
    "amount": [4700.7, 0.125, 2.675, 1e12, -5.0, "1,200.50", "1.2万", "abc", "", 1200, True, float("nan"), None, "  "],
    "date": [date(2025, 7, 5), datetime(2025, 7, 5), datetime(2025, 7, 5, 12, 30), "2025年7月5日", "2025/07/05", "明天", 45000,
             45000.5, "", time(12, 0), None, True, 1],
    "business": ["新车", "续保", "转保", "新", "", "不知道", 0, False],
    "flag": ["是", "否", "Y", "", "√", "也许", 1, 0, True, False, 1.0, None],
    "code": ["3301001", " 33-01 ", "", 3301001, 3301001.0, "码" * 201, True, 1],
    "uscc": [USCC, USCC.lower(), f" {USCC} ", "91330100MA2B3C4D5X", "123", "", None, 91330100],
}


def _rows(kind: str, seed: int, n: int, awkward: float) -> list[list]:
    reader = RowReader(kind, list(names_of(kind)))
    rng = random.Random(seed)
    rows = []
    for _ in range(n):
        row = [rng.choice(CHOICES[f.kind]) if rng.random() < awkward else CHOICES[f.kind][0] for f in reader.fields]
        if rng.random() < 0.05:
            row = row[:rng.randint(1, len(row))]  # a short row (CSV)
        rows.append(row)
    return rows


def _outcome(values, problems):
    return values, [(column, p.field, p.code, p.params) for column, p in problems]


def _many(reader: ColumnReader, rows: list[list]):
    columns, faulty = reader.read_many(rows)
    return [_outcome(None, faulty[i]) if i in faulty else _outcome(tuple(row), []) for i, row in enumerate(zip(*columns))]


def test_many_rows_at_once_equal_row_by_row():
    for kind in ("policies", "claims"):
        for seed in range(10):
            rows = _rows(kind, seed, 300, awkward=0.1 + seed * 0.06)
            mapping = list(names_of(kind))
            expected = [_outcome(*RowReader(kind, mapping).read(row)) for row in rows]
            reader = ColumnReader(RowReader(kind, mapping))
            got = [out for part in (rows[:120], rows[120:]) for out in _many(reader, part)]
            for row, want, have in zip(rows, expected, got):
                assert have == want, f"{kind}, seed {seed}: column by column must equal row by row for {row!r}"
                if want[0] is not None:
                    assert [type(v) for v in have[0]] == [type(v) for v in want[0]], f"the same types for {row!r}"
            assert any(w[1] for w in expected) and any(not w[1] for w in expected), f"{kind} seed {seed}: good and bad rows"


def test_the_usual_forms_take_the_column_paths_and_read_right():
    """A plain list — ASCII numbers, Chinese plates, mobiles, number cells for amounts — comes out as
    RowReader reads it, with nothing left for the cell-by-cell path."""
    mapping = list(names_of("policies"))
    row = ["pdaa2025001", "浙A 123-45", "lvs0001", " 张三 ", "138 1234 5678", "交强险", 4700.7, date(2025, 7, 5),
           date(2026, 7, 4), "新车", "3301", USCC, "某车行"]
    reader = ColumnReader(RowReader("policies", mapping))
    calls = []
    reader.reader.read = lambda r, real=reader.reader.read: calls.append(r) or real(r)
    columns, faulty = reader.read_many([row, row])
    assert not faulty and not calls, "nothing for the slow path"
    assert next(zip(*columns)) == ("PDAA2025001", "浙A12345", "LVS0001", "张三", "13812345678", "compulsory", Decimal("4700.70"),
                                   date(2025, 7, 5), date(2026, 7, 4), "new", "3301", USCC, "某车行")


def test_a_list_without_a_required_column_makes_every_row_invalid():
    reader = ColumnReader(RowReader("claims", ["claim_no", "loss_on"]))  # no 定损金额 column
    columns, faulty = reader.read_many([["R1", date(2025, 1, 1)], ["R2", date(2025, 1, 2)]])
    assert sorted(faulty) == [0, 1]
    assert [(p.field, p.code) for _c, p in faulty[0]] == [("loss_amount", "aftersales.required")]


def test_a_remembered_verdict_is_not_given_to_a_different_cell_that_compares_equal():
    """True == 1 as a dictionary key: the reader once answered a TRUE cell with what it had said of 1."""
    reader = RowReader("claims", ["claim_no", "loss_on", "loss_amount", "referred"])
    _values, problems = reader.read(["R1", date(2025, 1, 1), 100.0, 1.5])
    assert [p.params["value"] for _c, p in problems] == ["1.5"]
    values, problems = reader.read(["R2", date(2025, 1, 1), 100.0, 1])
    assert not problems and values[-2] is True, "1 means 送修"
    reader = RowReader("policies", ["policy_no", "coverage", "premium", "starts_on", "ends_on"])
    _v, first = reader.read(["P1", 1, 1.0, date(2025, 1, 1), date(2025, 2, 1)])
    _v, second = reader.read(["P2", True, 1.0, date(2025, 1, 1), date(2025, 2, 1)])
    assert [p.params["value"] for _c, p in first + second] == ["1", "True"], "each cell's own value in its message"
