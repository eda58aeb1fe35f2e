"""Import a dealer roster: file → sheet and mapping → preview → result.

Every step that touches the file or the database runs through ``desktop.ui.tasks`` (reading and
planning on the read pool, committing on the write worker) with a cancellable progress dialog;
cancelling the commit leaves the database as it was. The dealer list refreshes through the
change bus ("dealers") once the import is written.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from desktop.i18n import t
from desktop.services import roster_batches, roster_export, roster_import, roster_write
from desktop.services.roster_report import write_error_report
from desktop.services.roster_values import show
from desktop.spreadsheets.cells import as_text
from desktop.spreadsheets.columns import FIELDS
from desktop.spreadsheets.errors import UnusableFile
from desktop.ui.appservices import AppServices
from desktop.ui.errors import message_for
from desktop.ui.tasks import CollectionOp, QueryOp

FILE_PAGE, MAPPING_PAGE, PREVIEW_PAGE, RESULT_PAGE = range(4)
SAMPLE_ROWS = 8


def _error_text(err: BaseException, lang: str) -> str:
    return err.message(lang) if isinstance(err, UnusableFile) else message_for(err)


class ImportWizard(QWizard):
    """The roster import wizard. ``source``, ``plan`` and ``result`` hold each step's outcome."""

    def __init__(self, parent, app: AppServices) -> None:
        super().__init__(parent)
        self.app = app
        self.setObjectName("import_wizard")
        self.setWindowTitle(self.tr("Import dealer roster"))
        self.setWizardStyle(QWizard.ClassicStyle)
        self.setOption(QWizard.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.NoCancelButtonOnLastPage, True)
        self.resize(980, 640)
        self.source: roster_import.RosterSource | None = None
        self.plan: roster_import.ImportPlan | None = None
        self.result: roster_write.ImportResult | None = None
        self.committed_plan: roster_import.ImportPlan | None = None
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.result_page = ResultPage(self)
        for page_id, page in enumerate((self.file_page, self.mapping_page, self.preview_page, self.result_page)):
            self.setPage(page_id, page)

    def save_rejected(self, path: str | None = None) -> None:
        """Write the rejected rows to an .xlsx the user picks (or ``path``)."""
        plan = self.plan
        if plan is None:
            return
        if path is None:
            suggested = str(Path(plan.file_name).with_suffix("").name) + self.tr("-rejected") + ".xlsx"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save rejected rows"), suggested, self.tr("Excel workbook (*.xlsx)"))
            if not path:
                return
        page = self.currentPage()
        exclude, accept = self.preview_page.model.excluded, self.preview_page.model.accepted
        lang = self.app.lang
        QueryOp(self, lambda: write_error_report(plan, path, lang=lang, exclude=exclude, accept_similar=accept),
                lambda n: page.say(self.tr("{0} rejected rows written to {1}").format(n, path))).run()


