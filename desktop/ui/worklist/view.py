"""Section 'My work' (我的待办): the preparation steps and meeting tasks given to the signed-in person,
overdue first. Double-click opens the dealer's preparation at that step; Done takes it off the list.
The start page of specialists and team managers on an office database."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableWidget, QVBoxLayout, QWidget

from desktop.services.office import work
from desktop.ui.appservices import AppServices
from desktop.ui.change_bus import Change
from desktop.ui.operations import CollectionOp, QueryOp
from desktop.ui.dossier.common import item, setup_table

OVERDUE_COLOR, DUE_COLOR = "#b3261e", "#8a6d00"


class MyWorkView(QWidget):
    status_message = Signal(str)
    loaded = Signal(int)  # number of items shown (tests)

    def __init__(self, app: AppServices, parent=None) -> None:
        super().__init__(parent)
        self.app = app
        self.setObjectName("my_work_view")
        self.items: list[work.Assignment] = []
        self.today = date.today  # replaceable (tests)
        self.title_label = QLabel(objectName="my_work_title_label")
        self.title_label.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.summary_label = QLabel(objectName="my_work_summary_label")
        self.table = QTableWidget(objectName="my_work_table")
        setup_table(self.table, [self.tr("Due"), self.tr("Dealer"), self.tr("Step or task"), self.tr("Note")],
                    stretch=3, editable=False)
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.open_button = QPushButton(self.tr("&Open"), objectName="my_work_open_button")
        self.open_button.clicked.connect(lambda: self.open_row(self.table.currentRow()))
        self.done_button = QPushButton(self.tr("&Done"), objectName="my_work_done_button")
        self.done_button.setToolTip(self.tr("Take the selected item off your list: it is finished"))
        self.done_button.clicked.connect(self.mark_done)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary_label, 1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._timer = QTimer(self, singleShot=True, interval=200, timeout=self.reload)
        app.bus.changed.connect(self._on_changed)
        self._update_buttons()

    def _on_changed(self, kinds) -> None:
        if kinds & {Change.WORK, Change.DEALERS, Change.DOSSIER}:
            self._timer.start()

    def reload(self) -> None:
        ctx, login, today = self.app.ctx, self.app.me.login, self.today()
        self.title_label.setText(self.tr("My work — {0}").format(self.app.me.name))
        QueryOp(self, lambda: work.my_work(ctx, today, login), self._loaded).latest("mine").run()

    def _loaded(self, items: list[work.Assignment]) -> None:
        self.items = items
        today = self.today()
        self.table.setRowCount(len(items))
        for row, i in enumerate(items):
            due = f"{i.due_on:%Y-%m-%d}" if i.due_on else self.tr("no date")
            if i.overdue(today):
                due = self.tr("{0} (overdue {1} d)").format(due, (today - i.due_on).days)
            elif i.due_on == today:
                due = self.tr("{0} (today)").format(due)
            task = f"{i.step}. {i.step_title()}"
            if i.meeting_id is not None:
                task += " · " + self.tr("the meeting's task")
            cells = (item(due, editable=False, data=i.id), item(i.dealer_name, editable=False),
                     item(task, editable=False), item(i.note, editable=False))
            colour = OVERDUE_COLOR if i.overdue(today) else DUE_COLOR if i.due_on == today else None
            for col, cell in enumerate(cells):
                if colour:
                    cell.setForeground(QBrush(QColor(colour)))
                self.table.setItem(row, col, cell)
        overdue = sum(i.overdue(today) for i in items)
        self.summary_label.setText(self.tr("{0} item(s), {1} overdue").format(len(items), overdue) if items
                                   else self.tr("Nothing assigned to you. Well done."))
        self._update_buttons()
        self.loaded.emit(len(items))

    def _update_buttons(self) -> None:
        chosen = 0 <= self.table.currentRow() < len(self.items) and bool(self.table.selectedItems())
        self.open_button.setEnabled(chosen)
        self.done_button.setEnabled(chosen)

    def open_row(self, row: int) -> None:
        if not 0 <= row < len(self.items):
            return
        i = self.items[row]
        view = self.window().show_section("dossier")
        view.open_dealer(i.dealer_id, i.meeting_id)
        view.owners.pending_step = i.step

    def mark_done(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.items):
            return
        i, ctx, today = self.items[row], self.app.ctx, self.today()
        CollectionOp(self, lambda: work.mark_done(ctx, i.id, i.audit.version, today=today),
                     lambda _r: self.status_message.emit(self.tr("Done: {0}").format(i.dealer_name))) \
            .announces(self.app.bus, Change.WORK).run()
