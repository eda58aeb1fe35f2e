"""One dealer file written onto its rows inside the caller's unit of work: the scalar fields and
search keys, the brand, source and insurer lists, and the people and visits matched to their
existing rows by id (missing ones dropped, new ones created), each stamped when it changes.

``services.dealers.files`` validates first and owns the transaction; nothing here commits. Runs on
the calling thread.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.persistence.models import dealers as m
from desktop.rules.dealers import records as r
from desktop.rules.errors import FieldProblem, RuleError
from desktop.rules.dealers.search import pinyin_keys
from desktop.services import mapping
from desktop.services.conflicts import check_version
from desktop.services.context import ServiceContext
from desktop.errors import NotFoundError


def load(s: Session, dealer_id: int) -> m.Dealer:
    """The dealer with its people, visits (and visitors), brands, sources and insurers loaded."""
    row = s.get(
        m.Dealer, dealer_id,
        options=[selectinload(m.Dealer.people), selectinload(m.Dealer.visits).selectinload(m.Visit.visitors),
                 selectinload(m.Dealer.brands), selectinload(m.Dealer.sources), selectinload(m.Dealer.insurers)],
    )
    if row is None:
        raise NotFoundError("dealer", dealer_id)
    return row



def _insurer_key(i) -> tuple:
    """An insurer of the file as compared on save: its share and the terms we know of."""
    return i.insurer, i.share, i.fee_terms, i.repair_terms, i.other_terms


def write(ctx: ServiceContext, s: Session, d: r.Dealer, people, visits) -> m.Dealer:
    """Bring the rows of ``d`` (or a new dealer) in line with it; ``people`` and ``visits`` are the
    validated ones. Raises RuleError (the code is another dealer's), ConflictError (stale version)."""
    if d.id is None:
        row = m.Dealer()
        s.add(row)
        ctx.stamp(row, new=True)
    else:
        row = load(s, d.id)
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
    if [_insurer_key(i) for i in row.insurers] != [_insurer_key(i) for i in d.insurers]:
        row.insurers = [m.DealerInsurer(insurer=i.insurer, share=i.share, fee_terms=i.fee_terms, repair_terms=i.repair_terms,
                                        other_terms=i.other_terms, position=n) for n, i in enumerate(d.insurers)]
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
