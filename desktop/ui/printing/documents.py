"""Document actions of the windows: render off the GUI thread, then preview / print / save.

Rendered files are kept in the user's documents folder (Documents/DealerDesk/<kind>/<date>), so what was
printed can be found again.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from desktop.errors import ServiceError
from desktop.paths import user_data_dir
from desktop.services.dealers.card import dealer_card
from desktop.services.negotiation import printing
from desktop.ui.appservices import AppServices
from desktop.ui.change_bus import Change
from desktop.ui.toolkit.errors import message_for, show_error
from desktop.ui.toolkit import folders
from desktop.ui.operations import CollectionOp, QueryOp
from desktop.ui.printing.missing_glyphs import render_document


def output_folder(kind: str) -> Path:
    """Documents/DealerDesk/<kind>/<today>: where the user finds what was printed (toolkit.folders)."""
    return folders.output_folder(kind, datetime.now().strftime("%Y-%m-%d"))


def safe_name(text: str) -> str:
    return re.sub(r'[\\/:*?"<>|\s]+', "_", text).strip("_")[:80] or "document"


def _preview(parent: QWidget, app: AppServices, path: str, title: str) -> None:
    parent.last_preview = preview(app, parent, path, title)  # tests and 'print again' reach it here


def preview(app: AppServices, parent: QWidget, path, title: str):
    """The preview of ``path``: one window per file, brought forward (and redrawn) when already open."""
    from desktop.ui.printing.pdf_preview import PdfPreviewDialog

    return app.windows.show(("preview", str(Path(path).resolve())), lambda: PdfPreviewDialog(path, title, parent),
                            refresh=lambda dialog: dialog.reload())


def show_dealer_card(parent: QWidget, app: AppServices, dealer_id: int, name: str, *, include_sensitive: bool = False) -> None:
    target = output_folder("cards") / f"{safe_name(name)}-{dealer_id}.pdf"
    title = QCoreApplication.translate("Documents", "Dealer file card — {0}").format(name)
    render_document(parent, app.lang, lambda: dealer_card(app.ctx, dealer_id, app.lang, target,
                                                                include_sensitive=include_sensitive),
                    lambda path: _preview(parent, app, path, title))


def show_brochure(parent: QWidget, app: AppServices, dealer_id: int, name: str) -> None:
    target = output_folder("brochures") / f"{safe_name(name)}-{dealer_id}.pdf"
    title = QCoreApplication.translate("Documents", "Cooperation brochure — {0}").format(name)
    render_document(parent, app.lang, lambda: printing.brochure(app.ctx, dealer_id, app.lang, target),
                    lambda path: _preview(parent, app, path, title))


def show_target_list(parent: QWidget, app: AppServices, cities: list[str]) -> None:
    everything = QCoreApplication.translate("Documents", "The whole territory")
    city, ok = QInputDialog.getItem(parent, QCoreApplication.translate("Documents", "Target list"),
                                    QCoreApplication.translate("Documents", "Print the ranked targets of:"),
                                    [everything] + cities, 0, False)
    if not ok:
        return
    city = "" if city == everything else city
    target = output_folder("targets") / f"{safe_name(city or 'territory')}.pdf"
    title = QCoreApplication.translate("Documents", "Target list — {0}").format(city or everything)
    render_document(parent, app.lang, lambda: printing.target_list(app.ctx, city, app.lang, target),
                    lambda path: _preview(parent, app, path, title))


def print_packet_set(parent: QWidget, app: AppServices, meeting_id: int, title: str, on_done=None) -> None:
    """Every member's copy, rendered on a worker with progress and cancel, then the packet dialog."""
    folder = output_folder("packets") / f"{safe_name(title)}-{meeting_id}-{datetime.now():%H%M%S}"

    problems: list[BaseException] = []

    def work(progress):
        return printing.packet_set(app.ctx, meeting_id, app.lang, folder,
                                   progress=lambda done, total: progress.report(done, total), not_marked=problems.append)

    def done(paths: list[str]) -> None:
        from desktop.ui.printing.packet_dialog import PacketDialog

        dialog = PacketDialog(paths, title, parent, app.windows)
        dialog.show()
        parent.last_packet_dialog = dialog
        if problems:  # the copies are written; only the "printed" mark is missing
            show_error(dialog, ServiceError("packet.not_marked", reason=message_for(problems[0])))
        if on_done is not None:
            on_done(paths)

    render_document(parent, app.lang, work, done, op=CollectionOp, configure=lambda op: op.with_progress(
        QCoreApplication.translate("Documents", "Rendering every member's copy…")).announces(app.bus, Change.DOSSIER))
