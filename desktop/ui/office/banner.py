"""The banner across the top of the main window while the office database is out of reach."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

STYLE = "background: #fdecea; color: #8c1d18; border-bottom: 1px solid #e8a29c; padding: 6px 10px; font-weight: 600;"


class ConnectionBanner(QLabel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("connection_banner")
        self.setStyleSheet(STYLE)
        self.setWordWrap(True)
        self.setText(self.tr("The connection to the office database is lost. Reconnecting by itself… "
                             "Until it is back, changes cannot be saved; what you see may be out of date."))
        self.hide()

    def show_state(self, online: bool) -> None:
        self.setVisible(not online)
