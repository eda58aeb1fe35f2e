"""Dealers' monthly new-car sales (the base of 新车承保率), typed per dealer and month. One unit of work per call."""

from __future__ import annotations

from desktop.errors import NotFoundError, ServiceError
from desktop.persistence.models import aftersales as am
from desktop.persistence.models import dealers as m
from desktop.services.aftersales.scorecard import check_month
from desktop.services.context import ServiceContext


def set_units(ctx: ServiceContext, dealer_id: int, month: str, units: int) -> None:
    """Record (or correct) the new cars ``dealer_id`` sold in ``month``. Raises NotFoundError or ServiceError."""
    month = check_month(month)
    if units < 0 or units > 1_000_000:
        raise ServiceError("aftersales.sales.range", value=units)
    with ctx.write_unit() as s:
        if s.get(m.Dealer, dealer_id) is None:
            raise NotFoundError("dealer", dealer_id)
        row = s.get(am.NewCarSales, (dealer_id, month))
        if row is None:
            row = am.NewCarSales(dealer_id=dealer_id, month=month, units=units)
            ctx.stamp(row, new=True)
            s.add(row)
        elif row.units != units:
            row.units = units
            ctx.stamp(row, new=False)


def units_of(ctx: ServiceContext, dealer_id: int) -> dict[str, int]:
    """month → units, for one dealer."""
    with ctx.unit() as s:
        return {row.month: row.units for row in s.query(am.NewCarSales).filter(am.NewCarSales.dealer_id == dealer_id)}
