"""Step 4 of the workspace: policy versions — fee, underwriting, repair referral, economics —
with caps flagged and the draft → submitted → approved flow (an approved version never changes:
saving over it makes a new draft). GUI thread; database work through ``desktop.ui.operations``.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QWidget

from desktop.i18n import t
from desktop.rules.negotiation.policy_records import Bonus, PolicyVersion
from desktop.rules.negotiation.vocab import LINES, VEHICLE_TYPES
from desktop.services.negotiation import policies
from desktop.ui.generated.ui_dossier_policy import Ui_DossierPolicyPage
from desktop.ui.operations import QueryOp
from desktop.rules.office.permissions import Action
from desktop.ui.history.panel import policy_history, show_version
from desktop.ui.office.permit import permit
from desktop.ui.dossier.common import ERROR_COLOR, Page, fill_combo, item, quiet, setup_table, text_at, watch_edits
from desktop.ui.dossier.policy_caps import CapCheck
from desktop.ui.toolkit.widgets import format_number, join_list, split_list
from desktop.rules.money import fmt_percent, fmt_yuan

TEXTS = ("region", "conditions", "exclusions_text", "note")
NUMBERS = ("max_vehicle_age", "new_car_ratio", "renewal_ratio", "min_monthly_premium", "min_sales_share", "take_up",
           "average_premium", "renewal_premium")


def _num(value) -> str:
    return format_number(value) if value is not None else ""


class PolicyPage(Page):
    steps = (4,)

    def __init__(self, view, parent: QWidget | None = None) -> None:
        super().__init__(view, parent)
        self.ui = Ui_DossierPolicyPage()
        self.ui.setupUi(self)
        self.setObjectName("dossier_policy_page")
        self.versions: list[PolicyVersion] = []
        self.current = PolicyVersion()
        self.dealer = None
        u = self.ui
        setup_table(u.versions_table, [self.tr("Version"), self.tr("Status"), self.tr("Submitted"), self.tr("Approved"),
                                       self.tr("Cap check")], editable=False)
        setup_table(u.bonuses_table, [self.tr("Bonus"), self.tr("Line"), self.tr("Rate (points)"), self.tr("Amount (¥ a year)"),
                                      self.tr("Condition")])
        for table, widths in ((u.versions_table, (70, 90, 170, 170)), (u.bonuses_table, (160, 130, 110, 130))):
            for col, width in enumerate(widths):
                table.setColumnWidth(col, width)
        u.versions_table.itemSelectionChanged.connect(self._version_selected)
        u.new_version_button.clicked.connect(self.new_draft)
        u.save_draft_button.clicked.connect(self.save_draft)
        u.submit_button.clicked.connect(lambda: self._transition(policies.submit, self.tr("Submitted for approval")))
        u.return_button.clicked.connect(lambda: self._transition(policies.return_to_draft, self.tr("Returned to draft")))
        u.approve_button.clicked.connect(lambda: self._transition(policies.approve, self.tr("Approved")))
        u.delete_draft_button.clicked.connect(lambda: self._transition(policies.delete_draft, self.tr("Draft deleted")))
        u.add_bonus_button.clicked.connect(lambda: self._add_bonus(Bonus()))
        u.remove_bonus_button.clicked.connect(lambda: u.bonuses_table.removeRow(u.bonuses_table.currentRow()))
        u.calculate_button.clicked.connect(self.calculate)
        self.cap_check = CapCheck(self)
        watch_edits(u.policy_tabs, self.mark_dirty)
        self.history_panel = policy_history(view.app)  # the version's 变更记录, after the edit watch: nothing to edit
        u.policy_tabs.addTab(self.history_panel, self.tr("Change history"))
        u.policy_note_edit.textEdited.connect(self.mark_dirty)

    def widget_for(self, field: str):
        u = self.ui
        if field.startswith("bonuses"):
            return u.bonuses_table
        if field.startswith("rates."):
            return getattr(u, f"{field[6:]}_rate_edit", None)
        if field.startswith("mix."):
            return getattr(u, f"mix_{field[4:]}_edit", None)
        if field == "note":
            return u.policy_note_edit
        return getattr(u, f"{field}_edit", None) or (u.vehicle_group if field == "vehicle_types" else None)

    # --- showing ----------------------------------------------------------------------------------
    def show_dossier(self, d, states) -> None:
        self.set_standard(self.ui.policy_standard_label, states)
        self.dealer = d.dealer
        ctx, dealer_id = self.app.ctx, d.dealer.id
        QueryOp(self, lambda: (policies.list_versions(ctx, dealer_id), policies.cap_context(ctx, dealer_id)),
                self._versions_loaded).run()

    def _versions_loaded(self, result) -> None:
        versions, (caps, regions) = result
        self.cap_check.set_caps(caps, regions)
        self.versions = versions
        in_force, _newest = policies.current_pair(versions)
        u = self.ui
        keep = self.current.id
        with quiet(u.versions_table):
            u.versions_table.setRowCount(len(versions))
            for row, v in enumerate(versions):
                who = self.app.display
                sub = f"{who(v.submitted_by)} {v.submitted_at:%Y-%m-%d}" if v.submitted_at else ""
                app = f"{who(v.approved_by)} {v.approved_at:%Y-%m-%d}" if v.approved_at else ""
                caps = "; ".join(b.fact().text() for b in v.breaches) or self.tr("Within caps")
                status = t(f"policy.status.{v.status}")
                if v.status == "approved":
                    status = self.tr("{0} · in force").format(status) if v is in_force else self.tr("{0} · superseded").format(status)
                for col, text in enumerate((str(v.number), status, sub, app, caps)):
                    cell = item(text, editable=False, data=v.id)
                    if v is in_force:
                        font = cell.font()
                        font.setBold(True)
                        cell.setFont(font)
                    u.versions_table.setItem(row, col, cell)
        if self.dirty:
            return
        chosen = next((v for v in versions if v.id == keep), versions[0] if versions else None)
        self._show_version(chosen or self._blank())

    def _blank(self) -> PolicyVersion:
        brands = list(self.dealer.brands) if self.dealer else []
        return PolicyVersion(dealer_id=self.dealer.id if self.dealer else 0, referral_brands=brands)

    def _version_selected(self) -> None:
        row = self.ui.versions_table.currentRow()
        if 0 <= row < len(self.versions) and self.versions[row].id != self.current.id:
            self._show_version(self.versions[row])

    def _show_version(self, v: PolicyVersion) -> None:
        self.current = v
        show_version(self.history_panel, v.id)
        u = self.ui
        with quiet(self):
            for line in LINES:
                getattr(u, f"{line}_rate_edit").setText(_num(v.rates.get(line)))
            for name in NUMBERS:
                getattr(u, f"{name}_edit").setText(_num(getattr(v, name)))
            u.region_edit.setText(v.region)
            u.conditions_edit.setPlainText(v.conditions)
            u.exclusions_edit.setPlainText("\n".join(v.exclusions))
            u.exclusions_text_edit.setPlainText(v.exclusions_text)
            u.policy_note_edit.setText(v.note)
            u.referral_brands_edit.setText(join_list(v.referral_brands))
            u.mix_compulsory_edit.setText(_num(v.mix.get("compulsory")))
            u.mix_commercial_edit.setText(_num(v.mix.get("commercial")))
            for code in VEHICLE_TYPES:
                getattr(u, f"{code}_check").setChecked(code in v.vehicle_types)
            u.bonuses_table.setRowCount(0)
            for b in v.bonuses:
                self._add_bonus(b)
            u.economics_label.clear()
        self.cap_check.check()
        self.dirty = False
        self.errors.clear()
        self._update_state()

    def _update_state(self) -> None:
        u, v = self.ui, self.current
        status = v.status if v.id else ""
        me, lang = self.app.me, self.app.lang
        for button, enabled in ((u.submit_button, status == "draft"), (u.return_button, status == "submitted"),
                                (u.delete_draft_button, status == "draft"), (u.save_draft_button, True),
                                (u.new_version_button, True)):
            permit(button, me, Action.DRAFT_POLICY, enabled=enabled, lang=lang)
        permit(u.approve_button, me, Action.APPROVE_POLICY, enabled=status == "submitted", lang=lang)
        if not v.id:
            text = self.tr("A new draft: save it to keep it.")
        elif status == "approved":
            text = self.tr("Version {0} is approved by {1} and never changes; saving makes a new draft.").format(
                v.number, self.app.display(v.approved_by))
        else:
            text = self.tr("Version {0}: {1}").format(v.number, t(f"policy.status.{status}"))
        u.version_status_label.setText(text)
        self.cap_check.check()

    def _add_bonus(self, b: Bonus) -> None:
        table = self.ui.bonuses_table
        row = table.rowCount()
        table.insertRow(row)
        line = QComboBox()
        fill_combo(line, [(self.tr("Fixed amount"), "")] + [(t(f"policy.line.{x}"), x) for x in LINES], b.line)
        line.activated.connect(lambda *_: (self.mark_dirty(), self.cap_check.check()))
        table.setItem(row, 0, item(b.label))
        table.setCellWidget(row, 1, line)
        table.setItem(row, 2, item(_num(b.rate), number=True))
        table.setItem(row, 3, item(_num(b.amount), number=True))
        table.setItem(row, 4, item(b.condition))

    # --- reading and actions ------------------------------------------------------------------------
    def collect(self) -> PolicyVersion:
        u, v = self.ui, self.current
        table = u.bonuses_table
        bonuses = [Bonus(text_at(table, r, 0), table.cellWidget(r, 1).currentData(), text_at(table, r, 2) or None,
                         text_at(table, r, 3) or None, text_at(table, r, 4)) for r in range(table.rowCount())]
        numbers = {name: getattr(u, f"{name}_edit").text().strip() or None for name in NUMBERS}
        return replace(
            v, dealer_id=self.dealer.id, rates={line: getattr(u, f"{line}_rate_edit").text().strip() or None for line in LINES},
            bonuses=bonuses, region=u.region_edit.text(), conditions=u.conditions_edit.toPlainText(),
            exclusions=u.exclusions_edit.toPlainText().splitlines(), exclusions_text=u.exclusions_text_edit.toPlainText(),
            referral_brands=split_list(u.referral_brands_edit.text()), note=u.policy_note_edit.text(),
            vehicle_types=[c for c in VEHICLE_TYPES if getattr(u, f"{c}_check").isChecked()],
            mix={k: x for k, x in (("compulsory", u.mix_compulsory_edit.text().strip()),
                                   ("commercial", u.mix_commercial_edit.text().strip())) if x},
            **numbers,
        )

    def new_draft(self) -> None:
        base = self.current if self.current.id else self._blank()
        self._show_version(replace(base, id=None, number=0, status="draft", breaches=[], based_on=base.id))
        self.dirty = True

    def save_draft(self) -> None:
        ctx, record = self.app.ctx, self.collect()

        def saved(v: PolicyVersion) -> None:
            self.current = v
            self.view.status_message.emit(self.tr("Version {0} saved").format(v.number))

        self.write(lambda: policies.save_draft(ctx, record), saved)

    def _transition(self, fn, message: str) -> None:
        ctx, v = self.app.ctx, self.current
        if not v.id:
            return
        self.write(lambda: fn(ctx, v.id, v.audit.version), lambda _r: self.view.status_message.emit(message))

    def calculate(self) -> None:
        ctx, record = self.app.ctx, self.collect()
        QueryOp(self, lambda: policies.economics(ctx, record), self._show_economics).failure(self.failed).run()

    def _show_economics(self, e) -> None:
        money = lambda v: fmt_yuan(v, self.app.lang)  # noqa: E731 (the one money rule: 8,500元 / 1,865万元)
        rows = [(self.tr("Expected premium"), money(e.expected_premium)), (self.tr("of which new-car"), money(e.new_car_premium)),
                (self.tr("Commission cost"), money(e.commission_cost)), (self.tr("Fixed bonuses"), money(e.bonus_cost)),
                (self.tr("Effective cost rate"), fmt_percent(e.effective_rate)), (self.tr("Referral value"), money(e.referral_value)),
                (self.tr("Dealer's own premium scale"), money(e.current_premium)),
                (self.tr("Share of its premium scale"), fmt_percent(e.share_of_current)),
                (self.tr("Its new-car insurance rate now"), fmt_percent(e.current_new_car_rate))]
        if e.referral_conditions_met is not None:
            rows.append((self.tr("Referral minimums met"), self.tr("Yes") if e.referral_conditions_met else self.tr("No")))
        html = "<table>" + "".join(f"<tr><td>{a}</td><td align='right'><b>{b}</b></td></tr>" for a, b in rows) + "</table>"
        if e.missing:
            names = {"annual_sales": t("field.annual_sales"), "take_up": self.tr("Expected take-up (%)"),
                     "average_premium": self.tr("Average premium per car (¥)")}
            html += f"<p style='color:{ERROR_COLOR}'>" + self.tr("Missing for the estimate: {0}").format(
                ", ".join(names.get(m, m) for m in e.missing)) + "</p>"
        self.ui.economics_label.setText(html)
