"""Printing from the after-signing windows: the repair guidance list (送修引导, internal, for the
claims dispatch desk) and a dealer's monthly review (external for the dealer meeting, or internal).
The user picks where the PDF goes; the figures are read and the PDF rendered on a worker with a
progress dialog (``ui/operations``); the preview then opens, with its Print button. GUI thread.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.services.aftersales import printing
from desktop.ui.operations import QueryOp
from desktop.ui.printing.documents import safe_name
from desktop.ui.toolkit.file_dialogs import save_file_name
from desktop.ui.toolkit.folders import output_folder
from desktop.ui.toolkit.errors import show_error


def _render(parent: QWidget, app, work, path: str, title: str, label: str, on_done=None) -> QueryOp:
    def job(progress):
        progress.report(0, 2, QCoreApplication.translate("AftersalesPrint", "Reading the figures…"))
        out = work(path)
        progress.report(2, 2)
        return out

    def done(made) -> None:
        from desktop.ui.printing.documents import preview

        parent.last_printed = made
        parent.last_preview = preview(app, parent, made, title)
        if on_done is not None:
            on_done(made)

    op = QueryOp(parent, job, done).failure(lambda err: show_error(parent, err, title)).with_progress(label)
    parent.print_op = op
    return op.run()


def print_guidance(parent: QWidget, app, target: str | None = None) -> QueryOp | None:
    """The list of dealers we owe repair work, most owed first: ask where, render, preview."""
    title = QCoreApplication.translate("AftersalesPrint", "Repair guidance list")
    start = str(output_folder("aftersales", date.today().isoformat()) / "送修引导.pdf")
    path = target or save_file_name(parent, QCoreApplication.translate("AftersalesPrint", "Save the repair guidance list"), start, QCoreApplication.translate("AftersalesPrint", "PDF document (*.pdf)"))
    if not path:
        return None
    ctx, lang, holder = app.ctx, app.lang, app.me.name if app.me is not None else ""
    return _render(parent, app, lambda p: printing.guidance(ctx, lang, p, holder=holder), path, title,
                   QCoreApplication.translate("AftersalesPrint", "Rendering the repair guidance list…"))


def print_review(parent: QWidget, app, dealer_id: int, dealer_name: str, month: str, *, internal: bool,
                 target: str | None = None) -> QueryOp | None:
    """A dealer's monthly review, the external version (nothing internal) or the internal one."""
    kind = QCoreApplication.translate("AftersalesPrint", "internal") if internal else QCoreApplication.translate("AftersalesPrint", "for the dealer")
    title = QCoreApplication.translate("AftersalesPrint", "Monthly review {0} {1} ({2})").format(dealer_name, month, kind)
    suffix = "内部" if internal else "外部"
    start = str(output_folder("aftersales", date.today().isoformat()) / f"{safe_name(dealer_name)}-月度回顾-{month}-{suffix}.pdf")
    path = target or save_file_name(parent, QCoreApplication.translate("AftersalesPrint", "Save the monthly review"), start, QCoreApplication.translate("AftersalesPrint", "PDF document (*.pdf)"))
    if not path:
        return None
    ctx, lang, holder = app.ctx, app.lang, app.me.name if app.me is not None else ""
    return _render(parent, app, lambda p: printing.review(ctx, dealer_id, month, lang, p, internal=internal, holder=holder),
                   path, title, QCoreApplication.translate("AftersalesPrint", "Rendering the monthly review…"))
