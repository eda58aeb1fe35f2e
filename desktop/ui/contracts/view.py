"""The contracts section: every contract with its status in colour, filters, an "expiring soon"
panel, the lifecycle actions the selected contract allows, its pack, and verifying a PDF.

Loading first applies the moves due by date (in force on the start date, expiring within the
reminder period, expired after the end) on the write worker, then shows the list; nothing
touches the database on the GUI thread.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QGroupBox, QHeaderView, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget)

from desktop.i18n import t
from desktop.rules.contracts import lifecycle as rules
from desktop.rules.contracts.records import ContractLine
from desktop.services.contracts import drafts as contracts, lifecycle, settings
from desktop.services.aftersales import performance
from desktop.ui.appservices import AppServices
from desktop.ui.change_bus import Change
from desktop.ui.toolkit.flow_layout import FlowLayout
from desktop.ui.toolkit.keyboard import SearchKeys
from desktop.ui.toolkit.load_banner import LoadBanner
from desktop.ui.contracts.table_model import COLUMNS, ContractFilter, ContractTableModel, status_brushes
from desktop.ui.operations import CollectionOp
from desktop.rules.office.permissions import Action
from desktop.ui.office.permit import permit
from desktop.ui.contracts.actions import ContractActions

# button name → (action, statuses it is offered for)
LIFECYCLE_BUTTONS = (
    ("submit", ("draft",)), ("return", ("under_review",)), ("sign", ("under_review",)), ("activate", ("signed",)),
    ("amend", rules.LIVE), ("renew", ("in_force", "expiring", "expired")), ("terminate", ("signed", "in_force", "expiring")),
    ("delete", ("draft",)),
)


# button name → the permission it needs (the rest of the lifecycle is drafting)
BUTTON_ACTIONS = {"sign": Action.SIGN_CONTRACT, "activate": Action.ACTIVATE_CONTRACT, "terminate": Action.TERMINATE_CONTRACT}

DEALER_COLUMN = COLUMNS.index("dealer_name")

class ContractsView(QWidget):
    """Section 'Contracts'."""

    status_message = Signal(str)
    loaded = Signal(int)  # number of contracts loaded (tests)

    def __init__(self, app: AppServices, parent=None) -> None:
        super().__init__(parent)
        self.app = app
        self.setObjectName("contracts_view")
        self.today = date.today  # replaceable (tests run on the demo's fixed day)
        self.model = ContractTableModel(app.lang, self)
        self.actions = ContractActions(self)
        self.last_dialog = None
        self.last_preview = None
        self.reminder_days = rules.DEFAULT_REMINDER_DAYS
        self._build()
        app.bus.changed.connect(self._on_changed)

    # --- layout -----------------------------------------------------------------------------------
    def _build(self) -> None:
        self.search_edit = QLineEdit(objectName="search_edit")
        self.search_edit.setPlaceholderText(self.tr("Search contract number or dealer"))
        self.search_edit.setClearButtonEnabled(True)
        self.status_combo = QComboBox(objectName="status_combo")
        self.status_combo.addItem(self.tr("All statuses"), "")
        for status in rules.STATUSES:
            self.status_combo.addItem(t(f"contract.status.{status}", self.app.lang), status)
        self.kind_combo = QComboBox(objectName="kind_combo")
        self.kind_combo.addItem(self.tr("All types"), "")
        for kind in rules.KINDS:
            self.kind_combo.addItem(t(f"contract.kind.{kind}", self.app.lang), kind)
        self.search_edit.textChanged.connect(self._apply_filter)
        self.status_combo.currentIndexChanged.connect(self._apply_filter)
        self.kind_combo.currentIndexChanged.connect(self._apply_filter)
        self.new_button = self._button("new_button", self.tr("&New contract…"), lambda: self.actions.new_contract())
        self.templates_button = self._button("templates_button", self.tr("Templates…"), self.open_templates)
        self.verify_button = self._button("verify_button", self.tr("Verify a PDF…"), self.actions.choose_and_verify)
        self.branch_button = self._button("branch_button", self.tr("Numbering…"), self.open_branch_settings)
        bar = FlowLayout()
        bar.addWidget(self.search_edit, 1)
        bar.addWidget(self.status_combo)
        bar.addWidget(self.kind_combo)
        for button in (self.new_button, self.templates_button, self.branch_button, self.verify_button):
            bar.addWidget(button)

        self.table = QTableView(objectName="contract_table")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.Interactive)
        for col, width in enumerate((150, 45, 200, 124, 112, 86, 86, 64, 60, 84)):
            self.table.setColumnWidth(col, width)
        # The dealer's name takes what is left, so every column stays in view on a 1280-px screen.
        header.setSectionResizeMode(DEALER_COLUMN, QHeaderView.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.expiring_list = QListWidget(objectName="expiring_list")
        self.expiring_list.setWordWrap(True)
        self.expiring_list.setSpacing(2)
        self.expiring_list.itemActivated.connect(self._select_from_panel)
        self.expiring_list.itemClicked.connect(self._select_from_panel)
        self.expiring_label = QLabel(objectName="expiring_label")
        self.expiring_label.setWordWrap(True)
        panel = QGroupBox(self.tr("Expiring soon"), objectName="expiring_panel")
        panel_layout = QVBoxLayout(panel)
        panel_layout.addWidget(self.expiring_label)
        panel_layout.addWidget(self.expiring_list, 1)
        self.splitter = QSplitter(Qt.Horizontal, objectName="contracts_splitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(panel)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([1000, 230])
        panel.setMaximumWidth(320)

        self.open_button = self._button("open_button", self.tr("&Open"), self.open_selected)
        self.step_buttons = {
            "submit": self._button("submit_button", self.tr("Submit for review"), lambda: self._act("submit")),
            "return": self._button("return_button", self.tr("Return to draft"), lambda: self._act("return_to_draft")),
            "sign": self._button("sign_button", self.tr("Sign…"), lambda: self._act("sign")),
            "activate": self._button("activate_button", self.tr("Put in force"), lambda: self._act("activate")),
            "amend": self._button("amend_button", self.tr("Amend"), lambda: self._act("amend")),
            "renew": self._button("renew_button", self.tr("Renew"), lambda: self._act("renew")),
            "terminate": self._button("terminate_button", self.tr("Terminate…"), lambda: self._act("terminate")),
            "delete": self._button("delete_button", self.tr("Delete draft…"), lambda: self._act("delete")),
        }
        self.pack_button = self._button("pack_button", self.tr("Contract &pack…"), lambda: self._act("generate_pack"))
        actions = FlowLayout()  # wraps at 1024 px instead of widening the window
        actions.addWidget(self.open_button)
        for button in self.step_buttons.values():
            actions.addWidget(button)
        actions.addWidget(self.pack_button)

        SearchKeys(self.search_edit, self.table, self.open_selected)
        self.count_label = QLabel(objectName="count_label")
        self.load_banner = LoadBanner(self.reload, self, self.count_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.load_banner)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(actions)
        layout.addWidget(self.count_label)
        self._update_buttons()

    def _button(self, name: str, text: str, slot) -> QPushButton:
        button = QPushButton(text, objectName=name)
        button.clicked.connect(slot)
        return button

    # --- loading ----------------------------------------------------------------------------------
    def focus_search(self) -> None:
        """Ctrl+F."""
        self.search_edit.setFocus(Qt.ShortcutFocusReason)
        self.search_edit.selectAll()

    def reload(self) -> None:
        ctx, today = self.app.ctx, self.today()
        self.count_label.setText(self.tr("Loading contracts…"))

        def work():
            moved = lifecycle.advance(ctx, today)
            with ctx.unit() as s:
                days = settings.reminder_days(s)
            kept = performance.of_contracts(ctx, today=today)  # how each binding contract is kept (issue 16)
            return moved, contracts.list_rows(ctx, today), lifecycle.expiring_soon(ctx, today), days, kept

        CollectionOp(self, work, self._loaded).latest("contracts").in_place(self.load_banner).run()

    def _loaded(self, result) -> None:
        moved, rows, expiring, days, kept = result
        selected = self.selected_row()
        self.reminder_days = days
        self.model.set_rows(rows, kept)
        self._apply_filter()
        self._fill_expiring(expiring)
        if selected is not None:
            self.select_contract(selected.id)
        self.loaded.emit(len(rows))
        if moved:
            self.status_message.emit(self.tr("{0} contracts moved on by date").format(moved))
            self.app.bus.announce(Change.CONTRACTS)

    def _fill_expiring(self, rows: list[ContractLine]) -> None:
        self.expiring_list.clear()
        for row in rows:
            text = self.tr("{0} days · {1}\n{2}").format(row.days_left, row.number, row.dealer_name)
            item = QListWidgetItem(text)
            item.setData(Qt.UserRole, row.id)
            back, fore = status_brushes(row.status)
            item.setBackground(back)
            item.setForeground(fore)
            self.expiring_list.addItem(item)
        self.expiring_label.setText(self.tr("Binding contracts ending within {0} days: {1}").format(
            self.reminder_days, len(rows)) if rows else self.tr("No contract ends within {0} days.").format(self.reminder_days))

    def _on_changed(self, kinds) -> None:
        if kinds & {Change.CONTRACTS, Change.DEALERS}:
            QTimer.singleShot(0, self.reload)

    def _apply_filter(self, *_args) -> None:
        self.model.set_filter(ContractFilter(self.search_edit.text(), self.status_combo.currentData() or "",
                                             self.kind_combo.currentData() or ""))
        text = self.tr("{0} of {1} contracts").format(self.model.rowCount(), self.model.total())
        self.count_label.setText(text)
        self.status_message.emit(text)
        self._update_buttons()

    # --- selection and actions ----------------------------------------------------------------------
    def selected_row(self) -> ContractLine | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row_at(rows[0].row()) if rows else None

    def select_contract(self, contract_id: int) -> bool:
        row = self.model.row_of_id(contract_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _select_from_panel(self, item: QListWidgetItem) -> None:
        contract_id = item.data(Qt.UserRole)
        if not self.select_contract(contract_id):
            self.search_edit.clear()
            self.status_combo.setCurrentIndex(0)
            self.kind_combo.setCurrentIndex(0)
            self.select_contract(contract_id)

    def _update_buttons(self) -> None:
        row = self.selected_row()
        status = row.status if row is not None else None
        for name, statuses in LIFECYCLE_BUTTONS:
            permit(self.step_buttons[name], self.app.me, BUTTON_ACTIONS.get(name, Action.DRAFT_CONTRACT),
                   enabled=status in statuses, lang=self.app.lang)
        self.open_button.setEnabled(row is not None)
        self.pack_button.setEnabled(row is not None)

    def _act(self, name: str) -> None:
        row = self.selected_row()
        if row is not None:
            getattr(self.actions, name)(row)

    def open_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.open_contract(row.id)

    def open_contract(self, contract_id: int) -> None:
        from desktop.ui.contracts.dialog import ContractDialog

        dialog = self.app.windows.show(("contract", contract_id),
                                       lambda: ContractDialog(self.app, contract_id, self.today, self.window()))
        self.last_dialog = dialog

    def open_templates(self) -> None:
        from desktop.ui.contracts.template_dialog import ContractTemplateDialog

        dialog = ContractTemplateDialog(self.app, self.window())
        self.last_dialog = dialog
        dialog.show()

    def open_branch_settings(self) -> None:
        from desktop.ui.contracts.branch_dialog import ContractBranchDialog

        dialog = ContractBranchDialog(self.app, self.window())
        self.last_dialog = dialog
        dialog.show()

    # --- layout state -------------------------------------------------------------------------------
    def save_state(self, store: QSettings) -> None:
        store.setValue("contracts/header", self.table.horizontalHeader().saveState())
        store.setValue("contracts/splitter", self.splitter.saveState())

    def restore_state(self, store: QSettings) -> None:
        for key, target in (("contracts/header", self.table.horizontalHeader()), ("contracts/splitter", self.splitter)):
            state = store.value(key)
            if state is not None:
                target.restoreState(state)
