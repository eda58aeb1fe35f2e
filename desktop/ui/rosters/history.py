"""Import history: every roster import (``services.rosters.history``), newest first; undo any of them.

Reading and undoing run through ``desktop.ui.operations``; an undo announces Change.DEALERS on the change bus
(the dealer list refreshes), and the history refreshes whenever dealers change (a new import
included). Size and column widths are remembered beside the main window's (``layout_memory``).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
)

from desktop.services.rosters import history as roster_history
from desktop.errors import local_time_text
from desktop.services.rosters.history import ImportRecord
from desktop.ui.appservices import AppServices
from desktop.ui.change_bus import Change
from desktop.ui.rosters.wizard_result import confirm_undo, undo_done_text
from desktop.ui.toolkit.errors import show_error
from desktop.ui.toolkit.layout_memory import remember_geometry, window_state
from desktop.ui.toolkit.sorting import resort
from desktop.ui.operations import CollectionOp, QueryOp

DISPLAY, FOREGROUND, TOOLTIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole
ALIGN = Qt.ItemDataRole.TextAlignmentRole
COLUMNS = ("imported_at", "imported_by", "file_name", "sheet", "mode",
           "created", "updated", "unchanged", "duplicates", "invalid", "undone")
COUNTS = ("created", "updated", "unchanged", "duplicates", "invalid")
WIDTHS = (130, 70, 180, 80, 100, 56, 56, 56, 56, 56, 150)
UNDONE_TEXT = QBrush(QColor("#7a7a7a"))


def undoable(record: ImportRecord | None) -> bool:
    """Whether undoing this import would change anything: not undone yet, and it wrote dealers."""
    return record is not None and record.undone_at is None and record.counts["created"] + record.counts["updated"] > 0


class ImportHistoryModel(QAbstractTableModel):
    """Past imports (``ImportRecord``), sorted in Python; undone ones greyed out. GUI thread only."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ImportRecord] = []
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.DescendingOrder)
        self._headers = [self.tr("Imported"), self.tr("By"), self.tr("File"), self.tr("Sheet"), self.tr("Mode"),
                         self.tr("New"), self.tr("Updated"), self.tr("Unchanged"), self.tr("Duplicates"),
                         self.tr("Invalid"), self.tr("Undone")]
        self._modes = {"upsert": self.tr("Create and update"), "create": self.tr("Only create"),
                       "update": self.tr("Only update")}

    def set_records(self, records: list[ImportRecord]) -> None:
        self.beginResetModel()
        self._rows = list(records)
        self._order()
        self.endResetModel()

    def record_at(self, row: int) -> ImportRecord | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of_id(self, import_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == import_id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=DISPLAY):  # noqa: N802
        return self._headers[section] if orientation == Qt.Horizontal and role == DISPLAY else None

    def data(self, index, role=DISPLAY):
        if not index.isValid():
            return None
        record, name = self._rows[index.row()], COLUMNS[index.column()]
        if role == DISPLAY:
            return self._text(record, name)
        if role == ALIGN and name in COUNTS:
            return int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
        if role == FOREGROUND and record.undone_at is not None:
            return UNDONE_TEXT
        if role == TOOLTIP and name == "file_name":
            return record.file_name
        if role == TOOLTIP and name == "undone" and record.undone_at is not None:
            return self.tr("Undone on {0} by {1}").format(local_time_text(record.undone_at), record.undone_by)
        return None

    def _text(self, record: ImportRecord, name: str) -> str:
        if name == "imported_at":
            return local_time_text(record.imported_at)
        if name == "mode":
            return self._modes.get(record.mode, record.mode)
        if name in COUNTS:
            return f"{record.counts[name]:,}"
        if name == "undone":
            if record.undone_at is None:
                return ""
            return f"{local_time_text(record.undone_at)} · {record.undone_by}"
        return str(getattr(record, name) or "")

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        self._sort = (column, order)
        resort(self, lambda row: self._rows[row].id, self._order)  # the selection follows its import

    def _order(self) -> None:
        column, order = self._sort
        if column >= 0:
            self._rows.sort(key=lambda r: _key(r, COLUMNS[column]), reverse=order == Qt.DescendingOrder)


def _key(record: ImportRecord, name: str):
    if name == "imported_at":
        return record.id  # ids grow with time, and two imports in one minute still sort right
    if name in COUNTS:
        return record.counts[name]
    if name == "undone":
        return (record.undone_at is not None, record.undone_at or record.imported_at)
    return (str(getattr(record, name) or "").casefold(), record.id)


