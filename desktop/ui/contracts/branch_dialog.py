"""Our branch entity as it appears on every contract, the contract number pattern and the
expiry reminder (days before the end), and the branch's logo the brochure prints (with the address
and phone above). Read and saved through ``ui/operations.py``; a chosen logo file is read on a worker."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QMessageBox,
                               QPushButton, QSpinBox, QVBoxLayout, QWidget)

from desktop.rules.contracts import lifecycle as rules
from desktop.rules.contracts.records import BranchEntity, Party
from desktop.rules.errors import RuleError
from desktop.services.contracts import settings
from desktop.errors import ConflictError
from desktop.ui.appservices import AppServices
from desktop.ui.change_bus import Change
from desktop.ui.toolkit import file_dialogs
from desktop.ui.toolkit.errors import message_for
from desktop.ui.toolkit.field_errors import FieldErrors
from desktop.ui.operations import CollectionOp, QueryOp


class ContractBranchDialog(QDialog):
    saved = Signal(object)
    ready = Signal(object)

    def __init__(self, app: AppServices, parent=None) -> None:
        super().__init__(parent)
        self.app = app
        self.entity: BranchEntity | None = None
        self.last_notice: QMessageBox | None = None
        self.setObjectName("contract_branch_dialog")
        self.setWindowTitle(self.tr("Contract numbering and our branch"))
        body = QWidget()  # the form's own widget: field errors find their rows through it
        form = QFormLayout(body)
        for name, label in (("branch_code", self.tr("Branch code")), ("name", self.tr("Legal name")),
                            ("uscc", self.tr("Unified social credit code")), ("legal_rep", self.tr("Principal")),
                            ("address", self.tr("Address")), ("phone", self.tr("Phone")),
                            ("number_pattern", self.tr("Number pattern"))):
            edit = QLineEdit(objectName=f"{name}_edit")
            setattr(self, f"{name}_edit", edit)
            form.addRow(label, edit)
        self.reminder_days_edit = QSpinBox(objectName="reminder_days_edit")
        self.reminder_days_edit.setRange(1, rules.MAX_REMINDER_DAYS)
        self.reminder_days_edit.setSuffix(self.tr(" days before the end"))
        form.addRow(self.tr("Expiry reminder"), self.reminder_days_edit)
        self.example_label = QLabel(objectName="example_label")
        form.addRow(self.tr("Next numbers look like"), self.example_label)
        form.addRow(self.tr("Logo (on the brochure)"), self._logo_row())
        self.number_pattern_edit.textChanged.connect(self._example)
        self.branch_code_edit.textChanged.connect(self._example)
        hint = QLabel(self.tr("Pattern fields: {branch}, {yyyy}, {yy} and one counter such as {nnnn}. "
                              "Numbers are never reused; a new pattern applies to new contracts only."))
        hint.setWordWrap(True)
        self.errors = FieldErrors(lambda f: getattr(self, f"{f}_edit", None))
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel, objectName="button_box")
        self.save_button = buttons.button(QDialogButtonBox.Save)
        self.save_button.setEnabled(False)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(body)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        ctx = app.ctx
        QueryOp(self, lambda: settings.branch(ctx), self._loaded).run()

    def _logo_row(self) -> QWidget:
        self.logo, self.logo_name = None, ""
        row = QWidget(objectName="logo_edit")  # 'edit': the form row where the logo's error is shown
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        self.logo_edit = row
        self.logo_preview = QLabel(self.tr("No logo"), objectName="logo_preview")
        self.logo_preview.setMinimumSize(64, 64)
        self.logo_preview.setAlignment(Qt.AlignCenter)
        self.logo_button = QPushButton(self.tr("&Choose logo…"), objectName="logo_button")
        self.logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button = QPushButton(self.tr("&Remove logo"), objectName="remove_logo_button")
        self.remove_logo_button.clicked.connect(lambda: self.set_logo(None, ""))
        for widget in (self.logo_preview, self.logo_button, self.remove_logo_button):
            box.addWidget(widget)
        box.addStretch(1)
        return row

    def choose_logo(self) -> None:
        path = file_dialogs.open_file_name(self, self.tr("Choose the branch's logo"), "",
                                           self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.load_logo(path)

    def load_logo(self, path: str) -> None:
        """Read the image file on a worker, then show it (saved with the dialog)."""
        QueryOp(self, lambda: Path(path).read_bytes(), lambda data: self.set_logo(data, Path(path).name)) \
            .failure(lambda err: self.errors.show({"logo": message_for(err)})).run()

    def set_logo(self, data: bytes | None, name: str) -> None:
        self.logo, self.logo_name = data or None, name if data else ""
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.logo_preview.setPixmap(pixmap.scaled(64, 64, Qt.KeepAspectRatio, Qt.SmoothTransformation))
            self.logo_preview.setToolTip(name)
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo") if not data else name)
        self.remove_logo_button.setEnabled(bool(data))

    def _loaded(self, entity: BranchEntity) -> None:
        self.entity = entity
        self.set_logo(entity.logo, entity.logo_name)
        self.branch_code_edit.setText(entity.branch_code)
        for name in ("name", "uscc", "legal_rep", "address", "phone"):
            getattr(self, f"{name}_edit").setText(getattr(entity.party, name))
        self.number_pattern_edit.setText(entity.number_pattern)
        self.reminder_days_edit.setValue(entity.reminder_days)
        self.save_button.setEnabled(True)
        self.ready.emit(entity)

    def _example(self) -> None:
        try:
            text = rules.format_number(self.number_pattern_edit.text(), self.branch_code_edit.text(), date.today().year, 1)
        except RuleError as err:
            text = "; ".join(err.messages().values())
        self.example_label.setText(text)

    def save(self) -> None:
        party = Party(*(getattr(self, f"{n}_edit").text() for n in ("name", "uscc", "legal_rep", "address", "phone")))
        record = replace(self.entity, branch_code=self.branch_code_edit.text(), party=party,
                         number_pattern=self.number_pattern_edit.text(), reminder_days=self.reminder_days_edit.value(),
                         logo=self.logo, logo_name=self.logo_name)
        ctx = self.app.ctx
        self.errors.clear()
        CollectionOp(self, lambda: settings.save_branch(ctx, record), self._saved).failure(self._failed) \
            .announces(self.app.bus, Change.CONTRACTS).run()

    def _saved(self, entity: BranchEntity) -> None:
        self.entity = entity
        self.saved.emit(entity)
        self.accept()

    def _failed(self, err: BaseException) -> None:
        if isinstance(err, RuleError):
            self.errors.show(err.messages())
            return
        text = err.message() if isinstance(err, ConflictError) else str(err)
        box = QMessageBox(QMessageBox.Warning, self.tr("Not saved"), text, QMessageBox.Ok, self)
        self.last_notice = box
        box.open()
