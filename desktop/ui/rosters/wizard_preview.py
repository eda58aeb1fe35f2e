"""Import wizard, step 3: the planned rows (nothing written yet), then the commit on the write worker.

Cancelling the commit's progress dialog leaves the database as it was.
"""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWizard

from desktop.i18n import t
from desktop.services.rosters import commit as roster_write, history as roster_batches, read as roster_import
from desktop.services.rosters.plan import ImportPlan, PlannedLine
from desktop.services.rosters.values import show
from desktop.spreadsheets.cells import as_text
from desktop.ui.change_bus import Change
from desktop.ui.operations import CollectionOp, QueryOp
from desktop.ui.rosters.search_keys import complete_later
from desktop.ui.rosters.wizard_common import ImportPage, error_text

if TYPE_CHECKING:
    from desktop.ui.rosters.wizard import ImportWizard


class PreviewModel(QAbstractTableModel):
    """The plan's rows: include/exclude tick, row, status, dealer, details (before → after, problems)."""

    CHECKABLE = ("new", "update", "similar")

    def __init__(self, page: "PreviewPage") -> None:
        super().__init__(page)
        self.page = page
        self.plan: ImportPlan | None = None
        self.rows: list[PlannedLine] = []
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
        """The row's dealer: its legal name, else its short name; an unchanged row, the dealer it matched."""
        if p.values is not None:
            return p.value("legal_name") or p.value("short_name") or ""
        if p.stored is not None:
            return p.stored.get("legal_name") or p.stored.get("short_name") or ""
        plan = self.plan
        for name in ("legal_name", "short_name"):
            col = plan.mapping.index(name) if name in plan.mapping else None
            if p.raw is not None and col is not None and col < len(p.raw) and as_text(p.raw[col]).strip():
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


class PreviewPage(ImportPage):
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
            gc.freeze()  # the plan's rows live until the wizard closes: out of the collector's way (see DealersView)

        def failed(err) -> None:
            self._set_busy(False)
            self.say(error_text(err, lang), True)

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
            result = roster_write.commit(ctx, plan, exclude=exclude, accept_similar=accept, progress=progress.report)
            return result, roster_batches.dealer_ids(ctx, result.import_id)

        def done(outcome) -> None:
            result, ids = outcome
            self.w.result, self.w.committed_plan = result, plan
            self._set_busy(False)
            self.say("")
            self.w.imported.emit(result.import_id, ids)
            complete_later(self.w, self.w.app)  # the new dealers' pinyin keys, stored behind the result
            self.w.next()

        def failed(err) -> None:
            self._set_busy(False)
            self.say(error_text(err, lang), True)

        CollectionOp(self, work, done).failure(failed).with_progress(self.tr("Importing dealers…")) \
            .announces(self.w.app.bus, Change.DEALERS).run()
        return False
