"""Print for the dealers shown: dealer file cards or brochures for every dealer the list's current
filter shows, in its order, on a worker with progress and cancel (``ui/operations.py``); then the
combined PDF opens in the preview, and the folder holds one file per dealer. GUI thread.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QMessageBox, QToolButton, QWidget

from desktop.services.dealers.batch import BatchResult, print_batch
from desktop.ui.operations import QueryOp
from desktop.ui.toolkit import folders


def batch_button(view) -> QToolButton:
    """The list's 'Print for the dealers shown' button with its two documents."""
    button = QToolButton(objectName="batch_print_button")
    button.setText(QCoreApplication.translate("BatchPrint", "Print for the dealers shown"))
    button.setToolTip(QCoreApplication.translate("BatchPrint", "Dealer file cards or brochures for every dealer the current filter shows, in one PDF"))
    button.setPopupMode(QToolButton.InstantPopup)
    menu = QMenu(button)
    view.batch_cards_action = menu.addAction(QCoreApplication.translate("BatchPrint", "Dealer file cards…"), lambda: start(view, "cards"))
    view.batch_brochures_action = menu.addAction(QCoreApplication.translate("BatchPrint", "Cooperation brochures…"), lambda: start(view, "brochures"))
    button.setMenu(menu)
    return button


def start(view, kind: str) -> QueryOp | None:
    """Render ``kind`` for the dealers shown; returns the running operation (None when none is shown)."""
    ids = [view.model.row_at(r).id for r in range(view.model.rowCount())]
    if not ids:
        _notice(view, QCoreApplication.translate("BatchPrint", "No dealer is shown: change the filter first."))
        return None
    app = view.app
    folder = folders.output_folder(kind, datetime.now().strftime("%Y-%m-%d")) / datetime.now().strftime("batch-%H%M%S")
    label = (QCoreApplication.translate("BatchPrint", "Rendering {0} dealer file cards…") if kind == "cards" else QCoreApplication.translate("BatchPrint", "Rendering {0} brochures…")).format(len(ids))

    def work(progress):
        return print_batch(app.ctx, ids, kind, app.lang, folder, progress=lambda done, total: progress.report(done, total))

    def done(result: BatchResult) -> None:
        view.last_batch = result
        if result.cancelled:
            return
        if result.combined:
            from desktop.ui.printing.documents import preview

            view.last_preview = preview(app, view, result.combined, QCoreApplication.translate("BatchPrint", "{0} documents").format(len(result.paths)))
        if result.skipped:
            _notice(view, QCoreApplication.translate("BatchPrint", "{0} of {1} could not be made:").format(len(result.skipped), len(ids)) + "\n"
                    + "\n".join(why for _id, why in result.skipped[:20]))

    op = QueryOp(view, work, done).with_progress(label)
    view.batch_op = op
    return op.run()


def _notice(parent: QWidget, text: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Information, QCoreApplication.translate("BatchPrint", "Print for the dealers shown"), text, QMessageBox.Ok, parent)
    box.setObjectName("batch_notice_box")
    parent.last_notice = box
    box.open()
    return box
