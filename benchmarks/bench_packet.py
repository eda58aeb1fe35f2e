"""A full negotiation-packet set for an eight-member team, against bare ReportLab.

Aim (issue 5): within 1.5× a bare ReportLab document with the same paragraphs and tables.
Ours: ``render_packet_set`` — eight copies, each with cover, contents, running header,
traceable footer, "page X of Y" and the holder's watermark, written through a temporary file.
Baseline, same run: for each copy, the same story built from the same dossier (the same
paragraphs and tables, so the same text to wrap and the same font to subset) laid out by a
plain ``SimpleDocTemplate`` on a plain canvas — no furniture, no contents, no watermark.
Runs are interleaved; medians are reported.

    python benchmarks/bench_packet.py [--runs 7] [--dealers 1000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from benchmarks.common import Workspace, demo_database, machine, url  # noqa: E402

TEAM = 8


def eight_member_dossier(db_url: str):
    """The demo's best-prepared upcoming meeting, its team filled up to eight members."""
    from desktop.rules.negotiation.meeting_records import TeamMember
    from desktop.services.negotiation import dossier, meetings
    from desktop.services.office import staff
    from desktop.services.context import ServiceContext

    ctx = ServiceContext.open(db_url, "bench")
    rows = [r for r in meetings.list_meetings(ctx) if r.status in ("proposed", "confirmed")]
    snapshots = [dossier.build(ctx, r.dealer_id, r.id) for r in rows]
    d = max(snapshots, key=lambda s: (len(s.strategy.scripts) + len(s.strategy.bottom_lines), len(s.our_team)))
    team = list(d.our_team)
    ranks = {r.code: r.level for r in staff.ranks(ctx)}
    for person in staff.list_staff(ctx):
        if len(team) >= TEAM:
            break
        if all(m.staff_id != person.id for m in team):
            team.append(TeamMember(None, person.id, False, "送修资源与理赔服务说明", person.name, person.title,
                                   person.rank_code, ranks.get(person.rank_code, 0), person.line))
    ctx.dispose()
    return replace(d, our_team=team, meeting=replace(d.meeting, team=team))


def ours(d, folder: Path) -> float:
    from desktop.documents.negotiation.packet import render_packet_set

    started = time.perf_counter()
    paths = render_packet_set(d, "zh_CN", folder, issued_on=date(2026, 11, 26))
    elapsed = time.perf_counter() - started
    assert len(paths) == TEAM, f"expected {TEAM} copies, got {len(paths)}"
    return elapsed


def bare(d, folder: Path) -> float:
    """The same paragraphs and tables, laid out by plain ReportLab with nothing around them."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import ActionFlowable, PageBreak, SimpleDocTemplate

    from desktop.documents.negotiation import packet_meeting as M
    from desktop.documents.base import ContentsMarker
    from desktop.documents.negotiation.packet import story
    from desktop.documents.profile import load
    from desktop.documents.styles import MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, styles_for

    started = time.perf_counter()
    profile = load()
    for number, member in enumerate(d.our_team, 1):
        copy = M.Copy(member, number, len(d.our_team), "zh_CN", styles_for("zh_CN"), date(2026, 11, 26))
        flowables = [f for f in story(d, copy, profile)
                     if not isinstance(f, (ContentsMarker, ActionFlowable)) or isinstance(f, PageBreak)]
        doc = SimpleDocTemplate(str(folder / f"bare-{number:02d}.pdf"), pagesize=A4, leftMargin=MARGIN_LEFT,
                                rightMargin=MARGIN_RIGHT, topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM)
        doc.build(flowables)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--dealers", type=int, default=1000)
    args = parser.parse_args()
    print(f"machine: {machine()}")
    with Workspace("bench-packet-") as ws:
        print(f"generating a {args.dealers:,}-dealer demo territory …", flush=True)
        template, _ = demo_database(ws, args.dealers)
        os.environ["DEALERDESK_HOME"] = str(ws.home)
        d = eight_member_dossier(url(template))
        ours_s, bare_s = [], []
        tmp = ws.path / "pdf"
        tmp.mkdir()
        ours(d, tmp / "warm")  # font loading and first-use caches, not counted
        bare(d, tmp)
        for run in range(args.runs):
            ours_s.append(ours(d, tmp / f"ours-{run}"))
            bare_s.append(bare(d, tmp))
        pages = _pages(tmp / "ours-0")
    mine, base = statistics.median(ours_s), statistics.median(bare_s)
    print(f"dealer {d.dealer.display_name}, meeting {d.meeting.id}: {TEAM} copies, {pages} pages in the set")
    print(f"ours (render_packet_set):   median {mine * 1000:7.0f} ms  ({mine / TEAM * 1000:.0f} ms a copy)")
    print(f"bare ReportLab, same story: median {base * 1000:7.0f} ms  ({base / TEAM * 1000:.0f} ms a copy)")
    print(f"ratio {mine / base:.2f} (aim ≤ 1.50) over {args.runs} interleaved runs")
    return 0 if mine / base <= 1.5 else 1


def _pages(folder: Path) -> int:
    import pypdf

    return sum(len(pypdf.PdfReader(str(p)).pages) for p in folder.glob("*.pdf"))


if __name__ == "__main__":
    sys.exit(main())
