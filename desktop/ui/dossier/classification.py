"""Step 3 of the workspace: quality assessment, classify, manual override, history, rank in tier.

GUI thread; reads and writes go through ``desktop.ui.operations`` (the page's ``write`` reloads the dossier).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.i18n import t
from desktop.rules.negotiation.records import Assessment
from desktop.rules.negotiation.vocab import TIERS
from desktop.services.negotiation import classification as negotiation
from desktop.ui.generated.ui_dossier_classification import Ui_DossierClassificationPage
from desktop.ui.operations import QueryOp
from desktop.ui.dossier.common import DONE_COLOR, ERROR_COLOR, Page, fill_combo, item, quiet, setup_table, watch_edits
from desktop.ui.toolkit.widgets import format_number

TIER_COLORS = {"key": "#10345f", "secondary": "#1f4e8c", "general": "#5f6b7a", "none": "#8a6d00"}


class ClassificationPage(Page):
    steps = (3,)

    def __init__(self, view, parent: QWidget | None = None) -> None:
        super().__init__(view, parent)
        self.ui = Ui_DossierClassificationPage()
        self.ui.setupUi(self)
        self.setObjectName("dossier_classification_page")
        self.assessment = Assessment()
        u = self.ui
        fill_combo(u.override_tier_combo, [(t(f"cls.tier.{tier}"), tier) for tier in TIERS])
        setup_table(u.history_table, [self.tr("When"), self.tr("By"), self.tr("Tier"), self.tr("Why")], editable=False)
        u.history_table.setColumnWidth(0, 130)
        u.tier_label.setStyleSheet("font-size: 15pt; font-weight: 600;")
        u.save_assessment_button.clicked.connect(self.save_assessment)
        u.classify_button.clicked.connect(self.classify)
        u.override_button.clicked.connect(self.override)
        watch_edits(u.assessment_group, self.mark_dirty)

    def widget_for(self, field: str):
        u = self.ui
        return {"loss_ratio": u.loss_ratio_edit, "manager_rating": u.manager_rating_spin, "reason": u.override_reason_edit,
                "repair_need_amount": u.repair_need_amount_edit, "tier": u.override_tier_combo}.get(field)

    # --- showing ----------------------------------------------------------------------------------
    def show_dossier(self, d, states) -> None:
        self.set_standard(self.ui.classification_standard_label, states)
        self.dealer_id = d.dealer.id
        if not self.dirty:
            self._fill_assessment(d.assessment or Assessment(dealer_id=d.dealer.id))
        self._fill_result(d)
        ctx, dealer_id = self.app.ctx, d.dealer.id
        tier = d.classification.tier if d.classification else None

        def work():
            ranked = negotiation.ranked_targets(ctx, tier) if tier in ("key", "secondary", "general") else []
            return negotiation.history(ctx, dealer_id), next((r for r in ranked if r.dealer_id == dealer_id), None)

        QueryOp(self, work, self._history_loaded).run()

    def _fill_assessment(self, a: Assessment) -> None:
        self.assessment = a
        u = self.ui
        with quiet(self):
            u.loss_ratio_edit.setText(f"{format_number(a.loss_ratio)}%" if a.loss_ratio is not None else "")
            u.manager_rating_spin.setValue(a.manager_rating or 0)
            u.terms_changeable_check.setChecked(a.terms_changeable)
            u.business_selectable_check.setChecked(a.business_selectable)
            u.repair_need_amount_edit.setText(format_number(a.repair_need_amount))
            u.assessment_note_edit.setText(a.note)
        self.dirty = False

    def _fill_result(self, d) -> None:
        u, c, fresh = self.ui, d.classification, d.fresh_classification
        if c is None:
            u.tier_label.setText(self.tr("Not classified yet"))
            u.tier_label.setStyleSheet("font-size: 15pt; font-weight: 600; color: #5f6b7a;")
            u.explanation_label.setText(self.tr("Today's data says: {0}").format(fresh.explain()) if fresh else "")
            return
        tier = t(f"cls.tier.{c.tier}") + (self.tr(" (set by hand)") if c.manual else "")
        u.tier_label.setText(tier)
        u.tier_label.setStyleSheet(f"font-size: 15pt; font-weight: 600; color: {TIER_COLORS[c.tier]};")
        text = c.explain()
        if fresh is not None and not c.manual and fresh.tier != c.computed_tier:
            text += "<br><span style='color:%s'>%s</span>" % (ERROR_COLOR, self.tr("Today's data says: {0}").format(fresh.explain()))
        u.explanation_label.setText(text)

    def _history_loaded(self, result) -> None:
        history, ranked = result
        u = self.ui
        u.history_table.setRowCount(len(history))
        for row, h in enumerate(history):
            when = h.created_at.strftime("%Y-%m-%d %H:%M") if h.created_at else ""
            for col, text in enumerate((when, h.created_by, t(f"cls.tier.{h.tier}"), h.explain())):
                u.history_table.setItem(row, col, item(text, editable=False))
        if ranked is None:
            u.rank_label.setText("")
        else:
            u.rank_label.setText(f"<span style='color:{DONE_COLOR}'>{ranked.explain()}</span>")

    # --- actions ----------------------------------------------------------------------------------
    def collect(self) -> Assessment:
        u = self.ui
        rating = u.manager_rating_spin.value() or None
        return Assessment(self.dealer_id, u.loss_ratio_edit.text().strip() or None, rating, u.terms_changeable_check.isChecked(),
                          u.business_selectable_check.isChecked(), u.repair_need_amount_edit.text().strip() or None,
                          u.assessment_note_edit.text(), self.assessment.audit)

    def save_assessment(self) -> None:
        ctx, record = self.app.ctx, self.collect()
        self.write(lambda: negotiation.save_assessment(ctx, record),
                   lambda _a: self.view.status_message.emit(self.tr("Assessment saved")))

    def classify(self) -> None:
        ctx, dealer_id = self.app.ctx, self.dealer_id
        if self.dirty:  # classify on what the user sees: save the assessment first
            record = self.collect()
            self.write(lambda: (negotiation.save_assessment(ctx, record), negotiation.classify(ctx, dealer_id))[1],
                       self._classified)
        else:
            self.write(lambda: negotiation.classify(ctx, dealer_id), self._classified)

    def _classified(self, c) -> None:
        self.view.status_message.emit(self.tr("Classified: {0}").format(t(f"cls.tier.{c.tier}")))

    def override(self) -> None:
        ctx, dealer_id = self.app.ctx, self.dealer_id
        tier, reason = self.ui.override_tier_combo.currentData(), self.ui.override_reason_edit.text()

        def done(_c) -> None:
            self.ui.override_reason_edit.clear()
            self.view.status_message.emit(self.tr("Classification set by hand"))

        self.write(lambda: negotiation.override(ctx, dealer_id, tier, reason), done)

    def focus(self, what: str) -> None:
        widget = self.ui.loss_ratio_edit if what == "assessment" else self.ui.classify_button
        widget.setFocus()
