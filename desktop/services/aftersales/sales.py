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


def set_many(ctx: ServiceContext, dealer_id: int, units_by_month: dict[str, int | None]) -> int:
    """Several months of one dealer at once (the sales grid), in one transaction: a number records or
    corrects the month, None clears it. Returns how many months changed. Raises NotFoundError or ServiceError."""
    checked = {check_month(month): units for month, units in units_by_month.items()}
    for units in checked.values():
        if units is not None and not 0 <= units <= 1_000_000:
            raise ServiceError("aftersales.sales.range", value=units)
    changed = 0
    with ctx.write_unit() as s:
        if s.get(m.Dealer, dealer_id) is None:
            raise NotFoundError("dealer", dealer_id)
        for month, units in sorted(checked.items()):
            row = s.get(am.NewCarSales, (dealer_id, month))
            if units is None:
                if row is not None:
                    s.delete(row)
                    changed += 1
            elif row is None:
                row = am.NewCarSales(dealer_id=dealer_id, month=month, units=units)
                ctx.stamp(row, new=True)
                s.add(row)
                changed += 1
            elif row.units != units:
                row.units = units
                ctx.stamp(row, new=False)
                changed += 1
    return changed
