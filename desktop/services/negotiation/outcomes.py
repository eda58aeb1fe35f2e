"""The negotiation's outcome: notes per agenda step, result, agreed terms against the bottom
lines (a term beyond its bottom line is flagged), next actions with owner and date.

Recording an outcome marks a proposed or confirmed meeting as held. Every function runs on
the calling thread in its own unit of work; saving refuses a stale copy (ConflictError).
"""

from __future__ import annotations

from sqlalchemy import select

from desktop.persistence.models import dealers as m
from desktop.persistence.models import negotiation as n
from desktop.persistence.models import meetings as mm
from desktop.rules.errors import FieldProblem, RuleError
from desktop.rules.negotiation.checks import term_beyond, validate_outcome
from desktop.rules.negotiation.meeting_records import AgreedTerm, NextAction, Outcome
from desktop.rules.negotiation.records import BottomLine
from desktop.services.context import ServiceContext
from desktop.errors import ConflictError
from desktop.services.mapping import audit_of
from desktop.services.mapping import assign
from desktop.services.conflicts import check_version, stale_guard
from desktop.services.negotiation.common import require, sync_rows, touch


def _bottom_lines(s, dealer_id: int) -> dict[int, BottomLine]:
    rows = s.scalars(select(n.BottomLineRow).where(n.BottomLineRow.dealer_id == dealer_id))
    return {b.id: BottomLine(b.id, b.item, b.direction, b.value, b.unit, b.note) for b in rows}


def get_outcome(ctx: ServiceContext, meeting_id: int) -> Outcome:
    """The meeting's outcome; an empty one (version 0) before it is recorded. Terms carry their 'beyond' flag."""
    with ctx.unit() as s:
        meeting = require(s, mm.MeetingRow, meeting_id, "meeting")
        notes = {x.id: x.note for x in meeting.agenda}
        row = s.get(mm.OutcomeRow, meeting_id)
        if row is None:
            return Outcome(meeting_id=meeting_id, step_notes=notes)
        lines = _bottom_lines(s, meeting.dealer_id)
        staff = {x.id: x.name for x in s.scalars(select(m.Staff))}
        terms = [AgreedTerm(t.id, t.bottom_line_id, t.item, t.value, t.unit, t.note,
                            term_beyond(t.value, lines.get(t.bottom_line_id))) for t in row.terms]
        actions = [NextAction(a.id, a.action, a.owner_staff_id, staff.get(a.owner_staff_id, ""), a.due, a.done)
                   for a in row.actions]
        return Outcome(meeting_id, row.result, row.summary, notes, terms, actions, audit_of(row))


def save_outcome(ctx: ServiceContext, outcome: Outcome) -> Outcome:
    """Record or update the outcome; RuleError (result, terms[i].value, actions[i].action …), ConflictError."""
    with ctx.unit() as s:
        meeting = require(s, mm.MeetingRow, outcome.meeting_id, "meeting")
        lines = _bottom_lines(s, meeting.dealer_id)
        _check_meeting(meeting)
    clean = validate_outcome(outcome, lines)
    with stale_guard(ctx, mm.OutcomeRow, outcome.meeting_id), ctx.write_unit() as s:
        meeting = require(s, mm.MeetingRow, outcome.meeting_id, "meeting")
        _check_meeting(meeting)  # again under the write lock: it may have been cancelled meanwhile
        staff_ids = set(s.scalars(select(m.Staff.id)))
        bad = [FieldProblem(f"actions[{i}].owner_staff_id", "meeting.unknown_staff", {"id": a.owner_staff_id})
               for i, a in enumerate(clean.actions) if a.owner_staff_id is not None and a.owner_staff_id not in staff_ids]
        if bad:
            raise RuleError(bad)
        row = s.get(mm.OutcomeRow, outcome.meeting_id)
        new = row is None
        if new:
            if outcome.audit.version:
                raise ConflictError("?", None, 0)
            row = mm.OutcomeRow(meeting_id=outcome.meeting_id)
            s.add(row)
        else:
            check_version(row, outcome.audit.version)
        s.autoflush = False  # one UPDATE of the outcome row, whatever its children do
        changed = assign(row, result=clean.result, summary=clean.summary)
        changed |= sync_rows(ctx, row.terms, clean.terms, mm.AgreedTermRow, lambda r, t, pos: assign(
            r, bottom_line_id=t.bottom_line_id, item=t.item, value=t.value, unit=t.unit, note=t.note, position=pos))
        changed |= sync_rows(ctx, row.actions, clean.actions, mm.NextActionRow, lambda r, a, pos: assign(
            r, action=a.action, owner_staff_id=a.owner_staff_id, due=a.due, done=a.done, position=pos))
        for step in meeting.agenda:
            if step.id in clean.step_notes and step.note != clean.step_notes[step.id]:
                step.note = clean.step_notes[step.id]
                ctx.stamp(step, new=False)
                changed = True
        if new or changed:
            touch(ctx, row, new=new)
        if meeting.status in ("proposed", "confirmed"):
            meeting.status = "held"
            touch(ctx, meeting)
    return get_outcome(ctx, outcome.meeting_id)


def _check_meeting(meeting: mm.MeetingRow) -> None:
    """An outcome needs a meeting that is not cancelled and has its date, time and place."""
    if meeting.status == "cancelled":
        raise RuleError(FieldProblem("status", "meeting.outcome_cancelled"))
    if meeting.day is None or meeting.start is None or not meeting.place:
        raise RuleError(FieldProblem("status", "meeting.outcome_incomplete"))


def open_actions(ctx: ServiceContext, staff_id: int | None = None) -> list[tuple[int, NextAction]]:
    """Next actions not yet done, by due date: (meeting id, action)."""
    with ctx.unit() as s:
        stmt = select(mm.NextActionRow).where(mm.NextActionRow.done.is_(False))
        if staff_id is not None:
            stmt = stmt.where(mm.NextActionRow.owner_staff_id == staff_id)
        staff = {x.id: x.name for x in s.scalars(select(m.Staff))}
        rows = sorted(s.scalars(stmt), key=lambda a: (a.due is None, a.due, a.id))
        return [(a.meeting_id, NextAction(a.id, a.action, a.owner_staff_id, staff.get(a.owner_staff_id, ""), a.due, a.done))
                for a in rows]
