"""A dealer's renewal worklist as an Excel workbook for its renewal desk: policies expiring in the next
DAYS (and lapsed ones), with owner, contacts and status. Policyholders' names and phones only when
chosen (personal data). Headers are the lists' own, so the file imports back. Calling thread.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop.i18n import t
from desktop.persistence.sqlite_safety import refuse_live_database
from desktop.services.aftersales import renewals
from desktop.services.context import ServiceContext
from desktop.spreadsheets.writer import SheetWriter, Spec, new_workbook


def export(ctx: ServiceContext, dealer_id: int, target: str | Path, *, due_days: int = 90, include_sensitive: bool = False,
           lang: str | None = None, today: date | None = None) -> int:
    """Write ``dealer_id``'s worklist to ``target`` (.xlsx); returns how many policies."""
    refuse_live_database(Path(target))
    lines = renewals.worklist(ctx, due_days=due_days, dealer_id=dealer_id, today=today, personal=include_sensitive)
    field = lambda name: t(f"aftersales.field.{name}", lang)  # noqa: E731
    col = lambda name: t(f"aftersales.col.{name}", lang)  # noqa: E731
    specs = [Spec(field("policy_no"), 22), Spec(field("plate"), 12), Spec(field("coverage"), 10), Spec(field("premium"), 12),
             Spec(field("ends_on"), 12), Spec(col("days_left"), 10), Spec(col("status"), 10), Spec(col("owner"), 12),
             Spec(col("contacts"), 10), Spec(col("last_contact"), 12), Spec(col("last_result"), 14)]
    if include_sensitive:
        specs += [Spec(field("holder_name"), 16), Spec(field("holder_phone"), 16)]
    with new_workbook(target) as book:
        sheet = SheetWriter(book, t("aftersales.sheet.renewals", lang), specs)
        for line in lines:
            row = [line.policy_no, line.plate, t(f"aftersales.coverage.{line.coverage}", lang) if line.coverage else "",
                   line.premium, line.ends_on, line.days_left, t(f"aftersales.renewal.{line.status}", lang), line.owner,
                   line.contacts, line.last_contact, t(f"aftersales.result.{line.last_result}", lang) if line.last_result else ""]
            if include_sensitive:
                row += [line.holder_name, line.holder_phone]
            sheet.append(row)
        sheet.finish()
    return len(lines)
