"""The contract editor: a draft's type, term, parties, qualification, targets, service
commitments and documents; any other contract shown read-only (a signed one never changes —
amend it from the list instead).

Loading, saving, documents and taking the newest approved terms all go through ``ui/operations.py``
and announce Change.CONTRACTS. Problems show next to their fields; a stale copy offers a reload.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFrame, QListWidgetItem, QMessageBox, QScrollArea

from desktop.i18n import t
from desktop.rules.contracts import blanks
from desktop.rules.contracts.records import Contract
from desktop.rules.errors import RuleError
from desktop.services.contracts import drafts as contracts, attachments, integrity as pack_integrity
from desktop.services.contracts import settings as contract_settings
from desktop.errors import ConflictError, local_time_text
from desktop.ui.appservices import AppServices
from desktop.ui.change_bus import Change
from desktop.ui.contracts.form import ContractForm
from desktop.ui.toolkit import file_dialogs
from desktop.ui.toolkit.field_errors import FieldErrors
from desktop.ui.generated.ui_contract_dialog import Ui_ContractDialog
from desktop.ui.toolkit.keyboard import free_tab, give_mnemonics
from desktop.ui.toolkit.layout_memory import remember_geometry
from desktop.ui.contracts.table_model import STATUS_COLOURS
from desktop.ui.history.panel import contract_history
from desktop.ui.contracts.own_terms import OwnTermsBox
from desktop.ui.operations import CollectionOp, QueryOp
from desktop.ui.toolkit import folders

WARNING_STYLE = "background: #FFF4D6; border: 1px solid #D9A521; padding: 6px;"
LOCKED_NOTE_STYLE = "background: #EAF1FB; border: 1px solid #9DB8DE; padding: 6px;"
AUDIT_STYLE = "color: #5F6670;"
STATUS_STYLE = "background: {0}; color: {1}; padding: 2px 8px; border-radius: 3px; font-weight: bold;"


class ContractDialog(QDialog):
    saved = Signal(object)
    ready = Signal(object)  # the contract was loaded (tests)

    def __init__(self, app: AppServices, contract_id: int, today, parent=None) -> None:
        super().__init__(parent)
        self.app = app
        self.contract_id = contract_id
        self.today = today
        self.contract: Contract | None = None
        self.last_notice: QMessageBox | None = None
        self.ui = Ui_ContractDialog()
        self.ui.setupUi(self)
        self.setObjectName("contract_dialog")
        self.setWindowFlag(Qt.WindowMaximizeButtonHint, True)
        self.resize(900, 680)
        remember_geometry(self, "contract_dialog")
        u = self.ui
        self.warnings_label, self.locked_label, self.tabs, self.audit_label = (u.warnings_label, u.locked_label, u.tabs,
                                                                               u.audit_label)
        self.warnings_label.setStyleSheet(WARNING_STYLE)
        self.template = None
        # The template's own terms on a tab of their own (the Terms tab is full), scrolling when they are many.
        self.own_terms = OwnTermsBox(app.lang)
        scroll = QScrollArea(objectName="own_terms_tab")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setWidget(self.own_terms)
        self.tabs.insertTab(self.tabs.indexOf(u.terms_tab) + 1, scroll, self.tr("Text terms"))
        self.locked_label.setStyleSheet(LOCKED_NOTE_STYLE)
        self.audit_label.setStyleSheet(AUDIT_STYLE)
        u.number_label.setStyleSheet("font-weight: bold;")
        self.warnings_label.hide()
        self.locked_label.hide()
        # The notes come and go as the contract changes: below the tabs, so the tabs never jump after a save.
        layout = u.main_layout
        for label in (self.warnings_label, self.locked_label):
            layout.removeWidget(label)
        for offset, label in enumerate((self.warnings_label, self.locked_label), start=1):
            layout.insertWidget(layout.indexOf(self.tabs) + offset, label)
        for index in range(layout.count()):
            layout.setStretch(index, 1 if layout.itemAt(index).widget() is self.tabs else 0)
        self.form = ContractForm(u, app.lang, self)
        self.errors = FieldErrors(self.form.widget_for)
        self.buttons = u.button_box
        self.save_button = self.buttons.button(QDialogButtonBox.Save)
        self.save_button.setObjectName("save_button")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        f = self.form
        f.refresh_terms_button.clicked.connect(self.refresh_terms)
        f.add_files_button.clicked.connect(self._choose_files)
        f.remove_file_button.clicked.connect(self.remove_selected_file)
        f.up_button.clicked.connect(lambda: self.move_selected_file(-1))
        f.down_button.clicked.connect(lambda: self.move_selected_file(1))
        self.history_panel = contract_history(app, contract_id)  # who changed what, when
        self.tabs.addTab(self.history_panel, self.tr("Change history"))
        self.tabs.setEnabled(False)
        self.save_button.setEnabled(False)
        free_tab(self)
        give_mnemonics(self)
        self.reload()

    # --- loading ------------------------------------------------------------------------------------
    def reload(self) -> None:
        ctx, contract_id, today = self.app.ctx, self.contract_id, self.today()
        def load():
            c = contracts.get(ctx, contract_id, today)
            template = contract_settings.get_template(ctx, c.template_id) if c.template_id is not None else None
            return c, pack_integrity.packs_of(ctx, contract_id), template

        QueryOp(self, load, self._loaded).run()

    def _loaded(self, result) -> None:
        contract, packs, self.template = result
        self.errors.clear()
        self._show(contract)
        self.form.packs_list.clear()
        for p in packs:
            self.form.packs_list.addItem(self.tr("{0} · revision {1} · {2} pages · {3} · SHA-256 {4}").format(
                local_time_text(p.created_at), p.revision, p.pages, p.created_by, p.sha256))
        self.ready.emit(contract)

    def _show(self, c: Contract) -> None:
        self.contract = c
        draft = c.status == "draft"
        self.setWindowTitle(self.tr("Contract {0} — {1}").format(c.title_number, c.dealer.name))
        self.form.fill(c)
        fields = self.template.fields if self.template is not None else []
        self.own_terms.show_terms(fields, c.terms.extra)
        self.own_terms.set_editable(draft)
        self.form.status_label.setStyleSheet(STATUS_STYLE.format(*STATUS_COLOURS[c.status]))
        self.form.set_editable(draft)
        self.form.links_label.setText(self._links(c))
        self._show_documents(c)
        self._show_warnings(c)
        self.locked_label.setVisible(not draft)
        self.save_button.setEnabled(draft)
        self.tabs.setEnabled(True)
        self.audit_label.setText(self.tr("Saved {0} time(s) · last changed by {1} on {2} · template version {3}").format(
            c.audit.version, c.audit.updated_by, local_time_text(c.audit.updated_at) if c.audit.updated_at else "—",
            c.template_version))

    def _links(self, c: Contract) -> str:
        parts = []
        if c.amends_id is not None:
            parts.append(self.tr("Amends revision {0} of this number").format(c.revision - 1))
        if c.renews_id is not None:
            parts.append(self.tr("Renews an earlier contract"))
        if c.signed_on is not None:
            parts.append(self.tr("Signed on {0} by {1}").format(c.signed_on.isoformat(), c.signed_by))
        if c.terminated_on is not None:
            parts.append(self.tr("Terminated on {0}: {1}").format(c.terminated_on.isoformat(), c.termination_reason))
        return "\n".join(parts)

    def _show_documents(self, c: Contract) -> None:
        self.form.attachment_list.clear()
        for a in c.attachments:
            label = a.label or t(f"contract.attachment.{a.doc_type}", self.app.lang)
            item = QListWidgetItem(self.tr("{0} · {1} · {2} page(s)").format(label, a.file_name, a.pages))
            item.setData(256, a.id)
            self.form.attachment_list.addItem(item)

    def _show_warnings(self, c: Contract) -> None:
        texts = [w.text(self.app.lang) for w in c.warnings]
        empty = blanks.blanks(c, self.template) if self.template is not None and c.status in ("draft", "under_review") else []
        if empty:
            names = ("、" if self.app.lang == "zh_CN" else ", ").join(b.label(self.app.lang) for b in empty)
            texts.insert(0, self.tr("{0} term(s) still blank: {1}").format(len(empty), names))
        self.warnings_label.setText("\n".join(f"⚠ {x}" for x in texts))
        self.warnings_label.setVisible(bool(texts))

    # --- writes -------------------------------------------------------------------------------------
    def _write(self, fn, then=None) -> None:
        def done(contract: Contract) -> None:
            self._show(contract)
            if then is not None:
                then(contract)

        CollectionOp(self, fn, done).failure(self._failed).announces(self.app.bus, Change.CONTRACTS).run()

    def save(self) -> None:
        if self.contract is None:
            return
        record = self.form.read(self.contract)
        record = replace(record, terms=replace(record.terms, extra={**record.terms.extra, **self.own_terms.values()}))
        ctx, today = self.app.ctx, self.today()
        self.errors.clear()
        self._write(lambda: contracts.save_draft(ctx, record, today), self.saved.emit)

    def refresh_terms(self) -> None:
        ctx, c, today = self.app.ctx, self.contract, self.today()
        self._write(lambda: contracts.refresh_terms(ctx, c.id, c.audit.version, today))

    def _choose_files(self) -> None:
        paths = file_dialogs.open_file_names(self, self.tr("Add documents"), folders.suggested("contract-documents"),
                                             self.tr("Scans (*.pdf *.jpg *.jpeg *.png)"))
        if paths:
            folders.remember("contract-documents", paths[0])
            self.add_files(paths)

    def add_files(self, paths: list[str]) -> None:
        """Attach files in order with the chosen document type (checked on the write worker)."""
        ctx, doc_type, today, contract_id = self.app.ctx, self.form.doc_type_combo.currentData(), self.today(), self.contract.id
        version = self.contract.audit.version

        def work():
            current = version
            result = None
            for path in paths:
                result = attachments.add_file(ctx, contract_id, current, Path(path), doc_type, today=today)
                current = result.audit.version
            return result

        self._write(work)

    def _selected_attachment(self) -> int | None:
        item = self.form.attachment_list.currentItem()
        return item.data(256) if item is not None else None

    def remove_selected_file(self) -> None:
        attachment_id, c = self._selected_attachment(), self.contract
        if attachment_id is not None:
            ctx, today = self.app.ctx, self.today()
            self._write(lambda: attachments.remove(ctx, c.id, c.audit.version, attachment_id, today))

    def move_selected_file(self, delta: int) -> None:
        attachment_id, c = self._selected_attachment(), self.contract
        if attachment_id is not None:
            ctx, today = self.app.ctx, self.today()
            row = self.form.attachment_list.currentRow()
            self._write(lambda: attachments.move(ctx, c.id, c.audit.version, attachment_id, delta, today),
                        lambda _c: self.form.attachment_list.setCurrentRow(max(0, row + delta)))

    def _notice(self, title: str, text: str, buttons=QMessageBox.Ok) -> QMessageBox:
        """A message box that does not block (tests and the user's other windows go on)."""
        box = QMessageBox(QMessageBox.Warning, title, text, buttons, self)
        box.setObjectName("notice_box")
        self.last_notice = box
        box.open()
        return box

    def _failed(self, err: BaseException) -> None:
        if isinstance(err, RuleError):
            orphans = self.errors.show(err.messages())
            if orphans:
                self._notice(self.tr("Cannot save"), "\n".join(orphans))
        elif isinstance(err, ConflictError):
            box = self._notice(self.tr("Changed by someone else"),
                               err.message() + "\n\n" + self.tr("Reload it now? Your changes here are lost."),
                               QMessageBox.Yes | QMessageBox.No)
            box.buttonClicked.connect(lambda button: self.reload() if box.standardButton(button) == QMessageBox.Yes else None)
        else:
            from desktop.ui.toolkit.errors import show_error

            show_error(self, err)
