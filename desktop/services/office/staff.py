"""Our staff, the rank scale, and relationships (人脉) between staff and dealers' key people."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.persistence.models import dealers as m
from desktop.rules.dealers import records as r
from desktop.rules.dealers.validation import validate_relationship, validate_staff
from desktop.rules.dealers.search import filter_indices, haystack, normalise_query
from desktop.services.conflicts import check_version, stale_guard
from desktop.services.context import ServiceContext
from desktop.errors import NotFoundError
from desktop.services.mapping import audit_of


def ranks(ctx: ServiceContext) -> list[r.Rank]:
    """The rank scale, most senior first."""
    with ctx.unit() as s:
        return [r.Rank(x.code, x.name_en, x.name_zh, x.level) for x in s.scalars(select(m.StaffRank).order_by(m.StaffRank.level.desc()))]


def _record(row: m.Staff) -> r.Staff:
    return r.Staff(row.id, row.name, row.title, row.rank_code, row.line, row.phone, row.archived, audit_of(row))


def list_staff(ctx: ServiceContext, *, text: str = "", include_archived: bool = False) -> list[r.Staff]:
    with ctx.unit() as s:
        stmt = select(m.Staff).order_by(m.Staff.id)
        if not include_archived:
            stmt = stmt.where(m.Staff.archived.is_(False))
        rows = [_record(x) for x in s.scalars(stmt)]
    words = normalise_query(text)
    if not words:
        return rows
    from desktop.rules.dealers.search import pinyin_keys

    hay = [haystack(x.name, x.title, x.phone, *pinyin_keys(x.name)) for x in rows]
    return [rows[i] for i in filter_indices(words, hay)]


def get(ctx: ServiceContext, staff_id: int) -> r.Staff:
    with ctx.unit() as s:
        row = s.get(m.Staff, staff_id)
        if row is None:
            raise NotFoundError("staff", staff_id)
        return _record(row)


def save(ctx: ServiceContext, staff: r.Staff) -> r.Staff:
    """Create or update a staff member; ConflictError when the copy is stale."""
    clean = validate_staff(staff, [x.code for x in ranks(ctx)])
    with stale_guard(ctx, m.Staff, clean.id, "staff"):
        with ctx.write_unit() as s:
            if clean.id is None:
                row = m.Staff()
                s.add(row)
                ctx.stamp(row, new=True)
            else:
                row = s.get(m.Staff, clean.id)
                if row is None:
                    raise NotFoundError("staff", clean.id)
                check_version(row, clean.audit.version)
                ctx.stamp(row, new=False)
            row.name, row.title, row.rank_code = clean.name, clean.title, clean.rank_code
            row.line, row.phone, row.archived = clean.line, clean.phone, clean.archived
            s.flush()
            staff_id = row.id
    return get(ctx, staff_id)


def relationships(ctx: ServiceContext, *, dealer_id: int | None = None, staff_id: int | None = None) -> list[r.Relationship]:
    with ctx.unit() as s:
        return relationships_in(s, dealer_id=dealer_id, staff_id=staff_id)


def relationships_in(s: Session, *, dealer_id: int | None = None, staff_id: int | None = None) -> list[r.Relationship]:
    """``relationships`` inside the caller's unit of work (the dossier reads them with everything else)."""
    stmt = select(m.Relationship).join(m.KeyPerson).order_by(m.Relationship.strength.desc(), m.Relationship.id)
    if dealer_id is not None:
        stmt = stmt.where(m.KeyPerson.dealer_id == dealer_id)
    if staff_id is not None:
        stmt = stmt.where(m.Relationship.staff_id == staff_id)
    return [
        r.Relationship(
            x.id, x.staff_id, x.key_person_id, x.strength, x.note, x.staff.name, x.person.name,
            x.person.dealer_id, x.person.dealer.short_name or x.person.dealer.legal_name, audit_of(x),
        )
        for x in s.scalars(stmt)
    ]


def save_relationship(ctx: ServiceContext, rel: r.Relationship) -> r.Relationship:
    validate_relationship(rel)
    with ctx.write_unit() as s:
        if rel.id is None:
            row = s.scalar(select(m.Relationship).where(m.Relationship.staff_id == rel.staff_id, m.Relationship.key_person_id == rel.key_person_id))
            if row is None:
                row = m.Relationship(staff_id=rel.staff_id, key_person_id=rel.key_person_id)
                s.add(row)
                ctx.stamp(row, new=True)
        else:
            row = s.get(m.Relationship, rel.id)
            if row is None:
                raise NotFoundError("staff", rel.id)
            check_version(row, rel.audit.version)
        row.strength, row.note = int(rel.strength), rel.note
        ctx.stamp(row, new=False)
        s.flush()
        rel_id = row.id
    return next(x for x in relationships(ctx) if x.id == rel_id)


def delete_relationship(ctx: ServiceContext, rel_id: int) -> None:
    with ctx.write_unit() as s:
        row = s.get(m.Relationship, rel_id)
        if row is not None:
            s.delete(row)


def save_ranks(ctx: ServiceContext, scale: list[r.Rank]) -> list[r.Rank]:
    """Replace the rank scale (most senior first). Ranks still held by staff cannot be removed.

    Levels are renumbered from the order given, so 'more senior' is simply 'higher in the list'.
    """
    from desktop.rules.errors import FieldProblem, RuleError

    problems = []
    codes = [x.code.strip() for x in scale]
    if not scale:
        problems.append(FieldProblem("ranks", "required"))
    if len(set(codes)) != len(codes) or any(not c for c in codes):
        problems.append(FieldProblem("ranks", "rank.codes"))
    if any(not (x.name_zh.strip() and x.name_en.strip()) for x in scale):
        problems.append(FieldProblem("ranks", "rank.names"))
    if problems:
        raise RuleError(problems)
    with ctx.write_unit() as s:
        held = set(s.scalars(select(m.Staff.rank_code).distinct()))
        missing = sorted(held - set(codes))
        if missing:
            raise RuleError(FieldProblem("ranks", "rank.in_use", {"codes": "、".join(missing)}))
        existing = {x.code: x for x in s.scalars(select(m.StaffRank))}
        for code, row in existing.items():
            if code not in codes:
                s.delete(row)
        s.flush()
        top = len(scale)
        for position, rank in enumerate(scale):
            row = existing.get(rank.code) or m.StaffRank(code=rank.code)
            row.name_en, row.name_zh, row.level = rank.name_en.strip(), rank.name_zh.strip(), (top - position) * 10
            s.add(row)
    return ranks(ctx)
