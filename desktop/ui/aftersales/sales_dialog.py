"""Dealers' monthly new-car sales, the base of 新车承保率:
- ``SalesGridDialog``: one dealer's twelve months of a year as an editable grid (an empty cell: not
  known); Save writes the changed months in one transaction.
- ``SalesImportDialog``: a sheet of dealers' monthly sales, with the roster import's steps — the header
  row found and its columns mapped (each column's field can be corrected), a preview of every row
  (new, changed with the figure it replaces, unchanged, or what is wrong and in which cell), and
  Import writing the accepted rows in one transaction.
Reads and writes through ``ui/operations``; GUI thread.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton,
                               QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout)

from desktop.i18n import t
from desktop.services.aftersales import sales, sales_import
from desktop.ui.change_bus import Change
from desktop.ui.operations import CollectionOp, QueryOp
from desktop.ui.toolkit.errors import message_for

BAD = QBrush(QColor("#F6D3D3"))


class SalesGridDialog(QDialog):
    loaded = Signal()
    saved = Signal(int)

    def __init__(self, app, dealer_id: int, dealer_name: str, year: int | None = None, parent=None) -> None:
        super().__init__(parent)
        self.app, self.dealer_id = app, dealer_id
        self.stored: dict[str, int] = {}
        self.setObjectName("sales_grid_dialog")
        self.setWindowTitle(self.tr("New-car sales of {0}").format(dealer_name))
        self.resize(420, 520)
        self.year_spin = QSpinBox(objectName="sales_year_spin")
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(year or date.today().year)
        self.year_spin.valueChanged.connect(lambda _y: self._fill())
        year_label = QLabel(self.tr("&Year:"))
        year_label.setBuddy(self.year_spin)
        bar = QHBoxLayout()
        bar.addWidget(year_label)
        bar.addWidget(self.year_spin)
        bar.addStretch(1)
        self.table = QTableWidget(12, 2, objectName="sales_grid_table")
        self.table.setHorizontalHeaderLabels([self.tr("Month"), self.tr("New cars sold")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 120)
        self.table.setEditTriggers(QAbstractItemView.AllEditTriggers)
        self.status_label = QLabel(self.tr("Type the cars sold each month; leave a month empty when it is not known."),
                                   objectName="sales_status_label")
        self.status_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Close)
        self.save_button = self.buttons.button(QDialogButtonBox.Save)
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setObjectName("sales_save_button")
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)
        self.reload()

    def reload(self) -> None:
        ctx, dealer_id = self.app.ctx, self.dealer_id
        QueryOp(self, lambda: sales.units_of(ctx, dealer_id), self._loaded).latest("sales").run()

    def _loaded(self, stored: dict[str, int]) -> None:
        self.stored = stored
        self._fill()
        self.loaded.emit()

    def months(self) -> list[str]:
        return [f"{self.year_spin.value():04}-{m:02}" for m in range(1, 13)]

    def _fill(self) -> None:
        for row, month in enumerate(self.months()):
            label = QTableWidgetItem(month)
            label.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable)
            self.table.setItem(row, 0, label)
            units = self.stored.get(month)
            self.table.setItem(row, 1, QTableWidgetItem("" if units is None else str(units)))
            self.table.item(row, 1).setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)

    def typed(self) -> tuple[dict[str, int | None], list[str]]:
        """The months whose cell differs from what is stored, and the months whose cell is not a number."""
        changed, bad = {}, []
        for row, month in enumerate(self.months()):
            item = self.table.item(row, 1)
            text = (item.text() if item is not None else "").strip().replace(",", "")
            item.setBackground(QBrush())
            if not text:
                units = None
            elif text.isdigit() and int(text) <= 1_000_000:
                units = int(text)
            else:
                item.setBackground(BAD)
                bad.append(month)
                continue
            if units != self.stored.get(month):
                changed[month] = units
        return changed, bad

    def save(self) -> None:
        changed, bad = self.typed()
        if bad:
            self.status_label.setText(self.tr("Not a whole number of cars in {0}: correct the red cells.").format("、".join(bad)))
            return
        if not changed:
            self.status_label.setText(self.tr("Nothing changed."))
            return
        ctx, dealer_id = self.app.ctx, self.dealer_id

        def done(n: int) -> None:
            self.status_label.setText(self.tr("{0} month(s) saved.").format(n))
            self.saved.emit(n)
            self.reload()

        CollectionOp(self, lambda: sales.set_many(ctx, dealer_id, changed), done) \
            .failure(lambda err: self.status_label.setText(message_for(err))).announces(self.app.bus, Change.AFTERSALES).run()


class SalesImportDialog(QDialog):
    planned = Signal()

    def __init__(self, app, path: str, parent=None) -> None:
        super().__init__(parent)
        self.app, self.path = app, path
        self.plan: sales_import.SalesPlan | None = None
        self.written: int | None = None
        self.setObjectName("sales_import_dialog")
        self.setAttribute(Qt.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Import new-car sales"))
        self.resize(860, 560)
        self.summary_label = QLabel(self.tr("Reading {0} …").format(path), objectName="sales_summary_label")
        self.summary_label.setWordWrap(True)
        mapping_label = QLabel(self.tr("Columns of the sheet and what they hold (correct any that is wrong):"))
        self.mapping_table = QTableWidget(1, 0, objectName="sales_mapping_table")
        self.mapping_table.verticalHeader().setVisible(False)
        self.mapping_table.setFixedHeight(64)
        self.mapping_table.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.preview_table = QTableWidget(0, 5, objectName="sales_preview_table")
        self.preview_table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Dealer"), self.tr("Month"), self.tr("New cars sold"),
                                                      self.tr("What happens")])
        self.preview_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.preview_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.preview_table.verticalHeader().setVisible(False)
        self.preview_table.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((50, 230, 80, 100)):
            self.preview_table.setColumnWidth(col, width)
        self.preview_table.setWordWrap(True)
        self.assign_button = QPushButton(self.tr("Assign &dealers to unmatched rows…"), objectName="sales_assign_button")
        self.assign_button.setEnabled(False)
        self.assign_button.clicked.connect(self.assign_dealers)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.AcceptRole)
        self.import_button.setObjectName("sales_import_button")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.commit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(mapping_label)
        layout.addWidget(self.mapping_table)
        layout.addWidget(self.preview_table, 1)
        below = QHBoxLayout()
        below.addWidget(self.assign_button)
        below.addStretch(1)
        below.addWidget(self.buttons)
        layout.addLayout(below)
        self.replan()

    def replan(self, mapping: list[str | None] | None = None) -> None:
        ctx, path = self.app.ctx, self.path
        self.import_button.setEnabled(False)
        QueryOp(self, lambda: sales_import.plan(ctx, path, mapping), self._planned).failure(self._failed).latest("plan").run()

    def _failed(self, err) -> None:
        from desktop.spreadsheets.errors import UnusableFile

        self.summary_label.setText(err.message(self.app.lang) if isinstance(err, UnusableFile) else message_for(err))
        self.planned.emit()

    def _planned(self, plan: sales_import.SalesPlan) -> None:
        self.plan = plan
        lang = self.app.lang
        c = plan.counts()
        self.summary_label.setText(self.tr("{0} (sheet {1}): {2} new, {3} changed, {4} unchanged, {5} with an error, {6} without a dealer")
                                   .format(plan.file_name, plan.sheet, c["new"], c["changed"], c["unchanged"], c["invalid"],
                                           c["unmatched"]))
        self._show_mapping(plan)
        table = self.preview_table
        table.setRowCount(len(plan.rows))
        for i, line in enumerate(plan.rows):
            if line.code:
                what = self.tr("{0} “{1}”: {2}").format(line.column, line.value, line.message(lang))
            elif line.status == "changed":
                what = self.tr("Changed (was {0})").format(line.before)
            else:
                what = {"new": self.tr("New"), "unchanged": self.tr("Unchanged")}[line.status]
            cells = (str(line.row), line.dealer_name, line.month, "" if line.units is None else str(line.units), what)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if line.code:
                    item.setBackground(BAD)
                if col in (0, 3):
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                if col == 4:
                    item.setToolTip(text)
                table.setItem(i, col, item)
        table.resizeRowsToContents()  # a problem's whole message, over two lines if need be
        self.import_button.setEnabled(bool(plan.accepted()) and self.written is None)
        self.assign_button.setEnabled(bool(c["unmatched"]) and self.written is None)
        self.planned.emit()

    def _show_mapping(self, plan: sales_import.SalesPlan) -> None:
        table = self.mapping_table
        table.setColumnCount(len(plan.headers))
        table.setHorizontalHeaderLabels([h or "—" for h in plan.headers])
        for col, chosen in enumerate(plan.mapping):
            combo = QComboBox(objectName=f"sales_field_combo_{col}")
            combo.addItem(self.tr("(not imported)"), None)
            for name in sales_import.FIELDS:
                combo.addItem(t(f"aftersales.sales.field.{name}", self.app.lang), name)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.currentIndexChanged.connect(lambda _i: self.replan(self.mapping()))
            table.setCellWidget(0, col, combo)
            table.setColumnWidth(col, 150)
        table.resizeRowsToContents()
        scroll = table.horizontalScrollBar().sizeHint().height() if sum(150 for _h in plan.headers) > table.viewport().width() else 0
        table.setFixedHeight(table.horizontalHeader().sizeHint().height() + table.rowHeight(0) + 2 * table.frameWidth() + scroll)

    def assign_dealers(self) -> None:
        """The codes and names no dealer has, to assign (as for the policy lists); the sheet is planned again."""
        from desktop.ui.aftersales.codes_dialog import AssignDealersDialog

        if self.plan is None or not self.plan.unmatched():
            return
        dialog = self.assign_dialog = AssignDealersDialog(self.app, self.plan.unmatched(), self)
        dialog.assigned.connect(lambda: self.replan(self.mapping()))
        dialog.open()

    def mapping(self) -> list[str | None]:
        out = []
        for col in range(self.mapping_table.columnCount()):
            combo = self.mapping_table.cellWidget(0, col)
            out.append(combo.currentData() if combo is not None else None)
        return out

    def commit(self) -> None:
        plan, ctx = self.plan, self.app.ctx
        if plan is None:
            return
        self.import_button.setEnabled(False)

        def done(n: int) -> None:
            self.written = n
            self.summary_label.setText(self.tr("{0} month(s) of sales imported.").format(n))
            self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Close"))
            self.assign_button.setEnabled(False)

        CollectionOp(self, lambda: sales_import.commit(ctx, plan), done) \
            .failure(lambda err: self.summary_label.setText(message_for(err))).announces(self.app.bus, Change.AFTERSALES).run()
