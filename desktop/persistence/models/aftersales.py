"""Tables of the after-signing area (SOP 2.6–2.7): the policies and claims the insurer's core system
exports, matched to our dealers; the codes and names the branch mapped to each dealer; what each
import did (for its undo); the dealers' monthly new-car sales.

Policies and claims are copies of the core system's records, keyed by 保单号 and 报案号, so that
importing an overlapping month again changes nothing twice. The policyholder's name and phone are
personal data (``sensitive``): exports and documents leave them out unless chosen, and
``services.aftersales.retention`` blanks them once a policy has ended longer ago than the setting.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.persistence.base import Audited, Base, sensitive


class Policy(Audited, Base):
    """One policy of the policy list (保单清单), of the dealer whose channel issued it."""

    __tablename__ = "aftersales_policies"
    # Covering indexes (migration 0013): a month's scorecard for the whole branch reads only index
    # pages — the month's premium and new cars by start date, the due policies by end date, the
    # renewals by VIN — instead of one table row per policy (benchmarks/bench_aftersales.py).
    __table_args__ = (
        Index("ix_aftersales_policies_starts_cover", "starts_on", "dealer_id", "business", "coverage", "premium", "vin", "plate",
              "policy_no"),
        Index("ix_aftersales_policies_ends_cover", "ends_on", "dealer_id", "coverage", "vin", "plate", "policy_no"),
        Index("ix_aftersales_policies_vin_cover", "vin", "coverage", "starts_on"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    policy_no: Mapped[str] = mapped_column(String(60), unique=True)
    dealer_id: Mapped[int] = mapped_column(ForeignKey("dealers.id", ondelete="CASCADE"), index=True)
    plate: Mapped[str] = mapped_column(String(20), default="")
    vin: Mapped[str] = mapped_column(String(60), default="")
    holder_name: Mapped[str] = mapped_column(String(200), default="", info=sensitive())
    holder_phone: Mapped[str] = mapped_column(String(40), default="", info=sensitive())
    coverage: Mapped[str] = mapped_column(String(12), default="")  # compulsory (交强), commercial (商业), ''
    premium: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    business: Mapped[str] = mapped_column(String(10), default="")  # new, renewal, transfer, ''
    agency_code: Mapped[str] = mapped_column(String(200), default="")
    dealer_uscc: Mapped[str] = mapped_column(String(18), default="")
    dealer_name: Mapped[str] = mapped_column(String(200), default="")
    import_id: Mapped[int | None] = mapped_column(Integer)  # the import that last wrote it


class Claim(Audited, Base):
    """One claim of the claims list (赔案清单), of the dealer that repairs the car (送修 = we sent it)."""

    __tablename__ = "aftersales_claims"
    __table_args__ = (Index("ix_aftersales_claims_loss_cover", "loss_on", "referred", "dealer_id", "loss_amount"),)  # a month's referrals
    id: Mapped[int] = mapped_column(primary_key=True)
    claim_no: Mapped[str] = mapped_column(String(60), unique=True)
    dealer_id: Mapped[int] = mapped_column(ForeignKey("dealers.id", ondelete="CASCADE"), index=True)
    policy_no: Mapped[str] = mapped_column(String(60), default="", index=True)
    plate: Mapped[str] = mapped_column(String(20), default="")
    loss_on: Mapped[date] = mapped_column(Date)
    loss_amount: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    repair_shop: Mapped[str] = mapped_column(String(200), default="")
    shop_code: Mapped[str] = mapped_column(String(200), default="")
    shop_uscc: Mapped[str] = mapped_column(String(18), default="")
    referred: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(200), default="")
    import_id: Mapped[int | None] = mapped_column(Integer)


class DealerCode(Audited, Base):
    """A code (agency or repair-shop code) or a name the core system uses for one of our dealers."""

    __tablename__ = "aftersales_dealer_codes"
    __table_args__ = (UniqueConstraint("kind", "key", name="uq_aftersales_dealer_codes_kind_key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    dealer_id: Mapped[int] = mapped_column(ForeignKey("dealers.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # code, name
    key: Mapped[str] = mapped_column(String(200))  # as matched
    text: Mapped[str] = mapped_column(String(200), default="")  # as typed


class ImportRow(Base):
    """A policy or claim an import created or updated; ``before`` (JSON) holds the old values of an update."""

    __tablename__ = "aftersales_import_rows"
    import_id: Mapped[int] = mapped_column(ForeignKey("roster_imports.id", ondelete="CASCADE"), primary_key=True)
    list_kind: Mapped[str] = mapped_column(String(10), primary_key=True)  # policies, claims
    record_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    dealer_id: Mapped[int] = mapped_column(Integer, index=True)  # the office's row-level scope
    row_no: Mapped[int] = mapped_column(Integer, default=0)
    action: Mapped[str] = mapped_column(String(10))
    version_after: Mapped[int] = mapped_column(Integer, default=1)
    before: Mapped[str] = mapped_column(Text, default="")


class NewCarSales(Audited, Base):
    """A dealer's new cars sold in one month (the base of 新车承保率), typed or imported."""

    __tablename__ = "aftersales_new_car_sales"
    dealer_id: Mapped[int] = mapped_column(ForeignKey("dealers.id", ondelete="CASCADE"), primary_key=True)
    month: Mapped[str] = mapped_column(String(7), primary_key=True)  # YYYY-MM
    units: Mapped[int] = mapped_column(Integer)


class Renewal(Audited, Base):
    """A policy's renewal follow-up (续保): who among our staff owns it."""

    __tablename__ = "aftersales_renewals"
    policy_id: Mapped[int] = mapped_column(ForeignKey("aftersales_policies.id", ondelete="CASCADE"), primary_key=True)
    dealer_id: Mapped[int] = mapped_column(ForeignKey("dealers.id", ondelete="CASCADE"), index=True)
    owner_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"), index=True)


class RenewalContact(Audited, Base):
    """One attempt to reach a policyholder about the renewal: when, how, with what result."""

    __tablename__ = "aftersales_renewal_contacts"
    id: Mapped[int] = mapped_column(primary_key=True)
    policy_id: Mapped[int] = mapped_column(ForeignKey("aftersales_policies.id", ondelete="CASCADE"), index=True)
    dealer_id: Mapped[int] = mapped_column(ForeignKey("dealers.id", ondelete="CASCADE"), index=True)
    contacted_on: Mapped[date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String(12))  # phone, wechat, sms, visit
    result: Mapped[str] = mapped_column(String(20))  # rules.aftersales.renewals.RESULTS
    note: Mapped[str] = mapped_column(Text, default="")
