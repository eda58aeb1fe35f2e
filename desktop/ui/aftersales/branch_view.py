"""Main-window section 'Scorecards' (经营记分卡): every dealer's figures for a month in one table, a
traffic light per dealer against its contract; double-click a figure for the rows behind it. The
figures are read off the GUI thread (``services.aftersales.scorecard.branch``). GUI thread.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from desktop.rules.aftersales.records import ScorecardLine
from desktop.services.aftersales import scorecard
from desktop.ui.aftersales.figures import brush, label, value
from desktop.ui.aftersales.scorecard_tab import recent_months
from desktop.ui.change_bus import Change
from desktop.ui.operations import QueryOp

# (figure, is a rate) after the dealer's name, team and contract; the light last.
FIGURES = (("premium", False), ("premium_new_car", False), ("premium_renewal", False), ("referral_amount", False),
           ("referral_ratio", True), ("new_car_rate", True), ("renewal_rate", True))
FIRST_FIGURE = 3


class BranchScorecardView(QWidget):
    loaded = Signal()

    def __init__(self, app, today=date.today) -> None:
        super().__init__()
        self.app = app
        self.lines: list[ScorecardLine] = []
        self.last_dialog = None
        self.setObjectName("branch_scorecard_view")
        self.month_combo = QComboBox(objectName="branch_month_combo")
        self.month_combo.addItems(recent_months(today()))
        self.month_combo.currentIndexChanged.connect(lambda _i: self.reload())
        month_label = QLabel(self.tr("&Month:"))
        month_label.setBuddy(self.month_combo)
        self.count_label = QLabel(objectName="branch_count_label")
        bar = QHBoxLayout()
        bar.addWidget(month_label)
        bar.addWidget(self.month_combo)
        bar.addWidget(self.count_label, 1)
        self.policies_button = QPushButton(self.tr("Import &policy list…"), objectName="import_policies_button")
        self.policies_button.clicked.connect(lambda: self.import_list("policies"))
        self.claims_button = QPushButton(self.tr("Import c&laims list…"), objectName="import_claims_button")
        self.claims_button.clicked.connect(lambda: self.import_list("claims"))
        bar.addWidget(self.policies_button)
        bar.addWidget(self.claims_button)
        lang = app.lang
        headers = [self.tr("Dealer"), self.tr("Team"), self.tr("Contract")] + [label(f, lang) for f, _r in FIGURES] + [self.tr("Light")]
        self.table = QTableWidget(0, len(headers), objectName="branch_scorecard_table")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setSortingEnabled(False)
        for col, width in enumerate([210, 56, 110] + [84] * len(FIGURES) + [70]):  # the whole row in view at 1024 wide
            self.table.setColumnWidth(col, width)
        self.table.cellDoubleClicked.connect(self.open_behind)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(self.tr("Double-click a figure to see the policies or claims behind it.")))
        app.bus.changed.connect(self._on_changed)

    @property
    def month(self) -> str:
        return self.month_combo.currentText()

    def reload(self) -> None:
        ctx, month = self.app.ctx, self.month
        QueryOp(self, lambda: scorecard.branch(ctx, month), self._loaded).latest("branch").run()

    def _loaded(self, lines: list[ScorecardLine]) -> None:
        self.lines = lines
        lang = self.app.lang
        table = self.table
        table.setUpdatesEnabled(False)
        table.setRowCount(len(lines))
        lights = {"green": self.tr("On track"), "amber": self.tr("At risk"), "red": self.tr("Missed")}
        for i, line in enumerate(lines):
            cells = [line.dealer_name, line.team, line.contract_number] + [value(line.figures, f, rate, lang) for f, rate in FIGURES]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col >= FIRST_FIGURE:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                table.setItem(i, col, item)
            light = line.light
            item = QTableWidgetItem(("● " + lights[light]) if light else "")
            colour = brush(light)
            if colour is not None:
                item.setForeground(colour)
            table.setItem(i, len(cells), item)
        table.setUpdatesEnabled(True)
        red = sum(1 for line in lines if line.light == "red")
        self.count_label.setText(self.tr("{0} dealers, {1} missing a term").format(len(lines), red))
        self.loaded.emit()

    def open_behind(self, row: int, col: int) -> None:
        index = col - FIRST_FIGURE
        if not 0 <= row < len(self.lines) or not 0 <= index < len(FIGURES):
            return
        from desktop.ui.aftersales.behind_dialog import BehindDialog

        line = self.lines[row]
        figure = FIGURES[index][0]
        title = f"{line.dealer_name} · {self.table.horizontalHeaderItem(col).text()}"
        self.last_dialog = BehindDialog(self.app, line.dealer_id, self.month, figure, False, title, self.window())
        self.last_dialog.show()

    def import_list(self, kind: str, path: str | None = None) -> None:
        """Pick the core system's export and preview its import (``ListImportDialog``)."""
        from desktop.ui.aftersales.import_dialog import ListImportDialog
        from desktop.ui.toolkit.file_dialogs import open_file_name

        path = path or open_file_name(self, self.tr("Choose the list exported from the core system"), "",
                                      self.tr("Spreadsheets (*.xlsx *.xlsm *.xlsb *.xls *.ods *.csv)"))
        if not path:
            return
        self.last_dialog = ListImportDialog(self.app, kind, path, self.window())
        self.last_dialog.show()

    def _on_changed(self, kinds) -> None:
        if Change.AFTERSALES in kinds or Change.CONTRACTS in kinds:
            self.reload()