class ImportHistoryDialog(QDialog):
    """The list of past roster imports with 'Undo this import'. Non-modal; see the module docstring.
    Other imports kept in the same history (policy and claims lists) subclass it and replace the hooks
    below: what to list and undo, which change to announce, the texts, where the layout is remembered."""

    loaded = Signal(int)  # number of imports listed (tests)
    state_key = "import_history"
    change = Change.DEALERS

    # --- hooks -------------------------------------------------------------------------------------
    def fetch(self, ctx) -> list[ImportRecord]:
        return roster_history.list_imports(ctx)

    def undo_call(self, ctx, import_id: int):
        return roster_history.undo(ctx, import_id)

    def confirm(self, record: ImportRecord, about: str) -> bool:
        return confirm_undo(self, record.counts, about)

    def done_text(self, outcome, lang: str) -> str:
        return undo_done_text(outcome, lang)

    def texts(self) -> dict[str, str]:
        return dict(title=self.tr("Import history"),
                    hint=self.tr("All roster imports, newest first. Undoing one deletes the dealers it created and "
                                 "restores the ones it updated."),
                    empty=self.tr("No roster has been imported yet.\n\nRosters brought in with "
                                  "File ▸ Import dealer roster… are listed here, and each one can be undone."),
                    undo_tip=self.tr("Delete the dealers the selected import created and restore the ones it updated"))

    def make_model(self) -> ImportHistoryModel:
        return ImportHistoryModel(self)

    def __init__(self, app: AppServices, parent=None) -> None:
        super().__init__(parent)
        self.app = app
        self.setObjectName("import_history_dialog")
        self._texts = self.texts()
        self.setWindowTitle(self._texts["title"])
        self.resize(1180, 440)
        self._busy = False
        self._sized = False  # columns fitted to the first rows (or remembered)
        self._select_id: int | None = None
        self.model = self.make_model()
        self._build()
        self._restore_state()
        app.bus.changed.connect(self._on_changed)
        self.reload()

    def _build(self) -> None:
        hint = QLabel(self._texts["hint"], objectName="hint_label")
        hint.setWordWrap(True)
        self.table = QTableView(objectName="imports_table")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.empty_label = QLabel(self._texts["empty"], objectName="empty_label")
        self.empty_label.setAlignment(Qt.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: #5f6b7a; font-size: 11pt; padding: 24px;")
        self.stack = QStackedWidget(objectName="history_stack")
        for widget in (self.table, self.empty_label):
            self.stack.addWidget(widget)
        self.status_label = QLabel(objectName="status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.undo_button = QPushButton(self.tr("&Undo this import"), objectName="undo_button")
        self.undo_button.setToolTip(self._texts["undo_tip"])
        self.undo_button.clicked.connect(self.undo_selected)
        self.close_button = QPushButton(self.tr("Close"), objectName="close_button")
        self.close_button.clicked.connect(self.reject)
        for button in (self.undo_button, self.close_button):
            button.setAutoDefault(False)  # Enter in the table must not undo or close
        self.addAction(QAction(self.tr("Refresh"), self, shortcut=QKeySequence.Refresh, triggered=self.reload))
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        for widget, stretch in ((hint, 0), (self.stack, 1), (self.status_label, 0)):
            layout.addWidget(widget, stretch)
        layout.addLayout(buttons)
        self._update_buttons()

    # --- loading ----------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the imports on the read pool; the selection follows the same import afterwards."""
        current = self.selected_record()
        if current is not None and self._select_id is None:
            self._select_id = current.id
        ctx = self.app.ctx
        QueryOp(self, lambda: self.fetch(ctx), self._loaded).latest("imports").failure(self._failed).run()

    def _loaded(self, records: list[ImportRecord]) -> None:
        self.model.set_records(records)
        self.stack.setCurrentWidget(self.table if records else self.empty_label)
        if records and not self._sized:
            self._size_columns()
        row = self.model.row_of_id(self._select_id) if self._select_id is not None else -1
        self._select_id = None
        if records:
            self.table.selectRow(max(row, 0))
            self.table.setFocus()
        self._update_buttons()
        self.loaded.emit(len(records))

    def _size_columns(self) -> None:
        """Once, unless widths were remembered: wide enough for headers and cells in either language."""
        self._sized = True
        header = self.table.horizontalHeader()
        for column, width in enumerate(WIDTHS):
            wanted = max(width, header.sectionSizeHint(column), self.table.sizeHintForColumn(column))
            self.table.setColumnWidth(column, min(wanted, 320))

    def _failed(self, err: BaseException) -> None:
        self._busy = False
        self._update_buttons()
        show_error(self, err, self._texts["title"])

    def _on_changed(self, kinds) -> None:
        if self.change in kinds and self.isVisible() and not self._busy:
            QTimer.singleShot(0, self.reload)

    # --- undo -------------------------------------------------------------------------------------
    def selected_record(self) -> ImportRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        record = self.selected_record()
        self.undo_button.setEnabled(not self._busy and undoable(record))

    def undo_selected(self) -> None:
        """Ask, then undo the selected import on the write worker; the list and the dealers refresh."""
        record = self.selected_record()
        if self._busy or not undoable(record):
            return
        about = self.tr("{0} (sheet {1}), imported {2} by {3}.").format(
            record.file_name, record.sheet or "—", local_time_text(record.imported_at), record.imported_by)
        if not self.confirm(record, about):
            return
        ctx, import_id, lang = self.app.ctx, record.id, self.app.lang
        self._busy = True
        self._update_buttons()
        self.status_label.setText(self.tr("Undoing the import…"))

        def done(outcome) -> None:
            self._busy = False
            self.status_label.setText(self.done_text(outcome, lang))
            self._select_id = import_id
            self.reload()

        def failed(err: BaseException) -> None:
            self.status_label.clear()
            self._select_id = import_id
            self._failed(err)
            self.reload()  # whatever stopped it (undone elsewhere, say) shows in the list

        CollectionOp(self, lambda: self.undo_call(ctx, import_id), done).failure(failed) \
            .announces(self.app.bus, self.change).run()

    # --- remembered layout ------------------------------------------------------------------------
    def _restore_state(self) -> None:
        remember_geometry(self, self.state_key)
        header = window_state().value(f"{self.state_key}/header")
        if header is not None:
            self._sized = self.table.horizontalHeader().restoreState(header)

    def done(self, result: int) -> None:
        settings = window_state()
        settings.setValue(f"{self.state_key}/header", self.table.horizontalHeader().saveState())
        settings.sync()
        super().done(result)
