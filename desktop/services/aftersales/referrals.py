"""Repair guidance (送修引导, SOP 2.7): per dealer with a binding contract, the repairs we have referred
since the contract started against what its referral terms ask (the ratios × the premium they apply
to, when the dealer's premium meets the condition); the dealers we owe work first. Reads only.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select

from desktop.persistence.models import contracts as cm
from desktop.persistence.models import dealers as m
from desktop.rules.aftersales.kpis import ZERO, referral_owed
from desktop.rules.aftersales.records import ReferralBalance
from desktop.services.aftersales.performance import of_contracts
from desktop.services.context import ServiceContext
from desktop.services.contracts.common import terms_of


def balances(ctx: ServiceContext, today: date | None = None) -> list[ReferralBalance]:
    """Every dealer with a binding contract and referral terms, the most owed first."""
    records = of_contracts(ctx, today=today)
    if not records:
        return []
    with ctx.unit() as s:
        contracts = {row.id: row for row in s.scalars(select(cm.ContractRow).where(cm.ContractRow.id.in_(list(records))))}
        names = dict(s.execute(select(m.Dealer.id, m.Dealer.legal_name).where(m.Dealer.id.in_([r.dealer_id for r in records.values()]))).all())
    out = []
    for contract_id, record in records.items():
        row = contracts[contract_id]
        terms = terms_of(row)
        owed = referral_owed(record.figures, terms)
        if owed is None:
            continue
        f = record.figures
        monthly = f.premium / f.months if f.months else f.premium
        met = terms.min_monthly_premium is None or monthly >= Decimal(str(terms.min_monthly_premium))
        out.append(ReferralBalance(record.dealer_id, names.get(record.dealer_id, ""), row.number, record.start, f.premium,
                                   owed if met else ZERO, f.referral_amount, f.referral_count, met))
    out.sort(key=lambda b: (b.balance, b.dealer_name))
    return out
