"""Meetings (SOP steps 6–8): when and where, counterpart attendees, our team, materials, agenda.

A meeting is saved as one record (attendees, team, materials and agenda included) with the
stale-copy check. A new meeting takes its agenda from the kind's template and the SOP's
materials checklist. The main negotiator defaults to the highest rank. Double bookings are
reported, not refused. Every function runs on the calling thread in its own unit of work.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session, selectinload

from desktop.persistence.models import dealers as m
from desktop.persistence.models import meetings as mm
from desktop.rules.negotiation import team as team_rules
from desktop.rules.negotiation.agenda import copy_for_meeting
from desktop.rules.errors import FieldProblem, RuleError
from desktop.rules.negotiation.checks import validate_meeting
from desktop.rules.negotiation.meeting_records import (
    AgendaStep,
    Attendee,
    Booking,
    MaterialItem,
    Meeting,
    MeetingLine,
    TeamMember,
)
from desktop.rules.negotiation.vocab import KIND_ROLES, MATERIALS
from desktop.services.context import ServiceContext
from desktop.errors import InUseError, NotFoundError
from desktop.services.mapping import audit_of
from desktop.services.mapping import assign
from desktop.services.conflicts import check_version, stale_guard
from desktop.services.negotiation.common import require, require_dealer, sync_rows, touch
from desktop.services.negotiation.settings import agenda_template
from desktop.services.office.errors import OfficeRefused
from desktop.services.office.identity import current_identity
from desktop.rules.office.permissions import Action

_LOAD = (selectinload(mm.MeetingRow.attendees), selectinload(mm.MeetingRow.team), selectinload(mm.MeetingRow.materials),
         selectinload(mm.MeetingRow.agenda))


def _staff_info(s: Session, ids) -> dict[int, m.Staff]:
    ids = list(set(ids))
    return {x.id: x for x in s.scalars(select(m.Staff).where(m.Staff.id.in_(ids)))} if ids else {}


def record(s: Session, row: mm.MeetingRow) -> Meeting:
    """The full meeting record of a row (inside a unit of work)."""
    people = {p.id: p for p in s.scalars(select(m.KeyPerson).where(m.KeyPerson.dealer_id == row.dealer_id))}
    staff = _staff_info(s, [t.staff_id for t in row.team] + [x.owner_staff_id for x in row.agenda if x.owner_staff_id])
    dealer = s.get(m.Dealer, row.dealer_id)
    attendees = [Attendee(a.key_person_id, a.confirmed, people[a.key_person_id].name, people[a.key_person_id].role,
                          people[a.key_person_id].position) for a in row.attendees if a.key_person_id in people]
    team = [TeamMember(t.id, t.staff_id, t.is_main, t.scope, staff[t.staff_id].name, staff[t.staff_id].title,
                       staff[t.staff_id].rank_code, staff[t.staff_id].rank.level, staff[t.staff_id].line) for t in row.team]
    return Meeting(
        row.id, row.dealer_id, row.kind, row.day, row.start, row.duration_minutes, row.place, row.content, row.status,
        row.notes, attendees, team, [MaterialItem(x.id, x.code, x.label, x.ready) for x in row.materials],
        [AgendaStep(x.id, x.code, x.title, x.owner, x.standard, x.note, x.owner_staff_id,
                    staff[x.owner_staff_id].name if x.owner_staff_id in staff else "") for x in row.agenda],
        row.packet_printed_at, dealer.short_name or dealer.legal_name, audit_of(row),
        [c for c in (row.packet_sensitive or "").split(",") if c], row.packet_sensitive_by or "")


def get(ctx: ServiceContext, meeting_id: int) -> Meeting:
    with ctx.unit() as s:
        return record(s, require(s, mm.MeetingRow, meeting_id, "meeting"))


def new_meeting(ctx: ServiceContext, dealer_id: int, kind: str = "decision_maker") -> Meeting:
    """An unsaved meeting with the kind's agenda, the SOP's materials and the matching key people invited."""
    if kind not in KIND_ROLES:
        raise RuleError(FieldProblem("kind", "value.choice", {"value": kind}))
    steps = copy_for_meeting(agenda_template(ctx, kind).steps)
    with ctx.unit() as s:
        dealer = require_dealer(s, dealer_id)
        roles = KIND_ROLES[kind] + (("insurance_head", "sales_head", "aftersales_head") if kind == "decision_maker" else ())
        people = [Attendee(p.id, False, p.name, p.role, p.position) for p in dealer.people if p.role in roles]
        return Meeting(dealer_id=dealer_id, kind=kind, place=dealer.address, attendees=team_rules.their_order(people),
                       materials=[MaterialItem(code=c) for c in MATERIALS], agenda=steps,
                       dealer_name=dealer.short_name or dealer.legal_name)


def list_meetings(ctx: ServiceContext, *, dealer_id: int | None = None, status: str | None = None,
                  since: date | None = None) -> list[MeetingLine]:
    """Meetings in date order (undated last) for the list, the CLI and the calendar."""
    mt = mm.MeetingRow
    with ctx.unit() as s:
        stmt = select(mt).options(selectinload(mt.team))
        if dealer_id is not None:
            stmt = stmt.where(mt.dealer_id == dealer_id)
        if status:
            stmt = stmt.where(mt.status == status)
        if since:
            stmt = stmt.where(mt.day >= since)
        rows = list(s.scalars(stmt))
        dealers = {d.id: d.short_name or d.legal_name for d in s.execute(
            select(m.Dealer.id, m.Dealer.short_name, m.Dealer.legal_name).where(m.Dealer.id.in_({r.dealer_id for r in rows})))}
        staff = _staff_info(s, [t.staff_id for r in rows for t in r.team if t.is_main])
        held = set(s.scalars(select(mm.OutcomeRow.meeting_id)))
        out = [MeetingLine(r.id, r.dealer_id, dealers.get(r.dealer_id, ""), r.kind, r.day, r.start, r.duration_minutes,
                          r.place, r.status, next((staff[t.staff_id].name for t in r.team if t.is_main), ""), r.id in held)
               for r in rows]
    return sorted(out, key=lambda x: (x.day is None, x.day or date.max, x.start or datetime.min.time(), x.id))


def save(ctx: ServiceContext, meeting: Meeting) -> Meeting:
    """Create or update the whole meeting; RuleError (fields, unknown people/staff), ConflictError when stale."""
    mt = validate_meeting(meeting)
    ticked = ",".join(mt.packet_sensitive)
    ticker = _may_tick(ctx, mt.id, ticked)
    with stale_guard(ctx, mm.MeetingRow, mt.id), ctx.write_unit() as s:
        dealer = require_dealer(s, mt.dealer_id)
        _check_people(s, dealer, mt)
        staff = _staff_info(s, [x.staff_id for x in mt.team])
        team = team_rules.with_main([TeamMember(x.id, x.staff_id, x.is_main, x.scope, staff[x.staff_id].name,
                                                rank_level=staff[x.staff_id].rank.level) for x in mt.team])
        if mt.id is None:
            row = mm.MeetingRow(dealer_id=mt.dealer_id)
            s.add(row)
            new = True
        else:
            row = s.get(mm.MeetingRow, mt.id, options=_LOAD)
            if row is None:
                raise NotFoundError("meeting", mt.id)
            if row.dealer_id != mt.dealer_id:
                raise RuleError(FieldProblem("dealer_id", "value.choice", {"value": mt.dealer_id}))
            check_version(row, mt.audit.version)
            new = False
        s.autoflush = False  # one UPDATE of the meeting row, whatever its children do
        changed = assign(row, kind=mt.kind, day=mt.day, start=mt.start, duration_minutes=mt.duration_minutes,
                         place=mt.place, content=mt.content, status=mt.status, notes=mt.notes)
        if (row.packet_sensitive or "") != ticked:
            changed |= assign(row, packet_sensitive=ticked, packet_sensitive_by=ticker if ticked else "")
        changed |= sync_rows(ctx, row.attendees, mt.attendees, mm.MeetingAttendee,
                             lambda r, a, pos: assign(r, key_person_id=a.key_person_id, confirmed=a.confirmed, position=pos),
                             key=lambda a: a.key_person_id, row_key=lambda r: r.key_person_id)
        changed |= sync_rows(ctx, row.team, team, mm.TeamMemberRow,
                             lambda r, t, pos: assign(r, staff_id=t.staff_id, is_main=t.is_main, scope=t.scope, position=pos),
                             key=lambda t: t.staff_id, row_key=lambda r: r.staff_id)
        changed |= sync_rows(ctx, row.materials, mt.materials, mm.MaterialRow,
                             lambda r, x, pos: assign(r, code=x.code, label=x.label, ready=x.ready, position=pos))
        changed |= sync_rows(ctx, row.agenda, mt.agenda, mm.MeetingAgendaStep, lambda r, x, pos: assign(
            r, code=x.code, title=x.title, owner=x.owner, standard=x.standard, note=x.note, owner_staff_id=x.owner_staff_id,
            position=pos))
        if new or changed:
            touch(ctx, row, new=new)
        s.flush()
        meeting_id = row.id
    return get(ctx, meeting_id)


def _may_tick(ctx: ServiceContext, meeting_id: int | None, ticked: str) -> str:
    """Who ticks the sensitive fields for the packet; OfficeRefused when that person may not read them.

    Only a change is checked: saving a meeting someone else ticked leaves the ticks as they are."""
    if meeting_id is not None:
        with ctx.unit() as s:
            row = s.get(mm.MeetingRow, meeting_id)
            if row is not None and (row.packet_sensitive or "") == ticked:
                return row.packet_sensitive_by
    if not ticked and meeting_id is None:
        return ""
    me = current_identity(ctx)
    if not me.may(Action.VIEW_SENSITIVE):
        raise OfficeRefused("office.denied", Action.VIEW_SENSITIVE.value)
    return me.name


def _check_people(s: Session, dealer: m.Dealer, mt: Meeting) -> None:
    problems = []
    people = {p.id for p in dealer.people}
    for i, a in enumerate(mt.attendees):
        if a.key_person_id not in people:
            problems.append(FieldProblem(f"attendees[{i}].key_person_id", "meeting.not_their_person", {"id": a.key_person_id}))
    staff = _staff_info(s, [x.staff_id for x in mt.team])
    for i, x in enumerate(mt.team):
        if x.staff_id not in staff:
            problems.append(FieldProblem(f"team[{i}].staff_id", "meeting.unknown_staff", {"id": x.staff_id}))
    if problems:
        raise RuleError(problems)


def set_status(ctx: ServiceContext, meeting_id: int, version: int, status: str) -> Meeting:
    """Move to proposed / confirmed / held / cancelled (a confirmed or held meeting needs date, time, place)."""
    mt = get(ctx, meeting_id)
    mt.status = status
    mt.audit.version = version
    return save(ctx, mt)


def delete(ctx: ServiceContext, meeting_id: int, version: int) -> None:
    """Delete a meeting without an outcome (one that was held is kept; cancel it instead)."""
    with ctx.write_unit() as s:
        row = require(s, mm.MeetingRow, meeting_id, "meeting")
        check_version(row, version)
        if s.get(mm.OutcomeRow, meeting_id) is not None:
            raise InUseError("meeting.has_outcome")
        s.delete(row)


def bookings(ctx: ServiceContext, meeting: Meeting) -> list[Booking]:
    """Our members of ``meeting`` who are in another active meeting at an overlapping time."""
    if meeting.starts_at is None or not meeting.team:
        return []
    with ctx.unit() as s:
        return bookings_in(s, meeting)


def bookings_in(s: Session, meeting: Meeting) -> list[Booking]:
    staff_ids = [t.staff_id for t in meeting.team]
    day = meeting.day
    candidates = s.scalars(
        select(mm.MeetingRow).join(mm.TeamMemberRow).options(*_LOAD)
        .where(mm.TeamMemberRow.staff_id.in_(staff_ids), mm.MeetingRow.status != "cancelled",
               mm.MeetingRow.day.between(date.fromordinal(day.toordinal() - 1), date.fromordinal(day.toordinal() + 1)),
               mm.MeetingRow.id != (meeting.id or -1))
        .distinct())
    return team_rules.double_bookings(meeting, [record(s, r) for r in candidates])


def mark_packet_printed(ctx: ServiceContext, meeting_id: int, at: datetime | None = None) -> None:
    """Record that the packet was printed (issue 5 calls this); not itself a change of the dossier."""
    with ctx.write_unit() as s:
        require(s, mm.MeetingRow, meeting_id, "meeting")
        # Core UPDATE: neither the version nor updated_at move, so open editors stay valid.
        s.execute(update(mm.MeetingRow).where(mm.MeetingRow.id == meeting_id)
                  .values(packet_printed_at=at or ctx.now()).execution_options(synchronize_session=False))
