"""First start on the embedded database: ask the person's name, the one recorded on every change and
document (instead of the computer's login, 'root' on many machines). Settings keeps it editable."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from desktop.config import Settings


class NameDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("name_dialog")
        self.setWindowTitle(self.tr("Welcome to DealerDesk"))
        self.setMinimumWidth(420)
        intro = QLabel(self.tr("What is your name? It is recorded with every change you make and printed on the "
                               "documents you prepare. You can change it later in Settings."))
        intro.setWordWrap(True)
        self.name_edit = QLineEdit(objectName="name_edit")
        self.name_edit.setPlaceholderText(self.tr("e.g. 王春梅"))
        self.name_edit.setMaxLength(60)
        form = QFormLayout()
        form.addRow(self.tr("Your name:"), self.name_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.Ok)
        self.ok_button.setObjectName("ok_button")
        self.ok_button.setText(self.tr("Start"))
        self.ok_button.setEnabled(False)
        self.name_edit.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text.strip())))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def name(self) -> str:
        return self.name_edit.text().strip()


def needs_name(settings: Settings) -> bool:
    return not settings.profile_name.strip()


def ask_name(settings: Settings, parent=None) -> bool:
    """Ask (modal) and save the name; False when the person cancelled (DealerDesk then does not start)."""
    dialog = NameDialog(parent)
    if dialog.exec() != QDialog.Accepted or not dialog.name():
        return False
    settings.profile_name = dialog.name()
    settings.save()
    return True
