"""The scorecard's figures and the contract terms they are judged against (pure).

Definitions (one period of one dealer; a policy counts in the period it starts, a claim in the
period of its loss, a policy is *due* in the period it ends):
- premium: every policy's premium; split by new car / renewal / transfer and by line of cover;
- new_car_rate (新车承保率): new-car vehicles insured ÷ new cars the dealer sold (None without sales);
- renewal_rate (续保率): due policies renewed with us (a policy for the same vehicle and line starting
  within RENEW_BEFORE days before to RENEW_AFTER days after the end) ÷ due policies;
- referral_amount: 定损金额 of the claims we sent to the dealer (送修); referral_ratio (送修比) = it ÷ premium;
- fees: premium by line × the contract's commission rate for the line (internal).
Amounts in yuan (Decimal), rates as fractions (Decimal, 4 places), None when undefined.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

RENEW_BEFORE = 60  # days before the end a renewal may start
RENEW_AFTER = 30  # days after the end it still counts (later: lapsed, 脱保)
AT_RISK = Decimal("0.9")  # at or above target: met; at or above 90% of it: at risk; below: missed
ZERO = Decimal("0.00")
PLACES = Decimal("0.0001")


def fraction(part, whole) -> Decimal | None:
    if not whole:
        return None
    return (Decimal(part) / Decimal(whole)).quantize(PLACES)


@dataclass
class Figures:
    """One dealer's figures over one period."""

    premium_new_car: Decimal = ZERO
    premium_renewal: Decimal = ZERO
    premium_transfer: Decimal = ZERO
    premium_other: Decimal = ZERO  # business not given
    by_line: dict[str, Decimal] = field(default_factory=dict)  # compulsory / commercial → premium
    policies: int = 0
    new_car_vehicles: int = 0
    new_car_sales: int | None = None
    due: int = 0
    renewed: int = 0
    referral_count: int = 0
    referral_amount: Decimal = ZERO
    months: int = 1

    @property
    def premium(self) -> Decimal:
        return self.premium_new_car + self.premium_renewal + self.premium_transfer + self.premium_other

    @property
    def referral_ratio(self) -> Decimal | None:
        return fraction(self.referral_amount, self.premium)

    @property
    def new_car_rate(self) -> Decimal | None:
        return fraction(self.new_car_vehicles, self.new_car_sales)

    @property
    def renewal_rate(self) -> Decimal | None:
        return fraction(self.renewed, self.due)

    def fees(self, rates: dict) -> Decimal:
        """Commission at the contract's rates (% of premium per line)."""
        total = ZERO
        for line, premium in self.by_line.items():
            rate = rates.get(line)
            if rate is not None:
                total += premium * Decimal(str(rate)) / 100
        return total.quantize(ZERO)

    def add(self, other: "Figures") -> None:
        """Fold another period's figures into these (year to date)."""
        for name in ("premium_new_car", "premium_renewal", "premium_transfer", "premium_other", "policies", "new_car_vehicles",
                     "due", "renewed", "referral_count", "referral_amount", "months"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for line, premium in other.by_line.items():
            self.by_line[line] = self.by_line.get(line, ZERO) + premium
        if other.new_car_sales is not None:
            self.new_car_sales = (self.new_car_sales or 0) + other.new_car_sales


def judge(actual, target) -> str | None:
    """met / at_risk / missed, or None when there is no target or no figure."""
    if target is None or actual is None:
        return None
    actual, target = Decimal(str(actual)), Decimal(str(target))
    if actual >= target:
        return "met"
    if actual >= target * AT_RISK:
        return "at_risk"
    return "missed"


@dataclass(frozen=True)
class TermMark:
    """One contract term judged: its target and the actual figure in the same unit."""

    term: str  # monthly_premium, take_up, renewal_rate, referral
    target: Decimal | None
    actual: Decimal | None
    status: str | None  # met, at_risk, missed, None (no target, or not due: the condition unmet)


def referral_owed(f: Figures, terms) -> Decimal | None:
    """What our referral commitment asks for the period: the ratios × the premium they apply to."""
    if terms.new_car_ratio is None and terms.renewal_ratio is None:
        return None
    owed = f.premium_new_car * Decimal(str(terms.new_car_ratio or 0)) + f.premium_renewal * Decimal(str(terms.renewal_ratio or 0))
    return owed.quantize(ZERO)


def marks(f: Figures, terms) -> list[TermMark]:
    """Each term of a contract's ``terms`` (rules.contracts.records.ContractTerms) against ``f``.
    Targets in %, as contracts state them, are compared as fractions; the monthly premium per month."""
    out = []
    monthly = (f.premium / f.months).quantize(ZERO) if f.months else f.premium
    target = terms.target_monthly_premium
    out.append(TermMark("monthly_premium", target, monthly, judge(monthly, target)))
    for name, pct, actual in (("take_up", terms.target_take_up, f.new_car_rate), ("renewal_rate", terms.target_renewal_rate, f.renewal_rate)):
        target = (Decimal(str(pct)) / 100).quantize(PLACES) if pct is not None else None
        out.append(TermMark(name, target, actual, judge(actual, target)))
    owed = referral_owed(f, terms)
    condition = terms.min_monthly_premium
    if owed is not None and condition is not None and monthly < Decimal(str(condition)):
        out.append(TermMark("referral", owed, f.referral_amount, None))  # the dealer's premium below the condition: not owed
    else:
        out.append(TermMark("referral", owed, f.referral_amount, judge(f.referral_amount, owed) if owed else None))
    return out


def light(statuses) -> str:
    """The worst of several marks: red (missed), amber (at risk), green (met), '' (nothing judged)."""
    statuses = [s for s in statuses if s]
    if "missed" in statuses:
        return "red"
    if "at_risk" in statuses:
        return "amber"
    return "green" if statuses else ""