class _Page(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.status_label = QLabel(objectName="status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextSelectableByMouse)

    def say(self, text: str, problem: bool = False) -> None:
        self.status_label.setStyleSheet("color: #b00020;" if problem else "")
        self.status_label.setText(text)


class FilePage(_Page):
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
            (self.w.currentPage() or self).say(_error_text(err, lang), True)

        QueryOp(self, lambda progress: roster_import.open_roster(ctx, path, sheet), done).failure(failed) \
            .with_progress(self.tr("Reading the roster…")).run()


class MappingPage(_Page):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Sheet and columns"))
        self.setSubTitle(self.tr("Check which dealer field each column holds. Columns set to “ignore” are not imported."))
        self.sheet_combo = QComboBox(objectName="sheet_combo")
        self.sheet_combo.activated.connect(self._sheet_chosen)
        self.header_spin = QSpinBox(objectName="header_spin")
        self.header_spin.setMinimum(1)
        self.header_spin.valueChanged.connect(self._header_chosen)
        self.remembered_label = QLabel(objectName="remembered_label")
        self.mapping_table = QTableWidget(objectName="mapping_table")
        self.mapping_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.mapping_table.verticalHeader().setVisible(False)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Sheet:")))
        bar.addWidget(self.sheet_combo, 1)
        bar.addWidget(QLabel(self.tr("Header row:")))
        bar.addWidget(self.header_spin)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.remembered_label)
        layout.addWidget(self.mapping_table, 1)
        layout.addWidget(self.status_label)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:
        source = self.w.source
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        for info in source.sheets:
            self.sheet_combo.addItem(info.name + (self.tr(" (hidden)") if info.hidden else ""), info.name)
        self.sheet_combo.setCurrentIndex(max(self.sheet_combo.findData(source.sheet), 0))
        self.sheet_combo.blockSignals(False)
        self.header_spin.blockSignals(True)
        self.header_spin.setMaximum(max(len(source.grid.head), 1))
        self.header_spin.setValue(source.header_index + 1)
        self.header_spin.blockSignals(False)
        self._fill_table()

    def _fill_table(self) -> None:
        source, lang = self.w.source, self.w.app.lang
        self.remembered_label.setText(self.tr("The mapping used last time for files with these headers was applied.")
                                      if source.remembered else "")
        sample = source.sample(SAMPLE_ROWS)
        width = max([len(source.headers)] + [len(r) for r in sample])
        table = self.mapping_table
        table.clear()
        table.setColumnCount(width)
        table.setRowCount(1 + len(sample))
        table.setHorizontalHeaderLabels([source.headers[c] if c < len(source.headers) and source.headers[c] else self.tr("(no header)")
                                         for c in range(width)])
        self.combos = []
        for c in range(width):
            combo = QComboBox(objectName=f"field_combo_{c}")
            combo.addItem(self.tr("— ignore —"), None)
            for f in FIELDS:
                combo.addItem(t(f"field.{f}", lang), f)
            mapped = source.mapping[c] if c < len(source.mapping) else None
            combo.setCurrentIndex(max(combo.findData(mapped), 0))
            combo.currentIndexChanged.connect(lambda _i, col=c: self._field_chosen(col))
            table.setCellWidget(0, c, combo)
            self.combos.append(combo)
            for r, row in enumerate(sample, start=1):
                table.setItem(r, c, QTableWidgetItem(row[c] if c < len(row) else ""))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self._check()

    def mapping(self) -> list[str | None]:
        return [combo.currentData() for combo in self.combos]

    def set_field(self, column: int, field_name: str | None) -> None:
        """Map a column (the same as choosing in its drop-down)."""
        combo = self.combos[column]
        combo.setCurrentIndex(max(combo.findData(field_name), 0))

    def _field_chosen(self, column: int) -> None:
        chosen = self.combos[column].currentData()
        if chosen:  # one column per field: the other column that had it lets go
            for other, combo in enumerate(self.combos):
                if other != column and combo.currentData() == chosen:
                    combo.blockSignals(True)
                    combo.setCurrentIndex(0)
                    combo.blockSignals(False)
        self._check()

    def _check(self) -> None:
        if "legal_name" not in self.mapping():
            self.say(self.tr("Choose the column that holds the dealer name (车商名称)."), True)
        else:
            self.say(self.tr("{0} of {1} columns will be imported.").format(sum(1 for f in self.mapping() if f), len(self.combos)))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return "legal_name" in self.mapping()

    def validatePage(self) -> bool:
        source = self.w.source
        mapping = self.mapping()
        if mapping != source.mapping:
            source.mapping = mapping
            self.w.plan = None
        return True

    def _sheet_chosen(self, _index: int) -> None:
        sheet = self.sheet_combo.currentData()
        if sheet != self.w.source.sheet:
            self.w.file_page.load(self.w.source.path, sheet, then=self.initializePage)

    def _header_chosen(self, value: int) -> None:
        self.w.source.use_header_row(value - 1)
        self.w.plan = None
        self._fill_table()


class PreviewModel(QAbstractTableModel):
    """The plan's rows: include/exclude tick, row, status, dealer, details (before → after, problems)."""

    CHECKABLE = ("new", "update", "similar")

    def __init__(self, page: "PreviewPage") -> None:
        super().__init__(page)
        self.page = page
        self.plan: roster_import.ImportPlan | None = None
        self.rows: list[roster_import.PlannedRow] = []
        self.excluded: set[int] = set()
        self.accepted: set[int] = set()
        self.headers = [self.tr("Import"), self.tr("Row"), self.tr("Status"), self.tr("Dealer"), self.tr("Details")]
        self.status_texts = {"new": self.tr("New"), "update": self.tr("Will update"), "unchanged": self.tr("Unchanged"),
                             "duplicate": self.tr("Duplicate"), "similar": self.tr("Possible duplicate"), "invalid": self.tr("Invalid")}

    def set_plan(self, plan, statuses: tuple[str, ...] | None = None) -> None:
        self.beginResetModel()
        if plan is not self.plan:
            self.excluded, self.accepted = set(), set()
        self.plan = plan
        self.rows = [p for p in plan.rows if statuses is None or p.status in statuses] if plan else []
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self.headers[section]
        return None

    def included(self, p) -> bool:
        if p.status == "similar":
            return p.row in self.accepted
        return p.status in ("new", "update") and p.row not in self.excluded

    def flags(self, index):
        base = Qt.ItemIsEnabled | Qt.ItemIsSelectable
        if index.column() == 0 and self.rows[index.row()].status in self.CHECKABLE:
            base |= Qt.ItemIsUserCheckable
        return base

    def data(self, index, role=Qt.DisplayRole):
        p = self.rows[index.row()]
        col = index.column()
        if role == Qt.CheckStateRole and col == 0 and p.status in self.CHECKABLE:
            return Qt.Checked if self.included(p) else Qt.Unchecked
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            if col == 1:
                return p.row
            if col == 2:
                return self.status_texts[p.status]
            if col == 3:
                return self._name(p)
            if col == 4:
                return self._details(p)
        return None

    def setData(self, index, value, role=Qt.EditRole) -> bool:
        if role != Qt.CheckStateRole or index.column() != 0:
            return False
        p = self.rows[index.row()]
        on = Qt.CheckState(value) == Qt.Checked if not isinstance(value, bool) else value
        if p.status == "similar":
            (self.accepted.add if on else self.accepted.discard)(p.row)
        elif p.status in ("new", "update"):
            (self.excluded.discard if on else self.excluded.add)(p.row)
        else:
            return False
        self.dataChanged.emit(index, index)
        self.page.show_counts()
        return True

    def _name(self, p) -> str:
        if p.values is not None:
            return p.value("legal_name")
        plan = self.plan
        col = plan.mapping.index("legal_name") if "legal_name" in plan.mapping else None
        if p.raw is not None and col is not None and col < len(p.raw):
            return as_text(p.raw[col])
        return ""

    def _details(self, p) -> str:
        lang = self.page.w.app.lang
        if p.status == "update":
            return "；".join(f"{t('field.' + f, lang)}: {show(f, b, lang) or '∅'} → {show(f, a, lang) or '∅'}" for f, b, a in p.changes)
        if p.problems:
            headers = self.plan.headers
            return "；".join((f"{headers[q.column]}: " if q.column is not None and q.column < len(headers) else "") + q.message(lang)
                            for q in p.problems)
        return ""


class PreviewPage(_Page):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr("Nothing has been written yet. Untick rows to leave them out; tick a possible duplicate "
                                 "to import it as a new dealer."))
        self.setButtonText(QWizard.NextButton, self.tr("&Import"))
        self.mode_combo = QComboBox(objectName="mode_combo")
        for text, mode in ((self.tr("Create new and update existing"), "upsert"), (self.tr("Only create new dealers"), "create"),
                           (self.tr("Only update existing dealers"), "update")):
            self.mode_combo.addItem(text, mode)
        self.mode_combo.activated.connect(lambda _i: self.analyse())
        self.filter_combo = QComboBox(objectName="filter_combo")
        for text, statuses in ((self.tr("All rows"), None), (self.tr("New"), ("new",)), (self.tr("Will update"), ("update",)),
                               (self.tr("Unchanged"), ("unchanged",)), (self.tr("Duplicates"), ("duplicate", "similar")),
                               (self.tr("Invalid"), ("invalid",))):
            self.filter_combo.addItem(text, statuses)
        self.filter_combo.currentIndexChanged.connect(lambda _i: self.model.set_plan(self.w.plan, self.filter_combo.currentData()))
        self.counts_label = QLabel(objectName="counts_label")
        self.counts_label.setWordWrap(True)
        self.report_button = QPushButton(self.tr("Save &rejected rows…"), objectName="report_button")
        self.report_button.clicked.connect(lambda: self.w.save_rejected())
        self.model = PreviewModel(self)
        self.preview_table = QTableView(objectName="preview_table")
        self.preview_table.setModel(self.model)
        self.preview_table.verticalHeader().setVisible(False)
        self.preview_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.preview_table.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((60, 60, 120, 280)):
            self.preview_table.setColumnWidth(col, width)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Mode:")))
        bar.addWidget(self.mode_combo)
        bar.addWidget(QLabel(self.tr("Show:")))
        bar.addWidget(self.filter_combo)
        bar.addStretch(1)
        bar.addWidget(self.report_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.preview_table, 1)
        layout.addWidget(self.status_label)
        self._busy = False

    def initializePage(self) -> None:
        if self.w.plan is None or self.w.plan.mode != self.mode_combo.currentData():
            self.analyse()
        else:
            self.model.set_plan(self.w.plan, self.filter_combo.currentData())
            self.show_counts()

    def analyse(self) -> None:
        ctx, source, mode, lang = self.w.app.ctx, self.w.source, self.mode_combo.currentData(), self.w.app.lang
        self._set_busy(True)
        self.say(self.tr("Checking every row…"))

        def done(plan) -> None:
            self.w.plan = plan
            self._set_busy(False)
            self.model.set_plan(plan, self.filter_combo.currentData())
            self.show_counts()
            self.say("")

        def failed(err) -> None:
            self._set_busy(False)
            self.say(_error_text(err, lang), True)

        QueryOp(self, lambda progress: roster_import.analyse(ctx, source, mode, progress.report), done).failure(failed) \
            .with_progress(self.tr("Checking the roster…")).run()

    def show_counts(self) -> None:
        plan = self.w.plan
        if plan is None:
            self.counts_label.setText("")
            return
        c = plan.counts(self.model.excluded, self.model.accepted)
        text = self.tr("New: {0}   Will update: {1}   Unchanged: {2}   Duplicates: {3}   Invalid: {4}   Left out: {5}").format(
            c["created"], c["updated"], c["unchanged"], c["duplicates"], c["invalid"], c["excluded"])
        if plan.skipped:
            text += "\n" + self.tr("Lines that are not dealers, skipped: rows {0}").format(", ".join(str(r) for r, _k in plan.skipped[:20]))
        self.counts_label.setText(text)
        self.report_button.setEnabled(bool(plan.rejected(self.model.excluded, self.model.accepted)))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.mode_combo.setEnabled(not busy)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.w.plan is not None and not self._busy

    def validatePage(self) -> bool:
        if self.w.result is not None and self.w.committed_plan is self.w.plan:
            return True
        ctx, plan, lang = self.w.app.ctx, self.w.plan, self.w.app.lang
        exclude, accept = set(self.model.excluded), set(self.model.accepted)
        self._set_busy(True)
        self.say(self.tr("Writing…"))

        def work(progress):
            return roster_write.commit(ctx, plan, exclude=exclude, accept_similar=accept, progress=progress.report)

        def done(result) -> None:
            self.w.result, self.w.committed_plan = result, plan
            self._set_busy(False)
            self.say("")
            self.w.next()

        def failed(err) -> None:
            self._set_busy(False)
            self.say(_error_text(err, lang), True)

        CollectionOp(self, work, done).failure(failed).with_progress(self.tr("Importing dealers…")) \
            .announces(self.w.app.bus, "dealers").run()
        return False


