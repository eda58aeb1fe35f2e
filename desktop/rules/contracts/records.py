"""Plain records of the contract area (SOP 签约合作): contracts, their terms, templates, attachments,
the branch entity, and the packs generated from them.

Passed between services and their callers; never live ORM objects. ``audit.version`` is the
version the caller saw. ``revision`` is the contract's own version: an amendment is revision
n + 1 of the same number. Pure data, no side effects.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from desktop.rules.negotiation.policy_records import Bonus
from desktop.rules.facts import Fact
from desktop.rules.dealers.records import Audit


@dataclass
class Party:
    """One side of the contract: the dealer's legal entity or our branch entity."""

    name: str = ""
    uscc: str = ""  # 统一社会信用代码
    legal_rep: str = ""  # 法定代表人
    address: str = ""
    phone: str = ""


@dataclass
class AgreedItem:
    """A term agreed at the negotiation (from its outcome), kept with the contract for our side (the
    beyond-bottom-line warning, the stored pack snapshot); never printed on the dealer's pack — the
    contract's own fields are its terms."""

    item: str = ""
    value: Decimal | None = None
    unit: str = ""
    note: str = ""
    beyond: bool = False  # worse than our bottom line when it was agreed


@dataclass
class ContractTerms:
    """What the contract grants and asks. Rates, bonuses, referral and underwriting come from the
    approved policy version and are not edited in the contract; targets and service commitments are."""

    rates: dict[str, Decimal | None] = field(default_factory=dict)  # line → commission, % of premium
    bonuses: list[Bonus] = field(default_factory=list)
    new_car_ratio: Decimal | None = None  # repairs referred ÷ new-car premium
    renewal_ratio: Decimal | None = None
    min_monthly_premium: Decimal | None = None  # condition of the referral commitment
    min_sales_share: Decimal | None = None  # % of the store's sales
    referral_brands: list[str] = field(default_factory=list)
    vehicle_types: list[str] = field(default_factory=list)
    max_vehicle_age: int | None = None
    conditions: str = ""
    exclusions: list[str] = field(default_factory=list)
    service: list[str] = field(default_factory=list)  # our service commitments, one per line
    target_monthly_premium: Decimal | None = None  # ¥ a month
    target_take_up: Decimal | None = None  # new-car take-up, %
    target_renewal_rate: Decimal | None = None  # %
    agreed: list[AgreedItem] = field(default_factory=list)
    extra: dict[str, str] = field(default_factory=dict)  # the template's own terms (TemplateField.name → as typed)
    policy_id: int | None = None
    policy_number: int | None = None
    policy_approved_by: str = ""
    policy_approved_at: datetime | None = None
    meeting_id: int | None = None


@dataclass
class Attachment:
    """A user-supplied scan merged into the pack (business licence, agency qualification, …)."""

    id: int | None = None
    position: int = 0
    doc_type: str = "other"  # ATTACHMENT_TYPES
    label: str = ""
    file_name: str = ""
    media_type: str = ""  # application/pdf, image/jpeg, image/png
    size: int = 0
    sha256: str = ""
    pages: int = 0


@dataclass
class Contract:
    id: int | None = None
    number: str = ""
    revision: int = 1
    dealer_id: int = 0
    kind: str = "cooperation"
    status: str = "draft"
    start: date | None = None
    end: date | None = None
    dealer: Party = field(default_factory=Party)
    branch: Party = field(default_factory=Party)
    branch_code: str = ""
    terms: ContractTerms = field(default_factory=ContractTerms)
    template_id: int | None = None
    template_version: int = 0
    qualification_no: str = ""  # 代理资质 (兼业代理 licence or its current equivalent)
    qualification_expiry: date | None = None
    amends_id: int | None = None
    renews_id: int | None = None
    signed_on: date | None = None
    signed_by: str = ""
    terminated_on: date | None = None
    termination_reason: str = ""
    note: str = ""
    attachments: list[Attachment] = field(default_factory=list)
    warnings: list[Fact] = field(default_factory=list)  # filled by services, never stored
    audit: Audit = field(default_factory=Audit)

    @property
    def title_number(self) -> str:
        """The number with its revision when it is an amendment: ZJ-车商-2026-0007 (rev. 2)."""
        return self.number if self.revision <= 1 else f"{self.number}/{self.revision}"


@dataclass
class ContractLine:
    id: int
    number: str
    revision: int
    dealer_id: int
    dealer_name: str
    kind: str
    status: str
    start: date | None
    end: date | None
    days_left: int | None  # days until the end (negative once past), None without an end
    qualification_expiry: date | None
    warnings: int
    updated_at: datetime | None
    version: int = 0  # the record version, for the lifecycle actions' stale check


@dataclass
class Clause:
    heading_zh: str = ""
    heading_en: str = ""
    text_zh: str = ""
    text_en: str = ""


@dataclass
class TemplateField:
    """A term a template names itself (settlement cycle, notice contacts, penalty …): its placeholder
    ``name``, its label in both languages, ``kind`` 'text' or 'amount' (元, printed with capitals), and
    the value a new contract starts with (empty: the drafter must fill it in before it can be signed)."""

    name: str = ""
    label_zh: str = ""
    label_en: str = ""
    kind: str = "text"
    default: str = ""


@dataclass
class Template:
    """A clause template of one contract kind; every edit is a new version, used versions never change."""

    id: int | None = None
    kind: str = "cooperation"
    version: int = 0
    title_zh: str = ""
    title_en: str = ""
    clauses: list[Clause] = field(default_factory=list)
    service_zh: list[str] = field(default_factory=list)  # default service commitments
    service_en: list[str] = field(default_factory=list)
    fields: list[TemplateField] = field(default_factory=list)  # the template's own placeholders
    source: str = "bundled"  # 'bundled' (from resources/templates) or 'edited' (in the app)
    note: str = ""
    created_at: datetime | None = None
    created_by: str = ""


@dataclass
class BranchEntity:
    """Our side of every contract, and how contracts are numbered and reminded."""

    branch_code: str = "ZJ"
    party: Party = field(default_factory=Party)
    number_pattern: str = "{branch}-车商-{yyyy}-{nnnn}"
    reminder_days: int = 60
    audit: Audit = field(default_factory=Audit)
    logo: bytes | None = None  # PNG or JPEG, printed on the brochure
    logo_name: str = ""


@dataclass
class PackInfo:
    """A generated pack as stored: which contract revision, its hash and when."""

    id: int
    uid: str
    contract_id: int
    number: str
    revision: int
    sha256: str
    pages: int
    lang: str
    created_at: datetime | None
    created_by: str


@dataclass
class Verdict:
    """What ``verify`` found: 'intact', 'altered' or 'unknown', and what the file claims to be."""

    result: str
    sha256: str
    pack: PackInfo | None = None  # the stored pack (intact, or the one an altered file names)
    claimed_number: str = ""  # from the file's metadata, when it has any
    claimed_revision: int | None = None
    claimed_uid: str = ""
    contract_status: str = ""
