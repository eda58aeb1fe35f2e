"""The dossier workspace driven like a user: from an empty dossier (steps 3–8) to a ready meeting,
the cap refusal on the way, going where something is missing, the outcome, and the pipeline."""

from __future__ import annotations

from datetime import date, time, timedelta

import icalendar
import pytest
from shiboken6 import isValid
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from desktop.rules.negotiation.records import Script
from desktop.services.negotiation import meetings, strategy as negotiation_strategy
from desktop.ui.operations import wait_for_idle
from tests.services.negotiation_setup import grant_approver, make_dealer, make_staff
from tests.ui.typing import type_text


@pytest.fixture
def workspace(qtbot, make_window, ctx):
    staff = make_staff(ctx)
    dealer = make_dealer(ctx)
    grant_approver(ctx)
    negotiation_strategy.save_script(ctx, Script(None, "对方认为手续费偏低", "我们执行备案费率，但送修上可以倾斜。", ["手续费"]))
    window = make_window(qtbot, ctx)
    show_section(window, "dossier")
    view = window.sections["dossier"]
    view.reload()
    yield window, view, dealer, staff
    settle(qtbot)  # pytest-qt may already have closed and deleted the window
    if isValid(window):
        window.close()


def settle(qtbot) -> None:
    """Let queued results and their clean-up run before the window goes away."""
    for _ in range(3):
        wait_for_idle()
        qtbot.wait(60)


def show_section(window, key: str) -> None:
    rows = [i for i in range(window.nav_list.count()) if window.nav_list.item(i).data(Qt.UserRole) == key]
    assert rows, f"the main window has a {key} section"
    window.nav_list.setCurrentRow(rows[0])


def states(view) -> list[str]:
    return [s.state for s in view.states]


def act(qtbot, view, widget):
    """Click ``widget`` and wait for the dossier to come back from the database."""
    with qtbot.waitSignal(view.loaded, timeout=20000):
        qtbot.mouseClick(widget, Qt.LeftButton)


def edit_cell(qtbot, table, row: int, col: int, text: str) -> None:
    table.setCurrentCell(row, col)
    table.editItem(table.item(row, col))
    qtbot.waitUntil(lambda: any(w.isVisible() for w in table.viewport().findChildren(QLineEdit)), timeout=3000)
    editor = next(w for w in table.viewport().findChildren(QLineEdit) if w.isVisible())
    type_text(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key_Return)  # the delegate commits on the next turn of the event loop
    qtbot.waitUntil(lambda: table.item(row, col).text() == text, timeout=3000)


def open_by_search(qtbot, view, dealer):
    qtbot.waitUntil(lambda: len(view.rows) == 1, timeout=10000)
    type_text(qtbot, view.search_edit, "hzjt")  # pinyin initials of 杭州骏通
    qtbot.waitUntil(lambda: view.results_list.count() == 1, timeout=5000)
    entry = view.results_list.item(0)
    with qtbot.waitSignal(view.loaded, timeout=20000):
        qtbot.mouseClick(view.results_list.viewport(), Qt.LeftButton, pos=view.results_list.visualItemRect(entry).center())
    assert view.dossier.dealer.id == dealer.id, "the dealer found by pinyin is open"


