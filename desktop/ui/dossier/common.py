"""What the dossier workspace's pages share: the page base class, quiet filling, edit tracking,
small table helpers, and the write path (a CollectionOp that reloads the dossier afterwards).

GUI thread only; database work goes through ``desktop.ui.operations``.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.rules.errors import RuleError
from desktop.errors import ConflictError
from desktop.ui.change_bus import Change
from desktop.ui.toolkit.errors import show_error
from desktop.ui.toolkit.field_errors import FieldErrors
from desktop.ui.operations import CollectionOp

DONE_COLOR, PARTIAL_COLOR, TODO_COLOR, ERROR_COLOR = "#1e7b34", "#8a6d00", "#5f6b7a", "#b3261e"
STATE_MARK = {"done": "✓", "partial": "◐", "todo": "○"}


@contextmanager
def quiet(root: QWidget):
    """Fill widgets without their change signals marking the page as edited."""
    widgets = [root] + root.findChildren(QWidget)
    previous = [w.blockSignals(True) for w in widgets]
    try:
        yield
    finally:
        for w, was in zip(widgets, previous):
            w.blockSignals(was)


def watch_edits(root: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` whenever the user edits any field below ``root``."""
    for w in root.findChildren(QLineEdit):
        w.textEdited.connect(lambda *_: callback())
    for w in root.findChildren(QPlainTextEdit):
        w.textChanged.connect(callback)
    for w in root.findChildren(QComboBox):
        w.activated.connect(lambda *_: callback())
    for w in root.findChildren(QAbstractSpinBox):
        w.editingFinished.connect(callback)
    for w in root.findChildren(QAbstractButton):
        if w.isCheckable():
            w.clicked.connect(lambda *_: callback())
    for w in root.findChildren(QTableWidget):
        w.itemChanged.connect(lambda *_: callback())
    for w in root.findChildren(QListWidget):
        w.itemChanged.connect(lambda *_: callback())


FITTED_MAX = 320  # widest a column grows to fit its contents (longer text is elided; the tooltip has it all)
FITTED_PAD, FITTED_MIN = 16, 64  # breathing room beside the widest cell; no column narrower than this


def setup_table(table: QTableWidget, headers: list[str], *, stretch: int | None = None, editable: bool = True) -> None:
    """Headers, whole-row selection, and column widths: ``stretch`` (or else the last column) takes the
    free width; every other column fits its contents each time rows are added (up to ``FITTED_MAX``),
    and the user may still drag it wider or narrower."""
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.Interactive)
    header.setStretchLastSection(stretch is None)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.Stretch)
    if not editable:
        table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    _fit_columns_on_fill(table)


def _fit_columns_on_fill(table: QTableWidget) -> None:
    """Once the rows added in one go are filled in (next turn of the event loop), fit the interactive
    columns to their contents — headers included — capped at FITTED_MAX."""
    timer = QTimer(table)
    timer.setSingleShot(True)
    timer.setInterval(0)

    def fit() -> None:
        header = table.horizontalHeader()
        last = table.columnCount() - 1
        for col in range(table.columnCount()):
            if header.sectionResizeMode(col) != QHeaderView.Interactive or (col == last and header.stretchLastSection()):
                continue
            wanted = max(table.sizeHintForColumn(col), header.sectionSizeHint(col))
            header.resizeSection(col, max(FITTED_MIN, min(wanted + FITTED_PAD, FITTED_MAX)))

    timer.timeout.connect(fit)
    table.model().rowsInserted.connect(timer.start)
    table.model().modelReset.connect(timer.start)
    fit()


def item(text: str, *, editable: bool = True, data=None, tip: str | None = None, number: bool = False) -> QTableWidgetItem:
    """A table cell; ``number`` right-aligns it (figures line up by their last digit)."""
    cell = QTableWidgetItem(text)
    if number:
        cell.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
    if not editable:
        cell.setFlags(cell.flags() & ~Qt.ItemIsEditable)
    if data is not None:
        cell.setData(Qt.UserRole, data)
    cell.setToolTip(tip if tip is not None else text)
    return cell


