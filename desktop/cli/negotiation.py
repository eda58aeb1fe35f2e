"""``readiness DEALER_ID``, ``meeting-ics MEETING_ID OUT.ics`` and ``list meetings``.

``readiness`` exits 0 when all eight steps are done and 1 when something is missing (the
command ran but found problems); an unknown id or unusable input exits 2 with one line.
"""

from __future__ import annotations

import sys

from desktop.cli.common import UsageError, open_context, print_json
from desktop.cli.registry import command, lister
from desktop.i18n import t
from desktop.rules.negotiation.readiness import is_ready
from desktop.rules.dealers.search import haystack, normalise_query, matches
from desktop.services.negotiation import dossier, ics, meetings


def _configure_readiness(p):
    p.add_argument("dealer_id", type=int, metavar="DEALER_ID", help="the dealer's id (see: dealerdesk list dealers)")
    p.add_argument("--meeting", type=int, default=None, metavar="ID", help="judge this meeting (default: the next one)")
    p.add_argument("--json", action="store_true", help="one JSON object")


@command("readiness", "the eight preparation steps of a dealer: state and exactly what is missing")(_configure_readiness)
def run_readiness(args) -> int:
    ctx = open_context(args)
    d, states = dossier.readiness(ctx, args.dealer_id, args.meeting)
    mt = d.meeting
    if args.json:
        print_json({
            "dealer_id": d.dealer.id, "dealer_name": d.dealer.display_name, "meeting_id": mt.id if mt else None,
            "ready": is_ready(states), "dossier_changed_at": d.dossier_changed_at,
            "steps": [{
                "step": s.step, "title": s.title(), "owner": s.owner(), "standard": s.standard(), "state": s.state,
                "missing": [{"code": x.code, "text": x.text(), "target": list(x.target)} for x in s.missing],
            } for s in states],
        })
        return 0 if is_ready(states) else 1
    head = f"{d.dealer.display_name} (#{d.dealer.id})"
    if mt is not None:
        when = f"{mt.day.isoformat()} {mt.start.strftime('%H:%M')}" if mt.day and mt.start else t("neg.not_ready")
        head += f" — {t(f'meeting.kind.{mt.kind}')} #{mt.id} {when} ({t(f'meeting.status.{mt.status}')})"
    out = [head]
    for s in states:
        out.append(f"{s.step}. {s.title()} — {t(f'readiness.state.{s.state}')}")
        out.append(f"   {s.standard()}")
        out += [f"   - {x.text()}" for x in s.missing]
    out.append(t("neg.ready") if is_ready(states) else t("neg.not_ready"))
    sys.stdout.write("\n".join(out) + "\n")
    return 0 if is_ready(states) else 1


def _configure_ics(p):
    p.add_argument("meeting_id", type=int, metavar="MEETING_ID", help="the meeting's id (see: dealerdesk list meetings)")
    p.add_argument("out", metavar="OUT.ics", help="the calendar file to write")


@command("meeting-ics", "export a meeting to an iCalendar (.ics) file in Asia/Shanghai time")(_configure_ics)
def run_ics(args) -> int:
    if not args.out.lower().endswith(".ics"):
        raise UsageError(t("cli.use.out_suffix", path=args.out, suffix=".ics"))
    path = ics.write_meeting_ics(open_context(args), args.meeting_id, args.out)
    sys.stdout.write(f"{path}\n")
    return 0


@lister("meetings")
def list_meetings(ctx, args):
    rows = meetings.list_meetings(ctx)
    words = normalise_query(args.search)
    if words:
        rows = [r for r in rows if matches(words, haystack(r.dealer_name, r.place, r.main_negotiator))]
    records = [
        dict(id=r.id, dealer_id=r.dealer_id, dealer_name=r.dealer_name, kind=r.kind, kind_name=t(f"meeting.kind.{r.kind}"),
             day=r.day, start=r.start.strftime("%H:%M") if r.start else None, duration_minutes=r.duration_minutes,
             place=r.place, status=r.status, status_name=t(f"meeting.status.{r.status}"),
             main_negotiator=r.main_negotiator, has_outcome=r.has_outcome)
        for r in rows
    ]
    columns = [("id", "ID"), ("day", t("meeting.col.day")), ("start", t("meeting.col.start")),
               ("dealer_name", t("meeting.col.dealer")), ("kind_name", t("meeting.col.kind")),
               ("status_name", t("meeting.col.status")), ("main_negotiator", t("meeting.col.main"))]
    return records, columns
