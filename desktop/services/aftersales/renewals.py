"""The renewal worklist (续保管理): policies expiring in 90/60/30 days and those lapsed (脱保), each
claimed by one of our staff, with the contact attempts logged; renewal rates per dealer and owner.
Each function is one unit of work; calling thread (a worker in the app).
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select

from desktop.errors import NotFoundError, ServiceError
from desktop.persistence.models import aftersales as am
from desktop.persistence.models import dealers as m
from desktop.rules.aftersales import renewals as rr
from desktop.rules.aftersales.kpis import RENEW_AFTER, RENEW_BEFORE, fraction
from desktop.rules.aftersales.renewals import RenewalLine
from desktop.rules.text import clean
from desktop.services.aftersales.figures import renewed
from desktop.services.context import ServiceContext

LAPSED_DAYS = 90  # lapsed policies stay on the list this long after their end


def worklist(ctx: ServiceContext, *, due_days: int = 90, dealer_id: int | None = None, today: date | None = None,
             lapsed: bool = True, personal: bool = False) -> list[RenewalLine]:
    """Policies ending from today to ``due_days`` ahead (and, with ``lapsed``, those ended in the last
    LAPSED_DAYS and not renewed), soonest first. ``personal`` adds the holders' names and phones."""
    day = today or date.today()
    if due_days < 0 or due_days > 366:
        raise ServiceError("aftersales.renewals.days", value=due_days)
    p = am.Policy
    first = day - timedelta(days=LAPSED_DAYS) if lapsed else day
    with ctx.unit() as s:
        q = (select(p.id, p.policy_no, p.dealer_id, m.Dealer.legal_name, p.plate, p.vin, p.coverage, p.premium, p.ends_on,
                    p.holder_name, p.holder_phone)
             .join(m.Dealer, m.Dealer.id == p.dealer_id).where(p.ends_on.between(first, day + timedelta(days=due_days)))
             .order_by(p.ends_on, p.policy_no))
        if dealer_id is not None:
            q = q.where(p.dealer_id == dealer_id)
        rows = s.execute(q).all()
        if not rows:
            return []
        ids = [r.id for r in rows]
        owners, contacts = _owners(s, ids), _contacts(s, ids)
        starts = _later_starts(s, rows)
    out = []
    for r in rows:
        vehicle = r.vin or r.plate or r.policy_no
        is_renewed = renewed(r.ends_on, r.id, starts.get((vehicle, r.coverage), ()))
        n, last_on, last_result = contacts.get(r.id, (0, None, ""))
        state = rr.status(r.ends_on, day, is_renewed, last_result)
        if r.ends_on < day and state != "lapsed":
            continue  # ended and settled: off the list
        owner_id, owner = owners.get(r.id, (None, ""))
        out.append(RenewalLine(r.id, r.policy_no, r.dealer_id, r.legal_name, r.plate, r.coverage, r.premium, r.ends_on,
                               (r.ends_on - day).days, rr.bucket(r.ends_on, day), state, owner_id, owner, last_on, last_result,
                               n, rr.contact_due(state, r.ends_on, day, last_on),
                               r.holder_name if personal else "", r.holder_phone if personal else ""))
    return out


def _owners(s, ids: list[int]) -> dict[int, tuple[int | None, str]]:
    out = {}
    for start in range(0, len(ids), 900):
        q = (select(am.Renewal.policy_id, am.Renewal.owner_staff_id, m.Staff.name)
             .outerjoin(m.Staff, m.Staff.id == am.Renewal.owner_staff_id).where(am.Renewal.policy_id.in_(ids[start:start + 900])))
        out.update({pid: (sid, name or "") for pid, sid, name in s.execute(q)})
    return out


def _contacts(s, ids: list[int]) -> dict[int, tuple[int, date | None, str]]:
    """policy → (attempts, last date, last result)."""
    out: dict[int, tuple[int, date | None, str]] = {}
    c = am.RenewalContact
    for start in range(0, len(ids), 900):
        for pid, on, result in s.execute(select(c.policy_id, c.contacted_on, c.result).where(c.policy_id.in_(ids[start:start + 900]))
                                         .order_by(c.policy_id, c.contacted_on, c.id)):
            n = out.get(pid, (0, None, ""))[0]
            out[pid] = (n + 1, on, result)
    return out


