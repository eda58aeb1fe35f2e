"""Settings: the profile name that stamps every change, the language, and where the data lives and is
backed up (the daily copy: on/off, folder, how many to keep)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from desktop.config import current_user
from desktop.services.backup import daily as auto_backup, create as backup
from desktop.ui.appservices import AppServices
from desktop.ui.toolkit import file_dialogs


class SettingsDialog(QDialog):
    def __init__(self, app: AppServices, parent=None) -> None:
        super().__init__(parent)
        self.app = app
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.addWidget(self._you_box())
        layout.addWidget(self._data_box())
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _you_box(self) -> QGroupBox:
        settings = self.app.settings
        box = QGroupBox(self.tr("You"))
        self.profile_edit = QLineEdit(settings.profile_name, objectName="profile_edit")
        self.profile_edit.setPlaceholderText(current_user(type(settings)()))
        self.profile_edit.setToolTip(self.tr("The name recorded with every change you make and on the documents you generate."))
        if self.app.me.is_office:  # the office database knows the person by their login
            self.profile_edit.setEnabled(False)
            self.profile_edit.setToolTip(self.tr("On the office database your name comes with your login; "
                                                 "the administrator changes it."))
        self.language_combo = QComboBox(objectName="language_combo")
        self.language_combo.addItem(self.tr("Follow the system"), "")
        self.language_combo.addItem("简体中文", "zh_CN")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(settings.language), 0))
        note = QLabel(self.tr("A new language applies the next time DealerDesk starts."), objectName="language_note")
        note.setStyleSheet("color: #5b6675;")
        form = QFormLayout(box)
        form.addRow(self.tr("Profile name:"), self.profile_edit)
        form.addRow(self.tr("Language:"), self.language_combo)
        form.addRow("", note)
        return box

    def _data_box(self) -> QGroupBox:
        settings = self.app.settings
        box = QGroupBox(self.tr("Data and backups"))
        form = QFormLayout(box)
        live = backup.database_file(self.app.ctx)
        where = QLabel(str(live) if live else self.app.ctx.engine.url.render_as_string(hide_password=True), objectName="database_label")
        where.setTextInteractionFlags(Qt.TextSelectableByMouse)
        where.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(where, 1)
        if live is not None:
            show = QPushButton(self.tr("Open folder"), objectName="open_database_folder_button")
            show.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(live.parent))))
            row.addWidget(show)
        form.addRow(self.tr("Database:"), row)

        self.auto_backup_check = QCheckBox(self.tr("Back up the database automatically once a day"), objectName="auto_backup_check")
        self.auto_backup_check.setChecked(settings.auto_backup)
        self.backup_folder_edit = QLineEdit(settings.backup_folder, objectName="backup_folder_edit")
        self.backup_folder_edit.setPlaceholderText(str(auto_backup.default_folder()))
        browse = QPushButton(self.tr("Choose…"), objectName="backup_folder_button")
        browse.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.backup_folder_edit, 1)
        folder_row.addWidget(browse)
        self.backup_keep_spin = QSpinBox(objectName="backup_keep_spin")
        self.backup_keep_spin.setRange(1, 60)
        self.backup_keep_spin.setValue(max(1, min(60, settings.backup_keep)))
        self.backup_keep_spin.setSuffix(self.tr(" copies"))
        self.backup_keep_spin.setMaximumWidth(120)
        form.addRow(self.auto_backup_check)
        form.addRow(self.tr("Backup folder:"), folder_row)
        form.addRow(self.tr("Keep the newest:"), self.backup_keep_spin)
        if live is None:
            self.auto_backup_check.setEnabled(False)
            form.addRow("", QLabel(self.tr("A server database is backed up by its administrator.")))
        for widget in (self.backup_folder_edit, browse, self.backup_keep_spin):
            self.auto_backup_check.toggled.connect(widget.setEnabled)
            widget.setEnabled(self.auto_backup_check.isChecked() and live is not None)
        return box

    def _choose_folder(self) -> None:
        start = self.backup_folder_edit.text().strip() or str(auto_backup.default_folder())
        folder = file_dialogs.existing_directory(self, self.tr("Backup folder"), start)
        if folder:
            self.backup_folder_edit.setText(folder)

    def accept(self) -> None:
        settings = self.app.settings
        settings.profile_name = self.profile_edit.text().strip()
        settings.language = self.language_combo.currentData()
        settings.auto_backup = self.auto_backup_check.isChecked()
        folder = self.backup_folder_edit.text().strip()
        settings.backup_folder = "" if folder and Path(folder).expanduser() == auto_backup.default_folder() else folder
        settings.backup_keep = self.backup_keep_spin.value()
        settings.save()  # a few hundred bytes of JSON: fine on the GUI thread
        if not self.app.me.is_office:
            self.app.rename_local_user(current_user(settings))
            parent = self.parent()
            if hasattr(parent, "office_menu"):
                parent.office_menu.refresh()
        super().accept()
