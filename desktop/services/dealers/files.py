"""Dealer files: list, search, read, save (with the stale-edit check), archive, delete.

All functions run on the calling thread and open their own unit of work. Saving validates the
whole file here; how it lands on the rows (people and visits included) is ``dealers_write``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.exc import IntegrityError

from desktop.persistence.models import dealers as m
from desktop.rules.dealers import records as r
from desktop.rules.dealers.validation import validate_dealer, validate_person, validate_visit
from desktop.rules.errors import FieldProblem, RuleError
from desktop.rules.dealers.search import filter_indices, haystack, normalise_query
from desktop.rules.dealers.vocab import VERIFIED_MIN_SOURCES
from desktop.services.dealers import write as dealers_write
from desktop.services import mapping
from desktop.services.conflicts import check_version, stale_guard
from desktop.services.context import ServiceContext
from desktop.errors import InUseError, NotFoundError


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


def list_rows(ctx: ServiceContext, *, include_archived: bool = False) -> list[r.DealerLine]:
    """Every dealer as a list row with its search haystack. ~1 s for 100,000 dealers; worker thread."""
    d = m.Dealer
    stmt = select(
        d.id, d.legal_name, d.short_name, d.city, d.district, d.address, d.dealer_type, d.annual_sales,
        d.contact_name, d.contact_phone, d.updated_at, d.name_pinyin, d.name_initials,
    ).order_by(d.id)
    if not include_archived:
        stmt = stmt.where(d.archived.is_(False))
    with ctx.unit() as s:
        brands: dict[int, list[str]] = defaultdict(list)
        for dealer_id, brand in s.execute(
            select(m.DealerBrand.dealer_id, m.DealerBrand.brand)
            .where(m.DealerBrand.kind == "sold")
            .order_by(m.DealerBrand.dealer_id, m.DealerBrand.position)
        ):
            brands[dealer_id].append(brand)
        verified = set(
            s.scalars(
                select(m.DealerSource.dealer_id)
                .group_by(m.DealerSource.dealer_id)
                .having(func.count() >= VERIFIED_MIN_SOURCES)
            )
        )
        rows = []
        for (i, legal, short, city, district, address, dtype, sales, contact, phone, updated, py, ini) in s.execute(stmt):
            brand_text = "、".join(brands.get(i, ()))
            rows.append(
                r.DealerLine(
                    i, legal, short, city, district, brand_text, dtype, sales, contact, phone, i in verified,
                    updated, haystack(legal, short, city, district, address, contact, phone, brand_text, py, ini),
                )
            )
    return rows


def search(ctx: ServiceContext, flt: DealerFilter, limit: int | None = None) -> list[r.DealerLine]:
    """The window's search, for the CLI: same haystacks, same matching."""
    rows = [row for row in list_rows(ctx) if flt.accepts(row)]
    hits = filter_indices(normalise_query(flt.text), [row.haystack for row in rows])
    found = [rows[i] for i in hits]
    return found[:limit] if limit else found


def facets(ctx: ServiceContext) -> dict[str, list[str]]:
    """Distinct cities and brands for the filter boxes."""
    with ctx.unit() as s:
        cities = [c for c in s.scalars(select(m.Dealer.city).distinct().order_by(m.Dealer.city)) if c]
        brands = list(s.scalars(select(m.DealerBrand.brand).where(m.DealerBrand.kind == "sold").distinct().order_by(m.DealerBrand.brand)))
    return {"cities": cities, "brands": brands}


def get(ctx: ServiceContext, dealer_id: int) -> r.Dealer:
    with ctx.unit() as s:
        return mapping.dealer_record(dealers_write.load(s, dealer_id))


