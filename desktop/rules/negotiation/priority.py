"""Priority inside a tier (SOP step 3): repair resources (送修资源) and personal network (人脉).

Repair resources: the yearly average of the repairs we controlled over the last N full years
for the brands the dealer repairs in its city, set against the repairs it wants referred —
dealers whose needs we can meet come first. Network: the strongest tie between our staff
and the dealer's key people (a tie to the decision-maker counts one point more, up to 5).
Score = repair weight × min(coverage, 1) + network weight × strength ÷ 5; when the need is
unknown but we hold stock for its brands, half the repair weight. Pure functions.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from desktop.rules.facts import fmt_number
from desktop.rules.negotiation.records import ClassificationSettings, PriorityInput, RankedTarget, RepairResource, Tie
from desktop.rules.facts import Fact
from desktop.rules.negotiation.vocab import TIER_ORDER

RANKED_TIERS = ("key", "secondary", "general")


def resource_window(today: date, years: int) -> tuple[int, int]:
    """The full past years that count: (first, last) inclusive."""
    return today.year - years, today.year - 1


class ResourceIndex:
    """Repair amounts by (city, brand) inside the window, for quick lookups over a territory."""

    def __init__(self, resources: list[RepairResource], today: date, years: int) -> None:
        self.first, self.last = resource_window(today, years)
        self.years = years
        self.amounts: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
        self.claims: dict[tuple[str, str], int] = defaultdict(int)
        for res in resources:
            if self.first <= res.year <= self.last:
                self.amounts[(res.city, res.brand)] += Decimal(str(res.repair_amount))
                self.claims[(res.city, res.brand)] += int(res.claim_count)

    def yearly(self, city: str, brands: list[str]) -> tuple[Decimal, int, list[str]]:
        """(average yearly repair amount, claims in the window, brands with stock)."""
        total, claims, found = Decimal(0), 0, []
        for brand in brands:
            amount = self.amounts.get((city, brand))
            if amount:
                total += amount
                claims += self.claims[(city, brand)]
                found.append(brand)
        return (total / self.years).quantize(Decimal("1"), ROUND_HALF_UP), claims, found


def best_tie(ties: list[Tie]) -> tuple[int, Tie | None]:
    """Strength 0–5 of the strongest tie (decision-maker ties count one more) and that tie."""
    best, chosen = 0, None
    for tie in ties:
        value = min(5, tie.strength + (1 if tie.person_role == "decision_maker" else 0))
        if value > best:
            best, chosen = value, tie
    return best, chosen


def _score(inp: PriorityInput, index: ResourceIndex, cfg: ClassificationSettings):
    amount, claims, found = index.yearly(inp.city, inp.brands_repaired)
    facts: list[Fact] = []
    coverage: Decimal | None = None
    weight = Decimal(cfg.repair_weight)
    if amount > 0 and inp.repair_need_amount and inp.repair_need_amount > 0:
        coverage = (amount / Decimal(str(inp.repair_need_amount)) * 100).quantize(Decimal("1"), ROUND_HALF_UP)
        repair = weight * min(coverage, Decimal(100)) / 100
        facts.append(Fact("cls.prio.coverage", {
            "amount": fmt_number(amount), "brands": "、".join(found) or "—", "city": inp.city,
            "need": fmt_number(inp.repair_need_amount), "coverage": fmt_number(coverage),
            "first": index.first, "last": index.last, "claims": claims}))
    elif amount > 0:
        repair = weight / 2
        facts.append(Fact("cls.prio.stock_need_unknown", {
            "amount": fmt_number(amount), "brands": "、".join(found), "city": inp.city,
            "first": index.first, "last": index.last, "claims": claims}))
    else:
        repair = Decimal(0)
        coverage = Decimal(0) if inp.repair_need_amount else None
        facts.append(Fact("cls.prio.no_stock", {"brands": "、".join(inp.brands_repaired) or "—", "city": inp.city,
                                                "first": index.first, "last": index.last}))
    strength, tie = best_tie(inp.ties)
    network = Decimal(cfg.network_weight) * strength / 5
    if tie is None:
        facts.append(Fact("cls.prio.no_network"))
    else:
        facts.append(Fact("cls.prio.network", {"staff": tie.staff_name, "person": tie.person_name,
                                               "role": tie.person_role, "strength": tie.strength}))
    score = (repair + network).quantize(Decimal("0.1"), ROUND_HALF_UP)
    return score, amount, coverage, strength, facts


def rank_targets(inputs: list[PriorityInput], resources: list[RepairResource],
                 cfg: ClassificationSettings, today: date) -> list[RankedTarget]:
    """Targets (key, secondary, general) in priority order, ranked 1… inside each tier, each with its reasons."""
    index = ResourceIndex(resources, today, cfg.repair_years)
    scored = []
    for inp in inputs:
        if inp.tier not in RANKED_TIERS:
            continue
        score, amount, coverage, strength, facts = _score(inp, index, cfg)
        scored.append((inp, score, amount, coverage, strength, facts))
    scored.sort(key=lambda x: (TIER_ORDER[x[0].tier], -x[1], -x[2], -(x[0].annual_sales or 0), x[0].dealer_id))
    counts: dict[str, int] = defaultdict(int)
    for item in scored:
        counts[item[0].tier] += 1
    out: list[RankedTarget] = []
    seen: dict[str, int] = defaultdict(int)
    for inp, score, amount, coverage, strength, facts in scored:
        seen[inp.tier] += 1
        head = Fact("cls.prio.rank", {"rank": seen[inp.tier], "count": counts[inp.tier], "tier": inp.tier,
                                      "score": fmt_number(score)})
        out.append(RankedTarget(seen[inp.tier], inp.dealer_id, inp.name, inp.tier, score, amount, coverage,
                                strength, [head] + facts))
    return out
