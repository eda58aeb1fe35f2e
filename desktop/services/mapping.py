"""ORM rows ↔ plain records."""

from __future__ import annotations

from desktop.persistence.models import dealers as m
from desktop.rules.dealers import records as r


def audit_of(row) -> r.Audit:
    return r.Audit(row.version, row.created_at, row.created_by, row.updated_at, row.updated_by)


def person_record(row: m.KeyPerson) -> r.KeyPerson:
    return r.KeyPerson(
        id=row.id, name=row.name, gender=row.gender, birth_year=row.birth_year, position=row.position,
        role=row.role, background=row.background, highlights=row.highlights, hobbies=row.hobbies,
        phone=row.phone, notes=row.notes, audit=audit_of(row),
    )


def visit_record(row: m.Visit) -> r.Visit:
    return r.Visit(
        id=row.id, visited_on=row.visited_on, visitor_ids=[s.id for s in row.visitors],
        visitor_names=[s.name for s in row.visitors], people_met=row.people_met, findings=row.findings,
        next_step=row.next_step, next_date=row.next_date, audit=audit_of(row),
    )


def dealer_record(row: m.Dealer) -> r.Dealer:
    return r.Dealer(
        id=row.id, legal_name=row.legal_name, short_name=row.short_name, uscc=row.uscc or "",
        province=row.province, city=row.city, district=row.district, address=row.address,
        brands=[b.brand for b in row.brands if b.kind == "sold"], main_models=row.main_models,
        annual_sales=row.annual_sales, dealer_type=row.dealer_type, founded_on=row.founded_on,
        contact_name=row.contact_name, contact_phone=row.contact_phone,
        sources=sorted(s.source for s in row.sources), premium_scale=row.premium_scale,
        business_structure=row.business_structure, new_car_rate=row.new_car_rate,
        renewal_rate=row.renewal_rate, repair_needs=row.repair_needs,
        brands_repaired=[b.brand for b in row.brands if b.kind == "repaired"],
        entity_structure=row.entity_structure, willingness=row.willingness, licence_no=row.licence_no,
        licence_expiry=row.licence_expiry,
        insurers=[r.InsurerShare(i.insurer, i.share, i.fee_terms, i.repair_terms, i.other_terms) for i in row.insurers], notes=row.notes,
        archived=row.archived, people=[person_record(p) for p in row.people],
        visits=[visit_record(v) for v in row.visits], audit=audit_of(row),
    )


DEALER_SCALARS = (
    "legal_name", "short_name", "province", "city", "district", "address", "main_models", "annual_sales",
    "dealer_type", "founded_on", "contact_name", "contact_phone", "premium_scale", "business_structure",
    "new_car_rate", "renewal_rate", "repair_needs", "entity_structure", "willingness", "licence_no",
    "licence_expiry", "notes",
)
PERSON_SCALARS = ("name", "gender", "birth_year", "position", "role", "background", "highlights", "hobbies", "phone", "notes")
VISIT_SCALARS = ("visited_on", "people_met", "findings", "next_step", "next_date")


def assign(row, **values) -> bool:
    """Set attributes; True when any value differs."""
    changed = False
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed = True
    return changed


def copy_fields(src, dst, names) -> bool:
    """Copy named attributes; True when anything changed."""
    return assign(dst, **{name: getattr(src, name) for name in names})
