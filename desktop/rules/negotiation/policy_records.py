"""Plain records of draft policies (SOP step 4): caps, bonuses, policy versions, economics.

Pure data, no side effects.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from desktop.rules.dealers.records import Audit
from desktop.rules.facts import Fact, fmt_number


@dataclass
class FeeCap:
    id: int | None = None
    region: str = ""  # a city or province; '' applies everywhere
    line: str = "commercial"
    cap: Decimal = Decimal(0)  # % of premium
    audit: Audit = field(default_factory=Audit)


@dataclass
class Bonus:
    label: str = ""
    line: str = ""  # the line whose rate it adds to ('' = a fixed amount)
    rate: Decimal | None = None  # percentage points added to the line's rate
    amount: Decimal | None = None  # fixed yuan a year
    condition: str = ""


@dataclass
class CapBreach:
    line: str
    rate: Decimal
    cap: Decimal
    region: str

    def fact(self) -> Fact:
        params = {"line": self.line, "rate": fmt_number(self.rate), "cap": fmt_number(self.cap)}
        if not self.region or self.region == "*":  # a cap for every region: no region to name
            return Fact("policy.cap_breach_anywhere", params)
        return Fact("policy.cap_breach", {**params, "region": self.region})


@dataclass
class PolicyVersion:
    """One version of a dealer's policy package: fee, underwriting and repair-referral parts."""

    id: int | None = None
    dealer_id: int = 0
    number: int = 0
    status: str = "draft"
    region: str = ""
    # fee policy (费用政策): commission rate per line, % of premium, plus bonuses
    rates: dict[str, Decimal | None] = field(default_factory=dict)
    bonuses: list[Bonus] = field(default_factory=list)
    # underwriting policy (核保政策)
    vehicle_types: list[str] = field(default_factory=list)
    max_vehicle_age: int | None = None
    conditions: str = ""
    exclusions: list[str] = field(default_factory=list)
    exclusions_text: str = ""
    # repair-referral policy (送修政策)
    new_car_ratio: Decimal | None = None  # referral value ÷ new-car premium
    renewal_ratio: Decimal | None = None
    min_monthly_premium: Decimal | None = None
    min_sales_share: Decimal | None = None  # % of the store's sales
    referral_brands: list[str] = field(default_factory=list)
    # economics inputs
    take_up: Decimal | None = None  # % of the dealer's new cars we expect to insure
    average_premium: Decimal | None = None  # ¥ per car
    renewal_premium: Decimal | None = None  # ¥ a year of renewals expected through the dealer
    mix: dict[str, Decimal] = field(default_factory=dict)  # % of premium per line
    note: str = ""
    based_on: int | None = None
    submitted_by: str = ""
    submitted_at: datetime | None = None
    approved_by: str = ""
    approved_at: datetime | None = None
    approver_role: str = ""
    breaches: list[CapBreach] = field(default_factory=list)  # filled by services
    audit: Audit = field(default_factory=Audit)


@dataclass
class Economics:
    expected_premium: Decimal
    new_car_premium: Decimal
    commission_cost: Decimal
    bonus_cost: Decimal
    effective_rate: Decimal | None  # total cost ÷ premium, %
    referral_value: Decimal
    referral_ratio: Decimal | None  # referral value ÷ premium
    current_premium: Decimal | None
    share_of_current: Decimal | None  # expected premium ÷ the dealer's own premium scale, %
    current_new_car_rate: Decimal | None
    referral_conditions_met: bool | None
    missing: list[str] = field(default_factory=list)