def test_from_an_empty_dossier_to_a_ready_meeting(qtbot, workspace, tmp_path):
    window, view, dealer, staff = workspace
    open_by_search(qtbot, view, dealer)
    assert states(view) == ["done", "done"] + ["todo"] * 6, states(view)
    assert view.summary_label.text() == "2 of 8 steps done", view.summary_label.text()

    # step 3 — the missing item takes us there
    view.select_step(3)
    item = next(view.missing_list.item(i) for i in range(view.missing_list.count())
                if "Quality not assessed" in view.missing_list.item(i).text())
    view.go_to(item.data(Qt.UserRole))
    page = view.classification_page
    assert view.stack.currentIndex() == 1 and page.ui.loss_ratio_edit.hasFocus(), "the item led to the loss-ratio field"
    type_text(qtbot, page.ui.loss_ratio_edit, "55%")
    page.ui.manager_rating_spin.setValue(4)
    act(qtbot, view, page.ui.classify_button)
    assert states(view)[2] == "done" and page.ui.tier_label.text() == "Key target", page.ui.tier_label.text()
    assert "loss ratio 55% ≤ 65%" in page.ui.explanation_label.text(), "the rule and its values in words"

    # step 4 — a rate above its cap is flagged as it is typed, its submission refused, then fixed
    view.select_step(4)
    p = view.policy_page.ui
    legend = view.policy_page.cap_check.legend_label.text()
    assert "Commercial ≤ 15% (*)" in legend and "(*) marks a cap that applies in every region" in legend, legend
    type_text(qtbot, p.compulsory_rate_edit, "4")
    type_text(qtbot, p.commercial_rate_edit, "16")
    assert "above the cap of 15%" in p.breach_label.text(), f"checked as typed, before saving: {p.breach_label.text()!r}"
    assert "border" in p.commercial_rate_edit.styleSheet(), "the figure over its cap is marked"
    assert "border" not in p.compulsory_rate_edit.styleSheet(), "a figure within its cap is not"
    qtbot.mouseClick(p.private_car_check, Qt.LeftButton)
    type_text(qtbot, p.new_car_ratio_edit, "0.6")
    type_text(qtbot, p.take_up_edit, "50")  # the economics: without them step 4 stays open (issue 14)
    type_text(qtbot, p.average_premium_edit, "4500")
    act(qtbot, view, p.save_draft_button)
    qtbot.waitUntil(lambda: p.submit_button.isEnabled() and "above the cap of 15%" in p.breach_label.text(), timeout=10000)
    qtbot.mouseClick(p.submit_button, Qt.LeftButton)
    box = None

    def refused():
        nonlocal box
        box = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()), None)
        return box is not None

    qtbot.waitUntil(refused, timeout=10000)
    assert "Cannot submit" in box.text() and "above the cap" in box.text(), box.text()
    box.close()
    assert not p.approve_button.isEnabled(), "refused: still a draft, nothing to approve"
    p.commercial_rate_edit.clear()
    type_text(qtbot, p.commercial_rate_edit, "15")
    assert not p.breach_label.text(), "within the cap again as soon as it is typed"
    act(qtbot, view, p.save_draft_button)
    qtbot.waitUntil(lambda: p.submit_button.isEnabled() and not p.breach_label.text(), timeout=10000)
    act(qtbot, view, p.submit_button)
    qtbot.waitUntil(lambda: p.approve_button.isEnabled(), timeout=10000)
    act(qtbot, view, p.approve_button)
    qtbot.waitUntil(lambda: states(view)[3] == "done", timeout=10000)
    qtbot.waitUntil(lambda: "in force" in p.versions_table.item(0, 1).text(), timeout=10000)
    assert p.versions_table.item(0, 1).font().bold(), "the approved version in force stands out"

    # step 5 — strategy, a bottom line, a script from the library
    view.select_step(5)
    s = view.strategy_page.ui
    type_text(qtbot, s.decision_analysis_edit, "重视投入产出")
    s.cooperation_model_combo.setCurrentIndex(s.cooperation_model_combo.findData("win_win"))
    s.cooperation_model_combo.activated.emit(s.cooperation_model_combo.currentIndex())
    type_text(qtbot, s.model_content_edit, "保费换送修")
    type_text(qtbot, s.common_interests_edit, "提升续保率")
    qtbot.mouseClick(s.add_bottom_line_button, Qt.LeftButton)
    assert s.bottom_lines_table.item(0, 0).text() == "Commercial commission rate", "the first negotiable item is offered"
    edit_cell(qtbot, s.bottom_lines_table, 0, 2, "15")
    type_text(qtbot, s.library_search_edit, "手续费")
    qtbot.waitUntil(lambda: s.library_table.rowCount() == 1, timeout=10000)
    s.library_table.selectRow(0)
    qtbot.mouseClick(s.copy_script_button, Qt.LeftButton)
    assert s.dossier_scripts_table.rowCount() == 1, "the script is copied into the dossier"
    act(qtbot, view, s.save_strategy_button)
    assert states(view)[4] == "done", [m.text() for m in view.states[4].missing]

    # steps 6–8 — the meeting, our team, the materials
    view.select_step(6)
    m = view.meeting_page.ui
    qtbot.mouseClick(m.new_meeting_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: m.meeting_tabs.isEnabled(), timeout=10000)
    assert m.day_edit.text().strip() == "" and m.start_edit.text().strip() == "", "a new meeting has no date or time yet"
    day = (date.today() + timedelta(days=30)).isoformat()  # ahead of today: a past meeting is never ready
    type_text(qtbot, m.day_edit, day)  # typed into the blank fields, as a user would
    type_text(qtbot, m.start_edit, "09:30")
    assert (m.day_edit.text(), m.start_edit.text()) == (day, "09:30"), (m.day_edit.text(), m.start_edit.text())
    m.status_combo.setCurrentIndex(m.status_combo.findData("confirmed"))
    for row in range(m.attendees_table.rowCount()):
        assert m.attendees_table.item(row, 3).checkState() == Qt.Checked, "the decision-maker and heads are invited"
        m.attendees_table.item(row, 4).setCheckState(Qt.Checked)
    view.select_step(7)
    assert m.meeting_tabs.currentIndex() == 1, "step 7 shows our team"
    for rank in ("department_head", "leadership"):
        m.staff_combo.setCurrentIndex(m.staff_combo.findData(staff[rank].id))
        qtbot.mouseClick(m.add_member_button, Qt.LeftButton)
    edit_cell(qtbot, m.team_table, 0, 3, "费用政策")
    page = view.meeting_page
    assert page.packet.owner_at(0) is None, "a new meeting's steps have no leader yet"
    qtbot.mouseClick(page.packet.assign_button, Qt.LeftButton)  # each step led by a named member (issue 14)
    owners = [page.packet.owner_at(r) for r in range(m.agenda_table.rowCount())]
    assert None not in owners and set(owners) <= {staff["department_head"].id, staff["leadership"].id}, owners
    view.select_step(8)
    for row in range(m.materials_list.count()):
        m.materials_list.item(row).setCheckState(Qt.Checked)
    act(qtbot, view, m.save_meeting_button)
    qtbot.waitUntil(lambda: states(view)[:7] == ["done"] * 7, timeout=10000)
    # our advantages have no figures yet (issue 14): the gap leads to the settings, where they are typed
    assert {x.code for x in view.states[7].missing} == {"readiness.materials.advantage"}, [x.text() for x in view.states[7].missing]
    view.select_step(8)
    gap = view.missing_list.item(0)
    assert "Express claims" in "".join(view.missing_list.item(i).text() for i in range(view.missing_list.count())), gap.text()
    view.missing_list.setCurrentItem(gap)
    view.missing_list.itemActivated.emit(gap)
    settings_dialog = view.last_settings_dialog
    qtbot.waitUntil(lambda: settings_dialog.data is not None, timeout=10000)
    assert settings_dialog.tabs.currentWidget() is settings_dialog.advantages_page, "go there: the advantages tab"
    for code in settings_dialog.advantage_edits.keys():
        code, part = code
        text = {"value": f"{code} 的数据", "source": "分公司车商渠道部", "as_of": "2026-10"}[part]
        type_text(qtbot, settings_dialog.advantage_edits[(code, part)], text)
    with qtbot.waitSignal(view.loaded, timeout=20000):  # the workspace hears the change and reads again
        settings_dialog.save()
    qtbot.waitUntil(lambda: states(view) == ["done"] * 8, timeout=10000)
    settings_dialog.close()
    assert view.summary_label.text() == "Ready for the meeting", view.summary_label.text()
    assert [x.staff_name for x in view.dossier.our_team] == ["周建国", "孙海燕"], "the highest rank leads"
    assert view.dossier.our_team[0].is_main, "the main negotiator defaults to the highest rank"

    # the calendar file
    target = tmp_path / "meeting.ics"
    view.meeting_page.export_to(str(target))
    qtbot.waitUntil(target.exists, timeout=10000)
    event = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")[0]
    assert event.decoded("DTSTART").replace(tzinfo=None).isoformat() == f"{day}T09:30:00", event.decoded("DTSTART")


