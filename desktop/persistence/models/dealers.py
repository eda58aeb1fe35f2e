"""The dealer files (SOP steps 1–2), key people, visits, our staff and their relationships."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.persistence.base import Audited, Base, sensitive


class Dealer(Audited, Base):
    __tablename__ = "dealers"

    id: Mapped[int] = mapped_column(primary_key=True)
    legal_name: Mapped[str] = mapped_column(String(200))
    short_name: Mapped[str] = mapped_column(String(200), default="")
    uscc: Mapped[str | None] = mapped_column(String(18), unique=True)
    province: Mapped[str] = mapped_column(String(40), default="")
    city: Mapped[str] = mapped_column(String(40), default="", index=True)
    district: Mapped[str] = mapped_column(String(40), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    main_models: Mapped[str] = mapped_column(String(500), default="")
    annual_sales: Mapped[int | None] = mapped_column(Integer)
    dealer_type: Mapped[str] = mapped_column(String(16), default="")
    founded_on: Mapped[date | None] = mapped_column(Date)
    contact_name: Mapped[str] = mapped_column(String(60), default="")
    contact_phone: Mapped[str] = mapped_column(String(40), default="")
    premium_scale: Mapped[float | None] = mapped_column(Numeric(16, 2, asdecimal=True))
    business_structure: Mapped[str] = mapped_column(Text, default="")
    new_car_rate: Mapped[float | None] = mapped_column(Numeric(5, 2, asdecimal=True))
    renewal_rate: Mapped[float | None] = mapped_column(Numeric(5, 2, asdecimal=True))
    repair_needs: Mapped[str] = mapped_column(Text, default="")
    entity_structure: Mapped[str] = mapped_column(Text, default="")
    willingness: Mapped[str] = mapped_column(String(16), default="")
    licence_no: Mapped[str] = mapped_column(String(60), default="")
    licence_expiry: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    # The team whose dealer it is ('' = not assigned); on an office database it decides who sees it.
    team: Mapped[str] = mapped_column(String(40), default="", server_default="", index=True)
    # Search keys, derived from the names on every save (pinyin is too slow to compute per query).
    name_pinyin: Mapped[str] = mapped_column(String(1000), default="")
    name_initials: Mapped[str] = mapped_column(String(400), default="")

    brands: Mapped[list["DealerBrand"]] = relationship(cascade="all, delete-orphan", order_by="DealerBrand.position")
    sources: Mapped[list["DealerSource"]] = relationship(cascade="all, delete-orphan")
    insurers: Mapped[list["DealerInsurer"]] = relationship(cascade="all, delete-orphan", order_by="DealerInsurer.position")
    people: Mapped[list["KeyPerson"]] = relationship(back_populates="dealer", cascade="all, delete-orphan", order_by="KeyPerson.id")
    visits: Mapped[list["Visit"]] = relationship(back_populates="dealer", cascade="all, delete-orphan", order_by="Visit.visited_on.desc()")


class DealerBrand(Base):
    """A brand the dealer sells (kind 'sold') or repairs (kind 'repaired')."""

    __tablename__ = "dealer_brands"
    dealer_id: Mapped[int] = mapped_column(ForeignKey("dealers.id", ondelete="CASCADE"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(10), primary_key=True)
    brand: Mapped[str] = mapped_column(String(60), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    __table_args__ = (Index("ix_dealer_brands_brand", "brand", "kind"),)


class DealerSource(Base):
    """One survey source that confirms the dealer's record (SOP step 1)."""

    __tablename__ = "dealer_sources"
    dealer_id: Mapped[int] = mapped_column(ForeignKey("dealers.id", ondelete="CASCADE"), primary_key=True)
    source: Mapped[str] = mapped_column(String(20), primary_key=True)


