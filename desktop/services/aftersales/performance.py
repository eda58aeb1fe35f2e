"""Contract performance: each binding contract's terms judged on its figures from its start to today
(or its end), for the contracts view and for preparing a renewal. One unit of work; reads only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from desktop.persistence.models import contracts as cm
from desktop.rules.aftersales import kpis
from desktop.rules.aftersales.kpis import Figures, TermMark
from desktop.rules.contracts.lifecycle import LIVE
from desktop.services.aftersales.figures import figures
from desktop.services.context import ServiceContext
from desktop.services.contracts.common import terms_of


@dataclass
class ContractRecord:
    """How one contract has been kept so far."""

    contract_id: int
    dealer_id: int
    start: date
    until: date
    figures: Figures
    marks: list[TermMark] = field(default_factory=list)

    @property
    def light(self) -> str:
        return kpis.light(m.status for m in self.marks)


def months_covered(start: date, until: date) -> int:
    return max(1, (until.year - start.year) * 12 + until.month - start.month + 1)


def of_contracts(ctx: ServiceContext, contract_ids: list[int] | None = None, today: date | None = None) -> dict[int, ContractRecord]:
    """contract id → its record, for the given contracts (default: every binding one) that have started."""
    day = today or date.today()
    out: dict[int, ContractRecord] = {}
    with ctx.unit() as s:
        q = select(cm.ContractRow).where(cm.ContractRow.status.in_(LIVE + ("expired",)))
        if contract_ids is not None:
            q = q.where(cm.ContractRow.id.in_(contract_ids))
        for row in s.scalars(q):
            if row.start_date is None or row.start_date > day:
                continue
            until = min(day, row.end_date) if row.end_date else day
            n = months_covered(row.start_date, until)
            f = figures(s, row.start_date, until, [row.dealer_id], months=n).get(row.dealer_id, Figures(months=n))
            out[row.id] = ContractRecord(row.id, row.dealer_id, row.start_date, until, f, kpis.marks(f, terms_of(row)))
    return out
