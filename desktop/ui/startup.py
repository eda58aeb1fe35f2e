"""Start-up: the window is painted first, the database is opened and upgraded on a worker.

A first start creates and migrates the database (seconds); any start imports SQLAlchemy, the
models and the first section's modules (a good part of a second). All of that runs in one write
operation while the window already shows "Preparing the database…"; then the window builds its
first section on the GUI thread from modules already loaded.
"""

from __future__ import annotations

import importlib
import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from desktop.ui.operations import CollectionOp
from desktop.ui.toolkit.first_paint import after_first_paint

log = logging.getLogger("dealerdesk.startup")

# Modules the first section and ``MainWindow.after_shown`` will need, loaded on the worker with the
# database (imported on the GUI thread they stalled it right after the database was ready).
WARM_MODULES = ("desktop.ui.dealers.view", "desktop.ui.demo_offer", "desktop.ui.backup.create_action",
                "desktop.ui.worklist.announce", "desktop.ui.aftersales.announce", "desktop.ui.rosters.search_keys",
                "desktop.services.dealers.keys",
                "desktop.ui.warmup")


def report_fatal(detail: str) -> None:
    QMessageBox.critical(
        None,
        QCoreApplication.translate("Startup", "DealerDesk cannot start"),
        QCoreApplication.translate("Startup", "The database cannot be opened.\n\n{0}").format(detail),
    )


def open_database(pending):
    """Worker thread: open and upgrade the database (``pending``: ui.signin.start.Pending), load the
    ORM, the models and the first views; returns ui.signin.start.Opened."""
    from desktop.ui.signin.start import open_pending

    opened = open_pending(pending)
    ctx = opened.ctx
    try:
        with ctx.unit():  # loads the ORM and every model module, and configures the mappers
            pass
        from sqlalchemy.orm import configure_mappers

        configure_mappers()
        for name in WARM_MODULES:
            importlib.import_module(name)
        from desktop.i18n import load_catalogs

        load_catalogs()  # the areas' message catalogues, which the first labels ask for
    except BaseException:
        ctx.dispose()
        raise
    return opened


def open_main_window(pending, lang: str, settings, *, prepare_database: bool = True, on_failed=None):
    """The main window, shown at once in its preparing state; the database is opened behind it."""
    from desktop.rules.office.identity import single_user
    from desktop.ui.appservices import AppServices
    from desktop.ui.change_bus import ChangeBus
    from desktop.ui.main_window import MainWindow

    from desktop.ui.toolkit.dialog_watch import unwatched_until_painted

    services = AppServices(ctx=None, bus=ChangeBus(), lang=lang, settings=settings, identity=single_user(pending.user))
    with unwatched_until_painted() as painted:
        window = MainWindow(services, preparing_as=pending.user)
        window.show()
        painted(window)
    if prepare_database:
        prepare(window, pending, lang, on_failed)
    return window


def prepare(window, pending, lang: str, on_failed=None) -> None:
    """Open the database for ``window`` (shown in its preparing state) once it has been painted."""

    def failed(err: BaseException) -> None:
        from desktop.persistence.errors import DatabaseError

        log.error("cannot open database: %s", err, exc_info=not isinstance(err, DatabaseError))
        report_fatal(err.message(lang) if isinstance(err, DatabaseError) else str(err))
        if on_failed is not None:
            on_failed()

    def go() -> None:
        CollectionOp(window, lambda: open_database(pending), window.database_ready).failure(failed).run()

    after_first_paint(window, go)
