"""A dealer file as it was at a moment ("show this file as it was on a date"), rebuilt from today's
rows and the history written since, as the same ``rules.dealers.records.Dealer`` the dealer form shows.

Sensitive fields stay masked for a role that may not read them. One unit of work per record on the
calling thread (call it off the GUI thread).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, DateTime, Integer, Numeric, select

from desktop.persistence.models import dealers as m
from desktop.persistence.office import catalog
from desktop.persistence.models import office as om
from desktop.rules.dealers import records as r
from desktop.services import mapping
from desktop.services.context import ServiceContext
from desktop.services.office.history import as_of

FILE_TABLES = ("key_people", "visits", "dealer_brands", "dealer_sources", "dealer_insurers")
MODELS = {"dealers": m.Dealer, "key_people": m.KeyPerson, "visits": m.Visit, "dealer_brands": m.DealerBrand,
          "dealer_sources": m.DealerSource, "dealer_insurers": m.DealerInsurer}


def _typed(table: str, fields: dict) -> dict:
    """History values (JSON: dates as text, amounts as numbers) back to the columns' Python types."""
    cols = catalog.tables()[table].c
    out = {}
    for k, v in fields.items():
        if k not in cols:
            continue
        kind = cols[k].type
        if v is None:
            out[k] = None
        elif isinstance(kind, DateTime):
            out[k] = v if isinstance(v, datetime) else datetime.fromisoformat(str(v).replace(" ", "T"))
        elif isinstance(kind, Date):
            out[k] = v if isinstance(v, date) else date.fromisoformat(str(v)[:10])
        elif isinstance(kind, Numeric):
            out[k] = Decimal(str(v))
        elif isinstance(kind, Boolean):
            out[k] = bool(v)
        elif isinstance(kind, Integer):
            out[k] = int(v)
        else:
            out[k] = v
    return out


def _record_ids(ctx: ServiceContext, table: str, dealer_id: int) -> list[str]:
    t_ = catalog.tables()[table]
    pk = catalog.primary_key(table)
    with ctx.unit() as s:
        now = ["/".join(str(v) for v in row) for row in s.execute(select(*[t_.c[c] for c in pk]).where(t_.c.dealer_id == dealer_id))]
        before = s.scalars(select(om.HistoryEntry.record_id).where(om.HistoryEntry.table_name == table,
                                                                om.HistoryEntry.dealer_id == dealer_id).distinct())
        return list(dict.fromkeys([*now, *before]))


def _visitors(ctx: ServiceContext, visit_id: int, when: datetime) -> list[m.Staff]:
    with ctx.unit() as s:
        now = {str(v) for v in s.scalars(select(m.visit_staff.c.staff_id).where(m.visit_staff.c.visit_id == visit_id))}
        before = set(s.scalars(select(om.HistoryEntry.record_id).where(om.HistoryEntry.table_name == "visit_staff",
                                                                    om.HistoryEntry.record_id.like(f"{visit_id}/%"))))
        ids = sorted({i.split("/")[-1] for i in before} | now, key=int)
        staff = {x.id: x.name for x in s.scalars(select(m.Staff).where(m.Staff.id.in_([int(i) for i in ids])))}
    kept = [i for i in ids if as_of(ctx, "visit_staff", f"{visit_id}/{i}", when) is not None]
    return [m.Staff(id=int(i), name=staff.get(int(i), "")) for i in kept]


def dealer_as_of(ctx: ServiceContext, dealer_id: int, when: datetime) -> r.Dealer | None:
    """The dealer file (people, visits, brands, sources, insurers) as it stood at ``when`` (UTC,
    naive), or None when the dealer did not exist then. Its ``audit`` is empty (a past state)."""
    fields = as_of(ctx, "dealers", dealer_id, when)
    if fields is None:
        return None
    row = m.Dealer(**_typed("dealers", fields))
    parts: dict[str, list] = {}
    for table in FILE_TABLES:
        parts[table] = []
        for record_id in _record_ids(ctx, table, dealer_id):
            state = as_of(ctx, table, record_id, when)
            if state is not None:
                parts[table].append(MODELS[table](**_typed(table, state)))
    row.brands = sorted(parts["dealer_brands"], key=lambda b: (b.kind, b.position or 0))
    row.sources = parts["dealer_sources"]
    row.insurers = sorted(parts["dealer_insurers"], key=lambda i: i.position or 0)
    row.people = sorted(parts["key_people"], key=lambda p: p.id)
    for visit in parts["visits"]:
        visit.visitors = _visitors(ctx, visit.id, when)
    row.visits = sorted(parts["visits"], key=lambda v: v.visited_on or date.min, reverse=True)
    return mapping.dealer_record(row)
