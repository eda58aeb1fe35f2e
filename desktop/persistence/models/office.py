"""Tables of the office area, on both engines: the people who sign in, work assignments, the history.

``app_users`` maps a login to the person (display name, team, disabled); on PostgreSQL the login
is a database role and its group roles are the truth about what it may do — this table only adds
what PostgreSQL cannot hold. ``work_assignments`` gives a preparation step of a dealer (1–8) or a
meeting's task (6 约见, 7 确定人员, 8 资料准备) an owner and a due date. ``history`` is the
append-only change log the triggers write (PostgreSQL: ``persistence.office.sql``; SQLite:
``persistence.office.sqlite_history``), each entry chained to the previous by SHA-256.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, BigInteger, Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from desktop.persistence.base import Audited, Base, utcnow

Json = JSON().with_variant(JSONB(), "postgresql")
HistoryId = BigInteger().with_variant(Integer(), "sqlite")  # SQLite autoincrements INTEGER PRIMARY KEY only


class AppUser(Audited, Base):
    __tablename__ = "app_users"
    login: Mapped[str] = mapped_column(String(63), primary_key=True)
    display_name: Mapped[str] = mapped_column(String(60), default="")
    team: Mapped[str] = mapped_column(String(40), default="", server_default="")
    disabled: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))


class WorkAssignment(Audited, Base):
    """One owner and due date for a dealer's preparation step, or a meeting's task (steps 6–8)."""

    __tablename__ = "work_assignments"
    id: Mapped[int] = mapped_column(primary_key=True)
    dealer_id: Mapped[int] = mapped_column(ForeignKey("dealers.id", ondelete="CASCADE"), index=True)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    step: Mapped[int] = mapped_column(Integer)
    owner: Mapped[str] = mapped_column(String(63), index=True)
    due_on: Mapped[date | None] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (
        Index("uq_work_assignments_dealer_step", "dealer_id", "step", unique=True,
              sqlite_where=text("meeting_id IS NULL"), postgresql_where=text("meeting_id IS NULL")),
        Index("uq_work_assignments_meeting_step", "meeting_id", "step", unique=True,
              sqlite_where=text("meeting_id IS NOT NULL"), postgresql_where=text("meeting_id IS NOT NULL")),
    )


class HistoryEntry(Base):
    """One insert ('I'), update ('U') or delete ('D') of a business record.

    ``changes`` maps field → [old, new] (every field on insert and delete, the changed ones on
    update); ``private`` the same for key people's sensitive fields, readable only by the roles
    that may see them. ``hash`` = SHA-256 over the previous entry's hash and this entry; on SQLite
    the services seal (hash and login) right after the triggers write, in the same transaction.
    """

    __tablename__ = "history"
    id: Mapped[int] = mapped_column(HistoryId, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    login: Mapped[str] = mapped_column(String(63), default="")
    table_name: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[str] = mapped_column(String(120))
    dealer_id: Mapped[int | None] = mapped_column(Integer, index=True)
    op: Mapped[str] = mapped_column(String(1))
    changes: Mapped[dict] = mapped_column(Json, default=dict)
    private: Mapped[dict | None] = mapped_column(Json)
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    hash: Mapped[str | None] = mapped_column(String(64))
    __table_args__ = (
        Index("ix_history_record", "table_name", "record_id"),
        Index("ix_history_unsealed", "id", sqlite_where=text("hash IS NULL"), postgresql_where=text("hash IS NULL")),
    )
