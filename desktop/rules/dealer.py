"""Validation and normalisation of dealer files, key people, visits, staff and relationships.

Each ``validate_*`` returns a normalised copy or raises one RuleError listing every field
at fault, keyed by the record's field names (the UI puts each message next to its field).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from desktop.rules import records as r
from desktop.rules.errors import Problems
from desktop.rules.phones import normalise_phone
from desktop.rules.text import clean
from desktop.rules.uscc import normalise_uscc
from desktop.rules.values import parse_percent
from desktop.rules.vocab import DEALER_TYPES, GENDERS, PERSON_ROLES, STAFF_LINES, SURVEY_SOURCES, WILLINGNESS

MAX_NAME = 200


def _text(problems: Problems, name: str, value: str, *, required=False, max_len=MAX_NAME) -> str:
    value = clean(value)
    if required and not value:
        problems.add(name, "required")
    if max_len and len(value) > max_len:
        problems.add(name, "value.too_long", max=max_len)
    return value


def _choice(problems: Problems, name: str, value: str, allowed) -> str:
    if value not in allowed:
        problems.add(name, "value.choice", value=value)
    return value


def _phone(problems: Problems, name: str, value: str) -> str:
    value = clean(value)
    return (problems.check(name, normalise_phone, value) or value) if value else ""


def _non_negative(problems: Problems, name: str, value):
    if value is not None and value < 0:
        problems.add(name, "value.negative", value=value)
    return value


def _percent(problems: Problems, name: str, value):
    if value is None or value == "":
        return None
    result = problems.check(name, parse_percent, value)
    return result if result is not None else value


def _list(values) -> list[str]:
    seen: list[str] = []
    for v in values:
        v = clean(v)
        if v and v not in seen:
            seen.append(v)
    return seen


def validate_dealer(d: r.Dealer) -> r.Dealer:
    """The dealer's own fields (people and visits are validated one by one)."""
    p = Problems()
    out = replace(
        d,
        legal_name=_text(p, "legal_name", d.legal_name, required=True),
        short_name=_text(p, "short_name", d.short_name),
        province=_text(p, "province", d.province, max_len=40),
        city=_text(p, "city", d.city, max_len=40),
        district=_text(p, "district", d.district, max_len=40),
        address=_text(p, "address", d.address, max_len=300),
        main_models=_text(p, "main_models", d.main_models, max_len=500),
        contact_name=_text(p, "contact_name", d.contact_name, max_len=60),
        contact_phone=_phone(p, "contact_phone", d.contact_phone),
        licence_no=_text(p, "licence_no", d.licence_no, max_len=60),
        brands=_list(d.brands),
        brands_repaired=_list(d.brands_repaired),
        sources=[s for s in SURVEY_SOURCES if s in set(d.sources)],
        dealer_type=_choice(p, "dealer_type", d.dealer_type, ("",) + DEALER_TYPES),
        willingness=_choice(p, "willingness", d.willingness, WILLINGNESS),
        new_car_rate=_percent(p, "new_car_rate", d.new_car_rate),
        renewal_rate=_percent(p, "renewal_rate", d.renewal_rate),
    )
    if clean(d.uscc):
        out.uscc = p.check("uscc", normalise_uscc, d.uscc) or clean(d.uscc)
    else:
        out.uscc = ""
    _non_negative(p, "annual_sales", d.annual_sales)
    _non_negative(p, "premium_scale", d.premium_scale)
    if d.founded_on and d.founded_on > date.today():
        p.add("founded_on", "value.date", value=d.founded_on.isoformat())
    insurers = []
    total = Decimal(0)
    for share in d.insurers:
        name = clean(share.insurer)
        if not name:
            continue
        pct = _percent(p, "insurers", share.share)
        if isinstance(pct, Decimal):
            total += pct
        insurers.append(r.InsurerShare(name, pct))
    if total > 100:
        p.add("insurers", "value.share_total", total=total)
    out.insurers = insurers
    p.raise_if_any()
    return out


def validate_person(person: r.KeyPerson) -> r.KeyPerson:
    p = Problems()
    out = replace(
        person,
        name=_text(p, "name", person.name, required=True, max_len=60),
        position=_text(p, "position", person.position, max_len=100),
        phone=_phone(p, "phone", person.phone),
        gender=_choice(p, "gender", person.gender, GENDERS),
        role=_choice(p, "role", person.role, PERSON_ROLES),
    )
    if person.birth_year is not None and not 1920 <= person.birth_year <= date.today().year - 14:
        p.add("birth_year", "value.year", value=person.birth_year)
    p.raise_if_any()
    return out


def birth_year_from_age(age: int, today: date | None = None) -> int:
    return (today or date.today()).year - age


def validate_visit(visit: r.Visit) -> r.Visit:
    p = Problems()
    if visit.visited_on is None:
        p.add("visited_on", "required")
    if visit.next_date and visit.visited_on and visit.next_date < visit.visited_on:
        p.add("next_date", "value.date", value=visit.next_date.isoformat())
    p.raise_if_any()
    return visit


def validate_staff(staff: r.Staff, rank_codes) -> r.Staff:
    p = Problems()
    out = replace(
        staff,
        name=_text(p, "name", staff.name, required=True, max_len=60),
        title=_text(p, "title", staff.title, max_len=100),
        phone=_phone(p, "phone", staff.phone),
        line=_choice(p, "line", staff.line, STAFF_LINES),
        rank_code=_choice(p, "rank", staff.rank_code, tuple(rank_codes)),
    )
    p.raise_if_any()
    return out


def validate_relationship(rel: r.Relationship) -> r.Relationship:
    p = Problems()
    try:
        strength = int(rel.strength)
    except (TypeError, ValueError):  # None, or text from a roster
        strength = 0
    if not 1 <= strength <= 5:
        p.add("strength", "value.strength")
    p.raise_if_any()
    return rel