class ResultPage(_Page):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Import finished"))
        self.summary_label = QLabel(objectName="summary_label")
        self.summary_label.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("&Undo this import"), objectName="undo_button")
        self.undo_button.clicked.connect(self.undo)
        self.report_button = QPushButton(self.tr("Save &rejected rows…"), objectName="result_report_button")
        self.report_button.clicked.connect(lambda: self.w.save_rejected())
        row = QHBoxLayout()
        row.addWidget(self.undo_button)
        row.addWidget(self.report_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addLayout(row)
        layout.addStretch(1)
        layout.addWidget(self.status_label)

    def initializePage(self) -> None:
        c = self.w.result.counts
        self.summary_label.setText(self.tr(
            "Import #{0} is written: {1} new dealers, {2} updated, {3} unchanged. {4} duplicates and {5} invalid rows "
            "were not imported; {6} rows were left out by hand.").format(
            self.w.result.import_id, c["created"], c["updated"], c["unchanged"], c["duplicates"], c["invalid"], c["excluded"]))
        self.report_button.setEnabled(c["duplicates"] + c["invalid"] > 0)
        self.undo_button.setEnabled(c["created"] + c["updated"] > 0)

    def undo(self) -> None:
        ctx, import_id, lang = self.w.app.ctx, self.w.result.import_id, self.w.app.lang
        self.undo_button.setEnabled(False)

        def done(outcome) -> None:
            self.say(t("roster.undo.done", lang, deleted=outcome.deleted, restored=outcome.restored, kept=len(outcome.kept)))

        def failed(err) -> None:
            self.say(_error_text(err, lang), True)

        CollectionOp(self, lambda: roster_batches.undo(ctx, import_id), done).failure(failed) \
            .announces(self.w.app.bus, "dealers").run()
