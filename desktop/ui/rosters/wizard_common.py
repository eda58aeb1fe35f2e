"""What the import wizard's pages share: the page base class (a status line) and error wording."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWizardPage

from desktop.spreadsheets.errors import UnusableFile
from desktop.ui.toolkit.errors import message_for

if TYPE_CHECKING:
    from desktop.ui.rosters.wizard import ImportWizard


def error_text(err: BaseException, lang: str) -> str:
    """An unusable file explains itself in the UI language; anything else goes through ``message_for``."""
    return err.message(lang) if isinstance(err, UnusableFile) else message_for(err)


class ImportPage(QWizardPage):
    """A wizard page with ``w`` (the wizard) and a status line at the bottom (``say``)."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.status_label = QLabel(objectName="status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

    def say(self, text: str, problem: bool = False) -> None:
        self.status_label.setStyleSheet("color: #b00020;" if problem else "")
        self.status_label.setText(text)

