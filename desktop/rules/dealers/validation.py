"""Validation and normalisation of dealer files, key people, visits, staff and relationships.

Each ``validate_*`` returns a normalised copy or raises one RuleError listing every field
at fault, keyed by the record's field names (the UI puts each message next to its field).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Callable

from desktop.rules.dealers import records as r
from desktop.rules.errors import Problems
from desktop.rules.dealers.phones import normalise_phone
from desktop.rules.office.masking import is_masked, is_masked_year
from desktop.rules.text import UNSAFE, clean, unsafe_characters
from desktop.rules.dealers.uscc import normalise_uscc
from desktop.rules.values import parse_percent
from desktop.rules.dealers.vocab import DEALER_TYPES, GENDERS, PERSON_ROLES, STAFF_LINES, SURVEY_SOURCES, WILLINGNESS

MAX_NAME = 200


def safe_text(problems: Problems, name: str, value):
    """The one rule every text field of a dealer, person or visit follows, on save and on import:
    no invisible control or direction-override character (``rules.text.UNSAFE``) — refused with a
    message on the field, not dropped, so nothing a person typed is silently changed."""
    if type(value) is str and UNSAFE.search(value):
        problems.add(name, "value.unsafe_chars", chars=unsafe_characters(value))
    return value


def _text(problems: Problems, name: str, value: str, *, required=False, max_len=MAX_NAME) -> str:
    value = safe_text(problems, name, clean(value))  # clean() makes the whitespace-like controls spaces
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
    if UNSAFE.search(value):
        return safe_text(problems, name, value)
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


def _list(problems: Problems, name: str, values) -> list[str]:
    seen: list[str] = []
    for v in values:
        v = safe_text(problems, name, clean(v))
        if v and v not in seen:
            seen.append(v)
    return seen


def _sources(_p: Problems, values) -> list[str]:
    wanted = set(values)
    return [s for s in SURVEY_SOURCES if s in wanted]


def _uscc(p: Problems, value) -> str:
    text = clean(value)
    if not text:
        return ""
    return p.check("uscc", normalise_uscc, value) or text


def _insurers(p: Problems, shares) -> list[r.InsurerShare]:
    insurers = []
    total = Decimal(0)
    for share in shares:
        name = safe_text(p, "insurers", clean(share.insurer))
        if not name:
            continue
        pct = _percent(p, "insurers", share.share)
        if isinstance(pct, Decimal):
            total += pct
        terms = {k: _text(p, "insurers", getattr(share, k, ""), max_len=500) for k in ("fee_terms", "repair_terms", "other_terms")}
        insurers.append(r.InsurerShare(name, pct, **terms))
    if total > 100:
        p.add("insurers", "value.share_total", total=total)
    return insurers


def _founded_on(p: Problems, value):
    if value and value > date.today():
        p.add("founded_on", "value.date", value=value.isoformat())
    return value


class TextCheck:
    """The rule of a plain text field: cleaned, maybe required, at most ``max_len`` characters.
    A class rather than a closure so the roster import can apply it to a whole column at once."""

    __slots__ = ("name", "required", "max_len")

    def __init__(self, name: str, *, required: bool = False, max_len: int = MAX_NAME) -> None:
        self.name, self.required, self.max_len = name, required, max_len

    def __call__(self, problems: Problems, value) -> str:
        return _text(problems, self.name, value, required=self.required, max_len=self.max_len)


class FreeText:
    """The rule of a free-text field (notes, structures): kept as typed, but ``safe_text``."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, problems: Problems, value):
        return safe_text(problems, self.name, value)



# Every rule on a dealer's own fields concerns one field: field → check(problems, value) → the
# normal value (problems recorded under the field's name). In the order validate_dealer reports
# problems. Fields not listed are taken as they are. The roster import checks cell by cell with
# these, remembering the verdicts on values that repeat down a column.
DEALER_FIELD_CHECKS: dict[str, Callable[[Problems, object], object]] = {
    "legal_name": TextCheck("legal_name", required=True),
    "short_name": TextCheck("short_name"),
    "province": TextCheck("province", max_len=40),
    "city": TextCheck("city", max_len=40),
    "district": TextCheck("district", max_len=40),
    "address": TextCheck("address", max_len=300),
    "main_models": TextCheck("main_models", max_len=500),
    "contact_name": TextCheck("contact_name", max_len=60),
    "contact_phone": lambda p, value: _phone(p, "contact_phone", value),
    "licence_no": TextCheck("licence_no", max_len=60),
    "brands": lambda p, values: _list(p, "brands", values),
    "brands_repaired": lambda p, values: _list(p, "brands_repaired", values),
    "sources": _sources,
    "dealer_type": lambda p, value: _choice(p, "dealer_type", value, ("",) + DEALER_TYPES),
    "willingness": lambda p, value: _choice(p, "willingness", value, WILLINGNESS),
    "new_car_rate": lambda p, value: _percent(p, "new_car_rate", value),
    "renewal_rate": lambda p, value: _percent(p, "renewal_rate", value),
    "uscc": _uscc,
    "annual_sales": lambda p, value: _non_negative(p, "annual_sales", value),
    "premium_scale": lambda p, value: _non_negative(p, "premium_scale", value),
    "founded_on": _founded_on,
    "insurers": _insurers,
    "business_structure": FreeText("business_structure"),
    "repair_needs": FreeText("repair_needs"),
    "entity_structure": FreeText("entity_structure"),
    "notes": FreeText("notes"),
}


def check_dealer_field(field_name: str, value):
    """One field of a dealer checked as ``validate_dealer`` checks it: the normal value, or RuleError."""
    check = DEALER_FIELD_CHECKS.get(field_name)
    if check is None:
        return value
    p = Problems()
    out = check(p, value)
    p.raise_if_any()
    return out


def validate_dealer(d: r.Dealer) -> r.Dealer:
    """The dealer's own fields (people and visits are validated one by one)."""
    p = Problems()
    out = replace(d, **{name: check(p, getattr(d, name)) for name, check in DEALER_FIELD_CHECKS.items()})
    p.raise_if_any()
    return out


def validate_person(person: r.KeyPerson) -> r.KeyPerson:
    p = Problems()
    out = replace(
        person,
        name=_text(p, "name", person.name, required=True, max_len=60),
        position=_text(p, "position", person.position, max_len=100),
        phone=person.phone if is_masked(person.phone) else _phone(p, "phone", person.phone),
        gender=_choice(p, "gender", person.gender, GENDERS),
        role=_choice(p, "role", person.role, PERSON_ROLES),
    )
    for name in ("background", "highlights", "hobbies", "notes"):
        safe_text(p, name, getattr(person, name))
    if person.birth_year is not None and not is_masked_year(person.birth_year) \
            and not 1920 <= person.birth_year <= date.today().year - 14:
        p.add("birth_year", "value.year", value=person.birth_year)
    p.raise_if_any()
    return out


def birth_year_from_age(age: int, today: date | None = None) -> int:
    return (today or date.today()).year - age


def validate_visit(visit: r.Visit) -> r.Visit:
    p = Problems()
    for name in ("people_met", "findings", "next_step"):
        safe_text(p, name, getattr(visit, name))
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