def test_the_outcome_flags_a_term_beyond_the_bottom_line(qtbot, workspace, ctx):
    from dataclasses import replace

    from desktop.rules.negotiation.meeting_records import TeamMember
    from desktop.rules.negotiation.records import BottomLine

    window, view, dealer, staff = workspace
    st = negotiation_strategy.get_strategy(ctx, dealer.id)
    negotiation_strategy.save_strategy(ctx, replace(st, bottom_lines=[BottomLine(None, "商业险手续费率", "max", 15, "%")]))
    mt = meetings.new_meeting(ctx, dealer.id)
    mt = meetings.save(ctx, replace(mt, day=date(2026, 11, 20), start=time(14), team=[TeamMember(staff_id=staff["leadership"].id)]))
    with qtbot.waitSignal(view.loaded, timeout=20000):
        view.open_dealer(dealer.id, mt.id)
    view.select_step(9)
    o = view.outcome_page.ui
    qtbot.waitUntil(lambda: o.step_notes_table.rowCount() == 7, timeout=10000)
    o.result_combo.setCurrentIndex(o.result_combo.findData("intent"))
    edit_cell(qtbot, o.step_notes_table, 0, 2, "对方记住了每位成员")
    qtbot.mouseClick(o.add_term_button, Qt.LeftButton)
    combo = o.terms_table.cellWidget(0, 0)
    combo.setCurrentIndex(1)
    combo.activated.emit(1)
    edit_cell(qtbot, o.terms_table, 0, 2, "16")
    assert o.terms_table.item(0, 4).text() == "Beyond the bottom line", "flagged as it is typed"
    with qtbot.waitSignal(view.status_message, timeout=20000) as said:
        qtbot.mouseClick(o.save_outcome_button, Qt.LeftButton)
    assert "beyond the bottom line: 商业险手续费率" in said.args[0], said.args[0]
    qtbot.waitUntil(lambda: meetings.get(ctx, mt.id).status == "held", timeout=10000)


