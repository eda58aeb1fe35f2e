"""Dealer files: read, save (with the stale-edit check), archive, delete.

All functions run on the calling thread and open their own unit of work. Saving validates the
whole file here; how it lands on the rows (people and visits included) is ``dealers_write``. The
list and its search are a Core read model in ``listing``.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.exc import IntegrityError

from desktop.persistence.models import dealers as m
from desktop.rules.dealers import records as r
from desktop.rules.dealers.validation import validate_dealer, validate_person, validate_visit
from desktop.rules.errors import FieldProblem, RuleError
from desktop.services.dealers import write as dealers_write
from desktop.services import mapping
from desktop.services.conflicts import check_version, stale_guard
from desktop.services.context import ServiceContext
from desktop.errors import InUseError, NotFoundError


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
