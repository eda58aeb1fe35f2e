"""Plain records of the after-signing area: a dealer's scorecard, a line of the branch-wide table."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from desktop.rules.aftersales.kpis import Figures, TermMark, light


@dataclass
class Scorecard:
    """One dealer's scorecard for a month and the year to date, judged against its contract then."""

    dealer_id: int
    dealer_name: str
    month: str  # YYYY-MM
    figures: Figures
    ytd: Figures
    contract_id: int | None = None
    contract_number: str = ""
    contract_start: date | None = None
    contract_end: date | None = None
    marks: list[TermMark] = field(default_factory=list)  # the month against the terms
    ytd_marks: list[TermMark] = field(default_factory=list)
    fees: Decimal | None = None  # the month's commission at the contract's rates (internal)
    fees_ytd: Decimal | None = None
    trend: list[tuple[str, Decimal]] = field(default_factory=list)  # (YYYY-MM, premium) for the last 12 months

    @property
    def light(self) -> str:
        return light(m.status for m in self.marks)


@dataclass
class ScorecardLine:
    """A dealer's line in the branch-wide scorecard table."""

    dealer_id: int
    dealer_name: str
    team: str
    figures: Figures
    marks: list[TermMark] = field(default_factory=list)
    contract_number: str = ""

    @property
    def light(self) -> str:
        return light(m.status for m in self.marks)


@dataclass
class ReferralBalance:
    dealer_id: int
    dealer_name: str
    contract_number: str
    since: date
    premium: Decimal
    owed: Decimal  # what the terms ask so far (0 when the condition is not met)
    referred: Decimal
    referred_count: int
    condition_met: bool

    @property
    def balance(self) -> Decimal:
        """Referred minus owed: below zero, we owe the dealer work."""
        return self.referred - self.owed


@dataclass
class ContactNote:
    """A renewal contact of the month, as the internal review lists it."""

    day: date
    owner: str
    policy_no: str
    result: str
    note: str


@dataclass
class MonthlyReview:
    """What the monthly review of one dealer is made of. The external version prints only the
    dealer's own figures and our referrals; the internal one also the fees, the terms judged, the
    referral balance, renewal follow-up by owner and the owners' notes."""

    card: Scorecard
    balance: "ReferralBalance | None" = None
    renewals_by_owner: dict[str, tuple[int, int]] = field(default_factory=dict)  # owner → (due, renewed)
    notes: list[ContactNote] = field(default_factory=list)
