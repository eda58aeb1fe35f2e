"""Plain records passed between services and their callers (windows, CLI, documents).

Never live ORM objects: a window can hold these as long as it likes. ``version`` is the
record version the caller saw; saving with a stale version is refused.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal


@dataclass
class Audit:
    version: int = 0
    created_at: datetime | None = None
    created_by: str = ""
    updated_at: datetime | None = None
    updated_by: str = ""


@dataclass
class KeyPerson:
    id: int | None = None
    name: str = ""
    gender: str = ""
    birth_year: int | None = None
    position: str = ""
    role: str = "other"
    background: str = ""  # sensitive
    highlights: str = ""  # sensitive
    hobbies: str = ""  # sensitive
    phone: str = ""
    notes: str = ""
    audit: Audit = field(default_factory=Audit)

    SENSITIVE = ("birth_year", "background", "highlights", "hobbies")


@dataclass
class Visit:
    id: int | None = None
    visited_on: date | None = None
    visitor_ids: list[int] = field(default_factory=list)
    visitor_names: list[str] = field(default_factory=list)  # read-only, filled by services
    people_met: str = ""
    findings: str = ""
    next_step: str = ""
    next_date: date | None = None
    audit: Audit = field(default_factory=Audit)


@dataclass
class InsurerShare:
    insurer: str = ""
    share: Decimal | None = None
    # What is known of the insurer's terms with the dealer (fees, repair referrals, anything else).
    fee_terms: str = ""
    repair_terms: str = ""
    other_terms: str = ""


@dataclass
class Dealer:
    id: int | None = None
    legal_name: str = ""
    short_name: str = ""
    uscc: str = ""
    province: str = ""
    city: str = ""
    district: str = ""
    address: str = ""
    brands: list[str] = field(default_factory=list)
    main_models: str = ""
    annual_sales: int | None = None
    dealer_type: str = ""
    founded_on: date | None = None
    contact_name: str = ""
    contact_phone: str = ""
    sources: list[str] = field(default_factory=list)
    # initial-visit findings (SOP step 2)
    premium_scale: Decimal | None = None
    business_structure: str = ""
    new_car_rate: Decimal | None = None
    renewal_rate: Decimal | None = None
    repair_needs: str = ""
    brands_repaired: list[str] = field(default_factory=list)
    entity_structure: str = ""
    willingness: str = ""
    licence_no: str = ""
    licence_expiry: date | None = None
    insurers: list[InsurerShare] = field(default_factory=list)
    notes: str = ""
    archived: bool = False
    people: list[KeyPerson] = field(default_factory=list)
    visits: list[Visit] = field(default_factory=list)
    audit: Audit = field(default_factory=Audit)

    @property
    def verified(self) -> bool:
        from desktop.rules.dealers.vocab import is_verified

        return is_verified(self.sources)

    @property
    def display_name(self) -> str:
        return self.short_name or self.legal_name


@dataclass
class DealerLine:
    """One line of the dealer list: what the list shows and searches, nothing more."""

    id: int
    legal_name: str
    short_name: str
    city: str
    district: str
    brands: str
    dealer_type: str
    annual_sales: int | None
    contact_name: str
    contact_phone: str
    verified: bool
    updated_at: datetime | None
    haystack: str = ""


@dataclass
class Staff:
    id: int | None = None
    name: str = ""
    title: str = ""
    rank_code: str = "specialist"
    line: str = "channel"
    phone: str = ""
    archived: bool = False
    audit: Audit = field(default_factory=Audit)


@dataclass
class Rank:
    code: str
    name_en: str
    name_zh: str
    level: int

    def name(self, lang: str) -> str:
        return self.name_zh if lang == "zh_CN" else self.name_en


@dataclass
class Relationship:
    """人脉: one of our staff knows one of a dealer's key people, strength 1–5."""

    id: int | None = None
    staff_id: int = 0
    key_person_id: int = 0
    strength: int = 3
    note: str = ""
    staff_name: str = ""
    person_name: str = ""
    dealer_id: int | None = None
    dealer_name: str = ""
    audit: Audit = field(default_factory=Audit)
