"""The dealer file's 'Scorecard' tab: the month and the year to date — premium, referrals, new-car
and renewal rates — each against the contract's term with a traffic light, and a twelve-month trend.
Double-click a figure: the policies or claims behind it. Loaded through ``ui/operations.py``. GUI thread.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.rules.aftersales.records import Scorecard
from desktop.services.aftersales import sales, scorecard
from desktop.ui.change_bus import Change
from desktop.ui.aftersales.figures import ROWS, brush, label, status_text, target_text, value
from desktop.ui.aftersales.trend import TrendChart
from desktop.ui.operations import CollectionOp, QueryOp

MONTH_COL, YTD_COL = 1, 2


def recent_months(today: date, n: int = 24) -> list[str]:
    out = []
    y, m = today.year, today.month
    for _ in range(n):
        out.append(f"{y:04}-{m:02}")
        y, m = (y - 1, 12) if m == 1 else (y, m - 1)
    return out


class DealerScorecardPanel(QWidget):
    loaded = Signal()

    def __init__(self, app, dealer_id: int, parent=None, today=date.today) -> None:
        super().__init__(parent)
        self.app = app
        self.dealer_id = dealer_id
        self.card: Scorecard | None = None
        self.last_dialog = None
        self.setObjectName("dealer_scorecard_panel")
        self.month_combo = QComboBox(objectName="scorecard_month_combo")
        self.month_combo.addItems(recent_months(today()))
        self.month_combo.currentIndexChanged.connect(lambda _i: self.reload())
        month_label = QLabel(self.tr("&Month:"))
        month_label.setBuddy(self.month_combo)
        self.contract_label = QLabel(objectName="scorecard_contract_label")
        self.light_label = QLabel(objectName="scorecard_light_label")
        self.light_label.setMinimumWidth(90)
        self.light_label.setAlignment(Qt.AlignCenter)
        bar = QHBoxLayout()
        bar.addWidget(month_label)
        bar.addWidget(self.month_combo)
        bar.addWidget(self.contract_label, 1)
        bar.addWidget(self.light_label)
        self.table = QTableWidget(len(ROWS), 5, objectName="scorecard_table")
        self.table.setHorizontalHeaderLabels([self.tr("Figure"), self.tr("Month"), self.tr("Year to date"), self.tr("Target"),
                                              self.tr("Status")])
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((190, 120, 120, 120)):
            self.table.setColumnWidth(col, width)
        self.table.cellDoubleClicked.connect(self.open_behind)
        self.hint_label = QLabel(self.tr("Double-click a figure to see the policies or claims behind it."))
        self.trend = TrendChart(self)
        self.sales_spin = QSpinBox(objectName="scorecard_sales_spin")
        self.sales_spin.setRange(0, 1_000_000)
        sales_label = QLabel(self.tr("New cars &sold this month:"))
        sales_label.setBuddy(self.sales_spin)
        self.sales_button = QPushButton(self.tr("Save sales"), objectName="scorecard_sales_button")
        self.sales_button.clicked.connect(self.save_sales)
        sales_bar = QHBoxLayout()
        sales_bar.addWidget(sales_label)
        sales_bar.addWidget(self.sales_spin)
        sales_bar.addWidget(self.sales_button)
        sales_bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(sales_bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint_label)
        layout.addWidget(QLabel(self.tr("Premium, last twelve months")))
        layout.addWidget(self.trend)
        self.reload()

    def tab_title(self) -> str:
        return self.tr("Scorecard")

    @property
    def month(self) -> str:
        return self.month_combo.currentText()

    def reload(self) -> None:
        ctx, dealer_id, month = self.app.ctx, self.dealer_id, self.month
        QueryOp(self, lambda: scorecard.of_dealer(ctx, dealer_id, month), self._loaded).latest("scorecard").run()

    def _loaded(self, card: Scorecard) -> None:
        self.card = card
        lang = self.app.lang
        marks = {m.term: m for m in card.marks}
        for row, (figure, rate, term) in enumerate(ROWS):
            mark = marks.get(term)
            cells = (label(figure, lang), value(card.figures, figure, rate, lang), value(card.ytd, figure, rate, lang),
                     target_text(mark, rate, lang), status_text(mark.status if mark else None, lang))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col in (1, 2, 3):
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                if col == 4 and mark is not None and brush(mark.status) is not None:
                    item.setForeground(brush(mark.status))
                self.table.setItem(row, col, item)
        if card.contract_number:
            self.contract_label.setText(self.tr("Judged against contract {0}").format(card.contract_number))
        else:
            self.contract_label.setText(self.tr("No contract binding this month: figures only"))
        light = card.light
        self.light_label.setText({"green": self.tr("● On track"), "amber": self.tr("● At risk"), "red": self.tr("● Missed")}.get(light, ""))
        colour = brush(light)
        self.light_label.setStyleSheet(f"color: {colour.color().name()}; font-weight: bold;" if colour else "")
        self.trend.set_points(card.trend)
        self.sales_spin.setValue(card.figures.new_car_sales or 0)
        self.loaded.emit()

    def save_sales(self) -> None:
        """The month's new-car sales as typed (the base of 新车承保率)."""
        ctx, dealer_id, month, units = self.app.ctx, self.dealer_id, self.month, self.sales_spin.value()
        CollectionOp(self, lambda: sales.set_units(ctx, dealer_id, month, units), lambda _r: self.reload()) \
            .announces(self.app.bus, Change.AFTERSALES).run()

    def open_behind(self, row: int, col: int) -> None:
        if col not in (MONTH_COL, YTD_COL) or not 0 <= row < len(ROWS):
            return
        from desktop.ui.aftersales.behind_dialog import BehindDialog

        figure = ROWS[row][0]
        self.last_dialog = BehindDialog(self.app, self.dealer_id, self.month, figure, col == YTD_COL,
                                        self.table.item(row, 0).text(), self.window())
        self.last_dialog.show()


def add_scorecard_tab(dialog, app, dealer_id: int) -> DealerScorecardPanel:
    """Give a dealer file dialog (``dialog.ui.tabs``) its 'Scorecard' tab."""
    panel = DealerScorecardPanel(app, dealer_id, dialog)
    dialog.ui.tabs.addTab(panel, panel.tab_title())
    dialog.scorecard_panel = panel
    return panel
