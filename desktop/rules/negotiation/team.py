"""Our team for a meeting (SOP step 7): rank matching, main negotiator, scopes, double booking.

* Ranks matched (级别对等): our most senior member's rank level must reach the level the most
  senior counterpart calls for, through the branch's role → rank mapping.
* A meeting with the decision-maker needs a member of branch leadership (机构班子).
* The main negotiator (主商谈人) defaults to the highest-ranking member; every other member
  needs a scope of topics (主谈范围).
* A member booked into two meetings whose times overlap is flagged.
Pure functions over plain records.
"""

from __future__ import annotations

from datetime import datetime

from desktop.rules.negotiation.meeting_records import Attendee, Booking, Meeting, Missing, TeamMember
from desktop.rules.negotiation.vocab import COUNTERPART_ORDER, KIND_ROLES, LEADERSHIP

_ROLE_ORDER = {role: i for i, role in enumerate(COUNTERPART_ORDER)}


def our_order(members: list[TeamMember]) -> list[TeamMember]:
    """Most senior first (introductions go in this order); the list's order breaks ties."""
    return sorted(members, key=lambda m: -m.rank_level)


def their_order(attendees: list[Attendee]) -> list[Attendee]:
    """The counterpart's people, decision-maker first, then insurance, sales, after-sales heads."""
    return sorted(attendees, key=lambda a: _ROLE_ORDER.get(a.role, len(_ROLE_ORDER)))


def default_main(members: list[TeamMember]) -> int | None:
    """Index of the member who should lead: the highest rank, the earliest listed among equals."""
    if not members:
        return None
    best = max(m.rank_level for m in members)
    return next(i for i, m in enumerate(members) if m.rank_level == best)


def with_main(members: list[TeamMember]) -> list[TeamMember]:
    """Members with exactly one main negotiator: the chosen one kept, else the default one set."""
    mains = [i for i, m in enumerate(members) if m.is_main]
    pick = mains[0] if mains else default_main(members)
    return [TeamMember(**{**m.__dict__, "is_main": i == pick}) for i, m in enumerate(members)]


def counterpart_roles(kind: str, attendees: list[Attendee]) -> list[str]:
    """The roles on the other side: the attendees' roles, or the kind's principal role if none."""
    roles = [a.role for a in attendees if a.role]
    return roles or list(KIND_ROLES.get(kind, ())[:1])


def required_rank(kind: str, attendees: list[Attendee], requirements: dict[str, str],
                  levels: dict[str, int]) -> tuple[str, int | None]:
    """(rank code, level) the most demanding counterpart calls for; ('', None) when nothing is mapped."""
    best_code, best_level = "", None
    for role in counterpart_roles(kind, attendees):
        code = requirements.get(role, "")
        level = levels.get(code)
        if level is not None and (best_level is None or level > best_level):
            best_code, best_level = code, level
    return best_code, best_level


def is_leadership(member: TeamMember) -> bool:
    return member.rank_code == LEADERSHIP or member.line == LEADERSHIP


def overlaps(a_start: datetime, a_end: datetime, b_start: datetime, b_end: datetime) -> bool:
    """Half-open intervals: a meeting ending at 10:00 does not clash with one starting at 10:00."""
    return a_start < b_end and b_start < a_end


def double_bookings(meeting: Meeting, others: list[Meeting]) -> list[Booking]:
    """Our members of ``meeting`` who sit in another active meeting at an overlapping time."""
    start, end = meeting.starts_at, meeting.ends_at
    if start is None or meeting.status == "cancelled":
        return []
    ours = {m.staff_id: m.staff_name for m in meeting.team}
    found = []
    for other in others:
        if other.id == meeting.id or other.status == "cancelled" or other.starts_at is None:
            continue
        if not overlaps(start, end, other.starts_at, other.ends_at):
            continue
        for member in other.team:
            if member.staff_id in ours:
                found.append(Booking(member.staff_id, ours[member.staff_id], other.id, other.dealer_name,
                                     other.starts_at, other.ends_at))
    return found


def team_missing(meeting: Meeting, requirements: dict[str, str], levels: dict[str, int],
                 bookings: list[Booking], rank_names: dict[str, dict] | None = None) -> list[Missing]:
    """What step 7 still lacks for ``meeting``: each item says what and where to fix it."""
    target = ("meeting", meeting.id, "team")
    members = meeting.team
    if not members:
        return [Missing("readiness.team.none", {}, target)]
    out: list[Missing] = []
    mains = [m for m in members if m.is_main]
    if len(mains) != 1:
        out.append(Missing("readiness.team.main", {"count": len(mains)}, target))
    for m in members:
        if not m.is_main and not m.scope.strip():
            out.append(Missing("readiness.team.scope", {"name": m.staff_name}, target + (m.staff_id,)))
    if meeting.kind == "decision_maker" and not any(is_leadership(m) for m in members):
        out.append(Missing("readiness.team.leadership", {}, target))
    code, level = required_rank(meeting.kind, meeting.attendees, requirements, levels)
    top = max(m.rank_level for m in members)
    if level is not None and top < level:
        names = rank_names or {}
        out.append(Missing("readiness.team.rank", {"rank": names.get(code, {"en": code, "zh_CN": code}), "level": level, "top": top}, target))
    for b in bookings:
        out.append(Missing("readiness.team.double_booked", {
            "name": b.staff_name, "dealer": b.dealer_name, "when": b.starts_at.strftime("%Y-%m-%d %H:%M"),
            "meeting": b.meeting_id}, target + (b.staff_id,)))
    return out
