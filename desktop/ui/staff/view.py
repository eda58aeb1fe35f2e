"""Section 'Staff': our people, their rank and line, and whom they know (人脉)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.rules.dealers.records import Staff
from desktop.rules.dealers.vocab import label
from desktop.services.office import staff as staff_service
from desktop.ui.appservices import AppServices
from desktop.ui.change_bus import Change
from desktop.ui.toolkit.keyboard import SearchKeys
from desktop.ui.toolkit.load_banner import LoadBanner
from desktop.ui.operations import QueryOp


class StaffView(QWidget):
    status_message = Signal(str)

    def __init__(self, app: AppServices, parent=None) -> None:
        super().__init__(parent)
        self.app = app
        self.setObjectName("staff_view")
        self.members: list[Staff] = []
        self.ranks: list = []
        self._build()
        app.bus.changed.connect(self._on_changed)  # a bound method: disconnected when the view is deleted

    def _on_changed(self, kinds) -> None:
        if kinds & {Change.STAFF, Change.RELATIONSHIPS}:
            QTimer.singleShot(0, self.reload)

    def _build(self) -> None:
        self.search_edit = QLineEdit(objectName="staff_search_edit")
        self.search_edit.setPlaceholderText(self.tr("Search name, title, phone or pinyin"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda _t: self.reload())
        self.archived_check = QCheckBox(self.tr("Show archived"), objectName="staff_archived_check")
        self.archived_check.toggled.connect(lambda _c: self.reload())
        self.new_button = QPushButton(self.tr("New staff member"), objectName="new_staff_button")
        self.new_button.clicked.connect(lambda: self._edit(Staff()))
        self.edit_button = QPushButton(self.tr("Edit…"), objectName="edit_staff_button")
        self.edit_button.clicked.connect(self._edit_current)
        self.ranks_button = QPushButton(self.tr("Rank scale…"), objectName="ranks_button")
        self.ranks_button.clicked.connect(self._edit_ranks)
        bar = QHBoxLayout()
        bar.addWidget(self.search_edit, 1)
        bar.addWidget(self.archived_check)
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.ranks_button)

        self.table = QTableWidget(0, 5, objectName="staff_table")
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Title"), self.tr("Rank"), self.tr("Line"), self.tr("Phone")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.table.setAlternatingRowColors(True)
        self.table.doubleClicked.connect(lambda _i: self._edit_current())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.addAction(self._open_action())

        self.relations_label = QLabel(self.tr("Relationships (人脉)"), objectName="relations_label")
        self.relations_table = QTableWidget(0, 3, objectName="staff_relations_table")
        self.relations_table.setHorizontalHeaderLabels([self.tr("Dealer"), self.tr("Key person"), self.tr("Strength")])
        self.relations_table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.relations_table.verticalHeader().setVisible(False)
        self.relations_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.relations_label)
        side_layout.addWidget(self.relations_table)
        self.splitter = QSplitter(Qt.Vertical, objectName="staff_splitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(side)
        self.splitter.setSizes([500, 250])
        SearchKeys(self.search_edit, self.table, self._edit_current)
        self.load_banner = LoadBanner(self.reload, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.load_banner)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

    def _open_action(self):
        from PySide6.QtGui import QAction

        action = QAction(self.tr("Edit"), self.table)
        action.setShortcuts([QKeySequence(Qt.Key_Return), QKeySequence(Qt.Key_Enter)])
        action.setShortcutContext(Qt.WidgetShortcut)
        action.triggered.connect(self._edit_current)
        return action

    def focus_search(self) -> None:
        """Ctrl+F."""
        self.search_edit.setFocus(Qt.ShortcutFocusReason)
        self.search_edit.selectAll()

    def reload(self) -> None:
        ctx, text, archived = self.app.ctx, self.search_edit.text(), self.archived_check.isChecked()
        QueryOp(self, lambda: (staff_service.list_staff(ctx, text=text, include_archived=archived), staff_service.ranks(ctx)),
                self._loaded).latest("staff").in_place(self.load_banner).run()

    def _loaded(self, result) -> None:
        self.members, self.ranks = result
        names = {r.code: r.name(self.app.lang) for r in self.ranks}
        self.table.setRowCount(len(self.members))
        for row, m in enumerate(self.members):
            for col, text in enumerate((m.name, m.title, names.get(m.rank_code, m.rank_code), label("line", m.line, self.app.lang), m.phone)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.status_message.emit(self.tr("{0} staff members").format(len(self.members)))

    def _selection_changed(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.members):
            return
        ctx, staff_id = self.app.ctx, self.members[row].id
        QueryOp(self, lambda: staff_service.relationships(ctx, staff_id=staff_id), self._relations_loaded).run()

    def _relations_loaded(self, rels) -> None:
        self.relations_table.setRowCount(len(rels))
        for row, rel in enumerate(rels):
            for col, text in enumerate((rel.dealer_name, rel.person_name, "★" * rel.strength)):
                self.relations_table.setItem(row, col, QTableWidgetItem(text))

    def _edit_current(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.members):
            self._edit(self.members[row])

    def _edit(self, member: Staff) -> None:
        from desktop.ui.staff.dialog import StaffDialog

        StaffDialog(self.app, member, self.ranks, self).open()

    def _edit_ranks(self) -> None:
        from desktop.ui.staff.ranks_dialog import RanksDialog

        RanksDialog(self.app, self.ranks, self).open()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("staff/splitter", self.splitter.saveState())

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value("staff/splitter")
        if state is not None:
            self.splitter.restoreState(state)
