"""Main-window section 'Renewals' (续保): policies expiring within 30/60/90 days and those lapsed (脱保),
each with its owner among our staff and its contacts; claim the selected ones, log a contact, export
one dealer's list for its renewal desk. Reads and writes through ``ui/operations.py``. GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.i18n import t
from desktop.rules.aftersales.renewals import RenewalLine
from desktop.rules.money import fmt_yuan
from desktop.services.aftersales import renewal_export, renewals
from desktop.services.office import staff as staff_service
from desktop.ui.change_bus import Change
from desktop.ui.operations import CollectionOp, QueryOp

DUE_COLOUR = "#FFF1C7"
DEALER_COL = 1
ESSENTIAL = {0, DEALER_COL, 2, 4, 5, 6, 7}  # policy, dealer, plate, ends, days left, status, owner
SECONDARY_HIDDEN = {3, 8}  # premium and the number of contacts: from the Columns menu
LAPSED_COLOUR = "#F6D3D3"


class RenewalsView(QWidget):
    loaded = Signal()

    def __init__(self, app) -> None:
        super().__init__()
        self.app = app
        self.lines: list[RenewalLine] = []
        self.last_dialog = None
        self.setObjectName("renewals_view")
        self.days_combo = QComboBox(objectName="renewals_days_combo")
        for days in (30, 60, 90):
            self.days_combo.addItem(self.tr("Within {0} days").format(days), days)
        self.days_combo.setCurrentIndex(2)
        self.days_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.lapsed_check = QCheckBox(self.tr("Show &lapsed (脱保)"), objectName="renewals_lapsed_check")
        self.lapsed_check.setChecked(True)
        self.lapsed_check.toggled.connect(lambda _on: self.reload())
        self.count_label = QLabel(objectName="renewals_count_label")
        bar = QHBoxLayout()
        bar.addWidget(self.days_combo)
        bar.addWidget(self.lapsed_check)
        bar.addWidget(self.count_label, 1)
        headers = [self.tr("Policy"), self.tr("Dealer"), self.tr("Plate"), self.tr("Premium"), self.tr("Ends"), self.tr("Days left"),
                   self.tr("Status"), self.tr("Owner"), self.tr("Contacts"), self.tr("Last contact")]
        self.table = QTableWidget(0, len(headers), objectName="renewals_table")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.verticalHeader().setVisible(False)
        for col, width in enumerate((130, 200, 84, 80, 90, 60, 64, 70, 56, 150)):
            self.table.setColumnWidth(col, width)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.ElideRight)
        self.table.horizontalHeader().setSectionResizeMode(DEALER_COL, QHeaderView.Stretch)  # the name takes the room left
        from desktop.ui.toolkit.columns import ColumnLayout

        self.columns = ColumnLayout(self.table, "renewals", ESSENTIAL, SECONDARY_HIDDEN)
        bar.addWidget(self.columns.button(self.tr("Colum&ns"), self))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.owner_button = QPushButton(self.tr("Set &owner…"), objectName="renewals_owner_button")
        self.owner_button.clicked.connect(self.set_owner)
        self.contact_button = QPushButton(self.tr("Log &contact…"), objectName="renewals_contact_button")
        self.contact_button.clicked.connect(self.log_contact)
        self.export_button = QPushButton(self.tr("&Export this dealer's list…"), objectName="renewals_export_button")
        self.export_button.clicked.connect(self.export_dealer)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Yellow: a contact is due. Red: lapsed.")), 1)
        for button in (self.owner_button, self.contact_button, self.export_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        app.bus.changed.connect(self._on_changed)
        self._update_buttons()

    def reload(self) -> None:
        ctx, days, lapsed = self.app.ctx, self.days_combo.currentData(), self.lapsed_check.isChecked()
        QueryOp(self, lambda: renewals.worklist(ctx, due_days=days, lapsed=lapsed), self._loaded).latest("renewals").run()

    def _loaded(self, lines: list[RenewalLine]) -> None:
        self.lines = lines
        lang = self.app.lang
        self.table.setRowCount(len(lines))
        for i, line in enumerate(lines):
            cells = (line.policy_no, line.dealer_name, line.plate, fmt_yuan(line.premium, lang), line.ends_on.isoformat(),
                     str(line.days_left), t(f"aftersales.renewal.{line.status}", lang), line.owner, str(line.contacts),
                     (f"{line.last_contact.isoformat()} {t('aftersales.result.' + line.last_result, lang)}" if line.last_contact else ""))
            back = LAPSED_COLOUR if line.status == "lapsed" else (DUE_COLOUR if line.due else None)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if back:
                    item.setBackground(QBrush(QColor(back)))
                if col in (3, 5, 8):
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                if col in (DEALER_COL, 9):
                    item.setToolTip(text)
                self.table.setItem(i, col, item)
        due = sum(1 for line in lines if line.due)
        lapsed = sum(1 for line in lines if line.status == "lapsed")
        self.count_label.setText(self.tr("{0} policies, {1} contacts due, {2} lapsed").format(len(lines), due, lapsed))
        self._update_buttons()
        self.loaded.emit()

    def selected(self) -> list[RenewalLine]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.lines[r] for r in rows if r < len(self.lines)]

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.owner_button.setEnabled(bool(chosen))
        self.contact_button.setEnabled(len(chosen) == 1)
        self.export_button.setEnabled(len({line.dealer_id for line in chosen}) == 1)

    def set_owner(self) -> None:
        from desktop.ui.aftersales.renewal_dialogs import OwnerDialog

        chosen, ctx = self.selected(), self.app.ctx

        def show(staff) -> None:
            dialog = OwnerDialog(staff, len(chosen), self)
            ids = [line.policy_id for line in chosen]
            dialog.accepted.connect(lambda: CollectionOp(self, lambda: renewals.claim(ctx, ids, dialog.values()), lambda _n: None)
                                    .announces(self.app.bus, Change.AFTERSALES).run())
            self.last_dialog = dialog
            dialog.open()

        QueryOp(self, lambda: staff_service.list_staff(ctx), show).run()

    def log_contact(self) -> None:
        from desktop.ui.aftersales.renewal_dialogs import ContactDialog

        chosen = self.selected()
        if len(chosen) != 1:
            return
        line, ctx = chosen[0], self.app.ctx
        dialog = ContactDialog(line.policy_no, self.app.lang, self)
        dialog.accepted.connect(lambda: CollectionOp(self, lambda: renewals.log_contact(ctx, line.policy_id, **dialog.values()),
                                                     lambda _id: None).announces(self.app.bus, Change.AFTERSALES).run())
        self.last_dialog = dialog
        dialog.open()

    def export_dealer(self, target: str | None = None) -> None:
        """The selected dealer's list as a workbook (policyholders' names and phones left out)."""
        from desktop.ui.toolkit.file_dialogs import save_file_name

        chosen = self.selected()
        if not chosen:
            return
        line = chosen[0]
        path = target or save_file_name(self, self.tr("Export the renewal list"), f"{line.dealer_name}-续保清单.xlsx",
                                        self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return
        ctx, lang, days = self.app.ctx, self.app.lang, self.days_combo.currentData()
        CollectionOp(self, lambda: renewal_export.export(ctx, line.dealer_id, path, due_days=days, lang=lang),
                     lambda n: self._exported(n, path)).run()

    def _exported(self, n: int, path: str) -> None:
        self.count_label.setText(self.tr("{0} policies written to {1}").format(n, path))

    def _on_changed(self, kinds) -> None:
        if Change.AFTERSALES in kinds:
            self.reload()
