"""The branch's negotiation settings in one dialog: classification thresholds and mainstream brands,
fee caps per region (报行合一), approvers and the rank mapping (级别对等), cooperation models, agenda
templates, and the repair-resource table with its Excel import.

GUI thread; loads and saves through ``desktop.ui.tasks`` (one write per Save, announced as "dossier").
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QSpinBox, QTableWidget, QTabWidget, QVBoxLayout, QWidget)

from desktop.i18n import t
from desktop.rules.negotiation_meeting_records import AgendaStep, AgendaTemplate
from desktop.rules.negotiation_records import CooperationModel, FeeCap
from desktop.rules.negotiation_vocab import APPROVER_ROLE, LINES, MEETING_KINDS
from desktop.rules.vocab import PERSON_ROLES
from desktop.services import negotiation_resources as resources
from desktop.services import negotiation_settings as settings
from desktop.services import staff as staff_service
from desktop.ui.tasks import CollectionOp, QueryOp
from desktop.ui.views.dossier_common import check_item, checked_at, data_at, fill_combo, item, setup_table, text_at
from desktop.ui.widgets import format_number, join_list, split_list


def _spin(low: int, high: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    return box


class NegotiationSettingsDialog(QDialog):
    def __init__(self, app, parent=None) -> None:
        super().__init__(parent)
        self.app = app
        self.setObjectName("negotiation_settings_dialog")
        self.setWindowTitle(self.tr("Negotiation settings"))
        self.resize(860, 560)
        self.data = None
        self.tabs = QTabWidget(objectName="settings_tabs")
        self._classification_tab()
        self._caps_tab()
        self._people_tab()
        self._models_tab()
        self._agenda_tab()
        self._resources_tab()
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

    def _classification_tab(self) -> None:
        form = QFormLayout()
        self.loss_edit, self.sales_edit, self.premium_edit = QLineEdit(), QLineEdit(), QLineEdit()
        self.rating_spin, self.months_spin = _spin(1, 5), _spin(0, 240)
        self.repair_spin, self.network_spin, self.years_spin = _spin(0, 100), _spin(0, 100), _spin(1, 20)
        self.scale_combo = QComboBox()
        fill_combo(self.scale_combo, [(self.tr("Either figure reaches its threshold"), "any"), (self.tr("Both figures reach"), "all")])
        self.brands_edit = QLineEdit(objectName="mainstream_brands_edit")
        for text, widget in ((self.tr("Good quality: loss ratio at most (%)"), self.loss_edit),
                             (self.tr("Good quality: manager's rating at least"), self.rating_spin),
                             (self.tr("Large scale: annual sales at least"), self.sales_edit),
                             (self.tr("Large scale: premium scale at least (¥)"), self.premium_edit),
                             (self.tr("Large scale when"), self.scale_combo),
                             (self.tr("Newly established: founded within (months)"), self.months_spin),
                             (self.tr("Mainstream brands"), self.brands_edit),
                             (self.tr("Priority weight of repair resources"), self.repair_spin),
                             (self.tr("Priority weight of relationships"), self.network_spin),
                             (self.tr("Repair resources of the last N full years"), self.years_spin)):
            form.addRow(text, widget)
        self._page(self.tr("Classification")).addLayout(form)

    def _caps_tab(self) -> None:
        layout = self._page(self.tr("Fee caps"))
        layout.addWidget(QLabel(self.tr("报行合一: a rate above its cap is flagged and cannot be approved. Region: a city or "
                                        "province; blank applies everywhere.")))
        self.caps_table = QTableWidget(objectName="caps_table")
        setup_table(self.caps_table, [self.tr("Region"), self.tr("Line"), self.tr("Cap (%)")], stretch=0)
        layout.addWidget(self.caps_table, 1)
        add, remove = QPushButton(self.tr("Add cap")), QPushButton(self.tr("Remove cap"))
        add.clicked.connect(lambda: self._add_cap(FeeCap()))
        remove.clicked.connect(lambda: self.caps_table.removeRow(self.caps_table.currentRow()))
        self._row_buttons(layout, add, remove)

    def _people_tab(self) -> None:
        layout = self._page(self.tr("Approvers and ranks"))
        form = QFormLayout()
        self.approvers_edit = QLineEdit(objectName="approvers_edit")
        self.approvers_edit.setPlaceholderText(self.tr("Profile names, separated by 、 or commas"))
        form.addRow(self.tr("May approve policies"), self.approvers_edit)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Ranks matched (级别对等): the rank our most senior member needs for each counterpart")))
        self.ranks_table = QTableWidget(objectName="rank_mapping_table")
        setup_table(self.ranks_table, [self.tr("Counterpart"), self.tr("Our rank at least")], stretch=1)
        layout.addWidget(self.ranks_table, 1)

    def _models_tab(self) -> None:
        layout = self._page(self.tr("Cooperation models"))
        self.models_table = QTableWidget(objectName="models_table")
        setup_table(self.models_table, [self.tr("Code"), self.tr("English"), self.tr("Chinese"), self.tr("In use")], stretch=2)
        layout.addWidget(self.models_table, 1)
        add = QPushButton(self.tr("Add model"))
        add.clicked.connect(lambda: self._add_model(CooperationModel(active=True)))
        self._row_buttons(layout, add)

    def _agenda_tab(self) -> None:
        layout = self._page(self.tr("Agenda templates"))
        self.kind_combo = QComboBox(objectName="template_kind_combo")
        fill_combo(self.kind_combo, [(t(f"meeting.kind.{k}"), k) for k in MEETING_KINDS])
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._show_template())
        layout.addWidget(self.kind_combo)
        self.template_table = QTableWidget(objectName="template_table")
        setup_table(self.template_table, [self.tr("Step"), self.tr("Owner"), self.tr("Standard")], stretch=2)
        layout.addWidget(self.template_table, 1)
        add, remove, reset = QPushButton(self.tr("Add step")), QPushButton(self.tr("Remove step")), QPushButton(self.tr("Back to the SOP"))
        add.clicked.connect(lambda: self._add_step(AgendaStep()))
        remove.clicked.connect(lambda: self.template_table.removeRow(self.template_table.currentRow()))
        reset.clicked.connect(self._reset_template)
        self._row_buttons(layout, add, remove, reset)
        self.templates: dict[str, AgendaTemplate] = {}

    def _resources_tab(self) -> None:
        layout = self._page(self.tr("Repair resources"))
        self.resources_table = QTableWidget(objectName="resources_table")
        setup_table(self.resources_table, [self.tr("Brand"), self.tr("City"), self.tr("Year"), self.tr("Claims"),
                                           self.tr("Repair amount (¥)")], editable=False)
        layout.addWidget(self.resources_table, 1)
        self.import_button = QPushButton(self.tr("Import from Excel…"), objectName="import_resources_button")
        self.import_button.clicked.connect(self.choose_import)
        self._row_buttons(layout, self.import_button)

    # --- rows ---------------------------------------------------------------------------------------
    def _add_cap(self, cap: FeeCap) -> None:
        row = self.caps_table.rowCount()
        self.caps_table.insertRow(row)
        line = QComboBox()
        fill_combo(line, [(t(f"policy.line.{x}"), x) for x in LINES], cap.line)
        self.caps_table.setItem(row, 0, item(cap.region, data=(cap.id, cap.audit)))
        self.caps_table.setCellWidget(row, 1, line)
        self.caps_table.setItem(row, 2, item(format_number(cap.cap) if cap.id else ""))

    def _add_model(self, m: CooperationModel) -> None:
        row = self.models_table.rowCount()
        self.models_table.insertRow(row)
        for col, text in enumerate((m.code, m.name_en, m.name_zh)):
            self.models_table.setItem(row, col, item(text, editable=col > 0 or not m.code, data=m if col == 0 else None))
        self.models_table.setItem(row, 3, check_item(m.active))

    def _add_step(self, step: AgendaStep) -> None:
        row = self.template_table.rowCount()
        self.template_table.insertRow(row)
        self.template_table.setItem(row, 0, item(step.shown_title(), data=(step.id, step.code)))
        self.template_table.setItem(row, 1, item(step.shown_owner()))
        self.template_table.setItem(row, 2, item(step.shown_standard()))

    # --- loading ------------------------------------------------------------------------------------
    def load(self) -> None:
        ctx = self.app.ctx

        def work():
            return dict(cfg=settings.classification_settings(ctx), caps=settings.fee_caps(ctx), roles=settings.user_roles(ctx),
                        mapping=settings.rank_requirements(ctx), ranks=staff_service.ranks(ctx),
                        models=settings.cooperation_models(ctx, include_inactive=True), resources=resources.list_resources(ctx),
                        templates={k: settings.agenda_template(ctx, k) for k in MEETING_KINDS})

        QueryOp(self, work, self._loaded).latest("load").run()

    def _loaded(self, data: dict) -> None:
        self.data = data
        cfg = data["cfg"]
        self.loss_edit.setText(format_number(cfg.loss_ratio_max))
        self.rating_spin.setValue(cfg.rating_min)
        self.sales_edit.setText(format_number(cfg.sales_large_min))
        self.premium_edit.setText(format_number(cfg.premium_large_min))
        self.scale_combo.setCurrentIndex(max(self.scale_combo.findData(cfg.scale_rule), 0))
        self.months_spin.setValue(cfg.new_within_months)
        self.brands_edit.setText(join_list(cfg.mainstream_brands))
        self.repair_spin.setValue(cfg.repair_weight)
        self.network_spin.setValue(cfg.network_weight)
        self.years_spin.setValue(cfg.repair_years)
        self.caps_table.setRowCount(0)
        for cap in data["caps"]:
            self._add_cap(cap)
        self.approvers_edit.setText(join_list(data["roles"].get(APPROVER_ROLE, [])))
        self.ranks_table.setRowCount(len(PERSON_ROLES))
        ranks = [("", "")] + [(r.name(self.app.lang), r.code) for r in data["ranks"]]
        for row, role in enumerate(PERSON_ROLES):
            self.ranks_table.setItem(row, 0, item(t(f"role.{role}"), editable=False, data=role))
            combo = QComboBox()
            fill_combo(combo, ranks, data["mapping"].get(role, ""))
            self.ranks_table.setCellWidget(row, 1, combo)
        self.models_table.setRowCount(0)
        for m in data["models"]:
            self._add_model(m)
        self.templates = dict(data["templates"])
        self._show_template()
        self.resources_table.setRowCount(len(data["resources"]))
        for row, r in enumerate(data["resources"]):
            for col, text in enumerate((r.brand, r.city, str(r.year), f"{r.claim_count:,}", format_number(r.repair_amount))):
                self.resources_table.setItem(row, col, item(text, editable=False))

    def _show_template(self) -> None:
        template = self.templates.get(self.kind_combo.currentData())
        self.template_table.setRowCount(0)
        for step in template.steps if template else []:
            self._add_step(step)

    def _reset_template(self) -> None:
        from desktop.rules.agenda import default_steps

        self.template_table.setRowCount(0)
        for step in default_steps(self.kind_combo.currentData()):
            self._add_step(step)

    # --- saving -------------------------------------------------------------------------------------
    def _template_steps(self) -> list[AgendaStep]:
        steps = []
        for r in range(self.template_table.rowCount()):
            sid, code = data_at(self.template_table, r, 0)
            default = AgendaStep(code=code)
            texts = [text_at(self.template_table, r, c) for c in range(3)]
            shown = (default.shown_title(), default.shown_owner(), default.shown_standard())
            own = [x if not code or x != d else "" for x, d in zip(texts, shown)]
            steps.append(AgendaStep(sid, code, *own))
        return steps

    def collect(self):
        cfg = replace(self.data["cfg"], loss_ratio_max=self.loss_edit.text().strip() or "0", rating_min=self.rating_spin.value(),
                      sales_large_min=self.sales_edit.text().replace(",", "").strip() or "0",
                      premium_large_min=self.premium_edit.text().replace(",", "").strip() or "0",
                      scale_rule=self.scale_combo.currentData(), new_within_months=self.months_spin.value(),
                      mainstream_brands=split_list(self.brands_edit.text()), repair_weight=self.repair_spin.value(),
                      network_weight=self.network_spin.value(), repair_years=self.years_spin.value())
        caps = []
        for r in range(self.caps_table.rowCount()):
            cap_id, audit = data_at(self.caps_table, r, 0) or (None, None)
            caps.append(FeeCap(cap_id, text_at(self.caps_table, r, 0), self.caps_table.cellWidget(r, 1).currentData(),
                               text_at(self.caps_table, r, 2), audit or FeeCap().audit))
        mapping = {data_at(self.ranks_table, r, 0): self.ranks_table.cellWidget(r, 1).currentData()
                   for r in range(self.ranks_table.rowCount())}
        models = []
        for r in range(self.models_table.rowCount()):
            base = data_at(self.models_table, r, 0) or CooperationModel()
            models.append(replace(base, code=text_at(self.models_table, r, 0), name_en=text_at(self.models_table, r, 1),
                                  name_zh=text_at(self.models_table, r, 2), active=checked_at(self.models_table, r, 3),
                                  position=r))
        kind = self.kind_combo.currentData()
        template = replace(self.templates[kind], kind=kind, steps=self._template_steps())
        return cfg, caps, split_list(self.approvers_edit.text()), mapping, models, template

    def save(self) -> None:
        from decimal import Decimal, InvalidOperation

        try:
            cfg, caps, approvers, mapping, models, template = self.collect()
            cfg = replace(cfg, loss_ratio_max=Decimal(str(cfg.loss_ratio_max)), sales_large_min=int(Decimal(str(cfg.sales_large_min))),
                          premium_large_min=Decimal(str(cfg.premium_large_min)))
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
            settings.save_agenda_template(ctx, template)

        def saved(_r) -> None:
            self.message_label.setText(self.tr("Settings saved."))
            self.load()

        CollectionOp(self, work, saved).failure(self._failed).announces(self.app.bus, "dossier").run()

    def _failed(self, err: BaseException) -> None:
        from desktop.ui.errors import message_for

        self.message_label.setText(message_for(err))
        self.load()

    def choose_import(self) -> None:
        path, _f = QFileDialog.getOpenFileName(self, self.tr("Import repair resources"), "",
                                               self.tr("Workbooks (*.xlsx *.xls *.xlsm *.ods *.csv)"))
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> None:
        ctx = self.app.ctx

        def done(result) -> None:
            text = self.tr("Rows added: {0}; updated: {1}.").format(result.added, result.updated)
            if result.problems:
                text += " " + self.tr("Skipped: {0}").format("; ".join(f"{p.field} {p.message()}" for p in result.problems[:5]))
            self.message_label.setText(text)
            self.load()

        CollectionOp(self, lambda: resources.import_file(ctx, path), done).failure(self._failed) \
            .announces(self.app.bus, "dossier").run()
