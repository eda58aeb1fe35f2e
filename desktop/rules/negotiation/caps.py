"""Fee caps (报行合一): the regulator's cap on each line's total fee rate, per region, and the check.

Caps are looked up for the dealer's city, then its province, then '' (everywhere). A line's total
is its rate plus the bonus points paid on that line; above the cap is a breach (equal is allowed). The caps themselves are branch settings (``services/negotiation/settings.py``, edited on
the negotiation settings' "Fee caps" tab); the policy services attach the breaches to each version.
"""

from __future__ import annotations

from decimal import Decimal

from desktop.rules.negotiation.policy_records import CapBreach, FeeCap, PolicyVersion
from desktop.rules.negotiation.vocab import LINES


def line_totals(pv: PolicyVersion) -> dict[str, Decimal]:
    """Each line's rate plus the bonus points paid on that line (what the cap applies to)."""
    totals = {line: Decimal(str(pv.rates[line])) for line in LINES if pv.rates.get(line) is not None}
    for b in pv.bonuses:
        if b.line and b.rate is not None:
            totals[b.line] = totals.get(b.line, Decimal(0)) + Decimal(str(b.rate))
    return totals


def cap_for(caps: list[FeeCap], regions: list[str], line: str) -> FeeCap | None:
    """The cap of ``line`` for the first region that has one (city, province, then '')."""
    by_key = {(c.region, c.line): c for c in caps}
    for region in list(regions) + [""]:
        cap = by_key.get((region, line))
        if cap is not None:
            return cap
    return None


def check_caps(pv: PolicyVersion, caps: list[FeeCap], regions: list[str]) -> list[CapBreach]:
    """Every line whose total rate is above its cap (a rate equal to its cap is allowed)."""
    breaches = []
    for line, total in line_totals(pv).items():
        cap = cap_for(caps, regions, line)
        if cap is not None and total > cap.cap:
            breaches.append(CapBreach(line, total, Decimal(str(cap.cap)), cap.region))
    return breaches
