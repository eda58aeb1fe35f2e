"""Many roster rows converted at once, column by column, with the results ``RowConverter.values``
gives row by row.

A 50,000-row roster of 27 columns holds 1.35 million cells; taken one at a time, the Python around
each cell costs more than the rules themselves. Here each column is converted in one go: a value
that repeats down a column (a city, a brand, a rate) is read and checked once and then looked up,
in C, for every row; free-text columns are cleaned in one pass over the whole column
(``clean_many``); codes and phones take a short path for their usual forms and the field's own
rule for anything else. A cell with any problem only marks its row, and marked rows go through
``RowConverter.values`` cell by cell — so the messages, their order and every edge case come from
one place, and this module can only ever be faster, never different.
"""

from __future__ import annotations

import re
from itertools import repeat

from desktop.rules.dealers.validation import FreeText, TextCheck
from desktop.rules.errors import Problems, RuleError
from desktop.rules.text import UNSAFE, clean_many
from desktop.rules.dealers.uscc import normalise_uscc
from desktop.spreadsheets.columns import BY_FIELD

_SLOW = object()  # a cell's verdict: its row must take the cell-by-cell path
_CACHE_LIMIT = 50_000  # remembered verdicts per column (values that repeat)
# A mobile as rosters usually write it (13812345678, 138 1234 5678, +86 138…): already clean, and
# its normal form is its last eleven digits — as rules.dealers.phones.normalise_phone says.
_PLAIN_MOBILE = re.compile(r"(?:\+86 ?)?1[3-9][0-9](?: ?[0-9]{4}){2}")


class _Column:
    """How one mapped column's cells become values: ``convert(cells, slow)`` → one value per cell,
    adding the positions of cells it cannot vouch for to ``slow``."""

    def __init__(self, kind: str, field_name: str, read, check, default, blank_is_problem: bool, repeating: bool) -> None:
        self.read, self.check, self.default = read, check, default
        self.blank_is_problem = blank_is_problem
        self.verdicts: dict = {}
        self.slow_keys: set = set()
        if repeating:
            self.convert = self._repeating
        elif isinstance(check, TextCheck):
            self.convert = self._text
        elif isinstance(check, FreeText):
            self.check = None  # its one rule (no unsafe character) is one scan over the column: _free
            self.convert = self._free
        elif field_name == "uscc":
            self.convert = self._uscc
        elif kind == "phone":
            self.convert = self._phone
        else:
            self.convert = self._each

    def verdict(self, raw):
        """The field value of one cell, or _SLOW: exactly what RowConverter.values does per cell."""
        if raw == "" or raw is None:
            return _SLOW if self.blank_is_problem else self.default
        try:
            value = self.read(raw)
        except RuleError:
            return _SLOW
        if self.check is not None:
            found = Problems()
            value = self.check(found, value)
            if found.items:
                return _SLOW
        return value

    def _each(self, cells, slow: set) -> list:
        out = list(map(self.verdict, cells))
        _mark(out, slow)
        return out

    def _repeating(self, cells, slow: set) -> list:
        verdicts = self.verdicts
        try:
            distinct = set(cells)
        except TypeError:  # not a cell type any reader gives; let the rows say what is wrong
            return self._each(cells, slow)
        # True == 1 == 1.0 as keys: with a boolean about, let each cell speak for itself. (A set
        # holding neither 0 nor 1 holds no boolean: only then is the column itself looked at.)
        if (0 in distinct or 1 in distinct) and bool in set(map(type, cells)):
            return self._each(cells, slow)
        if len(verdicts) > _CACHE_LIMIT:
            verdicts.clear()
            self.slow_keys.clear()
        for raw in distinct.difference(verdicts):
            verdict = verdicts[raw] = self.verdict(raw)
            if verdict is _SLOW:
                self.slow_keys.add(raw)
        out = list(map(verdicts.__getitem__, cells))
        if not self.slow_keys.isdisjoint(distinct):
            _mark(out, slow)
        return out

    def _text(self, cells, slow: set) -> list:
        if set(map(type, cells)) != {str}:
            return self._each(cells, slow)
        out = clean_many(cells)  # what TextCheck does first (reading text cells changes nothing)
        check = self.check
        if check.required and "" in out:
            slow.update(i for i, v in enumerate(out) if not v)
        if check.max_len and max(map(len, out), default=0) > check.max_len:
            slow.update(i for i, v in enumerate(out) if len(v) > check.max_len)
        _mark_unsafe(out, slow)
        return out

    def _free(self, cells, slow: set) -> list:
        out = self._each(cells, slow)
        _mark_unsafe(out, slow)
        return out

    def _uscc(self, cells, slow: set) -> list:
        out = []
        for raw in cells:
            if type(raw) is str and raw:
                try:
                    out.append(normalise_uscc(raw))  # what the uscc rule returns for a valid code
                except RuleError:
                    out.append(self.verdict(raw))
            else:
                out.append(self.verdict(raw))
        _mark(out, slow)
        return out

    def _phone(self, cells, slow: set) -> list:
        plain, verdict = _PLAIN_MOBILE.fullmatch, self.verdict
        out = [raw.replace(" ", "")[-11:] if type(raw) is str and plain(raw) else verdict(raw) for raw in cells]
        _mark(out, slow)
        return out


def _mark_unsafe(values: list, slow: set) -> None:
    """Rows whose text holds a character ``safe_text`` refuses: one scan over the column (a line feed
    joins the texts: never unsafe itself), the cells themselves only when it finds one."""
    if UNSAFE.search("\n".join(v for v in values if type(v) is str)):
        slow.update(i for i, v in enumerate(values) if type(v) is str and UNSAFE.search(v))


def _mark(values: list, slow: set) -> None:
    for i, v in enumerate(values):
        if v is _SLOW:
            slow.add(i)


def columns_for(readers, defaults: tuple, blank_problems: dict) -> list[tuple[int, int, _Column]]:
    """(grid column, slot in FIELDS, converter) for each of a RowConverter's readers."""
    return [(index, slot, _Column(BY_FIELD[field_name].kind, field_name, read, check, defaults[slot],
                                  bool(blank_problems.get(field_name)), verdicts is not None))
            for index, slot, field_name, read, check, verdicts in readers]


def convert_rows(conv, rows: list[list]) -> list[tuple[tuple | None, list]]:
    """``[conv.values(row) for row in rows]``, column by column."""
    n = len(rows)
    if not n:
        return []
    if conv.unmapped_problems:  # every row has a problem: nothing to gain
        return [conv.values(row) for row in rows]
    needed = max(index for index, _slot, _col in conv.columns) + 1
    grid = rows if min(map(len, rows)) >= needed else [
        row if len(row) >= needed else [*row, *([""] * (needed - len(row)))] for row in rows]
    cells_by_column = list(zip(*grid))
    slots: list = [repeat(d, n) for d in conv.defaults]
    slow: set[int] = set()
    for index, slot, column in conv.columns:
        slots[slot] = column.convert(cells_by_column[index], slow)
    no_problems: list = []
    out = [(values, no_problems) for values in zip(*slots)]
    for i in slow:
        out[i] = conv.values(rows[i])
    return out
