"""The dealer file's 'Contracts' tab: that dealer's contracts with their status colours and terms;
open one in the contract editor or draft a new one for this dealer.

Loaded through ``ui/operations.py`` and refreshed when the change bus says Change.CONTRACTS. GUI thread.
"""

from __future__ import annotations

from datetime import date

import weakref

import shiboken6

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from desktop.i18n import t
from desktop.rules.contracts.records import ContractLine
from desktop.services.contracts import drafts as contracts
from desktop.ui.appservices import AppServices
from desktop.ui.change_bus import Change
from desktop.ui.contracts.table_model import status_brushes
from desktop.ui.operations import QueryOp


class DealerContractsPanel(QWidget):
    loaded = Signal(int)

    def __init__(self, app: AppServices, dealer_id: int, parent=None) -> None:
        super().__init__(parent)
        self.app = app
        self.dealer_id = dealer_id
        self.rows: list[ContractLine] = []
        self.today = date.today
        self.last_dialog = None
        self.setObjectName("dealer_contracts_panel")
        self.table = QTableWidget(0, 6, objectName="dealer_contracts_table")
        self.table.setHorizontalHeaderLabels([self.tr("Number"), self.tr("Rev."), self.tr("Type"), self.tr("Status"),
                                              self.tr("Term"), self.tr("Days left")])
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((170, 45, 150, 150, 190, 70)):
            self.table.setColumnWidth(col, width)
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.summary_label = QLabel(objectName="dealer_contracts_summary")
        self.new_button = QPushButton(self.tr("New contract…"), objectName="dealer_new_contract_button")
        self.new_button.clicked.connect(self.new_contract)
        self.open_button = QPushButton(self.tr("Open"), objectName="dealer_open_contract_button")
        self.open_button.clicked.connect(lambda: self.open_row(self.table.currentRow()))
        bar = QHBoxLayout()
        bar.addWidget(self.summary_label, 1)
        bar.addWidget(self.open_button)
        bar.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        # The dealer file deletes itself on close: leave the app-wide bus then, or it calls a dead panel.
        bus, me = app.bus, weakref.ref(self)

        def relay(kinds) -> None:
            panel = me()
            if panel is not None and shiboken6.isValid(panel):
                panel._on_changed(kinds)

        bus.changed.connect(relay)
        self.destroyed.connect(lambda *_: _disconnect(bus.changed, relay))
        self.reload()

    def tab_title(self) -> str:
        return contracts_tab_title()

    def reload(self) -> None:
        ctx, dealer_id, today = self.app.ctx, self.dealer_id, self.today()
        QueryOp(self, lambda: contracts.list_rows(ctx, today, dealer_id=dealer_id), self._loaded).run()

    def _loaded(self, rows: list[ContractLine]) -> None:
        self.rows = rows
        lang = self.app.lang
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            term = f"{r.start.isoformat() if r.start else ''} — {r.end.isoformat() if r.end else ''}"
            days = str(r.days_left) if r.days_left is not None and r.status in ("signed", "in_force", "expiring") else ""
            cells = (r.number, str(r.revision), t(f"contract.kind.{r.kind}", lang), t(f"contract.status.{r.status}", lang),
                     term, days)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 3:
                    back, fore = status_brushes(r.status)
                    item.setBackground(back)
                    item.setForeground(fore)
                self.table.setItem(i, col, item)
        live = sum(1 for r in rows if r.status in ("signed", "in_force", "expiring"))
        self.summary_label.setText(self.tr("{0} contracts, {1} binding").format(len(rows), live))
        self.loaded.emit(len(rows))

    def _on_changed(self, kinds) -> None:
        if Change.CONTRACTS in kinds and shiboken6.isValid(self):
            QTimer.singleShot(0, self._reload_if_alive)

    def _reload_if_alive(self) -> None:
        if shiboken6.isValid(self):
            self.reload()

    def open_row(self, row: int) -> None:
        if not 0 <= row < len(self.rows):
            return
        from desktop.ui.contracts.dialog import ContractDialog

        contract_id = self.rows[row].id
        self.last_dialog = self.app.windows.show(("contract", contract_id),
                                                 lambda: ContractDialog(self.app, contract_id, self.today, self.window()))

    def new_contract(self) -> None:
        from desktop.ui.contracts.step_dialogs import NewContractDialog
        from desktop.ui.operations import CollectionOp

        ctx, today = self.app.ctx, self.today()

        def show(candidates) -> None:
            dialog = NewContractDialog(candidates, self.app.lang, today, self, self.dealer_id)

            def create() -> None:
                values = dialog.values()
                CollectionOp(self, lambda: contracts.create(ctx, today=today, **values),
                             lambda c: self._open_new(c.id)).announces(self.app.bus, Change.CONTRACTS).run()

            dialog.accepted.connect(create)
            self.last_dialog = dialog
            dialog.open()

        QueryOp(self, lambda: contracts.candidates(ctx), show).run()

    def _open_new(self, contract_id: int) -> None:
        from desktop.ui.contracts.dialog import ContractDialog

        self.last_dialog = self.app.windows.show(("contract", contract_id),
                                                 lambda: ContractDialog(self.app, contract_id, self.today, self.window()))


def _disconnect(signal, slot) -> None:
    try:
        signal.disconnect(slot)
    except (RuntimeError, TypeError):  # already gone with the bus itself
        pass


def contracts_tab_title() -> str:
    """The tab's title before its panel exists (the dealer file builds it when first shown)."""
    return QCoreApplication.translate("DealerContractsPanel", "Contracts")
