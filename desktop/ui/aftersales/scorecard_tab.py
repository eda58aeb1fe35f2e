"""The dealer file's 'Scorecard' tab: the month and the year to date — premium, referrals, new-car
and renewal rates — each against the contract's term with a traffic light, and a twelve-month trend.
Double-click a figure: the policies or claims behind it. Loaded through ``ui/operations.py``. GUI thread.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.rules.aftersales.records import Scorecard
from desktop.rules.aftersales.share import dealer_volume, share
from desktop.rules.money import fmt_yuan
from desktop.services.aftersales import sales, scorecard
from desktop.services.aftersales.share import premium_scales
from desktop.ui.change_bus import Change
from desktop.ui.aftersales.figures import ROWS, brush, label, share_text, status_text, target_text, value
from desktop.ui.aftersales.trend import TrendChart
from desktop.ui.operations import CollectionOp, QueryOp

MONTH_COL, YTD_COL = 1, 2
SHARE_ROW = len(ROWS)  # our share of the dealer's insurance, below the figures


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
        self.scale = None  # the dealer's yearly premium scale (the share's denominator)
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
        self.table = QTableWidget(len(ROWS) + 1, 5, objectName="scorecard_table")
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
        self.months_button = QPushButton(self.tr("Sales by mon&th…"), objectName="scorecard_months_button")
        self.months_button.clicked.connect(self.edit_months)
        self.codes_button = QPushButton(self.tr("Co&des in the lists…"), objectName="scorecard_codes_button")
        self.codes_button.clicked.connect(self.edit_codes)
        self.review_button = QPushButton(self.tr("&Review for the dealer…"), objectName="scorecard_review_button")
        self.review_button.setToolTip(self.tr("The monthly review to hand the dealer: its figures and our referrals, nothing internal"))
        self.review_button.clicked.connect(lambda: self.print_review(internal=False))
        self.internal_button = QPushButton(self.tr("&Internal review…"), objectName="scorecard_internal_button")
        self.internal_button.setToolTip(self.tr("The monthly review for our own team: plus fees, each term, the referral balance, owners' notes"))
        self.internal_button.clicked.connect(lambda: self.print_review(internal=True))
        sales_bar = QHBoxLayout()
        sales_bar.addWidget(sales_label)
        sales_bar.addWidget(self.sales_spin)
        sales_bar.addWidget(self.sales_button)
        sales_bar.addWidget(self.months_button)
        sales_bar.addStretch(1)
        sales_bar.addWidget(self.codes_button)
        sales_bar.addWidget(self.review_button)
        sales_bar.addWidget(self.internal_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(sales_bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint_label)
        layout.addWidget(QLabel(self.tr("Premium, last twelve months")))
        layout.addWidget(self.trend)
        self.reload()

    def tab_title(self) -> str:
        return scorecard_tab_title()

    @property
    def month(self) -> str:
        return self.month_combo.currentText()

    def reload(self) -> None:
        ctx, dealer_id, month = self.app.ctx, self.dealer_id, self.month
        QueryOp(self, lambda: (scorecard.of_dealer(ctx, dealer_id, month), premium_scales(ctx, [dealer_id]).get(dealer_id)),
                self._loaded).latest("scorecard").run()

    def _loaded(self, found) -> None:
        card, self.scale = found
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
        self._show_share(card)
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

    def _show_share(self, card: Scorecard) -> None:
        """Our premium ÷ the dealer's whole insurance premium: its yearly premium scale (dealer file) prorated."""
        lang, scale = self.app.lang, self.scale
        now, ytd = share(card.figures.premium, scale, 1), share(card.ytd.premium, scale, card.ytd.months)
        for col, text in enumerate((label("share", lang), share_text(now), share_text(ytd), "", "")):
            item = QTableWidgetItem(text)
            if col in (1, 2):
                item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
            self.table.setItem(SHARE_ROW, col, item)
        if scale is None:
            tip = self.tr("Unknown: the dealer file has no premium scale (自有保费规模, the dealer's insurance premium a year "
                          "with every insurer). Enter it on the Visit findings tab.")
        else:
            tip = self.tr("Our premium ÷ the dealer's insurance premium in the period: its premium scale {0} a year, {1} a month "
                          "(from the dealer file).").format(fmt_yuan(scale, lang), fmt_yuan(dealer_volume(scale, 1), lang))
        for col in range(3):
            self.table.item(SHARE_ROW, col).setToolTip(tip)

    def edit_months(self) -> None:
        """The dealer's sales month by month, for the year of the month shown."""
        from desktop.ui.aftersales.sales_dialog import SalesGridDialog

        name = self.card.dealer_name if self.card is not None else ""
        self.last_dialog = SalesGridDialog(self.app, self.dealer_id, name, int(self.month[:4]), self)
        self.last_dialog.saved.connect(lambda _n: self.reload())
        self.last_dialog.open()

    def edit_codes(self) -> None:
        from desktop.ui.aftersales.codes_dialog import DealerCodesDialog

        name = self.card.dealer_name if self.card is not None else ""
        self.last_dialog = DealerCodesDialog(self.app, self.dealer_id, name, self)
        self.last_dialog.open()

    def print_review(self, *, internal: bool, target: str | None = None):
        from desktop.ui.aftersales.print_actions import print_review

        name = self.card.dealer_name if self.card is not None else str(self.dealer_id)
        return print_review(self, self.app, self.dealer_id, name, self.month, internal=internal, target=target)

    def save_sales(self) -> None:
        """The month's new-car sales as typed (the base of 新车承保率)."""
        ctx, dealer_id, month, units = self.app.ctx, self.dealer_id, self.month, self.sales_spin.value()
        CollectionOp(self, lambda: sales.set_units(ctx, dealer_id, month, units), lambda _r: self.reload()) \
            .announces(self.app.bus, Change.AFTERSALES).run()

    def open_behind(self, row: int, col: int) -> None:
        if col not in (MONTH_COL, YTD_COL) or not 0 <= row <= len(ROWS):
            return
        from desktop.ui.aftersales.behind_dialog import BehindDialog

        figure = ROWS[row][0] if row < len(ROWS) else "premium"  # the share: the premium behind it
        self.last_dialog = BehindDialog(self.app, self.dealer_id, self.month, figure, col == YTD_COL,
                                        self.table.item(row, 0).text(), self.window())
        self.last_dialog.show()


def scorecard_tab_title() -> str:
    """The tab's title before its panel exists (the dealer file builds it when first shown)."""
    return QCoreApplication.translate("DealerScorecardPanel", "Scorecard")
