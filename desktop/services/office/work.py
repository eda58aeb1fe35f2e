"""Work assignment and 我的待办 (My work): a preparation step of a dealer (1–8), or a meeting's task
(6 商议约见, 7 确定人员, 8 资料准备), given an owner and a due date.

``owner`` is a login on an office database (who may give work: ``assign_work``; the owner may mark
their own item done), the profile name on the embedded database. ``my_work`` lists the signed-in
person's open items, overdue first — the start page of specialists and team managers; ``due_now``
is the once-a-day announcement. Each function is one unit of work on the calling thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from desktop.errors import NotFoundError
from desktop.i18n import t
from desktop.persistence.models import meetings as mm
from desktop.persistence.models import dealers as m
from desktop.persistence.models import office as om
from desktop.rules.errors import FieldProblem, RuleError
from desktop.rules.dealers.records import Audit
from desktop.services.conflicts import check_version, stale_guard
from desktop.services.context import ServiceContext
from desktop.services.mapping import audit_of
from desktop.services.office.identity import directory

STEPS = range(1, 9)
MEETING_STEPS = (6, 7, 8)


@dataclass(frozen=True)
class Assignment:
    id: int
    dealer_id: int
    dealer_name: str
    meeting_id: int | None
    step: int
    owner: str
    owner_name: str
    due_on: date | None
    done_on: date | None
    note: str
    audit: Audit

    def overdue(self, today: date) -> bool:
        return self.done_on is None and self.due_on is not None and self.due_on < today

    def step_title(self, lang: str | None = None) -> str:
        return t(f"readiness.step{self.step}.title", lang)


def _record(row: om.WorkAssignment, dealer: m.Dealer, names: dict[str, str]) -> Assignment:
    return Assignment(row.id, row.dealer_id, dealer.short_name or dealer.legal_name, row.meeting_id, row.step, row.owner,
                      names.get(row.owner, row.owner), row.due_on, row.done_on, row.note, audit_of(row))


def _rows(ctx: ServiceContext, *where) -> list[Assignment]:
    names = directory(ctx)
    with ctx.unit() as s:
        found = s.execute(select(om.WorkAssignment, m.Dealer).join(m.Dealer, m.Dealer.id == om.WorkAssignment.dealer_id)
                          .where(*where).order_by(om.WorkAssignment.dealer_id, om.WorkAssignment.step)).all()
        return [_record(row, dealer, names) for row, dealer in found]


def people(ctx: ServiceContext) -> list[tuple[str, str]]:
    """(login, name) of everyone work can be given to, by name (the single user on SQLite)."""
    if not ctx.office:
        return [(ctx.user, ctx.user)]
    with ctx.unit() as s:
        return [(u.login, u.display_name or u.login)
                for u in s.scalars(select(om.AppUser).where(om.AppUser.disabled.is_(False)).order_by(om.AppUser.display_name))]


def assign(ctx: ServiceContext, dealer_id: int, step: int, owner: str, due_on: date | None = None,
           meeting_id: int | None = None, note: str = "") -> Assignment:
    """Give the step (of the meeting, for 6–8 when given) an owner and a due date, replacing any
    earlier owner. RuleError for a bad step, meeting or owner; OfficeRefused without assign_work."""
    if step not in STEPS:
        raise RuleError(FieldProblem("step", "value.choice", {"value": step}))
    if meeting_id is not None and step not in MEETING_STEPS:
        raise RuleError(FieldProblem("meeting_id", "work.meeting_step", {"step": step}))
    owner = (owner or "").strip()
    if owner not in {login for login, _ in people(ctx)}:
        raise RuleError(FieldProblem("owner", "work.unknown_owner", {"value": owner}))
    with ctx.write_unit() as s:  # the lock before looking for an earlier owner: never two rows for one step
        dealer = s.get(m.Dealer, dealer_id)
        if dealer is None:
            raise NotFoundError("dealer", dealer_id)
        if meeting_id is not None:
            meeting = s.get(mm.MeetingRow, meeting_id)
            if meeting is None or meeting.dealer_id != dealer_id:
                raise RuleError(FieldProblem("meeting_id", "value.choice", {"value": meeting_id}))
        row = s.scalar(select(om.WorkAssignment).where(om.WorkAssignment.dealer_id == dealer_id, om.WorkAssignment.step == step,
                                                    om.WorkAssignment.meeting_id.is_(None) if meeting_id is None
                                                    else om.WorkAssignment.meeting_id == meeting_id))
        if row is None:
            row = om.WorkAssignment(dealer_id=dealer_id, meeting_id=meeting_id, step=step)
            s.add(row)
            ctx.stamp(row, new=True)
        else:
            ctx.stamp(row, new=False)
        row.owner, row.due_on, row.note, row.done_on = owner, due_on, (note or "").strip(), None
        s.flush()
        assignment_id = row.id
    return _rows(ctx, om.WorkAssignment.id == assignment_id)[0]


def mark_done(ctx: ServiceContext, assignment_id: int, version: int, done: bool = True,
              today: date | None = None) -> Assignment:
    """Done (today) or open again; the owner may do this on their own item without assign_work."""
    with stale_guard(ctx, om.WorkAssignment, assignment_id, "work"), ctx.write_unit() as s:
        row = s.get(om.WorkAssignment, assignment_id)
        if row is None:
            raise NotFoundError("work", assignment_id)
        check_version(row, version)
        row.done_on = (today or date.today()) if done else None
        ctx.stamp(row, new=False)
    return _rows(ctx, om.WorkAssignment.id == assignment_id)[0]


def unassign(ctx: ServiceContext, assignment_id: int, version: int) -> None:
    with ctx.write_unit() as s:
        row = s.get(om.WorkAssignment, assignment_id)
        if row is not None:
            check_version(row, version)
            s.delete(row)


def assignments_of(ctx: ServiceContext, dealer_id: int) -> list[Assignment]:
    """Every assignment of a dealer and its meetings (readiness shows each step's owner)."""
    return _rows(ctx, om.WorkAssignment.dealer_id == dealer_id)


def my_work(ctx: ServiceContext, today: date | None = None, login: str | None = None) -> list[Assignment]:
    """The open items of ``login`` (default: the signed-in person): overdue first, then by due date
    (undated last), then by dealer."""
    day = today or date.today()
    mine = _rows(ctx, om.WorkAssignment.owner == (login or ctx.user), om.WorkAssignment.done_on.is_(None))
    return sorted(mine, key=lambda a: (not a.overdue(day), a.due_on is None, a.due_on or date.max, a.dealer_name, a.step))


def due_now(ctx: ServiceContext, today: date | None = None) -> tuple[list[Assignment], list[Assignment]]:
    """(due today, overdue) of the signed-in person, for the announcement at start."""
    day = today or date.today()
    mine = my_work(ctx, day)
    return [a for a in mine if a.due_on == day], [a for a in mine if a.overdue(day)]
