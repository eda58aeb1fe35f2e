"""One roster row → a dealer record plus the problems of its cells (before validation).

Also tells data rows from what is not data: blank rows, note lines under or between the data
("制表人：…", "合计", "说明：…"), and the template's example row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.rules import records as r
from desktop.rules.errors import RuleError
from desktop.spreadsheets.cells import ColumnReader, as_text, is_blank, reader_for
from desktop.spreadsheets.headers import unit_multiplier

EXAMPLE_MARKS = ("【示例】", "[示例]", "[example]", "【example】")
_NOTE_LINE = re.compile(
    r"^\s*(制表|填表|填报|审核|复核|日期|时间|合计|总计|小计|说明|注[:：]|备注[:：]|数据来源[:：]|prepared by|date[:：]|total|note[:：])",
    re.IGNORECASE,
)


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
    """Reads grid rows with a fixed column → field mapping."""

    def __init__(self, headers: list[str], mapping: list[str | None]) -> None:
        self.mapping = mapping
        self.readers: list[tuple[int, ColumnReader]] = [
            (i, reader_for(f, headers[i] if i < len(headers) else "", unit_multiplier(headers[i]) if i < len(headers) else 1))
            for i, f in enumerate(mapping) if f
        ]
        self.column_of = {f: i for i, f in enumerate(mapping) if f}

    def kind(self, row: list) -> str:
        """'blank', 'note', 'example' or 'data'."""
        filled = [v for v in row if not is_blank(v)]
        if not filled:
            return "blank"
        name_col = self.column_of.get("legal_name")
        name = as_text(row[name_col]).strip().lower() if name_col is not None and name_col < len(row) else ""
        if name.startswith(EXAMPLE_MARKS):
            return "example"
        if len(filled) <= 2 and isinstance(filled[0], str) and _NOTE_LINE.match(filled[0]):
            return "note"
        return "data"

    def convert(self, row: list) -> tuple[r.Dealer, list[CellProblem]]:
        """The record the row describes (blank cells leave fields at their defaults) and cell problems."""
        dealer = r.Dealer()
        problems: list[CellProblem] = []
        width = len(row)
        for index, reader in self.readers:
            raw = row[index] if index < width else ""
            if is_blank(raw):
                continue
            try:
                setattr(dealer, reader.field, reader.read(raw))
            except RuleError as err:
                problems += [CellProblem(index, reader.field, p.code, p.params) for p in err.problems]
        return dealer, problems

    def problems_of(self, err: RuleError) -> list[CellProblem]:
        """Validation problems (keyed by field) → cell problems (keyed by column)."""
        return [CellProblem(self.column_of.get(p.field.split("[")[0].split(".")[0]), p.field, p.code, p.params) for p in err.problems]


def provided(dealer: r.Dealer, fields) -> list[str]:
    """Fields the row gave a value for (blank cells never overwrite stored values)."""
    return [f for f in fields if getattr(dealer, f) not in ("", None, [])]