def save(ctx: ServiceContext, dealer: r.Dealer) -> r.Dealer:
    """Create or update a whole dealer file (people and visits included) in one transaction.

    Raises RuleError (every field at fault), ConflictError (someone saved after ``dealer`` was read).
    """
    problems = []
    try:
        clean = validate_dealer(dealer)
    except RuleError as err:  # keep going: people and visits at fault are reported together with it
        problems += err.problems
        clean = dealer
    people = []
    for index, person in enumerate(clean.people):
        try:
            people.append(validate_person(person))
        except RuleError as err:
            problems += [FieldProblem(f"people[{index}].{p.field}", p.code, p.params) for p in err.problems]
    visits = []
    for index, visit in enumerate(clean.visits):
        try:
            visits.append(validate_visit(visit))
        except RuleError as err:
            problems += [FieldProblem(f"visits[{index}].{p.field}", p.code, p.params) for p in err.problems]
    if problems:
        raise RuleError(problems)
    try:
        with stale_guard(ctx, m.Dealer, dealer.id, "dealer"), ctx.write_unit() as s:
            row = dealers_write.write(ctx, s, clean, people, visits)
            s.flush()
            dealer_id = row.id
    except IntegrityError:
        # Another user saved a dealer with the same code between our check and our write.
        with ctx.unit() as s:
            other = s.scalar(select(m.Dealer).where(m.Dealer.uscc == clean.uscc, m.Dealer.id != (clean.id or -1))) \
                if clean.uscc else None
            if other is None and ctx.office:  # the holder is another team's dealer, out of this login's sight
                raise RuleError(FieldProblem("uscc", "dealer.duplicate_uscc_elsewhere")) from None
            if other is None:
                raise
            raise RuleError(FieldProblem("uscc", "dealer.duplicate_uscc", {"name": other.legal_name})) from None
    return get(ctx, dealer_id)


def set_archived(ctx: ServiceContext, dealer_id: int, version: int, archived: bool = True) -> r.Dealer:
    with ctx.write_unit() as s:
        row = s.get(m.Dealer, dealer_id)
        if row is None:
            raise NotFoundError("dealer", dealer_id)
        check_version(row, version)
        row.archived = archived
        ctx.stamp(row, new=False)
    return get(ctx, dealer_id)


# Rows that are part of the dealer file itself, not history: they go with the dealer.
OWN_PARTS = {"dealer_brands", "dealer_sources", "dealer_insurers"}


def has_history(s: Session, dealer_id: int) -> bool:
    """True when anything besides the file's own parts refers to the dealer: visits, key people,
    classifications, policies, meetings, contracts… — every table with a key to ``dealers``,
    so an area added later is covered without touching this function."""
    from desktop.persistence.base import Base

    for table in Base.metadata.sorted_tables:
        if table.name in OWN_PARTS:
            continue
        for fk in table.foreign_keys:
            if fk.column.table.name == "dealers":
                column = fk.parent
                if s.scalar(select(column).where(column == dealer_id).limit(1)) is not None:
                    return True
    return False


def delete(ctx: ServiceContext, dealer_id: int) -> None:
    """Delete a dealer with no history; one with visits or people must be archived instead.

    Anything else that refers to the dealer (contracts, negotiation records) is history too:
    the database refuses the delete and the user gets the same message.
    """
    name = ""
    try:
        with ctx.write_unit() as s:
            row = s.get(m.Dealer, dealer_id)
            if row is None:
                raise NotFoundError("dealer", dealer_id)
            name = row.legal_name
            if has_history(s, dealer_id):
                raise InUseError("dealer.has_history", name=name)
            s.delete(row)
            s.flush()
    except IntegrityError:
        raise InUseError("dealer.has_history", name=name) from None


def delete_many(ctx: ServiceContext, dealer_ids: list[int]) -> int:
    """Delete several dealers in one transaction: all of them, or — when any has history — none,
    naming those that must be archived instead."""
    with ctx.write_unit() as s:
        rows = [s.get(m.Dealer, i) for i in dealer_ids]
        missing = [i for i, row in zip(dealer_ids, rows) if row is None]
        if missing:
            raise NotFoundError("dealer", missing[0])
        kept = [row.legal_name for row in rows if has_history(s, row.id)]
        if kept:
            names = "、".join(kept[:3]) + (f" (+{len(kept) - 3})" if len(kept) > 3 else "")
            raise InUseError("dealer.has_history", name=names)
        try:
            for row in rows:
                s.delete(row)
            s.flush()
        except IntegrityError:
            raise InUseError("dealer.has_history", name="、".join(r.legal_name for r in rows[:3])) from None
    return len(rows)


def set_archived_many(ctx: ServiceContext, dealer_ids: list[int], archived: bool = True) -> int:
    """Archive (or restore) several dealers in one transaction; each is stamped and its version moves."""
    with ctx.write_unit() as s:
        rows = list(s.scalars(select(m.Dealer).where(m.Dealer.id.in_(dealer_ids))))
        for row in rows:
            if row.archived != archived:
                row.archived = archived
                ctx.stamp(row, new=False)
    return len(rows)


def count(ctx: ServiceContext) -> int:
    with ctx.unit() as s:
        return s.scalar(select(func.count()).select_from(m.Dealer)) or 0
