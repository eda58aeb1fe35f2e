"""Work assignment as a team uses it: a step given to a person with a due date shows its owner in the
preparation checklist, lands on that person's My work list (overdue first), opens the dossier at
that step, leaves the list when done, and is announced once a day at start."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from shiboken6 import isValid
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.services.office import work
from desktop.ui.toolkit.layout_memory import window_state
from desktop.ui.operations import wait_for_idle
from tests.services.negotiation_setup import make_dealer


@pytest.fixture
def team_window(qtbot, make_window, ctx):
    dealer = make_dealer(ctx)
    window = make_window(qtbot, ctx)
    yield window, dealer
    wait_for_idle()
    qtbot.wait(50)
    if isValid(window):  # pytest-qt may have closed it already
        window.close()


def _open_dossier(qtbot, window, dealer_id):
    view = window.show_section("dossier")
    with qtbot.waitSignal(view.loaded, timeout=20000):
        view.open_dealer(dealer_id)
    return view


def test_a_step_given_to_a_person_shows_its_owner_and_lands_on_their_list(qtbot, team_window):
    window, dealer = team_window
    view = _open_dossier(qtbot, window, dealer.id)
    view.select_step(4)
    button = view.owners.assign_button
    assert button.isEnabled(), "the single local user may assign work"
    qtbot.mouseClick(button, Qt.LeftButton)
    dialog = view.owners.dialog
    qtbot.waitUntil(lambda: dialog.owner_combo.findData("tester") >= 0, timeout=10000)
    dialog.owner_combo.setCurrentIndex(dialog.owner_combo.findData("tester"))
    yesterday = date.today() - timedelta(days=1)
    from desktop.ui.toolkit.widgets import set_optional_date

    set_optional_date(dialog.due_edit, yesterday)
    dialog.note_edit.setText("先和运营部对一下送修比例")
    with qtbot.waitSignal(view.loaded, timeout=20000):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    entry = view.steps_list.item(3)
    assert entry.text().endswith(f"— tester · {yesterday:%m-%d}"), f"the checklist names the owner: {entry.text()}"
    assert entry.foreground().color().name() == "#b3261e", "overdue in red"
    assert "Assigned to tester, due" in entry.toolTip() and "(overdue)" in entry.toolTip()

    mine = window.show_section("my_work")
    with qtbot.waitSignal(mine.loaded, timeout=20000):
        mine.reload()
    assert mine.table.rowCount() == 1
    assert mine.table.item(0, 0).text() == f"{yesterday:%Y-%m-%d} (overdue 1 d)", mine.table.item(0, 0).text()
    assert mine.table.item(0, 2).text() == "4. Draft policies"
    assert mine.table.item(0, 3).text() == "先和运营部对一下送修比例"
    assert mine.summary_label.text() == "1 item(s), 1 overdue"

    where = mine.table.visualItemRect(mine.table.item(0, 1)).center()
    qtbot.mouseClick(mine.table.viewport(), Qt.LeftButton, pos=where)
    with qtbot.waitSignal(view.loaded, timeout=20000):
        qtbot.mouseDClick(mine.table.viewport(), Qt.LeftButton, pos=where)
    assert window.stack.currentWidget() is view, "the dossier is on screen"
    assert view.steps_list.currentRow() == 3, "at the step that was assigned"

    mine = window.show_section("my_work")
    mine.table.selectRow(0)
    with qtbot.waitSignal(mine.loaded, timeout=20000):
        qtbot.mouseClick(mine.done_button, Qt.LeftButton)
    assert mine.table.rowCount() == 0 and mine.summary_label.text() == "Nothing assigned to you. Well done."


def test_my_work_lists_overdue_first_then_by_due_date(qtbot, team_window, ctx):
    window, dealer = team_window
    today = date.today()
    work.assign(ctx, dealer.id, 1, "tester", today + timedelta(days=5))
    work.assign(ctx, dealer.id, 2, "tester", None)
    work.assign(ctx, dealer.id, 3, "tester", today - timedelta(days=3))
    work.assign(ctx, dealer.id, 4, "tester", today)
    from desktop.services.context import ServiceContext

    other = ServiceContext.open(str(ctx.engine.url), "someone_else")  # the same file under another name
    try:
        work.assign(other, dealer.id, 5, "someone_else", today - timedelta(days=9))
    finally:
        other.dispose()
    mine = window.show_section("my_work")
    with qtbot.waitSignal(mine.loaded, timeout=20000):
        mine.reload()
    steps = [mine.table.item(r, 2).text()[:1] for r in range(mine.table.rowCount())]
    assert steps == ["3", "4", "1", "2"], f"overdue, due today, later, undated; others' work not listed: {steps}"
    assert mine.table.item(1, 0).text().endswith("(today)")


def test_due_work_is_announced_once_a_day(qtbot, team_window, ctx):
    from desktop.ui.worklist.announce import announce_due

    window, dealer = team_window
    work.assign(ctx, dealer.id, 2, "tester", date.today() - timedelta(days=2))
    work.assign(ctx, dealer.id, 3, "tester", date.today())
    window.show_section("dealers")
    announce_due(window)
    qtbot.waitUntil(lambda: bool(window.last_announcement), timeout=10000)
    assert window.last_announcement == "2 item(s) of your work are due, 1 of them overdue."
    assert window.statusBar().currentMessage() == window.last_announcement
    assert window.stack.currentWidget() is window.sections["my_work"], "the list is put on screen"
    assert window_state().value("my_work/announced/tester") == date.today().isoformat()
    window.last_announcement = ""
    window.show_section("dealers")
    announce_due(window)
    wait_for_idle()
    qtbot.wait(100)
    assert window.last_announcement == "" and window.stack.currentWidget() is window.sections["dealers"], "not twice a day"


def test_nothing_due_nothing_announced(qtbot, team_window, ctx):
    from desktop.ui.worklist.announce import announce_due

    window, dealer = team_window
    work.assign(ctx, dealer.id, 2, "tester", date.today() + timedelta(days=2))
    announce_due(window)
    wait_for_idle()
    qtbot.wait(100)
    assert window.last_announcement == "" and window_state().value("my_work/announced/tester") is None


def test_specialists_and_team_managers_start_on_my_work(qtbot, office_window):
    window = office_window("oui_chan", "zh_CN")  # the channel department works from the dealer list
    window.show_section("dealers")
    window.close()  # remembered: the next window would open on the dealers
    for login in ("oui_spec", "oui_mgr"):
        window = office_window(login, "zh_CN")
        assert window.stack.currentWidget() is window.sections["my_work"], f"{login} starts on My work"
        assert window.nav_list.currentItem().text() == "我的待办", \
            f"{login}: the navigation shows where they are: {window.nav_list.currentItem().text()}"
        window.show_section("dealers")
        window.close()


def test_at_start_due_work_is_announced_as_a_desktop_notification_and_the_list(qtbot, make_window, ctx, monkeypatch):
    from PySide6.QtWidgets import QSystemTrayIcon

    dealer = make_dealer(ctx)
    work.assign(ctx, dealer.id, 3, "tester", date.today() - timedelta(days=1))
    shown = []
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))  # offscreen has no tray
    monkeypatch.setattr(QSystemTrayIcon, "showMessage", lambda tray, title, text, *rest: shown.append((title, text)))
    window = make_window(qtbot, ctx, "zh_CN")
    try:
        window.after_shown()  # what the start (app.run_gui) does once the window is up; nothing else is called
        qtbot.waitUntil(lambda: bool(shown), timeout=20000)
        assert shown == [("车商渠道工作台 — 我的待办", window.last_announcement)], shown
        assert "1" in window.last_announcement and window.statusBar().currentMessage() == window.last_announcement
        assert window.tray_icon.isVisible(), "the notification comes from the tray icon"
        assert window.stack.currentWidget() is window.sections["my_work"], "and the list is on screen"
    finally:
        wait_for_idle()
        window.close()
        from desktop.app import create_application

        create_application(["dealerdesk-tests"], "en")


def test_a_meetings_task_is_given_through_the_dossier_and_listed_as_the_meetings(qtbot, team_window, ctx):
    from desktop.services.negotiation import meetings

    window, dealer = team_window
    meeting = meetings.save(ctx, meetings.new_meeting(ctx, dealer.id))
    view = window.show_section("dossier")
    with qtbot.waitSignal(view.loaded, timeout=20000):
        view.open_dealer(dealer.id, meeting.id)
    view.select_step(7)  # 确定人员: one of the meeting's own tasks
    qtbot.mouseClick(view.owners.assign_button, Qt.LeftButton)
    dialog = view.owners.dialog
    assert dialog.findChild(object, "assign_what_label").text().endswith(" (this meeting's task)"), "says whose task it is"
    qtbot.waitUntil(lambda: dialog.owner_combo.findData("tester") >= 0, timeout=10000)
    dialog.owner_combo.setCurrentIndex(dialog.owner_combo.findData("tester"))
    with qtbot.waitSignal(view.loaded, timeout=20000):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    given = [a for a in work.assignments_of(ctx, dealer.id) if a.step == 7]
    assert [(a.meeting_id, a.owner) for a in given] == [(meeting.id, "tester")], given
    assert " — tester" in view.steps_list.item(6).text(), view.steps_list.item(6).text()
    mine = window.show_section("my_work")
    with qtbot.waitSignal(mine.loaded, timeout=20000):
        mine.reload()
    assert mine.table.item(0, 2).text().endswith(" · the meeting's task"), mine.table.item(0, 2).text()


def test_on_the_office_database_a_manager_gives_a_step_to_a_colleague_named_in_chinese(qtbot, office_window, office_db):
    dealer = make_dealer(office_db.ctx("oui_chan"))
    office_db.put_in_team(dealer.id, "杭州一组")
    window = office_window("oui_mgr", "zh_CN")
    view = _open_dossier(qtbot, window, dealer.id)
    view.select_step(2)
    qtbot.mouseClick(view.owners.assign_button, Qt.LeftButton)
    dialog = view.owners.dialog
    qtbot.waitUntil(lambda: dialog.owner_combo.findData("oui_spec") >= 0, timeout=10000)
    index = dialog.owner_combo.findData("oui_spec")
    assert dialog.owner_combo.itemText(index) == "沈明（oui_spec）", dialog.owner_combo.itemText(index)
    dialog.owner_combo.setCurrentIndex(index)
    with qtbot.waitSignal(view.loaded, timeout=20000):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    assert " — 沈明" in view.steps_list.item(1).text(), view.steps_list.item(1).text()
    mine = work.my_work(office_db.ctx("oui_spec"))
    assert [(a.dealer_id, a.step) for a in mine] == [(dealer.id, 2)], f"on the specialist's own list: {mine}"
