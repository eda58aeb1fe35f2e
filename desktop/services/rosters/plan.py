"""What a roster import would do, row by row: the plan that ``roster_planner`` makes, the wizard
previews and ``roster_write`` commits."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from desktop.rules.dealers import records as r
from desktop.errors import ServiceError
from desktop.spreadsheets.cells import as_text
from desktop.spreadsheets.columns import FIELDS
from desktop.spreadsheets.rows import CellProblem

CHUNK = 5000  # rows planned at once (column by column), between progress reports
FIELD_INDEX = {f: i for i, f in enumerate(FIELDS)}
REJECTED = ("duplicate", "similar", "invalid")
ProgressFn = Callable[[int, int], "bool | None"]  # (done, total) → False to cancel


class ImportCancelled(ServiceError):
    code = "roster.cancelled"


@dataclass(slots=True)
class PlannedLine:
    """What the import would do with one data row."""

    row: int  # as Excel numbers it
    status: str  # new, update, unchanged, duplicate, similar (near-duplicate), invalid
    values: tuple | None = None  # validated roster fields, in FIELDS order (new, update, similar)
    dealer_id: int | None = None  # the matched dealer (update, unchanged)
    version: int | None = None
    fields: tuple[str, ...] = ()  # fields the row gives values for
    changes: list[tuple[str, object, object]] = field(default_factory=list)  # update: (field, before, after)
    problems: list[CellProblem] = field(default_factory=list)
    raw: list | None = None  # the cells as they came (rejected rows, for the error report)
    stored: dict | None = None  # update: the dealer's stored roster values; unchanged: its names only

    def value(self, field_name: str):
        return self.values[FIELD_INDEX[field_name]]

    def record(self) -> r.Dealer:
        """The row's values as a dealer record (fields the row left blank at their defaults)."""
        return r.Dealer(**dict(zip(FIELDS, self.values)))


@dataclass
class ImportPlan:
    file_name: str
    sha256: str
    sheet: str
    mode: str
    headers: list[str]
    mapping: list[str | None]
    signature: str
    rows: list[PlannedLine]
    skipped: list[tuple[int, str]]  # (row, 'note' | 'example'): lines that are not data
    # The stored dealers the preview compared against (id → version): at commit, any other dealer
    # is one stored since, whose name or code a new row may now duplicate.
    known: dict[int, int] = field(default_factory=dict)

    def counts(self, exclude=frozenset(), accept_similar=frozenset()) -> dict[str, int]:
        out = dict(created=0, updated=0, unchanged=0, duplicates=0, invalid=0, excluded=0)
        key = {"new": "created", "update": "updated", "unchanged": "unchanged", "duplicate": "duplicates",
               "similar": "duplicates", "invalid": "invalid"}
        for p in self.rows:
            if p.row in exclude:
                out["excluded"] += 1
            elif p.status == "similar" and p.row in accept_similar:
                out["created"] += 1
            else:
                out[key[p.status]] += 1
        return out

    def rejected(self, exclude=frozenset(), accept_similar=frozenset()) -> list[PlannedLine]:
        return [p for p in self.rows if p.status in REJECTED and p.row not in exclude
                and not (p.status == "similar" and p.row in accept_similar)]

    def errors(self, lang: str | None = None, **selection) -> list[dict]:
        """One entry per faulty cell: sheet, row, column (header), value, message."""
        out = []
        for p in self.rejected(**selection):
            for problem in p.problems:
                col = problem.column
                out.append(dict(
                    sheet=self.sheet, row=p.row,
                    column=self.headers[col] if col is not None and col < len(self.headers) else "",
                    value=as_text(p.raw[col]) if p.raw is not None and col is not None and col < len(p.raw) else "",
                    message=problem.message(lang),
                ))
        return out
