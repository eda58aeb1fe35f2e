"""Composition root of the windows: settings, database, translators, main window.

Start-up stays short: migrations only run when the schema is behind, the dealer list loads
on a worker thread after the window is shown.
"""

from __future__ import annotations

import logging
import os
import sys

from desktop import APP_NAME, ORG_NAME, i18n
from desktop.config import Settings, resolve_language
from desktop.logs import setup_logging


def create_application(argv: list[str] | None = None, lang: str = "en"):
    """The QApplication with font, translators and identity set (reuses an existing one)."""
    from PySide6.QtWidgets import QApplication

    from desktop.ui.setup import app_icon, display_name, install_translators, register_fonts

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setWindowIcon(app_icon())
    register_fonts(app)
    install_translators(app, lang)
    app.setApplicationDisplayName(display_name())
    i18n.set_language(lang)
    from desktop.ui.toolkit.dialog_watch import watch_dialogs

    watch_dialogs(app)  # every dialog: its whole title in view, Tab leaves tables, an Alt-letter on each button
    return app


def build_main_window(ctx, lang: str = "en", settings: Settings | None = None, identity=None, office=None):
    """The main window over an open ServiceContext (used by the app, the self-test and tests).

    ``identity`` and ``office`` say who is signed in to which office database; None for both is the
    embedded database's one local user.
    """
    from desktop.ui.appservices import AppServices
    from desktop.ui.main_window import MainWindow
    from desktop.ui.change_bus import ChangeBus

    services = AppServices(ctx=ctx, bus=ChangeBus(), lang=lang, settings=settings or Settings.load(),
                           identity=identity, office=office)
    return MainWindow(services)


def install_exception_hook(window) -> None:
    """An error escaping a slot or callback is logged and shown as a message, never a traceback."""
    def hook(kind, value, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        logging.getLogger("dealerdesk").error("unhandled error", exc_info=(kind, value, tb))
        try:
            from desktop.ui.toolkit.errors import show_error

            show_error(window, value)
        except Exception:  # the error display itself failed: the log has it
            pass

    sys.excepthook = hook


def run_gui(args) -> int:
    """Open the windows; returns the process exit code.

    The window is shown (painted) before the database is touched: opening, creating and
    upgrading it, and loading SQLAlchemy and the models, happen on a worker while the window
    says "Preparing the database…" (``ui/startup.py``).
    """
    setup_logging()
    settings = getattr(args, "settings", None) or Settings.load()
    from desktop.ui.setup import qt_system_language

    lang = resolve_language(getattr(args, "lang", None), settings, system=qt_system_language)
    app = create_application(sys.argv[:1], lang)
    from desktop.persistence.errors import DatabaseError
    from desktop.ui.signin.start import Pending, plan_start
    from desktop.ui.startup import open_main_window, report_fatal
    from desktop.ui.toolkit.first_paint import after_first_paint

    try:
        plan = plan_start(args, settings)  # an office sign-in opens its session in its dialog
    except DatabaseError as err:
        logging.getLogger("dealerdesk").error("cannot open database: %s", err)
        report_fatal(err.message(lang))
        return 2
    if plan is None:  # the person closed the sign-in or name dialog
        return 0
    just_paint = bool(os.environ.get("DEALERDESK_EXIT_AFTER_SHOWN"))  # start-up benchmark: quit once painted
    if isinstance(plan, Pending):
        window = open_main_window(plan, lang, settings, prepare_database=not just_paint, on_failed=lambda: app.exit(2))
    else:
        from desktop.ui.toolkit.dialog_watch import unwatched_until_painted

        with unwatched_until_painted() as painted:
            window = build_main_window(plan.ctx, lang, settings, plan.identity, plan.office)
            window.show()
            painted(window)
        if not just_paint:
            window.after_shown()
    install_exception_hook(window)
    if just_paint:
        after_first_paint(window, app.quit)
    code = app.exec()
    from desktop.ui.operations import wait_for_idle

    wait_for_idle(10000)
    if window.app.ctx is not None:
        window.app.ctx.dispose()
    return code
