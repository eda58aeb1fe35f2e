"""Settings: the profile name that stamps every change, and the language."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

from desktop.config import current_user
from desktop.ui.appservices import AppServices


class SettingsDialog(QDialog):
    def __init__(self, app: AppServices, parent=None) -> None:
        super().__init__(parent)
        self.app = app
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Settings"))
        self.profile_edit = QLineEdit(app.settings.profile_name, objectName="profile_edit")
        self.profile_edit.setPlaceholderText(current_user(type(app.settings)()))
        self.language_combo = QComboBox(objectName="language_combo")
        self.language_combo.addItem(self.tr("Follow the system"), "")
        self.language_combo.addItem("简体中文", "zh_CN")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(app.settings.language), 0))
        note = QLabel(self.tr("A new language applies the next time DealerDesk starts."))
        note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Profile name:"), self.profile_edit)
        form.addRow(self.tr("Language:"), self.language_combo)
        form.addRow(note)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        settings = self.app.settings
        settings.profile_name = self.profile_edit.text().strip()
        settings.language = self.language_combo.currentData()
        settings.save()  # a few hundred bytes of JSON: fine on the GUI thread
        self.app.ctx.user = current_user(settings)
        super().accept()
