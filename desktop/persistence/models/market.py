"""Tables of the market around a negotiation (issue 14): the branch's own figures for presenting our
advantages (SOP step 4 of the meeting), and what is known of the terms the dealer's current insurers give.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.persistence.base import Audited, Base


class BranchAdvantage(Audited, Base):
    """One of the SOP's advantage figures (``rules.negotiation.advantages.CODES``), with its source and date."""

    __tablename__ = "branch_advantages"
    code: Mapped[str] = mapped_column(String(30), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(200), default="")
    as_of: Mapped[date | None] = mapped_column(Date)


class CompetitorTerm(Audited, Base):
    """What is known of one current insurer's terms at a dealer (fee, repair referral, service)."""

    __tablename__ = "competitor_terms"
    id: Mapped[int] = mapped_column(primary_key=True)
    dealer_id: Mapped[int] = mapped_column(ForeignKey("dealers.id", ondelete="CASCADE"), index=True)
    insurer: Mapped[str] = mapped_column(String(100))
    terms: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
