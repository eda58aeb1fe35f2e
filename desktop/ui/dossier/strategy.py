"""Step 5 of the workspace: decision-maker profiles, analysis, cooperation model, common interests,
bottom lines, and scripts — copied from the branch's library, improved back into it.

GUI thread; database work through ``desktop.ui.operations``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from html import escape

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QWidget

from desktop.i18n import t
from desktop.rules.negotiation.checks import normalise_tags
from desktop.rules.negotiation.records import BottomLine, DossierScript, Strategy
from desktop.rules.negotiation.vocab import DIRECTIONS, NEGOTIABLE_ITEMS
from desktop.rules.negotiation.readiness import PROFILE_FIELDS
from desktop.services.negotiation import settings
from desktop.services.negotiation import strategy
from desktop.ui.generated.ui_dossier_strategy import Ui_DossierStrategyPage
from desktop.ui.operations import QueryOp
from desktop.ui.dossier.common import (
    ERROR_COLOR,
    Page,
    data_at,
    fill_combo,
    item,
    quiet,
    setup_table,
    text_at,
    watch_edits,
)
from desktop.ui.toolkit.widgets import format_number


class StrategyPage(Page):
    steps = (5,)

    def __init__(self, view, parent: QWidget | None = None) -> None:
        super().__init__(view, parent)
        self.ui = Ui_DossierStrategyPage()
        self.ui.setupUi(self)
        self.setObjectName("dossier_strategy_page")
        self.strategy = Strategy()
        self.library: list = []
        u = self.ui
        setup_table(u.bottom_lines_table, [self.tr("Item"), self.tr("Direction"), self.tr("Worst acceptable value"),
                                           self.tr("Unit"), self.tr("Note")], stretch=0)
        setup_table(u.dossier_scripts_table, [self.tr("Situation"), self.tr("Script"), self.tr("Tags")], stretch=1)
        setup_table(u.library_table, [self.tr("Situation"), self.tr("Script"), self.tr("Tags"), self.tr("Used")],
                    stretch=1, editable=False)
        for col, width in enumerate((260, 110, 160, 60)):
            u.bottom_lines_table.setColumnWidth(col, width)
        u.add_bottom_line_button.clicked.connect(self._add_suggested_line)
        u.remove_bottom_line_button.clicked.connect(lambda: self._remove_row(u.bottom_lines_table))
        u.add_script_button.clicked.connect(lambda: (self._add_script(DossierScript()), self.mark_dirty()))
        u.remove_script_button.clicked.connect(lambda: self._remove_row(u.dossier_scripts_table))
        u.copy_script_button.clicked.connect(self.copy_script)
        u.improve_library_button.clicked.connect(self.improve_library)
        u.save_strategy_button.clicked.connect(self.save)
        u.edit_people_button.clicked.connect(lambda: self.view.go_to(("dealer", self.strategy.dealer_id, "people")))
        self._search_timer = QTimer(self, singleShot=True, interval=250, timeout=self.search_library)
        u.library_search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        u.library_tag_combo.activated.connect(lambda _i: self.search_library())
        for w in (u.decision_analysis_edit, u.model_content_edit, u.common_interests_edit):
            w.textChanged.connect(self.mark_dirty)
        u.cooperation_model_combo.activated.connect(lambda _i: self.mark_dirty())
        watch_edits(u.bottom_lines_table, self.mark_dirty)
        watch_edits(u.dossier_scripts_table, self.mark_dirty)

    def widget_for(self, field: str):
        u = self.ui
        if field.startswith("bottom_lines"):
            return u.bottom_lines_table
        if field.startswith("scripts"):
            return u.dossier_scripts_table
        return getattr(u, f"{field}_edit", None) or getattr(u, f"{field}_combo", None)

    # --- showing ----------------------------------------------------------------------------------
    def show_dossier(self, d, states) -> None:
        self.set_standard(self.ui.strategy_standard_label, states)
        self._show_profiles(d.decision_makers)
        ctx = self.app.ctx
        QueryOp(self, lambda: (settings.cooperation_models(ctx), strategy.all_tags(ctx)), self._lists_loaded).run()
        if not self.dirty:
            self._fill(d.strategy)
        self.search_library()

    def _show_profiles(self, people) -> None:
        if not people:
            html = f"<span style='color:{ERROR_COLOR}'>{escape(t('readiness.visit.decision_maker'))}</span>"
        else:
            blocks = []
            missing = f"<span style='color:{ERROR_COLOR}'>%s</span>" % escape(self.tr("missing"))
            for p in people:
                age = f"{date.today().year - p.birth_year}" if p.birth_year else ""
                values = {"gender": t(f"gender.{p.gender or 'unset'}") if p.gender else "", "birth_year": age,
                          "position": p.position, "background": p.background, "highlights": p.highlights, "hobbies": p.hobbies}
                parts = [f"{escape(t(f'field.{f}'))}: " + (escape(values[f]) if values[f] else missing) for f in PROFILE_FIELDS]
                blocks.append(f"<b>{escape(p.name)}</b> — " + " · ".join(parts))
            html = "<br>".join(blocks)
        self.ui.profiles_label.setText(html)

    def _lists_loaded(self, result) -> None:
        models, tags = result
        u = self.ui
        current = u.cooperation_model_combo.currentData() if self.dirty else self.strategy.cooperation_model
        fill_combo(u.cooperation_model_combo, [("", "")] + [(m.name(self.app.lang), m.code) for m in models], current)
        tag = u.library_tag_combo.currentData()
        fill_combo(u.library_tag_combo, [(self.tr("All tags"), "")] + [(x, x) for x in tags], tag)

    def _fill(self, st: Strategy) -> None:
        self.strategy = st
        u = self.ui
        with quiet(self):
            u.decision_analysis_edit.setPlainText(st.decision_analysis)
            u.model_content_edit.setPlainText(st.model_content)
            u.common_interests_edit.setPlainText(st.common_interests)
            index = u.cooperation_model_combo.findData(st.cooperation_model)
            u.cooperation_model_combo.setCurrentIndex(max(index, 0))
            u.bottom_lines_table.setRowCount(0)
            for line in st.bottom_lines:
                self._add_line(line)
            u.dossier_scripts_table.setRowCount(0)
            for script in st.scripts:
                self._add_script(script)
        self.dirty = False

    def _add_line(self, line: BottomLine) -> None:
        table = self.ui.bottom_lines_table
        row = table.rowCount()
        table.insertRow(row)
        direction = QComboBox()
        fill_combo(direction, [(t(f"neg.direction.{x}"), x) for x in DIRECTIONS], line.direction)
        direction.activated.connect(lambda *_: self.mark_dirty())
        table.setItem(row, 0, item(line.item, data=line.id))
        table.setCellWidget(row, 1, direction)
        table.setItem(row, 2, item(format_number(line.value) if line.value is not None else ""))
        table.setItem(row, 3, item(line.unit))
        table.setItem(row, 4, item(line.note))

    def _add_suggested_line(self) -> None:
        """A new row, prefilled with the first negotiable item the dossier has no bottom line for yet."""
        have = {text_at(self.ui.bottom_lines_table, r, 0) for r in range(self.ui.bottom_lines_table.rowCount())}
        for code, direction, unit in NEGOTIABLE_ITEMS:
            if t(f"neg.item.{code}") not in have:
                self._add_line(BottomLine(None, t(f"neg.item.{code}"), direction, None, unit))
                break
        else:
            self._add_line(BottomLine())
        self.mark_dirty()

    def _add_script(self, script: DossierScript) -> None:
        table = self.ui.dossier_scripts_table
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, 0, item(script.situation, data=(script.id, script.library_id)))
        table.setItem(row, 1, item(script.script))
        table.setItem(row, 2, item("、".join(script.tags)))

    def _remove_row(self, table) -> None:
        if table.currentRow() >= 0:
            table.removeRow(table.currentRow())
            self.mark_dirty()

    # --- the library --------------------------------------------------------------------------------
    def search_library(self) -> None:
        ctx, text = self.app.ctx, self.ui.library_search_edit.text()
        tag = self.ui.library_tag_combo.currentData()
        QueryOp(self, lambda: strategy.search_scripts(ctx, text, [tag] if tag else []), self._library_loaded).run()

    def _library_loaded(self, scripts) -> None:
        self.library = scripts
        table = self.ui.library_table
        table.setRowCount(len(scripts))
        for row, s in enumerate(scripts):
            for col, text in enumerate((s.situation, s.script, "、".join(s.tags), str(s.uses))):
                table.setItem(row, col, item(text, editable=False, data=s.id))

    def copy_script(self) -> None:
        row = self.ui.library_table.currentRow()
        if 0 <= row < len(self.library):
            s = self.library[row]
            self._add_script(DossierScript(None, s.id, s.situation, s.script, list(s.tags)))
            self.mark_dirty()
            self.view.status_message.emit(self.tr("Copied into the dossier; save the strategy to keep it"))

    def improve_library(self) -> None:
        row = self.ui.dossier_scripts_table.currentRow()
        ids = data_at(self.ui.dossier_scripts_table, row, 0) if row >= 0 else None
        if not ids or ids[0] is None or self.dirty:
            self.view.status_message.emit(self.tr("Save the strategy first, then improve the library from a saved script"))
            return
        ctx, dealer_id, script_id = self.app.ctx, self.strategy.dealer_id, ids[0]
        self.write(lambda: strategy.improve_library(ctx, dealer_id, script_id),
                   lambda s: (self.view.status_message.emit(self.tr("The library now holds: {0}").format(s.situation)),
                              self.search_library()))

    # --- saving ---------------------------------------------------------------------------------------
    def collect(self) -> Strategy:
        u = self.ui
        lines_table, scripts_table = u.bottom_lines_table, u.dossier_scripts_table
        lines = [BottomLine(data_at(lines_table, r, 0), text_at(lines_table, r, 0), lines_table.cellWidget(r, 1).currentData(),
                            text_at(lines_table, r, 2) or None, text_at(lines_table, r, 3), text_at(lines_table, r, 4))
                 for r in range(lines_table.rowCount())]
        scripts = []
        for r in range(scripts_table.rowCount()):
            script_id, library_id = data_at(scripts_table, r, 0) or (None, None)
            scripts.append(DossierScript(script_id, library_id, text_at(scripts_table, r, 0), text_at(scripts_table, r, 1),
                                         normalise_tags(text_at(scripts_table, r, 2))))
        return replace(self.strategy, decision_analysis=u.decision_analysis_edit.toPlainText(),
                       cooperation_model=u.cooperation_model_combo.currentData() or "",
                       model_content=u.model_content_edit.toPlainText(), common_interests=u.common_interests_edit.toPlainText(),
                       bottom_lines=lines, scripts=scripts)

    def save(self) -> None:
        ctx, record = self.app.ctx, self.collect()
        self.write(lambda: strategy.save_strategy(ctx, record), lambda _s: self.view.status_message.emit(self.tr("Strategy saved")))

    def focus(self, what: str) -> None:
        u = self.ui
        {"bottom_lines": u.bottom_lines_table, "scripts": u.library_search_edit}.get(what, u.decision_analysis_edit).setFocus()
