"""What importing a policy or claims list would do, row by row: the plan ``read.analyse`` makes,
the CLI and the import window preview, ``commit`` writes and the roster's error report
(``services.rosters.report.write_error_report``) turns into a workbook of the rejected rows."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.spreadsheets.cells import as_text
from desktop.spreadsheets.rows import CellProblem

REJECTED = ("duplicate", "invalid", "unmatched")
COUNT_OF = {"new": "created", "update": "updated", "unchanged": "unchanged", "duplicate": "duplicates",
            "invalid": "invalid", "unmatched": "unmatched"}


@dataclass(slots=True)
class ListLine:
    """What the import would do with one data row."""

    row: int  # as Excel numbers it
    status: str  # new, update, unchanged, duplicate, invalid, unmatched
    values: tuple | None = None  # the row's values in the list's field order (new, update)
    dealer_id: int | None = None
    record_id: int | None = None  # the stored policy or claim (update, unchanged)
    version: int | None = None
    changes: list[tuple[str, object, object]] = field(default_factory=list)  # update: (field, before, after)
    problems: list[CellProblem] = field(default_factory=list)
    raw: list | None = None  # the cells as they came (rejected rows, for the error report)
    match: tuple[str, str, str] = ("", "", "")  # unmatched: the code, USCC and name the row gave


@dataclass
class ListPlan:
    kind: str  # policies, claims
    file_name: str
    sha256: str
    sheet: str
    headers: list[str]
    mapping: list[str | None]
    signature: str
    fields: tuple[str, ...]  # the list's fields, in the order of each line's values
    provided: tuple[str, ...]  # the fields the file has a column for (only these are written)
    rows: list[ListLine]
    skipped: list[tuple[int, str]]

    def counts(self, exclude=frozenset(), accept_similar=frozenset()) -> dict[str, int]:
        out = dict(created=0, updated=0, unchanged=0, duplicates=0, invalid=0, unmatched=0, excluded=0)
        for line in self.rows:
            out["excluded" if line.row in exclude else COUNT_OF[line.status]] += 1
        return out

    def rejected(self, exclude=frozenset(), accept_similar=frozenset()) -> list[ListLine]:
        """The rows not imported (``accept_similar``: the roster report's argument, nothing here is similar)."""
        return [line for line in self.rows if line.status in REJECTED and line.row not in exclude]

    def unmatched(self) -> list[dict]:
        """The codes, USCCs and names no dealer has, each once with its rows: for a person to assign."""
        groups: dict[tuple[str, str, str], list[int]] = {}
        for line in self.rows:
            if line.status == "unmatched":
                groups.setdefault(line.match, []).append(line.row)
        return [dict(code=k[0], uscc=k[1], name=k[2], rows=rows) for k, rows in groups.items()]

    def errors(self, lang: str | None = None) -> list[dict]:
        """One entry per faulty cell: sheet, row, column (header), value, message."""
        out = []
        for line in self.rejected():
            for problem in line.problems:
                col = problem.column
                out.append(dict(
                    sheet=self.sheet, row=line.row,
                    column=self.headers[col] if col is not None and col < len(self.headers) else "",
                    value=as_text(line.raw[col]) if line.raw is not None and col is not None and col < len(line.raw) else "",
                    message=problem.message(lang),
                ))
        return out
