"""A dealer's scorecard (the dealer file's tab, the CLI's ``scorecard``) and the branch-wide table:
the month and the year to date, each judged against the contract in force then. Each function is
one unit of work; calling thread (a worker in the app). Reads only.
"""

from __future__ import annotations

import re
from datetime import date

from sqlalchemy import select

from desktop.errors import NotFoundError, ServiceError
from desktop.persistence.models import contracts as cm
from desktop.persistence.models import dealers as m
from desktop.rules.aftersales import kpis
from desktop.rules.aftersales.kpis import Figures
from desktop.rules.aftersales.records import Scorecard, ScorecardLine
from desktop.services.aftersales.figures import figures, month_bounds, months_between, premium_by_month
from desktop.services.context import ServiceContext
from desktop.services.contracts.common import terms_of

BINDING = ("signed", "in_force", "expiring", "expired", "renewed", "terminated")  # contracts that held for a while
_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")


def check_month(month: str | None, today: date | None = None) -> str:
    """'YYYY-MM' (default: this month); raises ServiceError('aftersales.month') otherwise."""
    if not month:
        return (today or date.today()).strftime("%Y-%m")
    if not _MONTH.match(month):
        raise ServiceError("aftersales.month", value=month)
    return month


def contracts_in(s, month: str, dealer_ids: list[int] | None = None) -> dict[int, cm.ContractRow]:
    """dealer id → the contract binding it in ``month`` (the latest to start, if several)."""
    first, last = month_bounds(month)
    q = (select(cm.ContractRow).where(cm.ContractRow.status.in_(BINDING), cm.ContractRow.start_date <= last,
                                      (cm.ContractRow.end_date.is_(None)) | (cm.ContractRow.end_date >= first))
         .order_by(cm.ContractRow.start_date, cm.ContractRow.revision))
    if dealer_ids is not None:
        q = q.where(cm.ContractRow.dealer_id.in_(dealer_ids))
    out: dict[int, cm.ContractRow] = {}
    for row in s.scalars(q):
        if row.status == "terminated" and row.terminated_on is not None and row.terminated_on < first:
            continue
        out[row.dealer_id] = row
    return out


def of_dealer(ctx: ServiceContext, dealer_id: int, month: str | None = None) -> Scorecard:
    """The scorecard of one dealer for ``month`` (default: this month). Raises NotFoundError."""
    month = check_month(month)
    first, last = month_bounds(month)
    year_start = date(first.year, 1, 1)
    with ctx.unit() as s:
        dealer = s.get(m.Dealer, dealer_id)
        if dealer is None:
            raise NotFoundError("dealer", dealer_id)
        now = figures(s, first, last, [dealer_id]).get(dealer_id, Figures())
        ytd = figures(s, year_start, last, [dealer_id], months=first.month).get(dealer_id, Figures(months=first.month))
        trend_months = months_between(_months_back(month, 11), month)
        by_month = premium_by_month(s, dealer_id, month_bounds(trend_months[0])[0], last)
        trend = [(mo, by_month.get(mo, kpis.ZERO)) for mo in trend_months]
        contract = contracts_in(s, month, [dealer_id]).get(dealer_id)
        card = Scorecard(dealer_id, dealer.legal_name, month, now, ytd, trend=trend)
        if contract is not None:
            terms = terms_of(contract)
            card.contract_id, card.contract_number = contract.id, contract.number
            card.contract_start, card.contract_end = contract.start_date, contract.end_date
            card.marks, card.ytd_marks = kpis.marks(now, terms), kpis.marks(ytd, terms)
            card.fees, card.fees_ytd = now.fees(terms.rates), ytd.fees(terms.rates)
        return card


def branch(ctx: ServiceContext, month: str | None = None) -> list[ScorecardLine]:
    """Every dealer that has figures or a contract in ``month``, by name: the branch-wide table."""
    month = check_month(month)
    first, last = month_bounds(month)
    with ctx.unit() as s:
        found = figures(s, first, last)
        contracts = contracts_in(s, month)
        ids = set(found) | set(contracts)
        names = {i: (name, team) for i, name, team in s.execute(select(m.Dealer.id, m.Dealer.legal_name, m.Dealer.team)
                                                                 .where(m.Dealer.archived.is_(False)))}
        out = []
        for dealer_id in ids:
            if dealer_id not in names:
                continue
            f = found.get(dealer_id, Figures())
            contract = contracts.get(dealer_id)
            marks = kpis.marks(f, terms_of(contract)) if contract is not None else []
            out.append(ScorecardLine(dealer_id, names[dealer_id][0], names[dealer_id][1] or "", f, marks,
                                     contract.number if contract is not None else ""))
    out.sort(key=lambda line: line.dealer_name)
    return out


def _months_back(month: str, n: int) -> str:
    y, mo = (int(x) for x in month.split("-"))
    total = y * 12 + mo - 1 - n
    return f"{total // 12:04}-{total % 12 + 1:02}"
