"""The dealers' yearly premium scale (the dealer file's 自有保费规模), the denominator of our share of
their insurance (``rules.aftersales.share``). One unit of work per call; calling thread; reads only."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select

from desktop.persistence.models import dealers as m
from desktop.services.context import ServiceContext


def premium_scales(ctx: ServiceContext, dealer_ids: list[int] | None = None) -> dict[int, Decimal]:
    """dealer id → its yearly premium scale, for the dealers that have one (all, or ``dealer_ids``)."""
    q = select(m.Dealer.id, m.Dealer.premium_scale).where(m.Dealer.premium_scale.is_not(None))
    if dealer_ids is not None:
        q = q.where(m.Dealer.id.in_(dealer_ids))
    with ctx.unit() as s:
        return {dealer_id: Decimal(str(scale)) for dealer_id, scale in s.execute(q)}
