"""What the office area adds to the main window: who is signed in (status bar), the banner while the
office database is out of reach, and the live updates — wired in one place so the main window stays
about navigation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.ui.office.banner import ConnectionBanner
from desktop.ui.office.identity_status import IdentityLabel
from desktop.ui.office.live import LiveUpdates


def install(window) -> None:
    """After the window's own widgets and menus exist (``window.office_menu`` among them)."""
    window.identity_label = IdentityLabel()
    window.statusBar().addPermanentWidget(window.identity_label)
    window.banner = ConnectionBanner()
    body = window.takeCentralWidget()  # kept: setCentralWidget would delete it
    central = QWidget(objectName="central")
    column = QVBoxLayout(central)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(0)
    column.addWidget(window.banner)
    column.addWidget(body, 1)
    window.setCentralWidget(central)
    window.office_menu.refresh()
    window.live = LiveUpdates(window)  # colleagues' changes and the connection, on an office database
    window.live.online_changed.connect(lambda online: online_changed(window, online))
    window.live.start()


def online_changed(window, online: bool) -> None:
    window.banner.show_state(online)
    window.statusBar().showMessage(QCoreApplication.translate(
        "MainWindow", "Connected to the office database again; everything shown is up to date.")
        if online else window.banner.text(), 10000)