class DealerInsurer(Base):
    __tablename__ = "dealer_insurers"
    id: Mapped[int] = mapped_column(primary_key=True)
    dealer_id: Mapped[int] = mapped_column(ForeignKey("dealers.id", ondelete="CASCADE"), index=True)
    insurer: Mapped[str] = mapped_column(String(100))
    share: Mapped[float | None] = mapped_column(Numeric(5, 2, asdecimal=True))
    position: Mapped[int] = mapped_column(Integer, default=0)
    # What is known of this insurer's terms with the dealer (competitor intelligence, as told to us).
    fee_terms: Mapped[str] = mapped_column(Text, default="", server_default="")
    repair_terms: Mapped[str] = mapped_column(Text, default="", server_default="")
    other_terms: Mapped[str] = mapped_column(Text, default="", server_default="")


class KeyPerson(Audited, Base):
    """关键人物. Age, background, highlights and hobbies are sensitive (column info)."""

    __tablename__ = "key_people"
    id: Mapped[int] = mapped_column(primary_key=True)
    dealer_id: Mapped[int] = mapped_column(ForeignKey("dealers.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(60))
    gender: Mapped[str] = mapped_column(String(10), default="")
    birth_year: Mapped[int | None] = mapped_column(Integer, info=sensitive())
    position: Mapped[str] = mapped_column(String(100), default="")
    role: Mapped[str] = mapped_column(String(20), default="other")
    background: Mapped[str] = mapped_column(Text, default="", info=sensitive())
    highlights: Mapped[str] = mapped_column(Text, default="", info=sensitive())
    hobbies: Mapped[str] = mapped_column(Text, default="", info=sensitive())
    phone: Mapped[str] = mapped_column(String(40), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    dealer: Mapped[Dealer] = relationship(back_populates="people")


visit_staff = Table(
    "visit_staff",
    Base.metadata,
    Column("visit_id", ForeignKey("visits.id", ondelete="CASCADE"), primary_key=True),
    Column("staff_id", ForeignKey("staff.id", ondelete="RESTRICT"), primary_key=True),
)


class Visit(Audited, Base):
    __tablename__ = "visits"
    id: Mapped[int] = mapped_column(primary_key=True)
    dealer_id: Mapped[int] = mapped_column(ForeignKey("dealers.id", ondelete="CASCADE"), index=True)
    visited_on: Mapped[date] = mapped_column(Date)
    people_met: Mapped[str] = mapped_column(Text, default="")
    findings: Mapped[str] = mapped_column(Text, default="")
    next_step: Mapped[str] = mapped_column(Text, default="")
    next_date: Mapped[date | None] = mapped_column(Date)
    dealer: Mapped[Dealer] = relationship(back_populates="visits")
    visitors: Mapped[list["Staff"]] = relationship(secondary=visit_staff, order_by="Staff.id")


class StaffRank(Base):
    """The ordered rank scale (higher level = more senior); the branch may edit it."""

    __tablename__ = "staff_ranks"
    code: Mapped[str] = mapped_column(String(30), primary_key=True)
    name_en: Mapped[str] = mapped_column(String(60))
    name_zh: Mapped[str] = mapped_column(String(60))
    level: Mapped[int] = mapped_column(Integer)


class Staff(Audited, Base):
    __tablename__ = "staff"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60))
    title: Mapped[str] = mapped_column(String(100), default="")
    rank_code: Mapped[str] = mapped_column(ForeignKey("staff_ranks.code"))
    line: Mapped[str] = mapped_column(String(30), default="channel")
    phone: Mapped[str] = mapped_column(String(40), default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    rank: Mapped[StaffRank] = relationship(lazy="joined")


class Relationship(Audited, Base):
    """人脉: our staff member knows the dealer's key person, strength 1–5."""

    __tablename__ = "relationships"
    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"), index=True)
    key_person_id: Mapped[int] = mapped_column(ForeignKey("key_people.id", ondelete="CASCADE"), index=True)
    strength: Mapped[int] = mapped_column(Integer, default=3)
    note: Mapped[str] = mapped_column(Text, default="")
    staff: Mapped[Staff] = relationship()
    person: Mapped[KeyPerson] = relationship()
    __table_args__ = (UniqueConstraint("staff_id", "key_person_id", name="uq_relationships_pair"),)


class AppMeta(Base):
    """Key/value facts about this database (e.g. whether the demo offer was answered)."""

    __tablename__ = "app_meta"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime | None] = mapped_column(DateTime)
