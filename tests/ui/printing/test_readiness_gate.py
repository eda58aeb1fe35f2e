"""Printing a packet for a meeting that is not ready (issue 14): the gaps are listed, the user can go
there, or print anyway and every page of every copy says 未就绪 beside the holder mark."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.rules.negotiation import readiness
from desktop.services.negotiation import dossier, meetings
from desktop.ui.operations import wait_for_idle
from tests.documents.pdfcheck import page_texts
from tests.ui.dossier.test_workspace import settle, show_section


def _not_ready_meeting(ctx):
    for row in meetings.list_meetings(ctx):
        d = dossier.build(ctx, row.dealer_id, row.id)
        gaps = readiness.packet_gaps(readiness.evaluate(d))
        if row.status in ("proposed", "confirmed") and d.our_team and any(step == 7 for step, _m in gaps):
            return row, gaps
    raise AssertionError("the demo territory has a meeting that is not ready")


def _open(qtbot, window, row):
    show_section(window, "dossier")
    view = window.sections["dossier"]
    with qtbot.waitSignal(view.loaded, timeout=30000):
        view.open_dealer(row.dealer_id, row.id)
    qtbot.waitUntil(lambda: view.dossier is not None and view.dossier.meeting.id == row.id, timeout=20000)
    view.select_step(8)
    return view


def test_not_ready_lists_the_gaps_and_goes_there(qtbot, demo_window, demo_ctx):
    row, gaps = _not_ready_meeting(demo_ctx)
    view = _open(qtbot, demo_window, row)
    page = view.meeting_page
    page.last_gate = page.last_packet_dialog = None
    qtbot.mouseClick(page.ui.print_packet_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: page.last_gate is not None and page.last_gate.isVisible(), timeout=5000)
    gate = page.last_gate
    assert gate.gaps_list.count() == len(gaps), "every gap is listed"
    team_row = next(i for i, (step, _m) in enumerate(gaps) if step == 7)
    assert gate.gaps_list.item(team_row).text().startswith("Step 7"), gate.gaps_list.item(team_row).text()
    gate.gaps_list.setCurrentRow(team_row)
    qtbot.mouseClick(gate.go_button, Qt.LeftButton)
    assert view.steps_list.currentRow() == 6, "going there opens step 7, our team"
    assert page.ui.meeting_tabs.currentIndex() == 1, "on the team tab"
    wait_for_idle()
    assert page.last_packet_dialog is None, "going there prints nothing"
    settle(qtbot)


def test_printed_anyway_every_page_says_not_ready(qtbot, demo_window, demo_ctx):
    row, _gaps = _not_ready_meeting(demo_ctx)
    view = _open(qtbot, demo_window, row)
    page = view.meeting_page
    page.last_packet_dialog = None
    qtbot.mouseClick(page.ui.print_packet_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: getattr(page, "last_gate", None) is not None and page.last_gate.isVisible(), timeout=5000)
    qtbot.mouseClick(page.last_gate.print_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: page.last_packet_dialog is not None, timeout=90000)
    dialog = page.last_packet_dialog
    assert len(dialog.paths) == len(view.dossier.our_team) >= 1, "one copy per member"
    for path in dialog.paths:
        texts = page_texts(path)
        unmarked = [n for n, text in enumerate(texts, 1) if "未就绪" not in text and "NOT READY" not in text]
        assert not unmarked, f"{path.name}: pages without the not-ready mark: {unmarked}"
    dialog.close()
    wait_for_idle()
    settle(qtbot)
