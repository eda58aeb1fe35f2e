"""The negotiation itself: notes per agenda step, the result, agreed terms against the bottom lines
(a term beyond its bottom line is flagged as it is typed), next actions with owner and date.

GUI thread; database work through ``desktop.ui.operations``.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QWidget

from desktop.i18n import t
from desktop.rules.errors import RuleError
from desktop.rules.negotiation.checks import term_beyond
from desktop.rules.negotiation.meeting_records import AgreedTerm, NextAction, Outcome
from desktop.rules.negotiation.vocab import RESULTS
from desktop.rules.values import parse_date, parse_decimal
from desktop.services.negotiation import outcomes
from desktop.services.office import staff as staff_service
from desktop.ui.generated.ui_dossier_outcome import Ui_DossierOutcomePage
from desktop.ui.operations import QueryOp
from desktop.ui.dossier.common import (
    ERROR_COLOR,
    Page,
    check_item,
    checked_at,
    data_at,
    fill_combo,
    item,
    quiet,
    setup_table,
    text_at,
    watch_edits,
)
from desktop.ui.toolkit.widgets import format_number


class OutcomePage(Page):
    steps = ()

    def __init__(self, view, parent: QWidget | None = None) -> None:
        super().__init__(view, parent)
        self.ui = Ui_DossierOutcomePage()
        self.ui.setupUi(self)
        self.setObjectName("dossier_outcome_page")
        self.outcome = Outcome()
        self.meeting = None
        self.bottom_lines: dict = {}
        self.staff: list = []
        u = self.ui
        fill_combo(u.result_combo, [("", "")] + [(t(f"meeting.result.{r}"), r) for r in RESULTS])
        setup_table(u.step_notes_table, [self.tr("Step"), self.tr("Standard"), self.tr("What happened")], stretch=2)
        setup_table(u.terms_table, [self.tr("Bottom line"), self.tr("Item"), self.tr("Agreed value"), self.tr("Unit"),
                                    self.tr("Check")], stretch=1)
        setup_table(u.actions_table, [self.tr("Action"), self.tr("Owner"), self.tr("Due (yyyy-mm-dd)"), self.tr("Done")], stretch=0)
        for table, widths in ((u.step_notes_table, (220, 320)), (u.terms_table, (260, 160, 110, 60)), (u.actions_table, (320, 130, 130))):
            for col, width in enumerate(widths):
                table.setColumnWidth(col, width)
        u.add_term_button.clicked.connect(lambda: (self._add_term(AgreedTerm()), self.mark_dirty()))
        u.remove_term_button.clicked.connect(lambda: self._remove_row(u.terms_table))
        u.add_action_button.clicked.connect(lambda: (self._add_action(NextAction()), self.mark_dirty()))
        u.remove_action_button.clicked.connect(lambda: self._remove_row(u.actions_table))
        u.save_outcome_button.clicked.connect(self.save)
        u.terms_table.itemChanged.connect(lambda cell: self._check_term(cell.row()))
        watch_edits(self, self.mark_dirty)

    def widget_for(self, field: str):
        u = self.ui
        for prefix, widget in (("terms", u.terms_table), ("actions", u.actions_table)):
            if field.startswith(prefix):
                return widget
        return {"result": u.result_combo, "summary": u.summary_edit, "status": u.result_combo}.get(field)

    # --- showing ----------------------------------------------------------------------------------
    def show_dossier(self, d, states) -> None:
        self.meeting = d.meeting
        self.bottom_lines = {b.id: b for b in d.strategy.bottom_lines}
        self.setEnabled(bool(d.meeting and d.meeting.id))
        self.ui.outcome_standard_label.setText(
            self.tr("Principle: hold the bottom line, adapt to the situation, reach consensus (坚持底线、随机应变、达成共识)."))
        if self.dirty or not (d.meeting and d.meeting.id):
            return
        ctx, meeting_id = self.app.ctx, d.meeting.id
        QueryOp(self, lambda: (outcomes.get_outcome(ctx, meeting_id), staff_service.list_staff(ctx)), self._loaded).run()

    def _loaded(self, result) -> None:
        self.outcome, self.staff = result
        u, o = self.ui, self.outcome
        with quiet(self):
            u.result_combo.setCurrentIndex(max(u.result_combo.findData(o.result), 0))
            u.summary_edit.setPlainText(o.summary)
            steps = self.meeting.agenda if self.meeting else []
            u.step_notes_table.setRowCount(len(steps))
            for row, step in enumerate(steps):
                u.step_notes_table.setItem(row, 0, item(step.shown_title(), editable=False, data=step.id))
                u.step_notes_table.setItem(row, 1, item(step.shown_standard(), editable=False))
                u.step_notes_table.setItem(row, 2, item(o.step_notes.get(step.id, step.note)))
            u.terms_table.setRowCount(0)
            for term in o.terms:
                self._add_term(term)
            u.actions_table.setRowCount(0)
            for action in o.actions:
                self._add_action(action)
        self.dirty = False

    def _add_term(self, term: AgreedTerm) -> None:
        table = self.ui.terms_table
        row = table.rowCount()
        table.insertRow(row)
        line = QComboBox()
        fill_combo(line, [(self.tr("(no bottom line)"), None)] + [(f"{b.item} ({t(f'neg.direction.{b.direction}')} "
                                                                   f"{format_number(b.value)}{b.unit})", b.id)
                                                                  for b in self.bottom_lines.values()], term.bottom_line_id)
        line.activated.connect(lambda *_: (self.mark_dirty(), self._check_term(row)))
        table.setCellWidget(row, 0, line)
        with quiet(table):
            table.setItem(row, 1, item(term.item, data=term.id))
            table.setItem(row, 2, item(format_number(term.value) if term.value is not None else "", number=True))
            table.setItem(row, 3, item(term.unit))
            table.setItem(row, 4, item("", editable=False))
        self._check_term(row)

    def _check_term(self, row: int) -> None:
        """Flag the term at once when its value is beyond its bottom line."""
        table = self.ui.terms_table
        combo = table.cellWidget(row, 0)
        cell = table.item(row, 4)
        if combo is None or cell is None:
            return
        try:
            value = parse_decimal(text_at(table, row, 2)) if text_at(table, row, 2) else None
        except RuleError:
            value = None
        beyond = term_beyond(value, self.bottom_lines.get(combo.currentData()))
        with quiet(table):
            cell.setText(self.tr("Beyond the bottom line") if beyond else "")
            cell.setForeground(QColor(ERROR_COLOR))

    def _add_action(self, action: NextAction) -> None:
        table = self.ui.actions_table
        row = table.rowCount()
        table.insertRow(row)
        owner = QComboBox()
        fill_combo(owner, [("", None)] + [(m.name, m.id) for m in self.staff], action.owner_staff_id)
        owner.activated.connect(lambda *_: self.mark_dirty())
        with quiet(table):
            table.setItem(row, 0, item(action.action, data=action.id))
            table.setCellWidget(row, 1, owner)
            table.setItem(row, 2, item(action.due.isoformat() if action.due else ""))
            table.setItem(row, 3, check_item(action.done))

    def _remove_row(self, table) -> None:
        if table.currentRow() >= 0:
            table.removeRow(table.currentRow())
            self.mark_dirty()

    def beyond_rows(self) -> list[int]:
        return [r for r in range(self.ui.terms_table.rowCount()) if text_at(self.ui.terms_table, r, 4)]

    # --- saving -----------------------------------------------------------------------------------
    def collect(self) -> Outcome:
        u = self.ui
        notes = {data_at(u.step_notes_table, r, 0): text_at(u.step_notes_table, r, 2) for r in range(u.step_notes_table.rowCount())}
        terms = [AgreedTerm(data_at(u.terms_table, r, 1), u.terms_table.cellWidget(r, 0).currentData(), text_at(u.terms_table, r, 1),
                            text_at(u.terms_table, r, 2) or None, text_at(u.terms_table, r, 3))
                 for r in range(u.terms_table.rowCount())]
        actions = []
        problems = []
        for r in range(u.actions_table.rowCount()):
            due_text = text_at(u.actions_table, r, 2)
            try:
                due = parse_date(due_text) if due_text else None
            except RuleError as err:
                problems += [replace(p, field=f"actions[{r}].due") for p in err.problems]
                due = None
            actions.append(NextAction(data_at(u.actions_table, r, 0), text_at(u.actions_table, r, 0),
                                      u.actions_table.cellWidget(r, 1).currentData(), due=due,
                                      done=checked_at(u.actions_table, r, 3)))
        if problems:
            raise RuleError(problems)
        return replace(self.outcome, meeting_id=self.meeting.id, result=u.result_combo.currentData() or "",
                       summary=u.summary_edit.toPlainText(), step_notes=notes, terms=terms, actions=actions)

    def save(self) -> None:
        try:
            record = self.collect()
        except RuleError as err:
            self.failed(err)
            return
        ctx = self.app.ctx

        def saved(o: Outcome) -> None:
            self.outcome = o
            flagged = [x.item for x in o.terms if x.beyond]
            text = self.tr("Outcome saved") + ("; " + self.tr("beyond the bottom line: {0}").format("、".join(flagged)) if flagged else "")
            self.view.status_message.emit(text)

        self.write(lambda: outcomes.save_outcome(ctx, record), saved)
