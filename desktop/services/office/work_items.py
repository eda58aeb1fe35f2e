"""Work assignment: a dealer's preparation step, or a meeting's task (6 约见, 7 确定人员, 8 资料准备),
given to a person with a due date; and 'my work', what is given to one person, overdue first.

Owners are logins (the profile name on the embedded database). Each function runs on the calling
thread (a worker, from the windows) in its own unit of work; writes refuse stale copies.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from desktop.persistence import meeting_models as mm
from desktop.persistence import models as m
from desktop.persistence.office.models import AppUser, WorkAssignment
from desktop.services.conflicts import check_version, stale_guard
from desktop.services.context import ServiceContext
from desktop.services.errors import NotFoundError

DEALER_STEPS = tuple(range(1, 9))
MEETING_TASKS = (6, 7, 8)  # 商议约见, 确定人员, 资料准备


@dataclass(frozen=True)
class WorkItem:
    id: int
    dealer_id: int
    dealer_name: str
    meeting_id: int | None
    meeting_day: date | None
    step: int
    owner: str
    owner_name: str
    due_on: date | None
    done_on: date | None
    note: str
    version: int

    def overdue(self, today: date) -> bool:
        return self.done_on is None and self.due_on is not None and self.due_on < today

    def due(self, today: date) -> bool:
        """Due today or overdue, and not done."""
        return self.done_on is None and self.due_on is not None and self.due_on <= today


@dataclass(frozen=True)
class Person:
    login: str
    name: str


def _names(s) -> dict[str, str]:
    return {u.login: u.display_name or u.login for u in s.scalars(select(AppUser))}


def _items(s, query) -> list[WorkItem]:
    names = _names(s)
    rows = s.execute(query.add_columns(m.Dealer.short_name, m.Dealer.legal_name, mm.MeetingRow.day)
                     .join(m.Dealer, m.Dealer.id == WorkAssignment.dealer_id)
                     .outerjoin(mm.MeetingRow, mm.MeetingRow.id == WorkAssignment.meeting_id)).all()
    return [WorkItem(w.id, w.dealer_id, short or legal, w.meeting_id, day, w.step, w.owner, names.get(w.owner, w.owner),
                     w.due_on, w.done_on, w.note or "", w.version) for w, short, legal, day in rows]


def of_dealer(ctx: ServiceContext, dealer_id: int, meeting_id: int | None = None) -> dict[int, WorkItem]:
    """step → its assignment: the dealer's own steps, with the meeting's tasks (6–8) in their place when given."""
    with ctx.unit() as s:
        items = _items(s, select(WorkAssignment).where(WorkAssignment.dealer_id == dealer_id))
    out = {i.step: i for i in items if i.meeting_id is None}
    if meeting_id is not None:
        out |= {i.step: i for i in items if i.meeting_id == meeting_id}
    return out


def mine(ctx: ServiceContext, login: str, today: date) -> list[WorkItem]:
    """What is given to ``login`` and not done: overdue first (oldest first), then by due date, undated last."""
    with ctx.unit() as s:
        items = _items(s, select(WorkAssignment).where(WorkAssignment.owner == login, WorkAssignment.done_on.is_(None)))
    return sorted(items, key=lambda i: (not i.overdue(today), i.due_on is None, i.due_on or date.max, i.dealer_name, i.step))


def people(ctx: ServiceContext) -> list[Person]:
    """Who work can be given to: the office's enabled users by name (on the embedded database, its one user)."""
    with ctx.unit() as s:
        users = [Person(u.login, u.display_name or u.login) for u in s.scalars(select(AppUser).where(AppUser.disabled.is_(False)))]
    if not any(p.login == ctx.user for p in users) and ctx.engine.url.get_backend_name() == "sqlite":
        users.append(Person(ctx.user, ctx.user))
    return sorted(users, key=lambda p: p.name)


def assign(ctx: ServiceContext, dealer_id: int, step: int, owner: str, due_on: date | None, *,
           meeting_id: int | None = None, note: str = "", version: int | None = None) -> WorkItem | None:
    """Give the step (or the meeting's task) to ``owner`` by ``due_on``; an empty owner takes it back (None).

    ``version`` is the copy the caller saw (None: it saw none); ConflictError when someone changed it meanwhile.
    """
    if step not in (MEETING_TASKS if meeting_id is not None else DEALER_STEPS):
        raise ValueError(f"no step {step} to assign")
    with ctx.unit() as s:
        if s.get(m.Dealer, dealer_id) is None:
            raise NotFoundError("dealer", dealer_id)
        row = s.scalar(select(WorkAssignment).where(
            WorkAssignment.dealer_id == dealer_id, WorkAssignment.step == step,
            WorkAssignment.meeting_id.is_(None) if meeting_id is None else WorkAssignment.meeting_id == meeting_id))
        if row is not None and version is not None:
            check_version(row, version)
        if not owner:
            if row is not None:
                s.delete(row)
            return None
        if row is None:
            row = WorkAssignment(dealer_id=dealer_id, meeting_id=meeting_id, step=step)
            ctx.stamp(row, new=True)
            s.add(row)
        else:
            ctx.stamp(row, new=False)
        row.owner, row.due_on, row.note, row.done_on = owner, due_on, note, None
        s.flush()
        item_id = row.id
    with ctx.unit() as s:
        return _items(s, select(WorkAssignment).where(WorkAssignment.id == item_id))[0]


def mark_done(ctx: ServiceContext, item_id: int, version: int, today: date) -> None:
    """The owner finished it: it leaves their list (the assignment stays, with the day it was done)."""
    with stale_guard(ctx, WorkAssignment, item_id, "work_item"), ctx.unit() as s:
        row = s.get(WorkAssignment, item_id)
        if row is None:
            raise NotFoundError("work_item", item_id)
        check_version(row, version)
        row.done_on = today
        ctx.stamp(row, new=False)
