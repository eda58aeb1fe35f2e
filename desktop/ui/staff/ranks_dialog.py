"""Edit the branch's rank scale: order (most senior first), code and names in both languages."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop.rules.errors import RuleError
from desktop.rules.dealers.records import Rank
from desktop.services.office import staff as staff_service
from desktop.ui.appservices import AppServices
from desktop.ui.change_bus import Change
from desktop.ui.operations import CollectionOp


class RanksDialog(QDialog):
    def __init__(self, app: AppServices, ranks: list[Rank], parent=None) -> None:
        super().__init__(parent)
        self.app = app
        self.setObjectName("ranks_dialog")
        self.setWindowTitle(self.tr("Rank scale"))
        self.resize(560, 360)
        hint = QLabel(self.tr("Most senior first. Rank matching in meetings compares positions on this scale."))
        hint.setWordWrap(True)
        self.table = QTableWidget(0, 3, objectName="ranks_table")
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Chinese name"), self.tr("English name")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        for rank in ranks:
            self._append(rank.code, rank.name_zh, rank.name_en)
        buttons = QHBoxLayout()
        for text, slot, name in ((self.tr("Add"), self._add, "add_rank_button"),
                                 (self.tr("Remove"), self._remove, "remove_rank_button"),
                                 (self.tr("Move up"), lambda: self._move(-1), "up_rank_button"),
                                 (self.tr("Move down"), lambda: self._move(1), "down_rank_button")):
            button = QPushButton(text, objectName=name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.error_label = QLabel(objectName="ranks_error_label")
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.setWordWrap(True)
        box = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (hint, self.table):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addWidget(self.error_label)
        layout.addWidget(box)

    def _append(self, code: str = "", zh: str = "", en: str = "") -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col, text in enumerate((code, zh, en)):
            self.table.setItem(row, col, QTableWidgetItem(text))

    def _add(self) -> None:
        self._append()
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        self.table.editItem(self.table.currentItem())

    def _remove(self) -> None:
        if self.table.currentRow() >= 0:
            self.table.removeRow(self.table.currentRow())

    def _move(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        for col in range(3):
            a, b = self.table.takeItem(row, col), self.table.takeItem(target, col)
            self.table.setItem(row, col, b)
            self.table.setItem(target, col, a)
        self.table.setCurrentCell(target, self.table.currentColumn())

    def scale(self) -> list[Rank]:
        def text(row: int, col: int) -> str:
            item = self.table.item(row, col)
            return item.text().strip() if item else ""

        return [Rank(text(r, 0), text(r, 2), text(r, 1), 0) for r in range(self.table.rowCount())]

    def save(self) -> None:
        ctx, scale = self.app.ctx, self.scale()
        CollectionOp(self, lambda: staff_service.save_ranks(ctx, scale), lambda _r: self.accept()) \
            .failure(self._failed).announces(self.app.bus, Change.STAFF).run()

    def _failed(self, err: BaseException) -> None:
        if isinstance(err, RuleError):
            self.error_label.setText("\n".join(err.messages().values()))
        else:
            from desktop.ui.toolkit.errors import show_error

            show_error(self, err)
