"""Import a policy or claims list from the Scorecards section, with the roster import's steps: the file
is read and planned off the GUI thread (nothing written), the preview says what would be created,
updated, left unchanged, rejected or left without a dealer (with the codes and names to assign), the
rejected rows can be saved as an error workbook, and Import commits everything in one transaction.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout

from desktop.services.aftersales import commit as list_commit, read as list_read
from desktop.services.rosters.report import write_error_report
from desktop.ui.change_bus import Change
from desktop.ui.operations import CollectionOp, QueryOp


class ListImportDialog(QDialog):
    def __init__(self, app, kind: str, path: str, parent=None) -> None:
        super().__init__(parent)
        self.app, self.kind, self.path = app, kind, path
        self.plan = None
        self.result = None
        self.setObjectName("list_import_dialog")
        self.setAttribute(Qt.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Import a policy list") if kind == "policies" else self.tr("Import a claims list"))
        self.resize(720, 480)
        self.summary_label = QLabel(self.tr("Reading {0} …").format(path), objectName="import_summary_label")
        self.summary_label.setWordWrap(True)
        self.details_edit = QPlainTextEdit(objectName="import_details_edit")
        self.details_edit.setReadOnly(True)
        self.errors_button = QPushButton(self.tr("Save the rejected rows…"), objectName="import_errors_button")
        self.errors_button.setEnabled(False)
        self.errors_button.clicked.connect(self.save_errors)
        self.assign_button = QPushButton(self.tr("Assign &dealers to unmatched rows…"), objectName="import_assign_button")
        self.assign_button.setEnabled(False)
        self.assign_button.clicked.connect(self.assign_dealers)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.AcceptRole)
        self.import_button.setObjectName("import_commit_button")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.commit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.details_edit, 1)
        below = QHBoxLayout()
        below.addWidget(self.errors_button)
        below.addWidget(self.assign_button)
        below.addStretch(1)
        layout.addLayout(below)
        layout.addWidget(self.buttons)
        self.replan()

    def replan(self) -> None:
        """Read and plan the file again (off the GUI thread): after dealers were assigned, their rows match."""
        ctx, path, kind = self.app.ctx, self.path, self.kind
        self.import_button.setEnabled(False)
        QueryOp(self, lambda: list_read.analyse(ctx, list_read.open_list(ctx, path, kind)), self._planned) \
            .failure(self._failed).latest("plan").run()

    def assign_dealers(self) -> None:
        """The unmatched rows' codes and names, to assign to dealers; the file is planned again after each."""
        from desktop.ui.aftersales.codes_dialog import AssignDealersDialog

        if self.plan is None or not self.plan.unmatched():
            return
        dialog = self.assign_dialog = AssignDealersDialog(self.app, self.plan.unmatched(), self)
        dialog.assigned.connect(self.replan)
        dialog.open()

    def _planned(self, plan) -> None:
        self.plan = plan
        c = plan.counts()
        self.summary_label.setText(self.tr("{0}: {1} new, {2} updated, {3} unchanged, {4} duplicates, {5} invalid, {6} without a dealer")
                                   .format(plan.file_name, c["created"], c["updated"], c["unchanged"], c["duplicates"], c["invalid"],
                                           c["unmatched"]))
        lines = []
        for group in plan.unmatched():
            lines.append(self.tr("No dealer for code {0}, credit code {1}, name {2}: rows {3}").format(
                group["code"] or "—", group["uscc"] or "—", group["name"] or "—", ", ".join(map(str, group["rows"][:20]))))
        for e in plan.errors(self.app.lang)[:200]:
            lines.append(f"{e['sheet']}!{e['row']} {e['column']} “{e['value']}”: {e['message']}")
        self.details_edit.setPlainText("\n".join(lines))
        self.errors_button.setEnabled(bool(plan.rejected()))
        self.assign_button.setEnabled(bool(c["unmatched"]) and self.result is None)
        self.import_button.setEnabled(c["created"] + c["updated"] > 0 and self.result is None)

    def _failed(self, err) -> None:
        """An unusable file (no 保单号 column, not a spreadsheet …) said in the dialog, in the user's language."""
        from desktop.spreadsheets.errors import UnusableFile
        from desktop.ui.toolkit.errors import message_for

        self.summary_label.setText(err.message(self.app.lang) if isinstance(err, UnusableFile) else message_for(err))

    def save_errors(self, target: str | None = None) -> None:
        from desktop.ui.toolkit.file_dialogs import save_file_name

        path = target or save_file_name(self, self.tr("Save the rejected rows"), "rejected.xlsx", self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return
        plan, lang = self.plan, self.app.lang
        CollectionOp(self, lambda: write_error_report(plan, path, lang=lang),
                     lambda n: self.summary_label.setText(self.tr("{0} rejected rows saved to {1}").format(n, path))).run()

    def commit(self) -> None:
        self.import_button.setEnabled(False)
        ctx, plan = self.app.ctx, self.plan
        CollectionOp(self, lambda: list_commit.commit(ctx, plan), self._committed).announces(self.app.bus, Change.AFTERSALES).run()

    def _committed(self, result) -> None:
        self.result = result
        self.assign_button.setEnabled(False)
        self.summary_label.setText(self.tr("Imported as batch {0}: {1} new, {2} updated").format(
            result.import_id, result.counts["created"], result.counts["updated"]))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Close"))
