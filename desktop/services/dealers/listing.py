"""The dealer list and its search: rows with their haystacks, read through SQLAlchemy Core.

A read model of three tables, not the ORM: the window's list (100,000 rows on a worker) and the
CLI's ``list dealers`` (a fresh process that should start about as fast as SQLAlchemy itself)
need no entities, so neither loads the ORM nor the model modules to get them. The projections
below name the columns read; a test keeps them equal to the models' tables.
"""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Boolean, DateTime, Integer, column, func, select, table

from desktop.rules.dealers import records as r
from desktop.rules.dealers.search import filter_indices, haystack, normalise_query, pinyin_keys
from desktop.rules.dealers.vocab import VERIFIED_MIN_SOURCES
from desktop.services.context import ServiceContext

DEALERS = table(
    "dealers", column("id", Integer), column("legal_name"), column("short_name"), column("city"), column("district"),
    column("address"), column("dealer_type"), column("annual_sales", Integer), column("contact_name"),
    column("contact_phone"), column("updated_at", DateTime), column("name_pinyin"), column("name_initials"),
    column("archived", Boolean),
)
BRANDS = table("dealer_brands", column("dealer_id", Integer), column("kind"), column("brand"), column("position", Integer))
SOURCES = table("dealer_sources", column("dealer_id", Integer))

PAGE = 4000  # most rows read at a time when a search may stop early (a --limit)


@dataclass
class DealerFilter:
    text: str = ""
    city: str = ""
    brand: str = ""
    dealer_type: str = ""
    verified: bool | None = None
    ids: frozenset[int] | None = None  # only these dealers (e.g. the batch just imported)

    def accepts(self, row: r.DealerLine) -> bool:
        if self.ids is not None and row.id not in self.ids:
            return False
        if self.city and row.city != self.city:
            return False
        if self.dealer_type and row.dealer_type != self.dealer_type:
            return False
        if self.verified is not None and row.verified != self.verified:
            return False
        if self.brand and self.brand not in row.brands.split("、"):
            return False
        return True


def _rows(conn, include_archived: bool, after: int | None, page: int | None, city: str = "") -> list[r.DealerLine]:
    """Dealers in id order — all of them, or ``page`` of them with ids above ``after``."""
    d, b, src = DEALERS.c, BRANDS.c, SOURCES.c
    stmt = select(d.id, d.legal_name, d.short_name, d.city, d.district, d.address, d.dealer_type, d.annual_sales,
                  d.contact_name, d.contact_phone, d.updated_at, d.name_pinyin, d.name_initials).order_by(d.id)
    if not include_archived:
        stmt = stmt.where(d.archived.is_(False))
    if city:
        stmt = stmt.where(d.city == city)
    if page is not None:
        stmt = stmt.where(d.id > (after or 0)).limit(page)
    found = conn.execute(stmt).all()
    brand_stmt = select(b.dealer_id, b.brand).where(b.kind == "sold").order_by(b.dealer_id, b.position)
    source_stmt = select(src.dealer_id).group_by(src.dealer_id).having(func.count() >= VERIFIED_MIN_SOURCES)
    if page is not None:  # only this page's dealers
        if not found:
            return []
        low, high = found[0][0], found[-1][0]
        brand_stmt = brand_stmt.where(b.dealer_id.between(low, high))
        source_stmt = source_stmt.where(src.dealer_id.between(low, high))
    brands: dict[int, list[str]] = defaultdict(list)
    for dealer_id, brand in conn.execute(brand_stmt):
        brands[dealer_id].append(brand)
    verified = set(conn.execute(source_stmt).scalars())
    rows = []
    for (i, legal, short, city_, district, address, dtype, sales, contact, phone, updated, py, ini) in found:
        if not py:  # keys a roster import left for later (dealers/keys.py): the same keys, computed now
            py, ini = pinyin_keys(legal, short or "")
        brand_text = "、".join(brands.get(i, ()))
        rows.append(r.DealerLine(
            i, legal, short, city_, district, brand_text, dtype, sales, contact, phone, i in verified, updated,
            haystack(legal, short, city_, district, address, contact, phone, brand_text, py, ini),
        ))
    return rows


def list_rows(ctx: ServiceContext, *, include_archived: bool = False) -> list[r.DealerLine]:
    """Every dealer as a list row with its search haystack. ~1 s for 100,000 dealers; worker thread.
    The cyclic garbage collector waits meanwhile: it would rescan the growing list again and again,
    holding the GIL — and so the GUI thread — for hundreds of milliseconds each time."""
    with ctx.reading() as conn, collector_paused():
        return _rows(conn, include_archived, None, None)


@contextmanager
def collector_paused():
    """Pause the cyclic garbage collector around building many objects that make no cycles."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _pages(ctx: ServiceContext, city: str, first: int) -> Iterator[list[r.DealerLine]]:
    """Pages of dealers in id order, ``first`` rows, then twice as many each time up to PAGE."""
    after, size = None, max(1, min(first, PAGE))
    with ctx.reading() as conn:
        while True:
            rows = _rows(conn, False, after, size, city)
            if not rows:
                return
            yield rows
            after, size = rows[-1].id, min(size * 2, PAGE)


def search(ctx: ServiceContext, flt: DealerFilter, limit: int | None = None) -> list[r.DealerLine]:
    """The window's search, for the CLI: same haystacks, same matching, in id order. With a
    ``limit`` it reads a page at a time and stops once it has enough."""
    words = normalise_query(flt.text)
    if not limit:
        rows = [row for row in list_rows(ctx) if flt.accepts(row)]
        return [rows[i] for i in filter_indices(words, [row.haystack for row in rows])]
    found: list[r.DealerLine] = []
    for page in _pages(ctx, flt.city, limit * 2 if words or flt != DealerFilter(city=flt.city) else limit):
        rows = [row for row in page if flt.accepts(row)]
        found += [rows[i] for i in filter_indices(words, [row.haystack for row in rows])]
        if len(found) >= limit:
            break
    return found[:limit]
