"""The fee caps (报行合一) on the policy page: checked as each rate is typed, not only after saving,
and a legend saying which cap applies and what the marks mean.

The caps and the dealer's regions are read once per dossier load (off the GUI thread); checking a
typed figure is a pure ``rules.negotiation.caps.check_caps`` on the GUI thread. The service refuses
submission and approval above a cap whatever the window shows.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from desktop.i18n import t
from desktop.rules.negotiation import caps as cap_rules, policy as rules
from desktop.rules.facts import fmt_number
from desktop.rules.errors import RuleError
from desktop.rules.negotiation.policy_records import Bonus, FeeCap, PolicyVersion
from desktop.rules.negotiation.vocab import LINES
from desktop.ui.dossier.common import ERROR_COLOR, text_at

OVER_STYLE = f"QLineEdit {{ border: 2px solid {ERROR_COLOR}; }}"


def _rate(text: str):
    try:
        return rules.parse_rate(text) if text.strip() else None
    except RuleError:
        return None


class CapCheck(QObject):
    """Keeps the fee tab's breach text, the rate fields' marks and the caps legend up to date."""

    def __init__(self, page) -> None:
        super().__init__(page)
        self.page = page
        self.caps: list[FeeCap] = []
        self.regions: list[str] = []
        u = page.ui
        self.legend_label = QLabel(objectName="caps_legend_label", wordWrap=True)
        self.legend_label.setStyleSheet("color: #4A5563;")
        u.fee_layout.addWidget(self.legend_label)
        for line in LINES:
            getattr(u, f"{line}_rate_edit").textChanged.connect(self.check)
        u.region_edit.textChanged.connect(self.check)
        u.bonuses_table.itemChanged.connect(lambda *_: self.check())
        self.breaches: list = []

    def set_caps(self, caps: list[FeeCap], regions: list[str]) -> None:
        self.caps, self.regions = caps, regions
        self.check()

    def typed(self) -> PolicyVersion:
        """What the fee tab holds now, with every figure that does not parse left out."""
        u, table = self.page.ui, self.page.ui.bonuses_table
        bonuses = []
        for r in range(table.rowCount()):
            combo = table.cellWidget(r, 1)
            rate = _rate(text_at(table, r, 2))
            if combo is not None and combo.currentData() and rate is not None:
                bonuses.append(Bonus("", combo.currentData(), rate))
        return PolicyVersion(rates={line: _rate(getattr(u, f"{line}_rate_edit").text()) for line in LINES},
                             bonuses=bonuses, region=u.region_edit.text().strip())

    def check(self) -> None:
        u = self.page.ui
        pv = self.typed()
        regions = ([pv.region] if pv.region else []) + self.regions
        self.breaches = cap_rules.check_caps(pv, self.caps, regions)
        over = {b.line for b in self.breaches}
        for line in LINES:
            edit = getattr(u, f"{line}_rate_edit")
            cap = cap_rules.cap_for(self.caps, regions, line)
            edit.setStyleSheet(OVER_STYLE if line in over else "")
            edit.setToolTip(self.tr("Cap: {0}% ({1})").format(fmt_number(cap.cap), self._where(cap.region)) if cap else
                            self.tr("No cap for this line"))
        text = "; ".join(b.fact().text() for b in self.breaches)
        u.breach_label.setText(
            f"<span style='color:{ERROR_COLOR}'>" + self.tr("Above the cap — cannot be submitted: {0}").format(text) + "</span>"
            if text else "")
        self.legend_label.setText(self._legend(regions))

    def _where(self, region: str) -> str:
        return region if region else self.tr("every region")

    def _legend(self, regions: list[str]) -> str:
        parts = []
        for line in LINES:
            cap = cap_rules.cap_for(self.caps, regions, line)
            if cap is not None:
                parts.append(self.tr("{0} ≤ {1}% ({2})").format(t(f"policy.line.{line}"), fmt_number(Decimal(str(cap.cap))),
                                                                 cap.region or "*"))
        caps = self.tr(", ").join(parts) if parts else self.tr("none set")
        return self.tr("Caps for this dealer: {0}. A line's rate plus the bonus points paid on it may not exceed its cap. "
                       "The region in brackets is where the cap comes from; (*) marks a cap that applies in every "
                       "region.").format(caps)