def test_steps_read_in_chinese(qtbot, make_window, ctx):
    dealer = make_dealer(ctx)
    window = make_window(qtbot, ctx, "zh_CN")
    try:
        view = window.sections["dossier"]
        with qtbot.waitSignal(view.loaded, timeout=20000):
            view.open_dealer(dealer.id)
        titles = [view.steps_list.item(i).text() for i in range(8)]
        assert "全面摸底" in titles[0] and "资料准备" in titles[7], titles
        view.select_step(6)
        assert view.missing_list.item(0).text() == "• 尚未安排会谈", view.missing_list.item(0).text()
    finally:
        settle(qtbot)
        window.close()
        make_window(qtbot, ctx, "en").close()
        settle(qtbot)


def test_pipeline_counts_and_opens_a_dossier(qtbot, demo_window):
    window = demo_window
    view = window.sections["pipeline"]
    with qtbot.waitSignal(view.loaded, timeout=20000):
        view.reload()
    assert view.stage_table.rowCount() == 7 and len(view.chart.bars) == 7, "seven stages, counted and drawn"
    assert view.stage_table.item(0, 2).text() == "120", "every demo dealer was surveyed"
    image = view.chart.grab().toImage()
    assert image.width() > 100 and image.pixelColor(image.width() // 3, image.height() // 8).isValid(), "the chart paints"
    view.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: view.targets_table.rowCount() > 0, timeout=20000)
    dealer_id = view.targets_table.item(0, 0).data(Qt.UserRole)
    dossier_view = window.sections["dossier"]
    with qtbot.waitSignal(dossier_view.loaded, timeout=20000):
        view.open_in_dossier(dealer_id)
    assert dossier_view.dossier.dealer.id == dealer_id, "the ranked target's dossier is open"
    assert window.stack.currentWidget() is dossier_view, "and shown"
    settle(qtbot)


def test_branch_settings_are_edited_in_one_dialog(qtbot, window, ctx, tmp_path):
    from desktop.rules.negotiation.policy_records import FeeCap
    from desktop.services.negotiation import resources
    from desktop.services.negotiation import settings

    make_staff(ctx)
    view = window.sections["pipeline"]
    view.open_settings()
    dialog = view.settings_dialog
    qtbot.waitUntil(lambda: dialog.data is not None, timeout=10000)
    assert dialog.caps_table.rowCount() == 2 and dialog.models_table.rowCount() == 4, "the SOP defaults are shown"
    dialog.loss_edit.setText("60")
    type_text(qtbot, dialog.brands_edit, "、现代")
    type_text(qtbot, dialog.approvers_edit, "tester")
    dialog._add_cap(FeeCap(None, "", "commercial"))
    dialog.caps_table.item(2, 0).setText("杭州")
    dialog.caps_table.item(2, 2).setText("12")
    with qtbot.waitSignal(window.app.bus.changed, timeout=10000):
        dialog.save()
    qtbot.waitUntil(lambda: dialog.message_label.text() == "Settings saved.", timeout=10000)
    cfg = settings.classification_settings(ctx)
    assert str(cfg.loss_ratio_max) == "60.00" and "现代" in cfg.mainstream_brands, cfg
    assert settings.has_role(ctx, "approver"), "the profile may now approve"
    assert ("杭州", "commercial") in {(c.region, c.line) for c in settings.fee_caps(ctx)}, "the city's cap is stored"
    csv = tmp_path / "resources.csv"
    csv.write_text("品牌,城市,年度,案件数,送修金额\n丰田,杭州,2025,120,960000\n", encoding="utf-8")
    dialog.import_file(str(csv))
    qtbot.waitUntil(lambda: dialog.resources_table.rowCount() == 1, timeout=10000)
    assert "Rows added: 1" in dialog.message_label.text() and resources.list_resources(ctx)[0].claim_count == 120, \
        dialog.message_label.text()
    settle(qtbot)
    dialog.close()


