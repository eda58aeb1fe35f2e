"""Plain records of target classification, policies and strategy (SOP steps 3–5).

Passed between services and their callers; never live ORM objects. ``audit.version`` is the
version the caller saw — saving with a stale one is refused. Pure data, no side effects.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from desktop.rules.dealers.records import Audit
from desktop.rules.facts import Fact


@dataclass
class ClassificationSettings:
    loss_ratio_max: Decimal = Decimal("65")
    rating_min: int = 3
    sales_large_min: int = 1500
    premium_large_min: Decimal = Decimal("5000000")
    scale_rule: str = "any"
    new_within_months: int = 24
    repair_weight: int = 60
    network_weight: int = 40
    repair_years: int = 3
    mainstream_brands: list[str] = field(default_factory=list)
    audit: Audit = field(default_factory=Audit)


@dataclass
class Assessment:
    """The department's quality assessment of one dealer (inputs to classification)."""

    dealer_id: int = 0
    loss_ratio: Decimal | None = None  # % of the dealer business's premium paid out in claims
    manager_rating: int | None = None  # 1–5
    terms_changeable: bool = False  # underwriting terms could be changed
    business_selectable: bool = False  # its business could be selected
    repair_need_amount: Decimal | None = None  # ¥ of accident repairs a year it wants referred
    note: str = ""
    audit: Audit = field(default_factory=Audit)


@dataclass
class ClassificationInput:
    dealer_id: int
    name: str
    brands: list[str]
    founded_on: date | None
    annual_sales: int | None
    premium_scale: Decimal | None
    loss_ratio: Decimal | None = None
    manager_rating: int | None = None
    terms_changeable: bool = False
    business_selectable: bool = False


@dataclass
class ClassificationResult:
    tier: str
    rule: str
    facts: list[Fact] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # inputs that were not known

    def explain(self, lang: str | None = None) -> str:
        from desktop.i18n import t

        head = t(f"cls.rule.{self.rule}", lang, tier=t(f"cls.tier.{self.tier}", lang))
        return head + (": " + "; ".join(f.text(lang) for f in self.facts) if self.facts else "")


@dataclass
class Classification:
    """One entry of a dealer's classification history (the newest is current)."""

    id: int | None = None
    dealer_id: int = 0
    tier: str = "none"
    rule: str = "otherwise"
    facts: list[Fact] = field(default_factory=list)
    computed_tier: str = "none"
    manual: bool = False
    reason: str = ""
    created_at: datetime | None = None
    created_by: str = ""

    def explain(self, lang: str | None = None) -> str:
        from desktop.i18n import t

        text = ClassificationResult(self.computed_tier, self.rule, self.facts).explain(lang)
        if self.manual:
            text = t("cls.manual", lang, tier=t(f"cls.tier.{self.tier}", lang), reason=self.reason) + " — " + text
        return text


@dataclass
class RepairResource:
    id: int | None = None
    brand: str = ""
    city: str = ""
    year: int = 0
    claim_count: int = 0
    repair_amount: Decimal = Decimal(0)
    audit: Audit = field(default_factory=Audit)


@dataclass
class Tie:
    """One of our staff knows one of the dealer's key people."""

    staff_name: str
    person_name: str
    person_role: str
    strength: int


@dataclass
class PriorityInput:
    dealer_id: int
    name: str
    tier: str
    city: str
    brands_repaired: list[str]
    repair_need_amount: Decimal | None
    ties: list[Tie] = field(default_factory=list)
    annual_sales: int | None = None


@dataclass
class RankedTarget:
    rank: int
    dealer_id: int
    name: str
    tier: str
    score: Decimal
    resource_amount: Decimal
    coverage: Decimal | None  # our repair stock ÷ its need, % (None when the need is unknown)
    network: int  # best relationship strength 0–5
    reasons: list[Fact] = field(default_factory=list)

    def explain(self, lang: str | None = None) -> str:
        return "; ".join(f.text(lang) for f in self.reasons)


@dataclass
class CooperationModel:
    code: str = ""
    name_en: str = ""
    name_zh: str = ""
    description_en: str = ""
    description_zh: str = ""
    position: int = 0
    active: bool = True
    audit: Audit = field(default_factory=Audit)

    def name(self, lang: str) -> str:
        return self.name_zh if lang == "zh_CN" else self.name_en


@dataclass
class Advantage:
    """One of our advantages for 优势介绍 (``rules.negotiation.advantages.CODES``): the figure as the
    branch states it, its source and the month it holds for ('YYYY-MM'); all '' when never set."""

    code: str = ""
    value: str = ""
    source: str = ""
    as_of: str = ""
    audit: Audit = field(default_factory=Audit)

    @property
    def is_set(self) -> bool:
        return bool(self.value.strip())


@dataclass
class BrochureFacts:
    """What the brochure for one dealer is made of, and nothing else: the service layer builds it from
    the dealer's public identity and the branch's settings (never the dossier)."""

    advantages: list[Advantage] = field(default_factory=list)
    repair: list[RepairResource] = field(default_factory=list)  # our repair volume for its brands, its city, latest year
    manager_name: str = ""
    manager_title: str = ""
    manager_phone: str = ""
    branch_address: str = ""
    branch_phone: str = ""
    logo: bytes | None = None


@dataclass
class BottomLine:
    id: int | None = None
    item: str = ""
    direction: str = "max"
    value: Decimal | None = None
    unit: str = ""
    note: str = ""


@dataclass
class Script:
    """A library entry (话术): what to say in a situation the talks may reach."""

    id: int | None = None
    situation: str = ""
    script: str = ""
    tags: list[str] = field(default_factory=list)
    uses: int = 0
    audit: Audit = field(default_factory=Audit)


@dataclass
class DossierScript:
    id: int | None = None
    library_id: int | None = None
    situation: str = ""
    script: str = ""
    tags: list[str] = field(default_factory=list)


@dataclass
class Strategy:
    """Step 5 for one dealer: decision-maker analysis, model, interests, bottom lines, scripts."""

    dealer_id: int = 0
    cooperation_model: str = ""
    model_content: str = ""
    decision_analysis: str = ""
    common_interests: str = ""
    bottom_lines: list[BottomLine] = field(default_factory=list)
    scripts: list[DossierScript] = field(default_factory=list)
    audit: Audit = field(default_factory=Audit)
