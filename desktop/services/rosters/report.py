"""The error report of an import: the rejected rows exactly as they came, the reason beside each,
the faulty cells highlighted — to be corrected in Excel or WPS and imported again.

Runs on the calling thread; writes only the target file (atomically).
"""

from __future__ import annotations

from pathlib import Path

from openpyxl.cell import WriteOnlyCell

from desktop.i18n import t
from desktop.services.rosters.plan import ImportPlan
from desktop.spreadsheets.writer import PROBLEM_FILL, SheetWriter, Spec, new_workbook


def write_error_report(plan: ImportPlan, target: str | Path, *, lang: str | None = None, exclude=frozenset(),
                       accept_similar=frozenset()) -> int:
    """Write the rejected rows to ``target``; returns how many. Headers are the file's own, so the
    corrected report maps the same way; two columns at the end say what was wrong and where."""
    rejected = plan.rejected(exclude, accept_similar)
    width = max([len(plan.headers)] + [len(p.raw or ()) for p in rejected])
    headers = list(plan.headers) + [""] * (width - len(plan.headers))
    specs = [Spec(h or " ", max(10, min(40, len(h) * 2 + 4))) for h in headers]
    specs += [Spec(t("roster.col.problems", lang), 60), Spec(t("roster.col.source_row", lang), 12)]
    with new_workbook(target) as book:
        sheet = SheetWriter(book, t("roster.sheet.rejected", lang), specs)
        for p in rejected:
            faulty = {q.column for q in p.problems if q.column is not None}
            cells = []
            for i in range(width):
                value = p.raw[i] if p.raw is not None and i < len(p.raw) else None
                cell = sheet.text_cell(value) if isinstance(value, str) else WriteOnlyCell(sheet.ws, value if value != "" else None)
                if i in faulty:
                    cell.fill = PROBLEM_FILL
                cells.append(cell)
            messages = "；".join(_describe(plan, q.column, q.message(lang)) for q in p.problems)
            cells += [sheet.text_cell(messages), WriteOnlyCell(sheet.ws, p.row)]
            sheet.append_cells(cells)
        sheet.finish()
    return len(rejected)


def _describe(plan: ImportPlan, column: int | None, message: str) -> str:
    header = plan.headers[column] if column is not None and column < len(plan.headers) else ""
    return f"{header}：{message}" if header else message
