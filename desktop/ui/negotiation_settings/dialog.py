"""The branch's negotiation settings in one dialog: classification thresholds and mainstream brands,
fee caps per region (报行合一), approvers and the rank mapping (级别对等), cooperation models, agenda
templates, the repair-resource table with its Excel import, and our advantages with their figures.

GUI thread; loads and saves through ``desktop.ui.operations`` (one write per Save, announced as Change.DOSSIER).
One mixin module per tab: ``negotiation_settings_dialog_classification``, ``_caps``, ``_ranks``,
``_models``, ``_agenda``, ``_resources`` (each builds its tab, shows the loaded settings, reads them back).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop.rules.negotiation.vocab import APPROVER_ROLE, MEETING_KINDS
from desktop.rules.errors import RuleError
from desktop.services.negotiation import advantages, resources
from desktop.services.negotiation import settings
from desktop.services.office import staff as staff_service
from desktop.ui.change_bus import Change
from desktop.ui.operations import CollectionOp, QueryOp
from desktop.ui.negotiation_settings.advantages import NegotiationSettingsAdvantages
from desktop.ui.negotiation_settings.agenda import NegotiationSettingsAgenda
from desktop.ui.negotiation_settings.caps import NegotiationSettingsCaps
from desktop.ui.negotiation_settings.classification import NegotiationSettingsClassification
from desktop.ui.negotiation_settings.models import NegotiationSettingsModels
from desktop.ui.negotiation_settings.ranks import NegotiationSettingsRanks
from desktop.ui.negotiation_settings.resources import NegotiationSettingsResources
from desktop.ui.toolkit.widgets import split_list
from desktop.ui.toolkit.layout_memory import remember_geometry


class NegotiationSettingsDialog(NegotiationSettingsClassification, NegotiationSettingsCaps, NegotiationSettingsRanks,
                                NegotiationSettingsModels, NegotiationSettingsAgenda, NegotiationSettingsResources,
                                NegotiationSettingsAdvantages, QDialog):
    def __init__(self, app, parent=None) -> None:
        super().__init__(parent)
        self.app = app
        self.setObjectName("negotiation_settings_dialog")
        self.setWindowTitle(self.tr("Negotiation settings"))
        self.resize(860, 560)
        remember_geometry(self, "branch_settings")
        self.data = None
        self.tabs = QTabWidget(objectName="settings_tabs")
        self._classification_tab()
        self._caps_tab()
        self._people_tab()
        self._models_tab()
        self._agenda_tab()
        self._resources_tab()
        self._advantages_tab()
        self.message_label = QLabel(objectName="settings_message_label", wordWrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Close, objectName="settings_buttons")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message_label)
        layout.addWidget(buttons)
        self.load()

    # --- building --------------------------------------------------------------------------------
    def _page(self, title: str) -> QVBoxLayout:
        page = QWidget()
        self.tabs.addTab(page, title)
        return QVBoxLayout(page)

    def _row_buttons(self, layout, *buttons) -> None:
        bar = QHBoxLayout()
        for b in buttons:
            bar.addWidget(b)
        bar.addStretch(1)
        layout.addLayout(bar)

    def _refill(self, table, rows, add) -> None:
        """Empty ``table`` and add ``rows`` again, each through ``add``."""
        table.setRowCount(0)
        for row in rows:
            add(row)

    # --- loading ------------------------------------------------------------------------------------
    def load(self) -> None:
        ctx = self.app.ctx

        def work():
            return dict(cfg=settings.classification_settings(ctx), caps=settings.fee_caps(ctx), roles=settings.user_roles(ctx),
                        mapping=settings.rank_requirements(ctx), ranks=staff_service.ranks(ctx),
                        models=settings.cooperation_models(ctx, include_inactive=True), resources=resources.list_resources(ctx),
                        templates={k: settings.agenda_template(ctx, k) for k in MEETING_KINDS},
                        advantages=advantages.advantages(ctx))

        QueryOp(self, work, self._loaded).latest("load").run()

    def _loaded(self, data: dict) -> None:
        self.data = data
        self._show_classification(data["cfg"])
        self._refill(self.caps_table, data["caps"], self._add_cap)
        self._show_people(data)
        self._refill(self.models_table, data["models"], self._add_model)
        self._show_templates(data["templates"])
        self._show_resources(data["resources"])
        self._show_advantages(data["advantages"])

    # --- saving -------------------------------------------------------------------------------------
    def collect(self):
        cfg = self._collect_classification()
        caps = self._collect_caps()
        mapping = self._collect_mapping()
        models = self._collect_models()
        templates = self._collect_templates()
        return cfg, caps, split_list(self.approvers_edit.text()), mapping, models, templates, self._collect_advantages()

    def save(self) -> None:
        from decimal import Decimal, InvalidOperation

        try:
            cfg, caps, approvers, mapping, models, templates, figures = self.collect()
            cfg = replace(cfg, loss_ratio_max=Decimal(str(cfg.loss_ratio_max)), sales_large_min=int(Decimal(str(cfg.sales_large_min))),
                          premium_large_min=Decimal(str(cfg.premium_large_min)))
        except RuleError as err:  # an advantage without its source or month: marked at its fields
            self.message_label.setText(self.advantage_problems(err))
            return
        except (InvalidOperation, ValueError):
            self.message_label.setText(self.tr("Thresholds must be numbers."))
            return
        ctx = self.app.ctx

        def work():
            settings.save_classification_settings(ctx, cfg)
            settings.save_fee_caps(ctx, caps)
            settings.set_role_holders(ctx, APPROVER_ROLE, approvers)
            settings.save_rank_requirements(ctx, mapping)
            for m in models:
                if m.audit.version == 0 or m != next(x for x in self.data["models"] if x.code == m.code):
                    settings.save_cooperation_model(ctx, m)
            for template in templates:
                settings.save_agenda_template(ctx, template)
            advantages.save_advantages(ctx, figures)

        def saved(_r) -> None:
            self.message_label.setText(self.tr("Settings saved."))
            self.load()

        CollectionOp(self, work, saved).failure(self._failed).announces(self.app.bus, Change.DOSSIER).run()

    def _failed(self, err: BaseException) -> None:
        from desktop.ui.toolkit.errors import message_for

        self.message_label.setText(message_for(err))
        self.load()
