"""Dealer files: list, search, read, save (with the stale-edit check), archive, delete.

All functions run on the calling thread and open their own unit of work.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.exc import IntegrityError

from desktop.persistence import models as m
from desktop.rules import records as r
from desktop.rules.dealer import validate_dealer, validate_person, validate_visit
from desktop.rules.errors import FieldProblem, RuleError
from desktop.rules.search import filter_indices, haystack, normalise_query, pinyin_keys
from desktop.rules.vocab import VERIFIED_MIN_SOURCES
from desktop.services import mapping
from desktop.services.conflicts import check_version, stale_guard
from desktop.services.context import ServiceContext
from desktop.services.errors import InUseError, NotFoundError


@dataclass
class DealerFilter:
    text: str = ""
    city: str = ""
    brand: str = ""
    dealer_type: str = ""
    verified: bool | None = None

    def accepts(self, row: r.DealerRow) -> bool:
        if self.city and row.city != self.city:
            return False
        if self.dealer_type and row.dealer_type != self.dealer_type:
            return False
        if self.verified is not None and row.verified != self.verified:
            return False
        if self.brand and self.brand not in row.brands.split("、"):
            return False
        return True


def list_rows(ctx: ServiceContext, *, include_archived: bool = False) -> list[r.DealerRow]:
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
                r.DealerRow(
                    i, legal, short, city, district, brand_text, dtype, sales, contact, phone, i in verified,
                    updated, haystack(legal, short, city, district, address, contact, phone, brand_text, py, ini),
                )
            )
    return rows


def search(ctx: ServiceContext, flt: DealerFilter, limit: int | None = None) -> list[r.DealerRow]:
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


def _load(s: Session, dealer_id: int) -> m.Dealer:
    row = s.get(
        m.Dealer, dealer_id,
        options=[selectinload(m.Dealer.people), selectinload(m.Dealer.visits).selectinload(m.Visit.visitors),
                 selectinload(m.Dealer.brands), selectinload(m.Dealer.sources), selectinload(m.Dealer.insurers)],
    )
    if row is None:
        raise NotFoundError("dealer", dealer_id)
    return row


def get(ctx: ServiceContext, dealer_id: int) -> r.Dealer:
    with ctx.unit() as s:
        return mapping.dealer_record(_load(s, dealer_id))


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
        with stale_guard(ctx, m.Dealer, dealer.id, "dealer"), ctx.unit() as s:
            row = _write(ctx, s, clean, people, visits)
            s.flush()
            dealer_id = row.id
    except IntegrityError:
        # Another user saved a dealer with the same code between our check and our write.
        with ctx.unit() as s:
            other = s.scalar(select(m.Dealer).where(m.Dealer.uscc == clean.uscc, m.Dealer.id != (clean.id or -1))) \
                if clean.uscc else None
            if other is None:
                raise
            raise RuleError(FieldProblem("uscc", "dealer.duplicate_uscc", {"name": other.legal_name})) from None
    return get(ctx, dealer_id)


def _write(ctx: ServiceContext, s: Session, d: r.Dealer, people, visits) -> m.Dealer:
    if d.id is None:
        row = m.Dealer()
        s.add(row)
        ctx.stamp(row, new=True)
    else:
        row = _load(s, d.id)
        check_version(row, d.audit.version)
    if d.uscc:
        with s.no_autoflush:  # a new row has no legal_name yet: flushing it here would fail NOT NULL
            other = s.scalar(select(m.Dealer).where(m.Dealer.uscc == d.uscc, m.Dealer.id != (d.id or -1)))
        if other is not None:
            raise RuleError(FieldProblem("uscc", "dealer.duplicate_uscc", {"name": other.legal_name}))
    changed = mapping.copy_fields(d, row, mapping.DEALER_SCALARS)
    if (row.uscc or "") != d.uscc:
        row.uscc = d.uscc or None
        changed = True
    row.name_pinyin, row.name_initials = pinyin_keys(d.legal_name, d.short_name)
    wanted_brands = [("sold", b) for b in d.brands] + [("repaired", b) for b in d.brands_repaired]
    if [(b.kind, b.brand) for b in row.brands] != wanted_brands:
        row.brands = [m.DealerBrand(kind=k, brand=b, position=i) for i, (k, b) in enumerate(wanted_brands)]
        changed = True
    if sorted(x.source for x in row.sources) != sorted(d.sources):
        row.sources = [m.DealerSource(source=x) for x in d.sources]
        changed = True
    if [(i.insurer, i.share) for i in row.insurers] != [(i.insurer, i.share) for i in d.insurers]:
        row.insurers = [m.DealerInsurer(insurer=i.insurer, share=i.share, position=n) for n, i in enumerate(d.insurers)]
        changed = True
    changed |= _sync_children(ctx, row.people, people, m.KeyPerson, mapping.PERSON_SCALARS)
    visits_before = [v.id for v in row.visits]
    for child, wanted in _pairs(row.visits, visits, ctx, m.Visit):
        visit_changed = mapping.copy_fields(wanted, child, mapping.VISIT_SCALARS)
        ids = list(dict.fromkeys(wanted.visitor_ids))
        if [x.id for x in child.visitors] != ids:
            # Looking staff up must not flush the half-written dealer: a new one would be
            # INSERTed, then re-stamped below and UPDATEd — version 2 instead of 1.
            with s.no_autoflush:
                child.visitors = [staff for staff in (s.get(m.Staff, i) for i in ids) if staff is not None]
            visit_changed = True
        if visit_changed and child.id is not None:
            ctx.stamp(child, new=False)
        changed |= visit_changed
    changed |= visits_before != [v.id for v in row.visits]
    if changed and d.id is not None:
        # A new updated_at forces an UPDATE even when only child rows changed, so the version
        # moves by exactly one. A new row was stamped when it was created.
        ctx.stamp(row, new=False)
    return row


def _pairs(existing: list, wanted: list, ctx: ServiceContext, model):
    """Match wanted records to existing children by id: drop the missing, create the new.

    Yields (child row, wanted record); a removal shows as ``existing`` getting shorter.
    """
    by_id = {c.id: c for c in existing}
    keep = {w.id for w in wanted if w.id is not None}
    for child in [c for c in existing if c.id not in keep]:
        existing.remove(child)
    for w in wanted:
        child = by_id.get(w.id) if w.id is not None else None
        if child is None:
            child = model()
            ctx.stamp(child, new=True)
            existing.append(child)
        yield child, w


def _sync_children(ctx: ServiceContext, existing: list, wanted: list, model, fields) -> bool:
    before = [c.id for c in existing]
    changed = False
    for child, w in _pairs(existing, wanted, ctx, model):
        if mapping.copy_fields(w, child, fields):
            if child.id is not None:
                ctx.stamp(child, new=False)
            changed = True
    return changed or before != [c.id for c in existing]


def set_archived(ctx: ServiceContext, dealer_id: int, version: int, archived: bool = True) -> r.Dealer:
    with ctx.unit() as s:
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
        with ctx.unit() as s:
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
    with ctx.unit() as s:
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
    with ctx.unit() as s:
        rows = list(s.scalars(select(m.Dealer).where(m.Dealer.id.in_(dealer_ids))))
        for row in rows:
            if row.archived != archived:
                row.archived = archived
                ctx.stamp(row, new=False)
    return len(rows)


def count(ctx: ServiceContext) -> int:
    with ctx.unit() as s:
        return s.scalar(select(func.count()).select_from(m.Dealer)) or 0
