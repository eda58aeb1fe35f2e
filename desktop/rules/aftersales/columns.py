"""Many rows of a policy or claims list read at once, column by column, with exactly the values
``RowReader.read`` gives row by row (pure) — the roster's ``spreadsheets.columnar``, for these lists.

A year's policy list holds 200,000 rows of 13 cells: taken one at a time, the Python around each
cell costs more than reading it. Here a column is read in one go: numbers, plates and names of the
usual forms through one pass over the whole column (``joined_pass``: the cells joined, cleaned in
C, split again), amounts given as number cells straight to ``Decimal``, and a value that repeats
down a column (a coverage, a kind of business, a date, a code) read once per list and then looked
up. A cell with any problem, or one this module cannot vouch for, only marks its row; marked rows
go through ``RowReader.read`` cell by cell — so the messages and every edge case come from one
place, and this module can only ever be faster, never different.
"""

from __future__ import annotations

import re
from decimal import Decimal

from desktop.rules.aftersales.cells import CENT, MAX_TEXT, RowReader, key_of, read_cell
from desktop.rules.errors import RuleError
from desktop.rules.text import clean_many, joined_pass

_SLOW = object()  # a cell's verdict: its row must take the cell-by-cell path
_CACHE_LIMIT = 50_000  # remembered verdicts per column (values that repeat)
_KEY_MAX = 60
_PLATE_MAX = 20
# A mobile as lists usually write it (13812345678, 138 1234 5678, +86 138…): its normal form is its
# last eleven digits, as rules.dealers.phones.normalise_phone says.
_PLAIN_MOBILE = re.compile(r"(?:\+86 ?)?1[3-9][0-9](?: ?[0-9]{4}){2}")


def _is_blank(raw) -> bool:
    return raw is None or raw == "" or (type(raw) is str and not raw.strip())


class _Column:
    """How one mapped column's cells become values: ``convert(cells, slow)`` → one value per cell,
    adding the positions of the cells it cannot vouch for to ``slow``."""

    def __init__(self, field, default, cached: bool) -> None:
        self.field, self.default = field, default
        self.verdicts: dict = {}
        kind = field.kind
        if cached:
            self.convert = self._repeating
        elif kind in ("key", "plate"):
            self.convert = self._key
        elif kind in ("text", "code"):
            self.convert = self._text
        elif kind == "phone":
            self.convert = self._phone
        elif kind == "amount":
            self.convert = self._amount
        else:
            self.convert = self._each

    def verdict(self, raw):
        """The value RowReader.read gives one cell, or _SLOW when the cell has a problem."""
        if _is_blank(raw):
            return self.default
        try:
            return read_cell(self.field, raw)
        except RuleError:
            return _SLOW

    def _each(self, cells, slow: set) -> list:
        out = list(map(self.verdict, cells))
        _mark(out, slow)
        return out

    def _repeating(self, cells, slow: set) -> list:
        try:
            distinct = set(cells)
        except TypeError:  # not a cell type any reader gives; let the rows say what is wrong
            return self._each(cells, slow)
        # True == 1 == 1.0 as keys: with a boolean about, each cell speaks for itself.
        if (0 in distinct or 1 in distinct) and bool in set(map(type, cells)):
            return self._each(cells, slow)
        verdicts = self.verdicts
        if len(verdicts) > _CACHE_LIMIT:
            verdicts.clear()
        for raw in distinct.difference(verdicts):
            verdicts[raw] = self.verdict(raw)
        out = list(map(verdicts.__getitem__, cells))
        if any(verdicts[raw] is _SLOW for raw in distinct):
            _mark(out, slow)
        return out

    def _key(self, cells, slow: set) -> list:
        if set(map(type, cells)) != {str}:
            return self._each(cells, slow)
        joined = "\x00".join(cells)
        if joined.isascii() and joined.replace("\x00", "").isalnum() and joined.count("\x00") == len(cells) - 1:
            out = joined.upper().split("\x00")  # ASCII letters and digits only: key_of is upper case
        else:
            out = joined_pass(key_of, cells)  # key_of of each cell, in one pass over the column
        if self.field.kind == "plate":
            if max(map(len, out), default=0) > _PLATE_MAX:
                out = [v[:_PLATE_MAX] for v in out]
        elif max(map(len, out), default=0) > _KEY_MAX:
            slow.update(i for i, v in enumerate(out) if len(v) > _KEY_MAX)
        return out

    def _text(self, cells, slow: set) -> list:
        if set(map(type, cells)) != {str}:
            return self._each(cells, slow)
        out = clean_many(cells)
        if max(map(len, out), default=0) > MAX_TEXT:
            slow.update(i for i, v in enumerate(out) if len(v) > MAX_TEXT)
        return out

    def _phone(self, cells, slow: set) -> list:
        plain, verdict = _PLAIN_MOBILE.fullmatch, self.verdict
        out = [raw.replace(" ", "")[-11:] if type(raw) is str and plain(raw) else verdict(raw) for raw in cells]
        _mark(out, slow)
        return out

    def _amount(self, cells, slow: set) -> list:
        verdict = self.verdict
        out = [Decimal(repr(raw)).quantize(CENT) if type(raw) is float and 0 <= raw < 1e12 else verdict(raw) for raw in cells]
        _mark(out, slow)
        return out


def _mark(values: list, slow: set) -> None:
    for i, v in enumerate(values):
        if v is _SLOW:
            slow.add(i)


class ColumnReader:
    """Reads many rows of one list at once with a RowReader's mapping. Not thread-safe."""

    def __init__(self, reader: RowReader) -> None:
        self.reader = reader
        blank = reader.blank
        self.columns = [(index, slot, _Column(f, blank[slot], cached)) for index, slot, f, cached in reader.readers]
        self.required = [slot for slot, f in enumerate(reader.fields) if f.required]
        self.unmapped_required = any(f.required and f.name not in reader.column_of for f in reader.fields)

    def read_many(self, rows: list[list]) -> tuple[list[list], dict[int, list]]:
        """The rows' values field by field — one list per field, in field order — and, for each row
        with a problem (by its position in ``rows``), the problems ``RowReader.read`` reports; such a
        row's entries in the lists are meaningless."""
        n = len(rows)
        reader = self.reader
        if not n:
            return [[] for _ in reader.fields], {}
        if self.unmapped_required or not self.columns:  # every row has a problem: nothing to gain
            return [[v] * n for v in reader.blank], {i: reader.read(row)[1] for i, row in enumerate(rows)}
        needed = max(index for index, _slot, _col in self.columns) + 1
        grid = rows if min(map(len, rows)) >= needed else [
            row if len(row) >= needed else [*row, *([""] * (needed - len(row)))] for row in rows]
        cells_by_column = list(zip(*grid))
        values: list[list] = [[v] * n for v in reader.blank]
        slow: set[int] = set()
        for index, slot, column in self.columns:
            values[slot] = column.convert(cells_by_column[index], slow)
        for slot in self.required:
            column = values[slot]
            if "" in column or None in column:
                slow.update(i for i, v in enumerate(column) if v == "" or v is None)
        faulty: dict[int, list] = {}
        for i in slow:
            row_values, problems = reader.read(rows[i])
            if row_values is None:
                faulty[i] = problems
            else:
                for slot, value in enumerate(row_values):
                    values[slot][i] = value
        return values, faulty
