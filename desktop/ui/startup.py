"""Dialogs needed before the main window exists."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox


def report_fatal(detail: str) -> None:
    QMessageBox.critical(
        None,
        QCoreApplication.translate("Startup", "DealerDesk cannot start"),
        QCoreApplication.translate("Startup", "The database cannot be opened.\n\n{0}").format(detail),
    )
