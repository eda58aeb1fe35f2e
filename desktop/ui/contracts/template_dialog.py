"""The branch's clause templates: pick a contract type, edit its title, clauses (Chinese with
English) and default service commitments, and save — which stores a new version; contracts
already made keep the version they were made with. Older versions can be viewed.

Reads and the save go through ``ui/operations.py``; GUI thread otherwise.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QHBoxLayout, QLabel,
                               QLineEdit, QListWidget, QMessageBox, QPlainTextEdit, QPushButton, QVBoxLayout)

from desktop.i18n import t
from desktop.rules.contracts.records import Clause, Template
from desktop.rules.contracts.templates import PLACEHOLDERS
from desktop.rules.contracts.lifecycle import KINDS
from desktop.rules.errors import RuleError
from desktop.services.contracts import settings
from desktop.errors import ConflictError
from desktop.ui.appservices import AppServices
from desktop.ui.contracts.template_fields import ClausePreview, FieldsTable
from desktop.ui.operations import CollectionOp, QueryOp
from desktop.ui.toolkit.layout_memory import remember_geometry


class ContractTemplateDialog(QDialog):
    saved = Signal(object)
    ready = Signal(object)  # versions of the chosen type loaded (tests)

    def __init__(self, app: AppServices, parent=None) -> None:
        super().__init__(parent)
        self.app = app
        self.versions: list[Template] = []
        self.template: Template | None = None
        self.clauses: list[Clause] = []
        self.current = -1
        self.setObjectName("contract_template_dialog")
        self.setWindowTitle(self.tr("Contract templates"))
        self.resize(1000, 760)
        remember_geometry(self, "contract_templates")
        self._build()
        self.load_kind()

    def _build(self) -> None:
        self.kind_combo = QComboBox(objectName="kind_combo")
        for kind in KINDS:
            self.kind_combo.addItem(t(f"contract.kind.{kind}", self.app.lang), kind)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self.load_kind())
        self.version_combo = QComboBox(objectName="version_combo")
        self.version_combo.currentIndexChanged.connect(self._show_version)
        self.title_zh_edit, self.title_en_edit = QLineEdit(objectName="title_zh_edit"), QLineEdit(objectName="title_en_edit")
        self.clause_list = QListWidget(objectName="clause_list")
        self.clause_list.currentRowChanged.connect(self._select_clause)
        self.heading_zh_edit, self.heading_en_edit = QLineEdit(objectName="heading_zh_edit"), QLineEdit(objectName="heading_en_edit")
        self.text_zh_edit, self.text_en_edit = QPlainTextEdit(objectName="text_zh_edit"), QPlainTextEdit(objectName="text_en_edit")
        self.service_zh_edit, self.service_en_edit = QPlainTextEdit(objectName="service_zh_edit"), QPlainTextEdit(objectName="service_en_edit")
        self.note_edit = QLineEdit(objectName="note_edit")
        self.note_edit.setPlaceholderText(self.tr("What changed in this version"))
        buttons = QHBoxLayout()
        for name, text, slot in (("add_clause_button", self.tr("Add clause"), self.add_clause),
                                 ("remove_clause_button", self.tr("Remove clause"), self.remove_clause),
                                 ("clause_up_button", self.tr("Up"), lambda: self.move_clause(-1)),
                                 ("clause_down_button", self.tr("Down"), lambda: self.move_clause(1))):
            button = QPushButton(text, objectName=name)
            button.clicked.connect(slot)
            setattr(self, name, button)
            buttons.addWidget(button)
        head = QFormLayout()
        head.addRow(self.tr("Contract type"), self.kind_combo)
        head.addRow(self.tr("Version"), self.version_combo)
        head.addRow(self.tr("Title (Chinese)"), self.title_zh_edit)
        head.addRow(self.tr("Title (English)"), self.title_en_edit)
        grid = QGridLayout()
        grid.addWidget(self.clause_list, 0, 0, 4, 1)
        grid.addWidget(self.heading_zh_edit, 0, 1)
        grid.addWidget(self.heading_en_edit, 0, 2)
        grid.addWidget(self.text_zh_edit, 1, 1)
        grid.addWidget(self.text_en_edit, 1, 2)
        grid.addWidget(QLabel(self.tr("Service commitments, one per line (Chinese · English):")), 2, 1, 1, 2)
        grid.addWidget(self.service_zh_edit, 3, 1)
        grid.addWidget(self.service_en_edit, 3, 2)
        self.fields_table = FieldsTable()
        self.preview = ClausePreview()
        self.text_zh_edit.textChanged.connect(self._preview)
        grid.addWidget(QLabel(self.tr("Preview of the clause, placeholders filled:")), 4, 1)
        grid.addWidget(QLabel(self.tr("Terms this template names itself (placeholders in braces in its clauses):")), 4, 2)
        grid.addWidget(self.preview, 5, 1)
        grid.addWidget(self.fields_table, 5, 2)
        grid.setRowStretch(5, 2)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 2)
        grid.setColumnStretch(0, 1)
        grid.setRowStretch(1, 3)
        grid.setRowStretch(3, 1)
        hint = QLabel(self.tr("Placeholders filled from the contract: {0}").format(" ".join(f"{{{p}}}" for p in PLACEHOLDERS)))
        hint.setWordWrap(True)
        hint.setObjectName("placeholder_hint")
        self.box = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Close, objectName="button_box")
        self.save_button = self.box.button(QDialogButtonBox.Save)
        self.save_button.setText(self.tr("Save as new version"))
        self.box.accepted.connect(self.save)
        self.box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(grid, 1)
        layout.addLayout(buttons)
        layout.addWidget(hint)
        layout.addWidget(self.note_edit)
        layout.addWidget(self.box)

    # --- loading and showing --------------------------------------------------------------------------
    def load_kind(self) -> None:
        ctx, kind = self.app.ctx, self.kind_combo.currentData()
        QueryOp(self, lambda: settings.templates(ctx, kind), self._loaded).run()

    def _loaded(self, versions: list[Template]) -> None:
        self.versions = versions
        self.version_combo.blockSignals(True)
        self.version_combo.clear()
        for v in versions:
            source = self.tr("edited") if v.source == "edited" else self.tr("bundled")
            self.version_combo.addItem(self.tr("Version {0} ({1}, {2})").format(v.version, source, v.created_by), v.version)
        self.version_combo.blockSignals(False)
        self._show_version(0)
        self.ready.emit(versions)

    def _show_version(self, index: int) -> None:
        if not 0 <= index < len(self.versions):
            return
        self.template = self.versions[index]
        tp = self.template
        self.title_zh_edit.setText(tp.title_zh)
        self.title_en_edit.setText(tp.title_en)
        self.service_zh_edit.setPlainText("\n".join(tp.service_zh))
        self.service_en_edit.setPlainText("\n".join(tp.service_en))
        self.clauses = [replace(c) for c in tp.clauses]
        self.fields_table.show_fields(tp.fields)
        self.current = -1
        self._list_clauses(0)

    def _list_clauses(self, select: int) -> None:
        self.clause_list.blockSignals(True)
        self.clause_list.clear()
        for n, c in enumerate(self.clauses, start=1):
            self.clause_list.addItem(f"{n}. {c.heading_zh or c.heading_en or '…'}")
        self.clause_list.blockSignals(False)
        self.current = -1
        self.clause_list.setCurrentRow(min(select, len(self.clauses) - 1))

    def _keep_clause(self) -> None:
        if 0 <= self.current < len(self.clauses):
            self.clauses[self.current] = Clause(self.heading_zh_edit.text(), self.heading_en_edit.text(),
                                                self.text_zh_edit.toPlainText(), self.text_en_edit.toPlainText())

    def _select_clause(self, row: int) -> None:
        self._keep_clause()
        self.current = row
        c = self.clauses[row] if 0 <= row < len(self.clauses) else Clause()
        self.heading_zh_edit.setText(c.heading_zh)
        self.heading_en_edit.setText(c.heading_en)
        self.text_zh_edit.setPlainText(c.text_zh)
        self.text_en_edit.setPlainText(c.text_en)
        self._preview()

    def _preview(self) -> None:
        if self.template is None or not 0 <= self.current < len(self.clauses):
            self.preview.clear()
            return
        clause = Clause(self.heading_zh_edit.text(), "", self.text_zh_edit.toPlainText(), "")
        self.preview.show_clause(clause, replace(self.template, fields=self.fields_table.fields()), self.current + 1)

    # --- editing ----------------------------------------------------------------------------------------
    def add_clause(self) -> None:
        self._keep_clause()
        at = self.current + 1 if self.current >= 0 else len(self.clauses)
        self.clauses.insert(at, Clause(self.tr("New clause"), "New clause", "", ""))
        self._list_clauses(at)

    def remove_clause(self) -> None:
        if 0 <= self.current < len(self.clauses):
            at = self.current
            del self.clauses[at]
            self.current = -1
            self._list_clauses(max(0, at - 1))

    def move_clause(self, delta: int) -> None:
        self._keep_clause()
        at, to = self.current, self.current + delta
        if 0 <= at < len(self.clauses) and 0 <= to < len(self.clauses):
            self.clauses.insert(to, self.clauses.pop(at))
            self._list_clauses(to)

    def edited(self) -> Template:
        self._keep_clause()
        lines = lambda edit: [x for x in edit.toPlainText().splitlines() if x.strip()]  # noqa: E731
        return replace(self.template, title_zh=self.title_zh_edit.text(), title_en=self.title_en_edit.text(),
                       clauses=list(self.clauses), service_zh=lines(self.service_zh_edit),
                       service_en=lines(self.service_en_edit), note=self.note_edit.text(),
                       fields=self.fields_table.fields(),
                       version=self.versions[0].version if self.versions else 0)

    def save(self) -> None:
        record, ctx = self.edited(), self.app.ctx
        # No announcement: no view shows the templates (a contract keeps the version it was drafted from).
        CollectionOp(self, lambda: settings.save_template(ctx, record), self._saved).failure(self._failed).run()

    def _saved(self, template: Template) -> None:
        self.note_edit.clear()
        self.saved.emit(template)
        self.load_kind()

    def _failed(self, err: BaseException) -> None:
        if isinstance(err, RuleError):
            text = "\n".join(f"{self._where(p.field)}{p.message(self.app.lang)}" for p in err.problems)
        elif isinstance(err, ConflictError):
            text = err.message()
        else:
            from desktop.ui.toolkit.errors import message_for

            text = message_for(err)
        box = QMessageBox(QMessageBox.Warning, self.tr("Template not saved"), text, QMessageBox.Ok, self)
        box.setObjectName("template_error_box")
        self.last_notice = box
        box.open()

    def _where(self, field: str) -> str:
        if field.startswith("clauses["):
            return self.tr("Clause {0}: ").format(int(field[8:field.index("]")]) + 1)
        if field.startswith("fields["):
            return self.tr("Term {0}: ").format(int(field[7:field.index("]")]) + 1)
        return ""
