"""Document actions of the windows: render off the GUI thread, then preview / print / save.

Rendered files are kept under the user data folder (``documents/``), so what was printed can
be found again.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from desktop.paths import user_data_dir
from desktop.services.dealers.card import dealer_card
from desktop.services.negotiation import printing
from desktop.ui.appservices import AppServices
from desktop.ui.change_bus import Change
from desktop.ui.operations import CollectionOp, QueryOp


def output_folder(kind: str) -> Path:
    folder = user_data_dir() / "documents" / kind / datetime.now().strftime("%Y-%m-%d")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def safe_name(text: str) -> str:
    return re.sub(r'[\\/:*?"<>|\s]+', "_", text).strip("_")[:80] or "document"


def _preview(parent: QWidget, path: str, title: str) -> None:
    from desktop.ui.printing.pdf_preview import PdfPreviewDialog

    dialog = PdfPreviewDialog(path, title, parent)
    dialog.show()
    parent.last_preview = dialog  # tests and 'print again' reach it here


def show_dealer_card(parent: QWidget, app: AppServices, dealer_id: int, name: str, *, include_sensitive: bool = False) -> None:
    target = output_folder("cards") / f"{safe_name(name)}-{dealer_id}.pdf"
    title = QCoreApplication.translate("Documents", "Dealer file card — {0}").format(name)
    QueryOp(parent, lambda: dealer_card(app.ctx, dealer_id, app.lang, target, include_sensitive=include_sensitive),
            lambda path: _preview(parent, path, title)).run()


def show_brochure(parent: QWidget, app: AppServices, dealer_id: int, name: str) -> None:
    target = output_folder("brochures") / f"{safe_name(name)}-{dealer_id}.pdf"
    title = QCoreApplication.translate("Documents", "Cooperation brochure — {0}").format(name)
    QueryOp(parent, lambda: printing.brochure(app.ctx, dealer_id, app.lang, target),
            lambda path: _preview(parent, path, title)).run()


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
    QueryOp(parent, lambda: printing.target_list(app.ctx, city, app.lang, target),
            lambda path: _preview(parent, path, title)).run()


def print_packet_set(parent: QWidget, app: AppServices, meeting_id: int, title: str, on_done=None) -> None:
    """Every member's copy, rendered on a worker with progress and cancel, then the packet dialog."""
    folder = output_folder("packets") / f"{safe_name(title)}-{meeting_id}-{datetime.now():%H%M%S}"

    def work(progress):
        return printing.packet_set(app.ctx, meeting_id, app.lang, folder,
                               progress=lambda done, total: progress.report(done, total))

    def done(paths: list[str]) -> None:
        from desktop.ui.printing.packet_dialog import PacketDialog

        dialog = PacketDialog(paths, title, parent)
        dialog.show()
        parent.last_packet_dialog = dialog
        if on_done is not None:
            on_done(paths)

    CollectionOp(parent, work, done).with_progress(
        QCoreApplication.translate("Documents", "Rendering every member's copy…")).announces(app.bus, Change.DOSSIER).run()
