"""Import wizard, step 1: choose the roster file (or save an empty template) and read it off the GUI thread."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout

from desktop.services import roster_export, roster_import
from desktop.ui.dialogs.import_wizard_common import ImportPage, error_text
from desktop.ui.errors import message_for
from desktop.ui.tasks import QueryOp

if TYPE_CHECKING:
    from desktop.ui.dialogs.import_wizard import ImportWizard


class FilePage(ImportPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Choose the roster file"))
        self.setSubTitle(self.tr("Excel (.xlsx, .xlsm, .xlsb, .xls), OpenDocument (.ods) or CSV in UTF-8 or GBK. "
                                 "Title rows above the header are fine."))
        self.file_edit = QLineEdit(objectName="file_edit")
        self.file_edit.setPlaceholderText(self.tr("Roster file"))
        self.file_edit.textChanged.connect(lambda _text: self.completeChanged.emit())
        self.browse_button = QPushButton(self.tr("&Browse…"), objectName="browse_button")
        self.browse_button.clicked.connect(self.browse)
        self.template_button = QPushButton(self.tr("Save an empty &template…"), objectName="template_button")
        self.template_button.clicked.connect(lambda: self.save_template())
        row = QHBoxLayout()
        row.addWidget(self.file_edit, 1)
        row.addWidget(self.browse_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.template_button, 0, Qt.AlignLeft)
        layout.addStretch(1)
        layout.addWidget(self.status_label)
        self._loading = False

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open roster"), self.file_edit.text(),
                                              self.tr("Rosters (*.xlsx *.xlsm *.xlsb *.xls *.ods *.csv *.txt)"))
        if path:
            self.file_edit.setText(path)

    def save_template(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save roster template"), self.tr("roster-template.xlsx"),
                                                  self.tr("Excel workbook (*.xlsx)"))
            if not path:
                return
        lang = self.w.app.lang
        QueryOp(self, lambda: roster_export.template(path, lang),
                lambda _p: self.say(self.tr("Template written to {0}").format(path))).failure(lambda e: self.say(message_for(e), True)).run()

    def isComplete(self) -> bool:
        return bool(self.file_edit.text().strip()) and not self._loading

    def validatePage(self) -> bool:
        path = Path(self.file_edit.text().strip())
        source = self.w.source
        if source is not None and source.path == path:
            return True
        self.load(path, None)
        return False

    def load(self, path: Path, sheet: str | None, then=None) -> None:
        """Read the file (on the read pool); on success go on (or call ``then``)."""
        ctx, lang = self.w.app.ctx, self.w.app.lang
        self._loading = True
        self.completeChanged.emit()
        self.say(self.tr("Reading {0}…").format(path.name))

        def done(source) -> None:
            self._loading = False
            self.completeChanged.emit()
            self.w.source, self.w.plan = source, None
            self.say("")
            if then is not None:
                then()
            else:
                self.w.next()

        def failed(err: BaseException) -> None:
            self._loading = False
            self.completeChanged.emit()
            (self.w.currentPage() or self).say(error_text(err, lang), True)

        QueryOp(self, lambda progress: roster_import.open_roster(ctx, path, sheet), done).failure(failed) \
            .with_progress(self.tr("Reading the roster…")).run()