def test_agenda_edits_of_every_meeting_kind_are_saved(qtbot, window, ctx):
    from desktop.services.negotiation import settings

    view = window.sections["pipeline"]
    view.open_settings()
    dialog = view.settings_dialog
    qtbot.waitUntil(lambda: dialog.data is not None, timeout=10000)
    combo, table = dialog.kind_combo, dialog.template_table
    assert combo.count() >= 2, "more than one meeting kind"
    first, second = combo.itemData(0), combo.itemData(1)
    combo.setCurrentIndex(0)
    table.item(0, 0).setText("第一类会谈的自定义开场")
    combo.setCurrentIndex(1)  # another kind: the first kind's edit must not be lost
    table.item(0, 0).setText("第二类会谈的自定义开场")
    combo.setCurrentIndex(0)
    assert table.item(0, 0).text() == "第一类会谈的自定义开场", "switching back shows the edit made before"
    with qtbot.waitSignal(window.app.bus.changed, timeout=10000):
        dialog.save()
    qtbot.waitUntil(lambda: dialog.message_label.text() == "Settings saved.", timeout=10000)
    assert settings.agenda_template(ctx, first).steps[0].shown_title() == "第一类会谈的自定义开场", "the first kind's edit is saved"
    assert settings.agenda_template(ctx, second).steps[0].shown_title() == "第二类会谈的自定义开场", "and the second kind's too"
    settle(qtbot)
    dialog.close()


def test_settings_tables_fit_their_columns_and_right_align_figures(qtbot, window, ctx, tmp_path):
    """Columns were a fixed 100 px: '人员介绍（按级别由高到低）' and 'Part-time agency' were cut short while
    the last column took the rest. Now each column fits its text (within a cap) and figures align right."""
    view = window.sections["pipeline"]
    view.open_settings()
    dialog = view.settings_dialog
    dialog.resize(1000, 700)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.data is not None, timeout=10000)
    qtbot.wait(50)  # the columns fit on the next turn of the event loop
    for table, col in ((dialog.models_table, 1), (dialog.template_table, 0), (dialog.template_table, 1)):
        metrics = table.fontMetrics()
        widest = max(metrics.horizontalAdvance(table.item(r, col).text()) for r in range(table.rowCount()))
        assert table.columnWidth(col) >= min(widest, 300), \
            f"{table.objectName()} column {col} fits its widest text ({widest} px): {table.columnWidth(col)} px"
    csv = tmp_path / "resources.csv"
    csv.write_text("品牌,城市,年度,案件数,送修金额\n丰田,杭州,2025,120,960000\n", encoding="utf-8")
    dialog.import_file(str(csv))
    qtbot.waitUntil(lambda: dialog.resources_table.rowCount() == 1, timeout=10000)
    align = dialog.resources_table.item(0, 4).textAlignment()
    assert align & Qt.AlignRight and not dialog.resources_table.item(0, 0).textAlignment() & Qt.AlignRight, \
        "amounts align right, names left"
    settle(qtbot)
    dialog.close()


def test_profiles_say_what_they_show(qtbot, workspace, app):
    """出生年份 shows a year (it showed an age: '出生年份: 51'); the dealer file's people column names what it lists."""
    window, view, dealer, staff = workspace
    open_by_search(qtbot, view, dealer)
    view.select_step(5)
    text = view.strategy_page.ui.profiles_label.text()
    assert "Birth year: 1975" in text, f"the decision-maker's birth year as a year: {text}"
    from desktop.ui.dealers.dialog import DealerDialog

    dialog = DealerDialog(app, None)
    qtbot.addWidget(dialog)
    header = dialog.ui.people_table.horizontalHeaderItem(4).text()
    assert header == "Hobbies or background", f"the column says what it shows: {header!r}"
    settle(qtbot)
