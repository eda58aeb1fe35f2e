"""Section 'Pipeline': the territory by stage (surveyed → … → signed) with counts and a chart, the
dealers standing at a stage, and the ranked target list with the reason for each rank.
Double-clicking a dealer opens its dossier. Loads off the GUI thread through ``desktop.ui.operations``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QPushButton, QSplitter, QTableWidget, QTabWidget,
                               QVBoxLayout, QWidget)

from desktop.i18n import t
from desktop.rules.negotiation.priority import RANKED_TIERS
from desktop.services.dealers import listing
from desktop.services.negotiation import classification as negotiation
from desktop.services.negotiation import pipeline as pipeline_service
from desktop.ui.appservices import AppServices
from desktop.ui.change_bus import Change
from desktop.ui.toolkit.load_banner import LoadBanner
from desktop.ui.operations import QueryOp
from desktop.ui.dossier.common import item, setup_table
from desktop.ui.negotiation.pipeline_chart import PipelineChart
from desktop.ui.toolkit.widgets import format_number

MAX_LISTED = 500


class PipelineView(QWidget):
    status_message = Signal(str)
    loaded = Signal(object)  # the Pipeline after every load

    def __init__(self, app: AppServices, parent=None) -> None:
        super().__init__(parent)
        self.app = app
        self.setObjectName("pipeline_view")
        self.pipeline = None
        self.names: dict[int, tuple[str, str]] = {}
        self.targets: list = []
        self._build()
        self._timer = QTimer(self, singleShot=True, interval=300, timeout=self.reload)
        app.bus.changed.connect(self._on_changed)  # a bound method: disconnected when the view is deleted

    def _on_changed(self, kinds) -> None:
        if kinds & {Change.DOSSIER, Change.DEALERS, Change.CONTRACTS}:
            self._timer.start()

    def _build(self) -> None:
        self.chart = PipelineChart()
        self.chart.stage_clicked.connect(lambda row: self.stage_table.selectRow(row))
        self.stage_table = QTableWidget(objectName="stage_table")
        setup_table(self.stage_table, [self.tr("Stage"), self.tr("At this stage"), self.tr("Reached"), self.tr("Share reached")],
                    stretch=0, editable=False)
        self.stage_table.itemSelectionChanged.connect(self._show_stage)
        self.stage_dealers_table = QTableWidget(objectName="stage_dealers_table")
        setup_table(self.stage_dealers_table, [self.tr("Dealer"), self.tr("City")], stretch=0, editable=False)
        self.stage_dealers_table.doubleClicked.connect(lambda index: self._open_from(self.stage_dealers_table, index.row()))
        self.stage_label = QLabel(objectName="stage_label")
        self.refresh_button = QPushButton(self.tr("Refresh"), objectName="pipeline_refresh_button")
        self.refresh_button.clicked.connect(self.reload)
        self.settings_button = QPushButton(self.tr("Negotiation settings…"), objectName="negotiation_settings_button")
        self.settings_button.clicked.connect(self.open_settings)
        lower = QSplitter(objectName="pipeline_lower_splitter")
        lower.addWidget(self.stage_table)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.stage_label)
        side_layout.addWidget(self.stage_dealers_table)
        lower.addWidget(side)
        funnel = QWidget()
        funnel_layout = QVBoxLayout(funnel)
        funnel_layout.addWidget(self.chart, 1)
        funnel_layout.addWidget(lower, 1)

        self.tier_combo = QComboBox(objectName="tier_combo")
        self.tier_combo.addItem(self.tr("All targets"), None)
        for tier in RANKED_TIERS:
            self.tier_combo.addItem(t(f"cls.tier.{tier}"), tier)
        self.tier_combo.activated.connect(lambda _i: self._load_targets())
        self.targets_table = QTableWidget(objectName="targets_table")
        setup_table(self.targets_table, [self.tr("Tier"), self.tr("Rank in tier"), self.tr("Dealer"), self.tr("Score"),
                                         self.tr("Why this rank")], stretch=4, editable=False)
        self.targets_table.doubleClicked.connect(lambda index: self._open_from(self.targets_table, index.row()))
        targets = QWidget()
        targets_layout = QVBoxLayout(targets)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Tier:")))
        bar.addWidget(self.tier_combo)
        bar.addStretch(1)
        targets_layout.addLayout(bar)
        targets_layout.addWidget(self.targets_table, 1)

        self.tabs = QTabWidget(objectName="pipeline_tabs")
        self.tabs.addTab(funnel, self.tr("Pipeline"))
        self.tabs.addTab(targets, self.tr("Ranked targets"))
        self.tabs.currentChanged.connect(lambda i: self._load_targets() if i == 1 else None)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("The territory by stage of the SOP"), objectName="pipeline_title_label"), 1)
        top.addWidget(self.settings_button)
        top.addWidget(self.refresh_button)
        self.load_banner = LoadBanner(self.reload, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.load_banner)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

    # --- loading ------------------------------------------------------------------------------------
    def reload(self) -> None:
        ctx = self.app.ctx

        def work():
            pipe = pipeline_service.pipeline(ctx)
            return pipe, {r.id: (r.short_name or r.legal_name, r.city) for r in listing.list_rows(ctx)}

        QueryOp(self, work, self._loaded).latest("pipeline").in_place(self.load_banner).run()
        if self.tabs.currentIndex() == 1:
            self._load_targets()

    def _loaded(self, result) -> None:
        self.pipeline, self.names = result
        stages = self.pipeline.stages
        self.chart.set_bars([(t(f"neg.stage.{s.stage}"), s.reached, s.at_stage) for s in stages])
        total = max(self.pipeline.total, 1)
        current = max(self.stage_table.currentRow(), 0)
        self.stage_table.setRowCount(len(stages))
        for row, s in enumerate(stages):
            for col, text in enumerate((t(f"neg.stage.{s.stage}"), f"{s.at_stage:,}", f"{s.reached:,}",
                                        f"{100 * s.reached / total:.0f}%")):
                self.stage_table.setItem(row, col, item(text, editable=False, data=s.stage, number=col > 0))
        self.stage_table.selectRow(current)
        self._show_stage()
        self.status_message.emit(self.tr("{0} dealers in the territory").format(f"{self.pipeline.total:,}"))
        self.loaded.emit(self.pipeline)

    def _show_stage(self) -> None:
        row = self.stage_table.currentRow()
        if self.pipeline is None or row < 0:
            return
        stage = self.pipeline.stages[row].stage
        ids = sorted(d for d, s in self.pipeline.stage_of.items() if s == stage)
        shown = ids[:MAX_LISTED]
        self.stage_label.setText(self.tr("At “{0}”: {1} dealers").format(t(f"neg.stage.{stage}"), f"{len(ids):,}")
                                 + (self.tr(" (first {0} listed)").format(MAX_LISTED) if len(ids) > MAX_LISTED else ""))
        self.stage_dealers_table.setRowCount(len(shown))
        for r, dealer_id in enumerate(shown):
            name, city = self.names.get(dealer_id, (str(dealer_id), ""))
            self.stage_dealers_table.setItem(r, 0, item(name, editable=False, data=dealer_id))
            self.stage_dealers_table.setItem(r, 1, item(city, editable=False))

    def _load_targets(self) -> None:
        ctx, tier = self.app.ctx, self.tier_combo.currentData()
        QueryOp(self, lambda: negotiation.ranked_targets(ctx, tier), self._targets_loaded).latest("targets").in_place(self.load_banner).run()

    def _targets_loaded(self, targets) -> None:
        self.targets = targets
        shown = targets[:MAX_LISTED]
        self.targets_table.setRowCount(len(shown))
        for r, x in enumerate(shown):
            for col, text in enumerate((t(f"cls.tier.{x.tier}"), str(x.rank), x.name, format_number(x.score), x.explain())):
                self.targets_table.setItem(r, col, item(text, editable=False, data=x.dealer_id, number=col in (1, 3)))

    def open_settings(self) -> None:
        from desktop.ui.negotiation_settings.dialog import NegotiationSettingsDialog

        self.settings_dialog = NegotiationSettingsDialog(self.app, self)
        self.settings_dialog.open()

    # --- opening a dossier -----------------------------------------------------------------------------
    def _open_from(self, table: QTableWidget, row: int) -> None:
        cell = table.item(row, 0) if row >= 0 else None
        if cell is not None:
            self.open_in_dossier(cell.data(Qt.UserRole))

    def open_in_dossier(self, dealer_id: int) -> None:
        window = self.window()
        view = getattr(window, "sections", {}).get("dossier")
        if view is None:
            return
        view.open_dealer(dealer_id)
        nav = getattr(window, "nav_list", None)
        for i in range(nav.count() if nav else 0):
            if nav.item(i).data(Qt.UserRole) == "dossier":
                nav.setCurrentRow(i)
