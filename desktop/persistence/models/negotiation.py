"""Tables of negotiation preparation: the branch's settings and SOP steps 3–5 (target assessment
and classification, policy versions, strategy with bottom lines and scripts).

Settings (thresholds, mainstream brands, caps per region, rank mapping, cooperation models,
user roles) are rows the branch edits; the migration seeds the SOP's defaults. Policy
versions, once approved, are never updated (the services refuse; editing makes a new version).
Steps 6–8 and the meetings of the negotiation itself are in ``meeting_models``.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Integer, Numeric, String, Text, UniqueConstraint, event, inspect
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.persistence.base import Audited, Base

Money = Numeric(16, 2, asdecimal=True)
Pct = Numeric(7, 2, asdecimal=True)
Ratio = Numeric(8, 3, asdecimal=True)


# --- settings -----------------------------------------------------------------------------------
class ClassificationSetting(Audited, Base):
    """The branch's classification thresholds and priority weights (one row, id 1)."""

    __tablename__ = "classification_settings"
    id: Mapped[int] = mapped_column(primary_key=True)
    loss_ratio_max: Mapped[float] = mapped_column(Pct)
    rating_min: Mapped[int] = mapped_column(Integer)
    sales_large_min: Mapped[int] = mapped_column(Integer)
    premium_large_min: Mapped[float] = mapped_column(Money)
    scale_rule: Mapped[str] = mapped_column(String(10), default="any")
    new_within_months: Mapped[int] = mapped_column(Integer)
    repair_weight: Mapped[int] = mapped_column(Integer)
    network_weight: Mapped[int] = mapped_column(Integer)
    repair_years: Mapped[int] = mapped_column(Integer)


class MainstreamBrand(Audited, Base):
    __tablename__ = "mainstream_brands"
    brand: Mapped[str] = mapped_column(String(60), primary_key=True)


class FeeCapRow(Audited, Base):
    """报行合一: the filed or regulatory cap of one line's commission in one region ('' = everywhere)."""

    __tablename__ = "fee_caps"
    id: Mapped[int] = mapped_column(primary_key=True)
    region: Mapped[str] = mapped_column(String(40), default="")
    line: Mapped[str] = mapped_column(String(20))
    cap: Mapped[float] = mapped_column(Pct)
    __table_args__ = (UniqueConstraint("region", "line", name="uq_fee_caps_region_line"),)


class RankRequirement(Audited, Base):
    """级别对等: the rank our most senior member needs when this counterpart role attends."""

    __tablename__ = "rank_requirements"
    role: Mapped[str] = mapped_column(String(20), primary_key=True)
    rank_code: Mapped[str] = mapped_column(ForeignKey("staff_ranks.code", ondelete="RESTRICT"))


class CooperationModelRow(Audited, Base):
    __tablename__ = "cooperation_models"
    code: Mapped[str] = mapped_column(String(30), primary_key=True)
    name_en: Mapped[str] = mapped_column(String(100))
    name_zh: Mapped[str] = mapped_column(String(100))
    description_en: Mapped[str] = mapped_column(Text, default="")
    description_zh: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class UserRole(Audited, Base):
    """Which profile names hold a role such as 'approver'."""

    __tablename__ = "user_roles"
    profile_name: Mapped[str] = mapped_column(String(60), primary_key=True)
    role: Mapped[str] = mapped_column(String(20), primary_key=True)


class RepairResourceRow(Audited, Base):
    """Our past repair volume per brand, city and year (imported from Excel)."""

    __tablename__ = "repair_resources"
    id: Mapped[int] = mapped_column(primary_key=True)
    brand: Mapped[str] = mapped_column(String(60))
    city: Mapped[str] = mapped_column(String(40))
    year: Mapped[int] = mapped_column(Integer)
    claim_count: Mapped[int] = mapped_column(Integer, default=0)
    repair_amount: Mapped[float] = mapped_column(Money)
    __table_args__ = (UniqueConstraint("brand", "city", "year", name="uq_repair_resources_key"),)


class AdvantageRow(Audited, Base):
    """One of our advantages the SOP names for 优势介绍 (brand, rankings, 闪赔 …): the figure as the
    branch states it, where it comes from and as of which month ('YYYY-MM')."""

    __tablename__ = "branch_advantages"
    code: Mapped[str] = mapped_column(String(30), primary_key=True)
    value: Mapped[str] = mapped_column(String(300), default="")
    source: Mapped[str] = mapped_column(String(120), default="")
    as_of: Mapped[str] = mapped_column(String(7), default="")


# --- step 3 -------------------------------------------------------------------------------------
class TargetAssessment(Audited, Base):
    __tablename__ = "target_assessments"
    dealer_id: Mapped[int] = mapped_column(ForeignKey("dealers.id", ondelete="CASCADE"), primary_key=True)
    loss_ratio: Mapped[float | None] = mapped_column(Pct)
    manager_rating: Mapped[int | None] = mapped_column(Integer)
    terms_changeable: Mapped[bool] = mapped_column(Boolean, default=False)
    business_selectable: Mapped[bool] = mapped_column(Boolean, default=False)
    repair_need_amount: Mapped[float | None] = mapped_column(Money)
    note: Mapped[str] = mapped_column(Text, default="")


class ClassificationRow(Audited, Base):
    """One entry of a dealer's classification history; the newest (highest id) is current."""

    __tablename__ = "classifications"
    id: Mapped[int] = mapped_column(primary_key=True)
    dealer_id: Mapped[int] = mapped_column(ForeignKey("dealers.id", ondelete="CASCADE"), index=True)
    tier: Mapped[str] = mapped_column(String(12))
    computed_tier: Mapped[str] = mapped_column(String(12))
    rule: Mapped[str] = mapped_column(String(20))
    facts: Mapped[list] = mapped_column(JSON, default=list)
    manual: Mapped[bool] = mapped_column(Boolean, default=False)
    reason: Mapped[str] = mapped_column(Text, default="")


