"""Main-window section 'Scorecards' (经营记分卡): every dealer's figures for a month in one table, a
traffic light per dealer against its contract; double-click a figure for the rows behind it. The
figures are read off the GUI thread (``services.aftersales.scorecard.branch``). GUI thread.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView,
                               QVBoxLayout, QWidget)

from desktop.rules.aftersales.records import ScorecardLine
from desktop.services.aftersales import scorecard
from desktop.services.aftersales.share import premium_scales
from desktop.ui.aftersales.branch_model import FIGURES, FIRST_FIGURE, LIGHT_COL, SHARE_COL, BranchScorecardModel
from desktop.ui.aftersales.figures import label, short_label
from desktop.ui.aftersales.scorecard_tab import recent_months
from desktop.ui.change_bus import Change
from desktop.ui.operations import QueryOp

ESSENTIAL = {0, FIRST_FIGURE, FIRST_FIGURE + 4, FIRST_FIGURE + 5, FIRST_FIGURE + 6, SHARE_COL, LIGHT_COL}
SECONDARY_HIDDEN = {1, 2, FIRST_FIGURE + 1, FIRST_FIGURE + 2}  # shown from the Columns menu


class BranchScorecardView(QWidget):
    loaded = Signal()

    def __init__(self, app, today=date.today) -> None:
        super().__init__()
        self.app = app
        self.lines: list[ScorecardLine] = []
        self.scales: dict = {}
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
        self.sales_button = QPushButton(self.tr("Import new-car &sales…"), objectName="import_sales_button")
        self.sales_button.clicked.connect(lambda: self.import_sales())
        self.history_button = QPushButton(self.tr("Import hist&ory…"), objectName="list_history_button")
        self.history_button.clicked.connect(self.show_history)
        self.guidance_button = QPushButton(self.tr("Print repair g&uidance list…"), objectName="print_guidance_button")
        self.guidance_button.clicked.connect(lambda: self.print_guidance())
        lang = app.lang
        figures = [(label(f, lang), short_label(f, lang)) for f, _r in FIGURES]
        headers = [(self.tr("Dealer"),) * 2, (self.tr("Team"),) * 2, (self.tr("Contract"),) * 2] + figures + \
            [(label("share", lang), self.tr("Our share")), (self.tr("Light"),) * 2]
        lights = {"green": self.tr("On track"), "amber": self.tr("At risk"), "red": self.tr("Missed")}
        self.model = BranchScorecardModel([(short, full) for full, short in headers], lights, lang, self)
        self.table = QTableView(objectName="branch_scorecard_table")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setSortingEnabled(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.ElideRight)
        for col, width in enumerate([200, 56, 110] + [80] * len(FIGURES) + [80, 76]):
            self.table.setColumnWidth(col, width)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)  # the name takes what the figures leave
        self.table.horizontalHeader().setMinimumSectionSize(40)
        self.table.doubleClicked.connect(lambda index: self.open_behind(index.row(), index.column()))
        from desktop.ui.toolkit.columns import ColumnLayout

        self.columns = ColumnLayout(self.table, "branch_scorecard", ESSENTIAL, SECONDARY_HIDDEN)
        bar.addWidget(self.columns.button(self.tr("Colum&ns"), self))
        actions = QHBoxLayout()
        for button in (self.policies_button, self.claims_button, self.sales_button, self.history_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.guidance_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(self.tr("Double-click a figure to see the policies or claims behind it. Right-click the "
                                        "headings (or Columns) to show or hide columns.")))
        app.bus.changed.connect(self._on_changed)

    @property
    def month(self) -> str:
        return self.month_combo.currentText()

    def reload(self) -> None:
        ctx, month = self.app.ctx, self.month
        QueryOp(self, lambda: (scorecard.branch(ctx, month), premium_scales(ctx)), self._loaded).latest("branch").run()

    def _loaded(self, found) -> None:
        """The worker's plain list goes to the model as it is: the cells are worked out when painted."""
        lines, self.scales = found
        self.lines = lines
        self.model.set_lines(lines, self.scales)
        red = sum(1 for line in lines if line.light == "red")
        self.count_label.setText(self.tr("{0} dealers, {1} missing a term").format(len(lines), red))
        self.loaded.emit()

    def open_behind(self, row: int, col: int) -> None:
        index = col - FIRST_FIGURE
        if not 0 <= row < len(self.lines) or not 0 <= index <= len(FIGURES):
            return
        from desktop.ui.aftersales.behind_dialog import BehindDialog

        line = self.lines[row]
        figure = FIGURES[index][0] if index < len(FIGURES) else "premium"  # the share: the premium behind it
        title = f"{line.dealer_name} · {self.model.headerData(col, Qt.Horizontal)}"
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

    def import_sales(self, path: str | None = None) -> None:
        """Pick a sheet of dealers' monthly new-car sales and preview its import (``SalesImportDialog``)."""
        from desktop.ui.aftersales.sales_dialog import SalesImportDialog
        from desktop.ui.toolkit.file_dialogs import open_file_name

        path = path or open_file_name(self, self.tr("Choose the sheet of new-car sales"), "",
                                      self.tr("Spreadsheets (*.xlsx *.xlsm *.xlsb *.xls *.ods *.csv)"))
        if not path:
            return
        self.last_dialog = SalesImportDialog(self.app, path, self.window())
        self.last_dialog.show()

    def show_history(self) -> None:
        """The imports of policy and claims lists, each of which can be undone."""
        from desktop.ui.aftersales.list_history import ListHistoryDialog

        dialog = getattr(self, "history_dialog", None)
        if dialog is None:
            dialog = self.history_dialog = ListHistoryDialog(self.app, self.window())
        else:
            dialog.reload()
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def print_guidance(self, target: str | None = None):
        from desktop.ui.aftersales.print_actions import print_guidance

        return print_guidance(self, self.app, target)

    def _on_changed(self, kinds) -> None:
        if Change.AFTERSALES in kinds or Change.CONTRACTS in kinds:
            self.reload()
