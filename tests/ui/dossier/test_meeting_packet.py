"""The meeting page's packet controls (issue 14): each agenda step led by a member chosen with the team,
and the key people's sensitive fields ticked for this meeting's packet — saved, and read back."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.services.negotiation import meetings
from tests.ui.dossier.test_workspace import act, settle, show_section


def _open(qtbot, window, row):
    show_section(window, "dossier")
    view = window.sections["dossier"]
    with qtbot.waitSignal(view.loaded, timeout=30000):
        view.open_dealer(row.dealer_id, row.id)
    qtbot.waitUntil(lambda: view.dossier is not None and view.dossier.meeting.id == row.id, timeout=20000)
    return view


def test_unowned_step_goes_to_its_leader_choice_and_ticks_are_saved(qtbot, demo_window, demo_ctx):
    row = next(r for r in meetings.list_meetings(demo_ctx)
               if r.status == "proposed" and any(s.owner_staff_id is None for s in meetings.get(demo_ctx, r.id).agenda))
    view = _open(qtbot, demo_window, row)
    page, u = view.meeting_page, view.meeting_page.ui
    gap = next(m for m in view.states[6].missing if m.code == "readiness.team.step_owner")
    index = gap.target[3]
    view.go_to(gap.target)
    assert u.meeting_tabs.currentIndex() == 2 and u.agenda_table.currentRow() == index, "taken to the step's leader"
    combo = u.agenda_table.cellWidget(index, 3)
    assert combo.currentData() is None and combo.count() == 1 + u.team_table.rowCount(), "nobody yet; the team offered"
    combo.setCurrentIndex(2)
    combo.activated.emit(2)
    chosen = combo.currentData()
    box = page.packet.checks["hobbies"]
    assert box.isEnabled() and not box.isChecked(), "nothing ticked by default; the single user may tick"
    qtbot.mouseClick(box, Qt.LeftButton)
    act(qtbot, view, u.save_meeting_button)
    saved = meetings.get(demo_ctx, row.id)
    assert saved.agenda[index].owner_staff_id == chosen, "the step's leader is saved"
    assert saved.packet_sensitive == ["hobbies"] and saved.packet_sensitive_by, "the tick and who ticked are saved"
    assert "readiness.team.step_owner" not in [m.code for m in view.states[6].missing if m.target[3:] == (index,)], \
        "that step is no longer a gap"
    assert page.packet.ticked_by_label.text(), "the page says who ticked"
    settle(qtbot)