# --- step 4 -------------------------------------------------------------------------------------
class PolicyVersionRow(Audited, Base):
    __tablename__ = "policy_versions"
    id: Mapped[int] = mapped_column(primary_key=True)
    dealer_id: Mapped[int] = mapped_column(ForeignKey("dealers.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(12), default="draft")
    region: Mapped[str] = mapped_column(String(40), default="")
    compulsory_rate: Mapped[float | None] = mapped_column(Pct)
    commercial_rate: Mapped[float | None] = mapped_column(Pct)
    other_rate: Mapped[float | None] = mapped_column(Pct)
    bonuses: Mapped[list] = mapped_column(JSON, default=list)
    vehicle_types: Mapped[list] = mapped_column(JSON, default=list)
    max_vehicle_age: Mapped[int | None] = mapped_column(Integer)
    conditions: Mapped[str] = mapped_column(Text, default="")
    exclusions: Mapped[list] = mapped_column(JSON, default=list)
    exclusions_text: Mapped[str] = mapped_column(Text, default="")
    new_car_ratio: Mapped[float | None] = mapped_column(Ratio)
    renewal_ratio: Mapped[float | None] = mapped_column(Ratio)
    min_monthly_premium: Mapped[float | None] = mapped_column(Money)
    min_sales_share: Mapped[float | None] = mapped_column(Pct)
    referral_brands: Mapped[list] = mapped_column(JSON, default=list)
    take_up: Mapped[float | None] = mapped_column(Pct)
    average_premium: Mapped[float | None] = mapped_column(Money)
    renewal_premium: Mapped[float | None] = mapped_column(Money)
    mix_compulsory: Mapped[float | None] = mapped_column(Pct)
    mix_commercial: Mapped[float | None] = mapped_column(Pct)
    note: Mapped[str] = mapped_column(Text, default="")
    based_on: Mapped[int | None] = mapped_column(Integer)
    submitted_by: Mapped[str] = mapped_column(String(60), default="")
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime)
    approved_by: Mapped[str] = mapped_column(String(60), default="")
    approved_at: Mapped[datetime | None] = mapped_column(DateTime)
    approver_role: Mapped[str] = mapped_column(String(20), default="")
    __table_args__ = (UniqueConstraint("dealer_id", "number", name="uq_policy_versions_number"),)


class ImmutableRowError(Exception):
    """An approved policy version was about to be changed (the services never try; this is the backstop)."""


@event.listens_for(PolicyVersionRow, "before_update")
def _approved_never_changes(_mapper, _connection, target: PolicyVersionRow) -> None:
    status = inspect(target).attrs.status.history
    was = status.deleted[0] if status.deleted else target.status
    if was == "approved":
        raise ImmutableRowError(f"policy version {target.id} is approved and cannot change")


@event.listens_for(PolicyVersionRow, "before_delete")
def _approved_never_deleted(_mapper, _connection, target: PolicyVersionRow) -> None:
    if target.status == "approved":
        raise ImmutableRowError(f"policy version {target.id} is approved and cannot be deleted")


# --- step 5 -------------------------------------------------------------------------------------
class StrategyRow(Audited, Base):
    __tablename__ = "strategies"
    dealer_id: Mapped[int] = mapped_column(ForeignKey("dealers.id", ondelete="CASCADE"), primary_key=True)
    cooperation_model: Mapped[str] = mapped_column(String(30), default="")
    model_content: Mapped[str] = mapped_column(Text, default="")
    decision_analysis: Mapped[str] = mapped_column(Text, default="")
    common_interests: Mapped[str] = mapped_column(Text, default="")
    bottom_lines: Mapped[list["BottomLineRow"]] = relationship(cascade="all, delete-orphan", order_by="BottomLineRow.position")
    scripts: Mapped[list["DossierScriptRow"]] = relationship(cascade="all, delete-orphan", order_by="DossierScriptRow.position")


class BottomLineRow(Audited, Base):
    __tablename__ = "bottom_lines"
    id: Mapped[int] = mapped_column(primary_key=True)
    dealer_id: Mapped[int] = mapped_column(ForeignKey("strategies.dealer_id", ondelete="CASCADE"), index=True)
    item: Mapped[str] = mapped_column(String(200))
    direction: Mapped[str] = mapped_column(String(4), default="max")
    value: Mapped[float] = mapped_column(Numeric(18, 4, asdecimal=True))
    unit: Mapped[str] = mapped_column(String(20), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class ScriptRow(Audited, Base):
    """The branch-wide script library (话术库)."""

    __tablename__ = "scripts"
    id: Mapped[int] = mapped_column(primary_key=True)
    situation: Mapped[str] = mapped_column(String(300))
    script: Mapped[str] = mapped_column(Text)
    tags: Mapped[list] = mapped_column(JSON, default=list)
    uses: Mapped[int] = mapped_column(Integer, default=0)


class DossierScriptRow(Audited, Base):
    __tablename__ = "dossier_scripts"
    id: Mapped[int] = mapped_column(primary_key=True)
    dealer_id: Mapped[int] = mapped_column(ForeignKey("strategies.dealer_id", ondelete="CASCADE"), index=True)
    library_id: Mapped[int | None] = mapped_column(ForeignKey("scripts.id", ondelete="SET NULL"))
    situation: Mapped[str] = mapped_column(String(300))
    script: Mapped[str] = mapped_column(Text)
    tags: Mapped[list] = mapped_column(JSON, default=list)
    position: Mapped[int] = mapped_column(Integer, default=0)
