"""First start on an empty database: offer to load the demo territory."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from desktop.services.dealers import files as dealers
from desktop.services.demo import territory as demo
from desktop.services import meta
from desktop.ui.change_bus import Change
from desktop.ui.operations import CollectionOp, QueryOp

DEMO_SIZE = 400
OFFERED_KEY = "demo_offered"



def maybe_offer_demo(window) -> None:
    """Ask once per database, and only when it holds no dealers."""
    ctx = window.app.ctx
    QueryOp(window, lambda: (dealers.count(ctx), meta.get(ctx, OFFERED_KEY)), lambda r: _decide(window, *r)).run()


def _decide(window, count: int, offered: str | None) -> None:
    if count or offered:
        return
    box = QMessageBox(QMessageBox.Question, QCoreApplication.translate("DemoOffer", "Welcome to DealerDesk"),
                      QCoreApplication.translate("DemoOffer", "This database is empty. Load a demo territory of {0} dealers, with key people, "
                          "visits and our staff, to explore the application?").format(DEMO_SIZE),
                      QMessageBox.NoButton, window)
    box.setObjectName("demo_offer_box")
    load = box.addButton(QCoreApplication.translate("DemoOffer", "Load demo territory"), QMessageBox.AcceptRole)
    box.addButton(QCoreApplication.translate("DemoOffer", "Start empty"), QMessageBox.RejectRole)
    box.setDefaultButton(load)
    ctx = window.app.ctx

    def answered(_result: int) -> None:
        CollectionOp(window, lambda: meta.put(ctx, OFFERED_KEY, "yes")).run()
        if box.clickedButton() is load:
            load_demo(window, ask=False)

    box.finished.connect(answered)
    box.open()


def load_demo(window: QWidget, *, ask: bool, size: int = DEMO_SIZE) -> None:
    """Generate the demo territory with progress and cancel (refused on a non-empty database)."""
    if ask:
        size, ok = QInputDialog.getInt(window, QCoreApplication.translate("DemoOffer", "Demo territory"), QCoreApplication.translate("DemoOffer", "Number of dealers:"), DEMO_SIZE, 10, 200_000, 100)
        if not ok:
            return
    ctx = window.app.ctx

    def work(progress):
        return demo.generate(ctx, size, seed=1, progress=lambda done, total: progress.report(done, total))

    def done(result) -> None:
        window.statusBar().showMessage(QCoreApplication.translate("DemoOffer", "Demo territory loaded: {0} dealers").format(result.dealers), 10000)

    def failed(err) -> None:
        if isinstance(err, demo.DemoRefused):
            QMessageBox.information(window, QCoreApplication.translate("DemoOffer", "Demo territory"),
                                    QCoreApplication.translate("DemoOffer", "The demo territory can only be loaded into an empty database."))
        elif not isinstance(err, demo.Cancelled):
            from desktop.ui.toolkit.errors import show_error

            show_error(window, err)

    CollectionOp(window, work, done).failure(failed).with_progress(QCoreApplication.translate("DemoOffer", "Creating the demo territory…")) \
        .announces(window.app.bus, Change.DEALERS, Change.STAFF).run()
