"""Negotiation settings, tab 'Agenda templates': the branch's agenda of each meeting kind, where a
step left as the SOP has it stays tied to the SOP's wording. A mixin of ``NegotiationSettingsDialog``;
its strings are translated under this class's name.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QPushButton, QTableWidget

from desktop.i18n import t
from desktop.rules.negotiation.meeting_records import AgendaStep, AgendaTemplate
from desktop.rules.negotiation.vocab import MEETING_KINDS
from desktop.ui.dossier.common import data_at, fill_combo, item, setup_table, text_at


class NegotiationSettingsAgenda:
    """Builds, shows and reads the agenda-templates tab (mixed into the dialog)."""

    def _agenda_tab(self) -> None:
        layout = self._page(self.tr("Agenda templates"))
        self.kind_combo = QComboBox(objectName="template_kind_combo")
        fill_combo(self.kind_combo, [(t(f"meeting.kind.{k}"), k) for k in MEETING_KINDS])
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._switch_kind())
        layout.addWidget(self.kind_combo)
        self.template_table = QTableWidget(objectName="template_table")
        setup_table(self.template_table, [self.tr("Step"), self.tr("Owner"), self.tr("Standard")], stretch=2)
        layout.addWidget(self.template_table, 1)
        add, remove, reset = QPushButton(self.tr("Add step")), QPushButton(self.tr("Remove step")), QPushButton(self.tr("Back to the SOP"))
        add.clicked.connect(lambda: self._add_step(AgendaStep()))
        remove.clicked.connect(lambda: self.template_table.removeRow(self.template_table.currentRow()))
        reset.clicked.connect(self._reset_template)
        self._row_buttons(layout, add, remove, reset)
        self.templates: dict[str, AgendaTemplate] = {}  # each kind's template, with the edits made so far
        self._loaded_templates: dict[str, AgendaTemplate] = {}
        self._shown_kind: str | None = None

    def _add_step(self, step: AgendaStep) -> None:
        row = self.template_table.rowCount()
        self.template_table.insertRow(row)
        self.template_table.setItem(row, 0, item(step.shown_title(), data=(step.id, step.code)))
        self.template_table.setItem(row, 1, item(step.shown_owner()))
        self.template_table.setItem(row, 2, item(step.shown_standard()))

    def _show_templates(self, templates) -> None:
        self.templates, self._loaded_templates = dict(templates), dict(templates)
        self._shown_kind = None
        self._show_template()

    def _switch_kind(self) -> None:
        """Another meeting kind chosen: the shown kind's edits are kept (saved with the others)."""
        self._keep_shown()
        self._show_template()

    def _keep_shown(self) -> None:
        kind = self._shown_kind
        if kind in self.templates:
            self.templates[kind] = replace(self.templates[kind], kind=kind, steps=self._template_steps())

    def _show_template(self) -> None:
        kind = self.kind_combo.currentData()
        template = self.templates.get(kind)
        self._refill(self.template_table, template.steps if template else [], self._add_step)
        self._shown_kind = kind

    def _reset_template(self) -> None:
        from desktop.rules.negotiation.agenda import default_steps

        self._refill(self.template_table, default_steps(self.kind_combo.currentData()), self._add_step)

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

    def _collect_templates(self) -> list[AgendaTemplate]:
        """The templates to save: every kind's that was changed here (switching kinds loses nothing)."""
        self._keep_shown()
        return [template for kind, template in self.templates.items() if template != self._loaded_templates.get(kind)]
