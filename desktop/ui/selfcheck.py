"""The Qt half of ``dealerdesk --self-test`` (desktop/selftest.py runs the checks and reports).

Runs on the main thread. Builds the application as the windows get it (bundled font,
translators, icon) on Qt's offscreen platform when there is no display. Qt's own messages go to
``on_qt_message(text, fatal)``, which the self-test hands in (it keeps the log and the report).
"""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QtMsgType, QTranslator, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

import os
import sys
from typing import Callable

from desktop import i18n
from desktop.errors import require
from desktop.paths import resource

QtMessage = Callable[[str, bool], None]


def _ensure_platform() -> None:
    """No display (CI, a server): Qt's offscreen platform; otherwise leave Qt's choice alone."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def application(on_qt_message: QtMessage) -> QApplication:
    _ensure_platform()
    from desktop.app import create_application

    def route(mode, _context, message) -> None:
        on_qt_message(message, mode == QtMsgType.QtFatalMsg)

    qInstallMessageHandler(route)  # Qt's warnings would break one line per check
    return create_application(["dealerdesk", "--self-test"], i18n.language())


def check_translations(on_qt_message: QtMessage) -> str:
    application(on_qt_message)
    found = sorted(resource("translations").glob("*.qm"))
    require(bool(found), f"no compiled translations in {resource('translations')}")
    for qm in found:
        translator = QTranslator()
        require(translator.load(str(qm)) and not translator.isEmpty(), f"{qm.name} does not load")
    qt_dir = QLibraryInfo.path(QLibraryInfo.TranslationsPath)
    require(QTranslator().load("qtbase_zh_CN", qt_dir), f"Qt's qtbase_zh_CN.qm not found in {qt_dir}")
    return ", ".join(qm.name for qm in found) + " and Qt's qtbase_zh_CN.qm loaded"


def check_window(ctx, on_qt_message: QtMessage) -> str:
    """Build the main window over the self-test's database, show it, close it."""
    app = application(on_qt_message)
    from desktop.app import build_main_window

    window = build_main_window(ctx)
    try:
        window.show()
        app.processEvents()
        require(window.isVisible(), "window not shown")
        title = window.windowTitle()
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()
    return f"main window built and shown on {app.platformName()} ({title})"
