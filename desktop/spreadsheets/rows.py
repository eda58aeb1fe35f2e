"""One roster row → a validated dealer record, or the problems of its cells.

Cells become field values (``cells``), then each is checked with the foundation's rule for its
field (``rules.dealers.validation.DEALER_FIELD_CHECKS``, which ``validate_dealer`` applies to a whole record:
every one of its checks concerns one field). So the verdict on a value that repeats down a
column — a city, a brand, a dealer type — is remembered, only new values are checked again, and
no record is built or copied per row: the same rules at a fraction of the cost on a 50,000-row roster. Also tells data rows from what is not data: blank rows, note lines
("制表人：…", "合计", "说明：…") and the template's example row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.rules.dealers import records as r
from desktop.rules.dealers.validation import DEALER_FIELD_CHECKS
from desktop.rules.errors import FieldProblem, Problems, RuleError
from desktop.spreadsheets.cells import ColumnReader, as_text, reader_for
from desktop.spreadsheets.columnar import columns_for, convert_rows
from desktop.spreadsheets.columns import FIELDS
from desktop.spreadsheets.headers import unit_multiplier

EXAMPLE_MARKS = ("【示例】", "[示例]", "[example]", "【example】")
_NOTE_LINE = re.compile(
    r"^\s*(制表(人|单位|日期|时间)?\s*[:：]|填[表报](人|单位|日期)?\s*[:：]|[审复]核(人)?\s*[:：]|(日期|时间)\s*[:：]"
    r"|[合总小]\s*计|说明\s*[:：]|注\s*[:：]|备注\s*[:：]|数据来源\s*[:：]|prepared by|date\s*:|total\b|notes?\s*:)",
    re.IGNORECASE,
)
_EMPTY = ("", None, [])
_CACHE_LIMIT = 50_000
_SLOT = {f: i for i, f in enumerate(FIELDS)}
_CHECK_ORDER = {f: i for i, f in enumerate(DEALER_FIELD_CHECKS)}


def _remember(verdicts: dict, key, verdict: tuple) -> None:
    if len(verdicts) > _CACHE_LIMIT:
        verdicts.clear()
    verdicts[key] = verdict


@dataclass
class CellProblem:
    """A problem with one cell: ``column`` indexes the grid row (None: the row as a whole)."""

    column: int | None
    field: str
    code: str
    params: dict = field(default_factory=dict)

    def message(self, lang: str | None = None) -> str:
        from desktop.i18n import t

        return t(self.code, lang, **self.params)


class RowConverter:
    """Reads and validates grid rows with a fixed column → field mapping. Not thread-safe."""

    def __init__(self, headers: list[str], mapping: list[str | None]) -> None:
        self.mapping = mapping
        # (column, slot in FIELDS, field, read, check, verdicts): verdicts maps a repeating
        # column's raw cell value to (field value, problems); None for columns whose values rarely
        # repeat (names, codes …). ``check`` is validate_dealer's rule for the field (or None).
        self.readers: list[tuple[int, int, str, object, object, dict | None]] = []
        for i, f in enumerate(mapping):
            if f:
                header = headers[i] if i < len(headers) else ""
                reader: ColumnReader = reader_for(f, header, unit_multiplier(header))
                self.readers.append((i, _SLOT[f], f, reader.read, DEALER_FIELD_CHECKS.get(f),
                                     None if reader.column.unique else {}))
        self.column_of = {f: i for i, f in enumerate(mapping) if f}
        # A blank or unmapped field keeps the record's default, checked once here (a blank name is 'required').
        defaults, self._blank_problems = [], {}
        probe = r.Dealer()
        for f in FIELDS:
            found = Problems()
            check = DEALER_FIELD_CHECKS.get(f)
            defaults.append(check(found, getattr(probe, f)) if check else getattr(probe, f))
            if found.items:
                self._blank_problems[f] = found.items
        self.defaults = tuple(defaults)
        self.unmapped_problems = [p for f, items in self._blank_problems.items() if f not in self.column_of for p in items]
        self.columns = columns_for(self.readers, self.defaults, self._blank_problems)

    def values_many(self, rows: list[list]) -> list[tuple[tuple | None, list[CellProblem]]]:
        """``values`` of many data rows, column by column (``columnar``): the same results, a
        fraction of the time on a big roster."""
        return convert_rows(self, rows)

    def kind(self, row: list) -> str:
        """'blank', 'note', 'example' or 'data'."""
        return row_kind(row, self.column_of.get("legal_name"))

    def check(self, row: list) -> tuple[r.Dealer | None, list[CellProblem]]:
        """The validated record the row describes, or None and every problem found in its cells."""
        values, problems = self.values(row)
        return (r.Dealer(**dict(zip(FIELDS, values))) if values is not None else None), problems

    def values(self, row: list) -> tuple[tuple | None, list[CellProblem]]:
        """As ``check``, the record as a tuple of its roster fields in ``FIELDS`` order (no record built).

        Each cell is read, then checked with validate_dealer's rule for its field — the same
        rules, field by field, that validate_dealer applies to the whole record."""
        out = list(self.defaults)
        problems: list[CellProblem] = []  # reading the cells, and remembered verdicts
        checked = Problems()  # validation of values seen for the first time
        found: list[FieldProblem] = checked.items
        width = len(row)
        for index, slot, field_name, read, check, verdicts in self.readers:
            raw = row[index] if index < width else ""
            if raw == "" or raw is None:
                blank = self._blank_problems.get(field_name)
                if blank:
                    found += blank
                continue
            if verdicts is not None:
                key = ("bool", raw) if type(raw) is bool else raw
                verdict = verdicts.get(key)
                if verdict is not None:
                    value, remembered, checking = verdict
                    if not remembered:
                        out[slot] = value
                    elif checking:  # a validation problem: reported in rule order, as the first time
                        found += remembered
                    else:
                        problems += [CellProblem(index, field_name, p.code, p.params) for p in remembered]
                    continue
            try:
                value = read(raw)
            except RuleError as err:
                problems += [CellProblem(index, field_name, p.code, p.params) for p in err.problems]
                if verdicts is not None:
                    _remember(verdicts, key, (None, err.problems, False))
                continue
            if check is not None:
                before = len(found)
                value = check(checked, value)
                if len(found) != before:
                    if verdicts is not None:
                        _remember(verdicts, key, (None, found[before:], True))
                    continue
            if verdicts is not None:
                _remember(verdicts, key, (value, [], False))
            out[slot] = value
        if self.unmapped_problems:
            found += self.unmapped_problems
        if found:
            # In the order validate_dealer reports them, after the problems of reading the cells.
            found.sort(key=lambda p: _CHECK_ORDER.get(p.field, len(_CHECK_ORDER)))
            faulty = {p.field for p in problems}
            problems += [p for p in self._cell_problems(found) if p.field not in faulty]
        if problems:
            return None, problems
        return tuple(out), []

    def _cell_problems(self, problems) -> list[CellProblem]:
        """Validation problems (keyed by field) → cell problems (keyed by column)."""
        return [CellProblem(self.column_of.get(p.field.split("[")[0].split(".")[0]), p.field, p.code, p.params) for p in problems]


def row_kind(row: list, key_column: int | None) -> str:
    """'blank', 'note' ("制表人：…", "合计"), 'example' (the key column starts 【示例】) or 'data':
    what a row of any list the import machinery reads is."""
    filled = []  # the first three filled cells are all it takes
    for v in row:
        if v != "" and v is not None and not (type(v) is str and not v.strip()):
            filled.append(v)
            if len(filled) > 2:
                break
    if not filled:
        return "blank"
    if key_column is not None and key_column < len(row) and as_text(row[key_column]).strip().lower().startswith(EXAMPLE_MARKS):
        return "example"
    if len(filled) <= 2 and isinstance(filled[0], str) and _NOTE_LINE.match(filled[0]):
        return "note"
    return "data"


def row_kinds(rows: list[list], key_column: int | None) -> list[str]:
    """``row_kind`` of each of ``rows`` — the same answers, many rows at once. A row whose first three
    cells are filled is neither blank nor a note; unless its key cell starts like an example mark it
    is data. Such rows (nearly all of a long list) are told apart from the rest column by column, in
    one pass; every other row goes through ``row_kind``."""
    if rows and min(map(len, rows)) > 2 and all(_filled_column([row[c] for row in rows]) for c in range(3)):
        keys = [row[key_column] for row in rows] if key_column is not None and key_column < min(map(len, rows)) else []
        if not keys or (set(map(type, keys)) == {str} and "[" not in (joined := "".join(keys)) and "【" not in joined):
            return ["data"] * len(rows)  # every row's first three cells filled, no key like an example's
    full = [len(row) > 2
            and (a := row[0]) is not None and a != "" and (type(a) is not str or not a.isspace())
            and (b := row[1]) is not None and b != "" and (type(b) is not str or not b.isspace())
            and (c := row[2]) is not None and c != "" and (type(c) is not str or not c.isspace())
            for row in rows]
    if key_column is not None:
        keys = [row[key_column] if ok and key_column < len(row) else "" for row, ok in zip(rows, full)]
        # An example's key text starts with one of the marks (all of them begin with 【 or [): only a
        # row whose key is not plain text, or whose text holds 【 or [, needs a closer look.
        if set(map(type, keys)) != {str} or "[" in (joined := "".join(keys)) or "【" in joined:
            full = [ok and type(k) is str and "[" not in k and "【" not in k for ok, k in zip(full, keys)]
    return ["data" if ok else row_kind(row, key_column) for row, ok in zip(rows, full)]


def _filled_column(cells: list) -> bool:
    """Whether every one of ``cells`` is filled (not None, '' or whitespace), told without a Python
    step per cell for a column of text only or of no text and no None (numbers, dates)."""
    types = set(map(type, cells))
    if types == {str}:
        return min(map(len, map(str.strip, cells))) > 0
    return str not in types and type(None) not in types


def provided(dealer: r.Dealer, fields) -> list[str]:
    """Fields the row gave a value for (blank cells never overwrite stored values)."""
    return [f for f in fields if getattr(dealer, f) not in _EMPTY]


def provided_values(values: tuple, fields) -> list[str]:
    """``provided`` for a row's values as ``RowConverter.values`` gives them."""
    return [f for f in fields if values[_SLOT[f]] not in _EMPTY]

