"""Export dealers to an Excel roster: the list as filtered, the selection, or every dealer.

The workbook is written on the read pool with a cancellable progress dialog (a cancelled export
leaves no file behind). Key people's phones and sensitive fields go in only when ticked.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from desktop.i18n import t
from desktop.services.rosters import export as roster_export
from desktop.ui.appservices import AppServices
from desktop.ui.toolkit import file_dialogs
from desktop.ui.toolkit.errors import message_for
from desktop.ui.operations import QueryOp
from desktop.ui.toolkit import folders


class ExportDialog(QDialog):
    """``shown_ids``: the dealers the list shows now (its filter); ``selected_ids``: the selection."""

    def __init__(self, parent, app: AppServices, *, shown_ids: list[int] | None = None, selected_ids: list[int] | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.setObjectName("export_dialog")
        self.setWindowTitle(self.tr("Export dealer roster"))
        self.shown_ids = list(shown_ids) if shown_ids is not None else None
        self.selected_ids = list(selected_ids or [])
        self.result: roster_export.ExportResult | None = None
        self.cut_box: QMessageBox | None = None

        self.all_radio = QRadioButton(self.tr("All dealers"), objectName="all_radio")
        self.shown_radio = QRadioButton(self.tr("The dealers the list shows ({0})").format(len(self.shown_ids or [])), objectName="shown_radio")
        self.selected_radio = QRadioButton(self.tr("The selected dealers ({0})").format(len(self.selected_ids)), objectName="selected_radio")
        self.scope_group = QButtonGroup(self)
        for radio in (self.all_radio, self.shown_radio, self.selected_radio):
            self.scope_group.addButton(radio)
        self.shown_radio.setEnabled(self.shown_ids is not None)
        self.selected_radio.setEnabled(bool(self.selected_ids))
        (self.selected_radio if self.selected_ids else self.shown_radio if self.shown_ids is not None else self.all_radio).setChecked(True)

        self.sensitive_check = QCheckBox(self.tr("Include key people's phones and sensitive fields (birth year, background, highlights, hobbies)"),
                                         objectName="sensitive_check")
        self.path_edit = QLineEdit(objectName="path_edit")
        self.path_edit.setText(folders.suggested("roster-export", self.tr("dealer-roster") + f"-{date.today().isoformat()}.xlsx"))
        self.browse_button = QPushButton(self.tr("&Browse…"), objectName="browse_button")
        self.browse_button.clicked.connect(self.browse)
        self.status_label = QLabel(objectName="status_label")
        self.status_label.setWordWrap(True)
        self.button_box = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, objectName="button_box")
        self.button_box.button(QDialogButtonBox.Ok).setText(self.tr("&Export"))
        self.button_box.accepted.connect(self.export)
        self.button_box.rejected.connect(self.reject)
        # After writing: say what went where and offer to open it (the dialog used to close without a word).
        self.open_button = self.button_box.addButton(self.tr("&Open"), QDialogButtonBox.ActionRole)
        self.open_button.setObjectName("open_button")
        self.open_folder_button = self.button_box.addButton(self.tr("Open &folder"), QDialogButtonBox.ActionRole)
        self.open_folder_button.setObjectName("open_folder_button")
        self.open_button.clicked.connect(lambda: folders.open_path(self.result.path))
        self.open_folder_button.clicked.connect(lambda: folders.open_path(Path(self.result.path).parent))
        for button in (self.open_button, self.open_folder_button):
            button.hide()

        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        layout = QVBoxLayout(self)
        for radio in (self.all_radio, self.shown_radio, self.selected_radio):
            layout.addWidget(radio)
        layout.addWidget(self.sensitive_check)
        layout.addWidget(QLabel(self.tr("Save as:")))
        layout.addLayout(path_row)
        layout.addWidget(self.status_label)
        layout.addWidget(self.button_box)

    def browse(self) -> None:
        path = file_dialogs.save_file_name(self, self.tr("Export roster"), self.path_edit.text() or folders.suggested("roster-export"),
                                           self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.path_edit.setText(path if path.lower().endswith(".xlsx") else path + ".xlsx")

    def chosen_ids(self) -> list[int] | None:
        if self.selected_radio.isChecked():
            return self.selected_ids
        if self.shown_radio.isChecked():
            return self.shown_ids
        return None

    def export(self) -> None:
        path = self.path_edit.text().strip()
        if not path.lower().endswith(".xlsx"):
            self.status_label.setText(self.tr("The file name must end in .xlsx"))
            return
        ctx, lang, ids, sensitive = self.app.ctx, self.app.lang, self.chosen_ids(), self.sensitive_check.isChecked()
        self.button_box.setEnabled(False)
        self.status_label.setText(self.tr("Writing {0}…").format(Path(path).name))

        def done(result: roster_export.ExportResult) -> None:
            self.result = result
            folders.remember("roster-export", path)
            self.button_box.setEnabled(True)
            self.status_label.setText(t("roster.exported", lang, n=result.dealers, path=path))
            self.status_label.setStyleSheet("color: #1e7b34;")
            for button in (self.open_button, self.open_folder_button):
                button.show()
            self.button_box.button(QDialogButtonBox.Cancel).setText(self.tr("&Close"))
            if result.cut:  # the file holds less than the database: said where the person looks now
                self.cut_box = QMessageBox(QMessageBox.Warning, self.tr("Some texts were cut"), result.cut_text(lang),
                                           QMessageBox.Ok, self)
                self.cut_box.setObjectName("export_cut_box")
                self.cut_box.open()

        def failed(err: BaseException) -> None:
            self.button_box.setEnabled(True)
            cancelled = isinstance(err, roster_export.ExportCancelled)
            self.status_label.setText(self.tr("Export cancelled; no file was written.") if cancelled else message_for(err))

        QueryOp(self, lambda progress: roster_export.export(ctx, path, ids=ids, include_sensitive=sensitive, lang=lang,
                                                            progress=progress.report), done) \
            .failure(failed).with_progress(self.tr("Exporting dealers…")).run()
