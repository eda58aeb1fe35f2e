"""One roster row → a validated dealer record, or the problems of its cells.

Cells become field values (``cells``), then the record is checked with the foundation's
``validate_dealer``. Its checks are per field (the insurers' total concerns one field), so the
verdict on a value that repeats down a column — a city, a brand, a dealer type — is remembered
and only new values go through ``validate_dealer`` again: the same rules at a fraction of the
cost on a 50,000-row roster. Also tells data rows from what is not data: blank rows, note lines
("制表人：…", "合计", "说明：…") and the template's example row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.rules import records as r
from desktop.rules.dealer import validate_dealer
from desktop.rules.errors import RuleError
from desktop.spreadsheets.cells import ColumnReader, as_text, reader_for
from desktop.spreadsheets.headers import unit_multiplier

EXAMPLE_MARKS = ("【示例】", "[示例]", "[example]", "【example】")
_NOTE_LINE = re.compile(
    r"^\s*(制表(人|单位|日期|时间)?\s*[:：]|填[表报](人|单位|日期)?\s*[:：]|[审复]核(人)?\s*[:：]|(日期|时间)\s*[:：]"
    r"|[合总小]\s*计|说明\s*[:：]|注\s*[:：]|备注\s*[:：]|数据来源\s*[:：]|prepared by|date\s*:|total\b|notes?\s*:)",
    re.IGNORECASE,
)
_EMPTY = ("", None, [])
_CACHE_LIMIT = 50_000


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
        # (column, field, read, verdicts): verdicts maps a repeating column's raw cell value to
        # (field value, problems); None for columns whose values rarely repeat (names, codes …).
        self.readers: list[tuple[int, str, object, dict | None]] = []
        for i, f in enumerate(mapping):
            if f:
                header = headers[i] if i < len(headers) else ""
                reader: ColumnReader = reader_for(f, header, unit_multiplier(header))
                self.readers.append((i, f, reader.read, None if reader.column.unique else {}))
        self.column_of = {f: i for i, f in enumerate(mapping) if f}

    def kind(self, row: list) -> str:
        """'blank', 'note', 'example' or 'data'."""
        filled = [v for v in row if v != "" and v is not None and not (type(v) is str and not v.strip())]
        if not filled:
            return "blank"
        name_col = self.column_of.get("legal_name")
        if name_col is not None and name_col < len(row) and as_text(row[name_col]).strip().lower().startswith(EXAMPLE_MARKS):
            return "example"
        if len(filled) <= 2 and isinstance(filled[0], str) and _NOTE_LINE.match(filled[0]):
            return "note"
        return "data"

    def check(self, row: list) -> tuple[r.Dealer | None, list[CellProblem]]:
        """The validated record the row describes, or None and every problem found in its cells."""
        probe = r.Dealer()
        problems: list[CellProblem] = []
        known: list[tuple[str, object]] = []
        pending: list[tuple[str, object, dict]] = []
        width = len(row)
        for index, field_name, read, verdicts in self.readers:
            raw = row[index] if index < width else ""
            if raw == "" or raw is None:
                continue
            if verdicts is not None:
                key = ("bool", raw) if type(raw) is bool else raw
                verdict = verdicts.get(key)
                if verdict is not None:
                    if verdict[1]:
                        problems += [CellProblem(index, field_name, p.code, p.params) for p in verdict[1]]
                    else:
                        known.append((field_name, verdict[0]))
                    continue
            try:
                value = read(raw)
            except RuleError as err:
                problems += [CellProblem(index, field_name, p.code, p.params) for p in err.problems]
                if verdicts is not None:
                    _remember(verdicts, key, (None, err.problems))
                continue
            if verdicts is not None:
                pending.append((field_name, key, verdicts))
            setattr(probe, field_name, value)
        try:
            out, found = validate_dealer(probe), []
        except RuleError as err:
            out, found = None, err.problems
        if found:
            faulty = {p.field for p in problems}
            problems += [p for p in self._cell_problems(found) if p.field not in faulty]
        for field_name, key, verdicts in pending:
            mine = [p for p in found if p.field == field_name] if found else []
            if mine:
                _remember(verdicts, key, (None, mine))
            elif out is not None:
                _remember(verdicts, key, (getattr(out, field_name), []))
        if problems:
            return None, problems
        for field_name, value in known:
            setattr(out, field_name, value)
        return out, []

    def _cell_problems(self, problems) -> list[CellProblem]:
        """Validation problems (keyed by field) → cell problems (keyed by column)."""
        return [CellProblem(self.column_of.get(p.field.split("[")[0].split(".")[0]), p.field, p.code, p.params) for p in problems]


def provided(dealer: r.Dealer, fields) -> list[str]:
    """Fields the row gave a value for (blank cells never overwrite stored values)."""
    return [f for f in fields if getattr(dealer, f) not in _EMPTY]

