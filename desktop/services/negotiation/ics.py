"""Export a meeting as an iCalendar file (RFC 5545) in Asia/Shanghai time.

The file carries its own VTIMEZONE (China has kept UTC+8 without daylight saving since 1991),
so calendars that do not know the zone name still place the meeting right. Text values are
escaped (backslash, semicolon, comma, newline) and lines folded at 75 octets without splitting
a UTF-8 character. The UID is stable, so importing again updates the same event; SEQUENCE
follows the meeting's version. Read-only apart from writing the file; calling thread.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from desktop.files import write_atomically
from desktop.i18n import t
from desktop.rules.errors import FieldProblem, RuleError
from desktop.rules.negotiation.meeting_records import Meeting
from desktop.rules.negotiation import team as team_rules
from desktop.services.context import ServiceContext
from desktop.services.negotiation import meetings as meeting_service

TZID = "Asia/Shanghai"
VTIMEZONE = (
    "BEGIN:VTIMEZONE", f"TZID:{TZID}", "X-LIC-LOCATION:Asia/Shanghai",
    "BEGIN:STANDARD", "DTSTART:19700101T000000", "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "TZNAME:CST",
    "END:STANDARD", "END:VTIMEZONE",
)
STATUS = {"proposed": "TENTATIVE", "confirmed": "CONFIRMED", "held": "CONFIRMED", "cancelled": "CANCELLED"}


def escape(text: str) -> str:
    """RFC 5545 TEXT escaping; CR LF and lone CR become a single escaped newline."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold a content line into chunks of at most 75 octets (continuations start with one space)."""
    out, current, size = [], [], 0
    for ch in line:
        width = len(ch.encode("utf-8"))
        limit = 75 if not out else 74  # a continuation's leading space counts
        if size + width > limit:
            out.append("".join(current))
            current, size = [], 0
        current.append(ch)
        size += width
    out.append("".join(current))
    return "\r\n ".join(out)


def _description(mt: Meeting, lang: str | None) -> str:
    lines = [f"{t('meeting.kind_label', lang)}: {t(f'meeting.kind.{mt.kind}', lang)}"]
    if mt.content:
        lines += ["", mt.content]
    if mt.agenda:
        lines += ["", t("meeting.agenda", lang)]
        lines += [f"{i}. {step.shown_title(lang)}" for i, step in enumerate(mt.agenda, start=1)]
    if mt.team:
        lines += ["", t("meeting.our_team", lang)]
        for member in team_rules.our_order(mt.team):
            role = t("meeting.main_negotiator", lang) if member.is_main else member.scope
            lines.append(f"- {member.staff_name}" + (f" ({member.title})" if member.title else "") + (f": {role}" if role else ""))
    if mt.attendees:
        lines += ["", t("meeting.their_team", lang)]
        for person in team_rules.their_order(mt.attendees):
            lines.append(f"- {person.name}" + (f" ({person.position})" if person.position else ""))
    return "\n".join(lines)


def _stamp(value: datetime) -> str:
    return value.strftime("%Y%m%dT%H%M%S")


def render(mt: Meeting, now: datetime, lang: str | None = None) -> str:
    """The calendar text of one meeting (CRLF line ends). RuleError when it has no date or time."""
    start, end = mt.starts_at, mt.ends_at
    if start is None:
        raise RuleError(FieldProblem("day", "meeting.needs_when_ics"))
    created = mt.audit.created_at or now
    summary = t("meeting.ics_summary", lang, kind=t(f"meeting.kind.{mt.kind}", lang), dealer=mt.dealer_name)
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//DealerDesk//DealerDesk 1.0//EN", "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH", *VTIMEZONE,
        "BEGIN:VEVENT",
        f"UID:dealerdesk-meeting-{mt.id}-{_stamp(created)}@dealerdesk.invalid",
        f"DTSTAMP:{_stamp(now)}Z",
        f"DTSTART;TZID={TZID}:{_stamp(start)}",
        f"DTEND;TZID={TZID}:{_stamp(end)}",
        f"SUMMARY:{escape(summary)}",
        f"STATUS:{STATUS[mt.status]}",
        f"SEQUENCE:{max(0, mt.audit.version - 1)}",
    ]
    if mt.place:
        lines.append(f"LOCATION:{escape(mt.place)}")
    lines.append(f"DESCRIPTION:{escape(_description(mt, lang))}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "".join(fold(line) + "\r\n" for line in lines)


def meeting_ics(ctx: ServiceContext, meeting_id: int, lang: str | None = None) -> str:
    """The .ics text of a stored meeting (NotFoundError, RuleError when undated)."""
    return render(meeting_service.get(ctx, meeting_id), ctx.now(), lang)


def write_meeting_ics(ctx: ServiceContext, meeting_id: int, path: str | Path, lang: str | None = None) -> Path:
    """Write the meeting's .ics file (UTF-8, CRLF); returns the path written."""
    return write_atomically(path, meeting_ics(ctx, meeting_id, lang).encode("utf-8"))