def check_item(checked: bool, data=None) -> QTableWidgetItem:
    cell = QTableWidgetItem()
    cell.setFlags((cell.flags() | Qt.ItemIsUserCheckable) & ~Qt.ItemIsEditable)
    cell.setCheckState(Qt.Checked if checked else Qt.Unchecked)
    if data is not None:
        cell.setData(Qt.UserRole, data)
    return cell


def text_at(table: QTableWidget, row: int, col: int) -> str:
    cell = table.item(row, col)
    return cell.text().strip() if cell is not None else ""


def checked_at(table: QTableWidget, row: int, col: int) -> bool:
    cell = table.item(row, col)
    return cell is not None and cell.checkState() == Qt.Checked


def data_at(table: QTableWidget, row: int, col: int):
    cell = table.item(row, col)
    return cell.data(Qt.UserRole) if cell is not None else None


def fill_combo(combo: QComboBox, pairs: list[tuple[str, object]], current=None) -> None:
    with quiet(combo):
        combo.clear()
        for text, data in pairs:
            combo.addItem(text, data)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))


class Page(QWidget):
    """A page of the workspace: shows the dossier, keeps the user's unsaved edits, saves through the view."""

    steps: tuple[int, ...] = ()
    write_finished = Signal(bool)  # a write of this page ended: True when it went through (leaving waits on it)

    def __init__(self, view, parent=None) -> None:
        super().__init__(parent)
        self.view = view
        self.app = view.app
        self.dirty = False
        self.errors = FieldErrors(self.widget_for)

    def mark_dirty(self) -> None:
        self.dirty = True

    def widget_for(self, field: str):
        """The widget showing record field ``field`` (for messages next to it); pages override."""
        ui = getattr(self, "ui", None)
        for suffix in ("_edit", "_combo", "_spin", "_table", "_check"):
            widget = getattr(ui, f"{field.split('[')[0].split('.')[-1]}{suffix}", None) if ui else None
            if widget is not None:
                return widget
        return None

    def show_dossier(self, dossier, states) -> None:
        """Show a freshly loaded dossier; each page extends this with its own widgets."""
        self.dossier = dossier

    def set_standard(self, label: QLabel, states) -> None:
        """The SOP's standard (效果) and owner of this page's steps, above the page."""
        parts = []
        standard = QCoreApplication.translate("Dossier", "Standard")
        for s in states:
            if s.step in self.steps:
                color = {"done": DONE_COLOR, "partial": PARTIAL_COLOR}.get(s.state, TODO_COLOR)
                parts.append(f"<b style='color:{color}'>{STATE_MARK[s.state]} {s.step}. {s.title()}</b> — "
                             f"{standard}: {s.standard()} <span style='color:{TODO_COLOR}'>({s.owner()})</span>")
        label.setTextFormat(Qt.RichText)
        label.setText("<br>".join(parts))

    def write(self, fn: Callable, on_success: Callable | None = None) -> None:
        """Run a write on the write worker; the view reloads on the change bus. Rule problems go next to the fields."""
        def done(result):
            self.dirty = False
            self.errors.clear()
            if on_success is not None:
                on_success(result)
            self.write_finished.emit(True)
            # the change bus ("dossier") makes the view reload once this returns

        CollectionOp(self, fn, done).failure(self.failed).announces(self.app.bus, Change.DOSSIER).run()

    def failed(self, err: BaseException) -> None:
        if isinstance(err, RuleError):
            orphans = self.errors.show(err.messages())
            if orphans:
                self.view.status_message.emit(" ".join(orphans))
                QMessageBox.warning(self, QCoreApplication.translate("Dossier", "Please check"), "\n".join(orphans))
        elif isinstance(err, ConflictError):
            QMessageBox.warning(self, QCoreApplication.translate("Dossier", "Changed by someone else"), err.message())
            self.dirty = False
            self.view.reload_dossier()
        else:
            show_error(self, err)
        self.write_finished.emit(False)
