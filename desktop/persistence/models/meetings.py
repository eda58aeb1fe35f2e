"""Tables of SOP steps 6–8 and the negotiation itself: the branch's agenda templates, each meeting
with its attendees, our team, the materials and its own copy of the agenda, and the outcome of a
meeting with its agreed terms and next actions.

The preparation before it (settings, steps 3–5) is in ``negotiation_models``; an agreed term may
point at one of the strategy's bottom lines there.
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, Numeric, String, Text, Time, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.persistence.base import Audited, Base


class AgendaTemplateRow(Audited, Base):
    __tablename__ = "agenda_templates"
    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    steps: Mapped[list["AgendaTemplateStep"]] = relationship(cascade="all, delete-orphan", order_by="AgendaTemplateStep.position")


class AgendaTemplateStep(Audited, Base):
    __tablename__ = "agenda_template_steps"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(ForeignKey("agenda_templates.kind", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    code: Mapped[str] = mapped_column(String(30), default="")
    title: Mapped[str] = mapped_column(String(200), default="")
    owner: Mapped[str] = mapped_column(String(200), default="")
    standard: Mapped[str] = mapped_column(Text, default="")


class MeetingRow(Audited, Base):
    __tablename__ = "meetings"
    id: Mapped[int] = mapped_column(primary_key=True)
    dealer_id: Mapped[int] = mapped_column(ForeignKey("dealers.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    day: Mapped[date | None] = mapped_column(Date, index=True)
    start: Mapped[time | None] = mapped_column(Time)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=90)
    place: Mapped[str] = mapped_column(String(300), default="")
    content: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(12), default="proposed")
    notes: Mapped[str] = mapped_column(Text, default="")
    packet_printed_at: Mapped[datetime | None] = mapped_column(DateTime)
    # the key people's sensitive fields ticked for this meeting's packet (codes, comma-separated) and by whom
    packet_sensitive: Mapped[str] = mapped_column(String(200), default="", server_default="")
    packet_sensitive_by: Mapped[str] = mapped_column(String(63), default="", server_default="")
    attendees: Mapped[list["MeetingAttendee"]] = relationship(cascade="all, delete-orphan", order_by="MeetingAttendee.position")
    team: Mapped[list["TeamMemberRow"]] = relationship(cascade="all, delete-orphan", order_by="TeamMemberRow.position")
    materials: Mapped[list["MaterialRow"]] = relationship(cascade="all, delete-orphan", order_by="MaterialRow.position")
    agenda: Mapped[list["MeetingAgendaStep"]] = relationship(cascade="all, delete-orphan", order_by="MeetingAgendaStep.position")


class MeetingAttendee(Audited, Base):
    __tablename__ = "meeting_attendees"
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), primary_key=True)
    key_person_id: Mapped[int] = mapped_column(ForeignKey("key_people.id", ondelete="CASCADE"), primary_key=True)
    confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)


class TeamMemberRow(Audited, Base):
    __tablename__ = "team_members"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="RESTRICT"), index=True)
    is_main: Mapped[bool] = mapped_column(Boolean, default=False)
    scope: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    __table_args__ = (UniqueConstraint("meeting_id", "staff_id", name="uq_team_members_pair"),)


class MaterialRow(Audited, Base):
    __tablename__ = "meeting_materials"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(30), default="")
    label: Mapped[str] = mapped_column(String(200), default="")
    ready: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)


class MeetingAgendaStep(Audited, Base):
    """A meeting's own copy of its agenda; ``note`` records what happened at the step."""

    __tablename__ = "meeting_agenda_steps"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    code: Mapped[str] = mapped_column(String(30), default="")
    title: Mapped[str] = mapped_column(String(200), default="")
    owner: Mapped[str] = mapped_column(String(200), default="")
    owner_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"), index=True)
    standard: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")


class OutcomeRow(Audited, Base):
    __tablename__ = "meeting_outcomes"
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), primary_key=True)
    result: Mapped[str] = mapped_column(String(12))
    summary: Mapped[str] = mapped_column(Text, default="")
    terms: Mapped[list["AgreedTermRow"]] = relationship(cascade="all, delete-orphan", order_by="AgreedTermRow.position")
    actions: Mapped[list["NextActionRow"]] = relationship(cascade="all, delete-orphan", order_by="NextActionRow.position")


class AgreedTermRow(Audited, Base):
    __tablename__ = "agreed_terms"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting_outcomes.meeting_id", ondelete="CASCADE"), index=True)
    bottom_line_id: Mapped[int | None] = mapped_column(ForeignKey("bottom_lines.id", ondelete="SET NULL"))
    item: Mapped[str] = mapped_column(String(200))
    value: Mapped[float] = mapped_column(Numeric(18, 4, asdecimal=True))
    unit: Mapped[str] = mapped_column(String(20), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class NextActionRow(Audited, Base):
    __tablename__ = "next_actions"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting_outcomes.meeting_id", ondelete="CASCADE"), index=True)
    action: Mapped[str] = mapped_column(Text)
    owner_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    due: Mapped[date | None] = mapped_column(Date)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)
