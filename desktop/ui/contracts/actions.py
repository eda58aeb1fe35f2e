"""What the contracts view does to a contract: each lifecycle step, a new draft, the pack (rendered
with progress off the GUI thread, then preview / print / save) and verifying a PDF file.

Every database and PDF call goes through ``ui/operations.py``; writes announce Change.CONTRACTS on the
change bus. Dialogs are opened non-modally and kept on the view (``last_dialog``) so tests can
drive them. GUI thread.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.rules.contracts.records import Contract, ContractLine
from desktop.services.contracts import (
    drafts as contracts,
    lifecycle,
    pack as contracts_pack,
    integrity as pack_integrity,
)
from desktop.ui.change_bus import Change
from desktop.ui.contracts.step_dialogs import NewContractDialog, SignDialog, TerminateDialog
from desktop.ui.operations import CollectionOp, QueryOp


class ContractActions(QObject):
    """The view's actions; a QObject child of the view so its strings are translated as its own."""

    def __init__(self, view) -> None:
        super().__init__(view)
        self.view = view
        self.app = view.app
        self.last_verdict = None
        self.last_pack = None

    # --- plumbing -----------------------------------------------------------------------------------
    def _write(self, fn: Callable, message: str, then: Callable | None = None) -> None:
        def done(result) -> None:
            self.view.status_message.emit(message)
            if then is not None:
                then(result)

        CollectionOp(self.view, fn, done).announces(self.app.bus, Change.CONTRACTS).run()

    def _open(self, contract: Contract) -> None:
        self.view.open_contract(contract.id)

    # --- lifecycle ----------------------------------------------------------------------------------
    def submit(self, row: ContractLine) -> None:
        ctx, today = self.app.ctx, self.view.today()
        self._write(lambda: lifecycle.submit(ctx, row.id, row.version, today),
                    self.tr("{0} submitted for review").format(row.number))

    def return_to_draft(self, row: ContractLine) -> None:
        ctx, today = self.app.ctx, self.view.today()
        self._write(lambda: lifecycle.return_to_draft(ctx, row.id, row.version, today),
                    self.tr("{0} returned to draft").format(row.number))

    def activate(self, row: ContractLine) -> None:
        ctx, today = self.app.ctx, self.view.today()
        self._write(lambda: lifecycle.activate(ctx, row.id, row.version, today), self.tr("{0} is in force").format(row.number))

    def sign(self, row: ContractLine) -> None:
        dialog = SignDialog(row.number, self.view.today(), self.view)
        ctx, today = self.app.ctx, self.view.today()

        def go() -> None:
            on = dialog.signed_on()  # read on the GUI thread, before the write goes to the worker
            self._write(lambda: lifecycle.sign(ctx, row.id, row.version, on, today), self.tr("{0} signed").format(row.number))

        dialog.accepted.connect(go)
        self.view.last_dialog = dialog
        dialog.open()

    def terminate(self, row: ContractLine) -> None:
        dialog = TerminateDialog(row.number, self.view.today(), self.view)
        ctx, today = self.app.ctx, self.view.today()

        def go() -> None:
            on, reason = dialog.values()
            self._write(lambda: lifecycle.terminate(ctx, row.id, row.version, reason, on, today),
                        self.tr("{0} terminated").format(row.number))

        dialog.accepted.connect(go)
        self.view.last_dialog = dialog
        dialog.open()

    def amend(self, row: ContractLine) -> None:
        ctx, today = self.app.ctx, self.view.today()
        self._write(lambda: lifecycle.amend(ctx, row.id, row.version, today),
                    self.tr("Amendment of {0} drafted").format(row.number), self._open)

    def renew(self, row: ContractLine) -> None:
        ctx, today = self.app.ctx, self.view.today()
        self._write(lambda: lifecycle.renew(ctx, row.id, row.version, today),
                    self.tr("Renewal of {0} drafted").format(row.number), self._open)

    def delete(self, row: ContractLine) -> None:
        answer = QMessageBox.question(
            self.view, self.tr("Delete draft"),
            self.tr("Delete the draft {0}? Its number is not given out again.").format(row.number),
            QMessageBox.Yes | QMessageBox.Cancel, QMessageBox.Cancel)
        if answer != QMessageBox.Yes:
            return
        ctx = self.app.ctx
        self._write(lambda: contracts.delete_draft(ctx, row.id, row.version), self.tr("Draft {0} deleted").format(row.number))

    def new_contract(self, dealer_id: int | None = None) -> None:
        ctx = self.app.ctx

        def show(candidates) -> None:
            dialog = NewContractDialog(candidates, self.app.lang, self.view.today(), self.view, dealer_id)
            today = self.view.today()

            def create() -> None:
                values = dialog.values()
                self._write(lambda: contracts.create(ctx, today=today, **values),
                            self.tr("Contract drafted"), self._open)

            dialog.accepted.connect(create)
            self.view.last_dialog = dialog
            dialog.open()

        QueryOp(self.view, lambda: contracts.candidates(ctx), show).run()

    # --- pack and verify ----------------------------------------------------------------------------
    def generate_pack(self, row: ContractLine, on_done: Callable | None = None) -> None:
        from desktop.ui.printing.documents import output_folder, safe_name

        target = output_folder("contracts") / f"{safe_name(row.number)}-r{row.revision}.pdf"
        ctx, lang, today = self.app.ctx, self.app.lang, self.view.today()

        def work(progress):
            return contracts_pack.generate(ctx, row.id, target, lang, lambda done, total: progress.report(done, total), today)

        def done(result) -> None:
            self.last_pack = result
            self.view.status_message.emit(self.tr("Pack of {0} written: {1} pages, SHA-256 {2}").format(
                result.pack.number, result.pack.pages, result.pack.sha256[:16] + "…"))
            from desktop.ui.printing.pdf_preview import PdfPreviewDialog

            dialog = PdfPreviewDialog(result.path, self.tr("Contract pack — {0}").format(row.number), self.view)
            self.view.last_preview = dialog
            dialog.show()
            if on_done is not None:
                on_done(result)

        CollectionOp(self.view, work, done).with_progress(self.tr("Rendering the contract pack…")) \
            .announces(self.app.bus, Change.CONTRACTS).run()

    def choose_and_verify(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self.view, self.tr("Verify a contract pack"), "", self.tr("PDF files (*.pdf)"))
        if path:
            self.verify_file(path)

    def verify_file(self, path: str) -> None:
        ctx, lang = self.app.ctx, self.app.lang

        def shown(verdict) -> None:
            self.last_verdict = verdict
            text = pack_integrity.describe(verdict, lang)
            icon = QMessageBox.Information if verdict.result == "intact" else QMessageBox.Warning
            box = QMessageBox(icon, self.tr("Verify a contract pack"), text, QMessageBox.Ok, self.view)
            box.setObjectName("verdict_box")
            self.view.last_dialog = box
            box.open()

        QueryOp(self.view, lambda: pack_integrity.verify_file(ctx, path), shown).run()