def _later_starts(s, rows) -> dict[tuple[str, str], list[tuple[date, int]]]:
    p = am.Policy
    lo = min(r.ends_on for r in rows) - timedelta(days=RENEW_BEFORE)
    hi = max(r.ends_on for r in rows) + timedelta(days=RENEW_AFTER)
    out: dict[tuple[str, str], list[tuple[date, int]]] = {}
    for pid, vin, plate, no, coverage, starts in s.execute(select(p.id, p.vin, p.plate, p.policy_no, p.coverage, p.starts_on)
                                                           .where(p.starts_on.between(lo, hi))):
        out.setdefault((vin or plate or no, coverage), []).append((starts, pid))
    return out


def claim(ctx: ServiceContext, policy_ids: list[int], staff_id: int | None) -> int:
    """Make ``staff_id`` (None: nobody) the owner of these policies' renewals; how many."""
    with ctx.write_unit() as s:
        if staff_id is not None and s.get(m.Staff, staff_id) is None:
            raise NotFoundError("staff", staff_id)
        n = 0
        for policy_id in policy_ids:
            policy = s.get(am.Policy, policy_id)
            if policy is None:
                raise NotFoundError("policy", policy_id)
            row = s.get(am.Renewal, policy_id)
            if row is None:
                row = am.Renewal(policy_id=policy_id, dealer_id=policy.dealer_id, owner_staff_id=staff_id)
                ctx.stamp(row, new=True)
                s.add(row)
            elif row.owner_staff_id != staff_id:
                row.owner_staff_id = staff_id
                ctx.stamp(row, new=False)
            n += 1
        return n


def log_contact(ctx: ServiceContext, policy_id: int, on: date, channel: str, result: str, note: str = "") -> int:
    """Record one attempt to reach the holder; returns its id. ServiceError for an unknown channel or result."""
    if channel not in rr.CHANNELS:
        raise ServiceError("aftersales.contact.channel", value=channel)
    if result not in rr.RESULTS:
        raise ServiceError("aftersales.contact.result", value=result)
    if on > date.today() + timedelta(days=1):
        raise ServiceError("aftersales.contact.future", value=on.isoformat())
    with ctx.unit() as s:
        policy = s.get(am.Policy, policy_id)
        if policy is None:
            raise NotFoundError("policy", policy_id)
        row = am.RenewalContact(policy_id=policy_id, dealer_id=policy.dealer_id, contacted_on=on, channel=channel, result=result,
                                note=clean(note)[:2000])
        ctx.stamp(row, new=True)
        s.add(row)
        s.flush()
        return row.id


def rates(ctx: ServiceContext, start: date, end: date) -> tuple[dict[int, tuple[int, int]], dict[str, tuple[int, int]]]:
    """Renewal of the policies due ``start``..``end``: dealer id → (due, renewed), and owner's name → (due, renewed)."""
    lines = worklist_between(ctx, start, end)
    by_dealer: dict[int, tuple[int, int]] = {}
    by_owner: dict[str, tuple[int, int]] = {}
    for line in lines:
        hit = 1 if line.status == "renewed" else 0
        d, r = by_dealer.get(line.dealer_id, (0, 0))
        by_dealer[line.dealer_id] = (d + 1, r + hit)
        d, r = by_owner.get(line.owner, (0, 0))
        by_owner[line.owner] = (d + 1, r + hit)
    return by_dealer, by_owner


def worklist_between(ctx: ServiceContext, start: date, end: date) -> list[RenewalLine]:
    """Every policy due ``start``..``end``, whatever its state (for rates), judged as of ``end`` + RENEW_AFTER."""
    return [line for line in worklist(ctx, due_days=(end - start).days, today=start, lapsed=False)]


def rate(due_renewed: tuple[int, int]):
    return fraction(due_renewed[1], due_renewed[0])


def notes_of(ctx: ServiceContext, dealer_id: int, start: date, end: date):
    """The renewal contacts logged for a dealer's policies between ``start`` and ``end``, with their owners."""
    from desktop.rules.aftersales.records import ContactNote

    c, p = am.RenewalContact, am.Policy
    with ctx.unit() as s:
        q = (select(c.contacted_on, m.Staff.name, p.policy_no, c.result, c.note).join(p, p.id == c.policy_id)
             .outerjoin(am.Renewal, am.Renewal.policy_id == c.policy_id).outerjoin(m.Staff, m.Staff.id == am.Renewal.owner_staff_id)
             .where(c.dealer_id == dealer_id, c.contacted_on.between(start, end)).order_by(c.contacted_on, c.id))
        return [ContactNote(day, owner or "", no, result, note) for day, owner, no, result, note in s.execute(q)]
