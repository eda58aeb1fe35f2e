"""How long policyholders' names and phones are kept: a setting in months after a policy ends
(``aftersales.personal_months``, default 36). Older policies keep their figures — premium, dates,
dealer — but their holder's name and phone are blanked: on import (never stored) and by ``purge``.
Each function opens its own unit of work.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import update

from desktop.errors import ServiceError
from desktop.persistence.models import aftersales as am
from desktop.services import meta
from desktop.services.context import ServiceContext

KEY = "aftersales.personal_months"
DEFAULT_MONTHS = 36


def months(ctx: ServiceContext) -> int:
    text = meta.get(ctx, KEY)
    try:
        value = int(text) if text is not None else DEFAULT_MONTHS
    except ValueError:
        return DEFAULT_MONTHS
    return value if value > 0 else DEFAULT_MONTHS


def set_months(ctx: ServiceContext, value: int) -> None:
    if not 1 <= value <= 240:
        raise ServiceError("aftersales.retention.range", value=value)
    meta.put(ctx, KEY, str(value))


def months_before(day: date, n: int) -> date:
    """The same day ``n`` months earlier (the month's last day when it is shorter)."""
    month = day.year * 12 + day.month - 1 - n
    year, month = divmod(month, 12)
    month += 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, min(d, 31))
        except ValueError:
            continue
    return date(year, month, 28)


def cutoff(ctx: ServiceContext, today: date | None = None) -> date:
    """Policies that ended before this day keep no personal data."""
    return months_before(today or date.today(), months(ctx))


def purge(ctx: ServiceContext, today: date | None = None) -> int:
    """Blank the holder's name and phone of every policy that ended before the cutoff; how many."""
    limit = cutoff(ctx, today)
    with ctx.unit() as s:
        result = s.execute(update(am.Policy).where(am.Policy.ends_on < limit)
                           .where((am.Policy.holder_name != "") | (am.Policy.holder_phone != ""))
                           .values(holder_name="", holder_phone="", updated_at=ctx.now(), updated_by=ctx.user,
                                   version=am.Policy.version + 1)
                           .execution_options(synchronize_session=False))
        return result.rowcount or 0
