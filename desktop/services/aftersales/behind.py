"""The policies and claims behind a scorecard figure (double-click a figure → its rows), for a dealer
(or, with no dealer, the branch) over a month or the year to that month. One unit of work; reads only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from desktop.persistence.models import aftersales as am
from desktop.services.aftersales.figures import month_bounds
from desktop.services.aftersales.scorecard import check_month
from desktop.services.context import ServiceContext

POLICY_FIGURES = {"premium": None, "premium_new_car": "new", "premium_renewal": "renewal", "premium_transfer": "transfer",
                  "new_car_rate": "new"}
CLAIM_FIGURES = ("referral_amount", "referral_ratio", "referral_count")
DUE_FIGURES = ("renewal_rate",)


@dataclass
class BehindLine:
    """One policy or claim behind a figure."""

    kind: str  # policy, claim
    number: str  # 保单号 / 报案号
    plate: str
    day: date  # starts (a policy), ends (a due policy), loss (a claim)
    amount: Decimal  # premium / 定损金额
    detail: str  # business or coverage code, or the repair shop


def rows_behind(ctx: ServiceContext, dealer_id: int | None, month: str, figure: str, *, ytd: bool = False) -> list[BehindLine]:
    """The rows ``figure`` of the scorecard is made of. ValueError for a figure that has none."""
    month = check_month(month)
    first, last = month_bounds(month)
    if ytd:
        first = date(first.year, 1, 1)
    p, c = am.Policy, am.Claim
    with ctx.unit() as s:
        if figure in POLICY_FIGURES or figure in DUE_FIGURES:
            day = p.ends_on if figure in DUE_FIGURES else p.starts_on
            q = select(p.policy_no, p.plate, day, p.premium, p.business, p.coverage).where(day.between(first, last)).order_by(day, p.policy_no)
            if POLICY_FIGURES.get(figure):
                q = q.where(p.business == POLICY_FIGURES[figure])
            if dealer_id is not None:
                q = q.where(p.dealer_id == dealer_id)
            return [BehindLine("policy", no, plate, d, amount, business or coverage) for no, plate, d, amount, business, coverage in s.execute(q)]
        if figure in CLAIM_FIGURES:
            q = (select(c.claim_no, c.plate, c.loss_on, c.loss_amount, c.repair_shop)
                 .where(c.loss_on.between(first, last), c.referred.is_(True)).order_by(c.loss_on, c.claim_no))
            if dealer_id is not None:
                q = q.where(c.dealer_id == dealer_id)
            return [BehindLine("claim", *row) for row in s.execute(q)]
    raise ValueError(figure)
