"""What each member's copy of the packet may carry (issue 14). Pure.

- Bottom lines in full only to the main negotiator and branch leadership (staff line 'leadership');
  the other copies say whom to ask.
- The key people's sensitive fields only when ticked for this meeting (``Meeting.packet_sensitive``),
  and then only those ticked; 'age' is worked out from the birth year on the meeting's day.
"""

from __future__ import annotations

from datetime import date

from desktop.rules.dealers.records import KeyPerson
from desktop.rules.negotiation.meeting_records import Dossier, TeamMember

LEADERSHIP_LINE = "leadership"


def sees_bottom_lines(member: TeamMember) -> bool:
    return member.is_main or member.line == LEADERSHIP_LINE


def whom_to_ask(d: Dossier) -> list[str]:
    """The people whose copies carry the bottom lines: the main negotiator first, then leadership."""
    return [m.staff_name for m in sorted(d.our_team, key=lambda m: not m.is_main) if sees_bottom_lines(m)]


def ticked(d: Dossier) -> tuple[str, ...]:
    return tuple(d.meeting.packet_sensitive) if d.meeting else ()


def personal(d: Dossier, p: KeyPerson, day: date) -> list[tuple[str, str]]:
    """(field, value) of ``p``'s sensitive fields ticked for this meeting and known; nothing else."""
    out = []
    for code in ticked(d):
        if code == "age":
            value = str(day.year - p.birth_year) if p.birth_year else ""
        else:
            value = str(getattr(p, code) or "")
        if value.strip():
            out.append((code, value))
    return out
