"""The Qt half of ``dealerdesk --self-test`` (desktop/selftest.py runs the checks and reports).

Runs on the main thread. Builds the application as the windows get it (bundled font,
translators, icon) on Qt's offscreen platform when there is no display.
"""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QtMsgType, QTranslator, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from desktop import i18n
from desktop.paths import resource
from desktop.selftest import _ensure_platform, _require, qt_message


def _route_qt_messages(mode, _context, message) -> None:
    qt_message(message, fatal=mode == QtMsgType.QtFatalMsg)


def application() -> QApplication:
    _ensure_platform()
    from desktop.app import create_application

    qInstallMessageHandler(_route_qt_messages)  # Qt's warnings would break one line per check
    return create_application(["dealerdesk", "--self-test"], i18n.language())


def check_translations() -> str:
    application()
    found = sorted(resource("translations").glob("*.qm"))
    _require(bool(found), f"no compiled translations in {resource('translations')}")
    for qm in found:
        translator = QTranslator()
        _require(translator.load(str(qm)) and not translator.isEmpty(), f"{qm.name} does not load")
    qt_dir = QLibraryInfo.path(QLibraryInfo.TranslationsPath)
    _require(QTranslator().load("qtbase_zh_CN", qt_dir), f"Qt's qtbase_zh_CN.qm not found in {qt_dir}")
    return ", ".join(qm.name for qm in found) + " and Qt's qtbase_zh_CN.qm loaded"


def check_window(ctx) -> str:
    """Build the main window over the self-test's database, show it, close it."""
    app = application()
    from desktop.app import build_main_window

    window = build_main_window(ctx)
    try:
        window.show()
        app.processEvents()
        _require(window.isVisible(), "window not shown")
        title = window.windowTitle()
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()
    return f"main window built and shown on {app.platformName()} ({title})"
