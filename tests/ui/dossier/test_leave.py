"""Unsaved preparation edits are never thrown away unasked: switching dealer or meeting, or closing the
window, asks Save / Discard changes / Cancel; Ctrl+S saves the page on screen. Driven over the demo territory."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPushButton

from desktop.services.negotiation import meetings, classification as negotiation, strategy as negotiation_strategy
from tests.ui.dossier.test_workspace import settle, show_section
from tests.ui.typing import type_text

FIRST, SECOND = 1, 2  # 湖州星徽理想, 杭州东昌吉利
WITH_MEETING = 47  # 台州和诚福特: one held meeting


def open_dossier(qtbot, window, dealer_id: int, meeting_id: int | None = None):
    show_section(window, "dossier")
    view = window.sections["dossier"]
    view.reload()
    qtbot.waitUntil(lambda: len(view.rows) == 120, timeout=20000)
    with qtbot.waitSignal(view.loaded, timeout=20000):
        view.open_dealer(dealer_id, meeting_id)
    return view


def leave_box(qtbot) -> QMessageBox:
    found = []

    def shown() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QMessageBox) and w.objectName() == "dossier_leave_box" and w.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown, timeout=5000)
    return found[0]


def answer(qtbot, box: QMessageBox, choice: str) -> None:
    assert box.defaultButton() is box.escapeButton() is box.findChild(QPushButton, "leave_cancel_button"), \
        "Cancel is the default and Esc"
    if choice == "cancel":
        qtbot.keyClick(box, Qt.Key_Escape)
    else:
        qtbot.mouseClick(box.findChild(QPushButton, f"leave_{choice}_button"), Qt.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=5000)


def edit_strategy(qtbot, view, text: str) -> None:
    view.select_step(5)
    type_text(qtbot, view.strategy_page.ui.decision_analysis_edit, text)
    assert view.strategy_page.dirty, "typing marks the strategy edited"


def pick_result(qtbot, view, name: str) -> None:
    type_text(qtbot, view.search_edit, name)
    qtbot.waitUntil(lambda: view.results_list.count() == 1, timeout=5000)
    entry = view.results_list.item(0)
    qtbot.mouseClick(view.results_list.viewport(), Qt.LeftButton, pos=view.results_list.visualItemRect(entry).center())


@pytest.mark.parametrize("choice", ["cancel", "discard", "save"])
def test_switching_dealer_with_an_edit_asks_first(qtbot, demo_window, demo_ctx, choice):
    view = open_dossier(qtbot, demo_window, FIRST)
    before = negotiation_strategy.get_strategy(demo_ctx, FIRST).decision_analysis
    edit_strategy(qtbot, view, "重视投入产出")
    pick_result(qtbot, view, "杭州东昌吉利")
    box = leave_box(qtbot)
    assert "Strategy" in box.informativeText() or "5." in box.informativeText(), box.informativeText()
    answer(qtbot, box, choice)
    saved = negotiation_strategy.get_strategy(demo_ctx, FIRST).decision_analysis
    if choice == "cancel":
        settle(qtbot)
        assert view.dealer_id == FIRST and view.dossier.dealer.id == FIRST, "Cancel keeps the dealer open"
        assert view.strategy_page.ui.decision_analysis_edit.toPlainText().endswith("重视投入产出"), "and the edit"
        assert view.strategy_page.dirty, "still marked unsaved"
        assert not view.results_list.selectedItems(), "the other dealer is not left chosen in the results"
        assert saved == before, "nothing was written"
        view.strategy_page.dirty = False  # let the window close quietly
        return
    qtbot.waitUntil(lambda: view.dossier.dealer.id == SECOND, timeout=20000)
    settle(qtbot)
    saved = negotiation_strategy.get_strategy(demo_ctx, FIRST).decision_analysis
    if choice == "discard":
        assert saved == before and "重视投入产出" not in saved, "Discard writes nothing"
        assert "重视投入产出" not in view.strategy_page.ui.decision_analysis_edit.toPlainText(), "nor carries the text over"
    else:
        assert saved.endswith("重视投入产出"), f"Save wrote the edit before switching: {saved!r}"
    assert not view.strategy_page.dirty, "the second dealer's strategy is shown unedited"


def test_a_save_that_is_refused_keeps_the_dealer(qtbot, demo_window, demo_ctx):
    view = open_dossier(qtbot, demo_window, FIRST)
    before = negotiation.get_assessment(demo_ctx, FIRST)
    view.select_step(3)
    page = view.classification_page
    page.ui.loss_ratio_edit.clear()
    type_text(qtbot, page.ui.loss_ratio_edit, "abc")
    pick_result(qtbot, view, "杭州东昌吉利")
    with qtbot.waitSignal(view.status_message, timeout=20000) as said:
        answer(qtbot, leave_box(qtbot), "save")
    settle(qtbot)
    assert "could not be saved" in said.args[0], said.args[0]
    assert view.dossier.dealer.id == FIRST and view.stack.currentIndex() == 1, "still on the first dealer's classification"
    assert page.dirty and page.ui.loss_ratio_edit.text() == "abc", "the edit is still there to fix"
    assert negotiation.get_assessment(demo_ctx, FIRST).loss_ratio == before.loss_ratio, "nothing was written"
    page.dirty = False


@pytest.mark.parametrize("choice", ["cancel", "discard", "save"])
def test_choosing_another_meeting_with_an_edit_asks_first(qtbot, demo_window, demo_ctx, choice):
    held = meetings.list_meetings(demo_ctx, dealer_id=WITH_MEETING)[0].id
    other = meetings.save(demo_ctx, replace(meetings.new_meeting(demo_ctx, WITH_MEETING), day=date(2026, 12, 8), start=time(10)))
    view = open_dossier(qtbot, demo_window, WITH_MEETING, held)
    before = meetings.get(demo_ctx, held).place
    view.select_step(6)
    m = view.meeting_page.ui
    m.place_edit.clear()
    type_text(qtbot, m.place_edit, "Room 9")
    combo = view.meeting_combo
    index = combo.findData(other.id)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    answer(qtbot, leave_box(qtbot), choice)
    if choice == "cancel":
        settle(qtbot)
        assert view.meeting_id == held and combo.currentData() == held, "Cancel keeps the meeting, in the combo too"
        assert m.place_edit.text() == "Room 9" and view.meeting_page.dirty, "and the edit"
        assert meetings.get(demo_ctx, held).place == before, "nothing was written"
        view.meeting_page.dirty = False
        return
    qtbot.waitUntil(lambda: view.dossier.meeting.id == other.id and combo.currentData() == other.id, timeout=20000)
    settle(qtbot)
    place = meetings.get(demo_ctx, held).place
    assert place == ("Room 9" if choice == "save" else before), place
    assert m.place_edit.text() != "Room 9", "the other meeting shows its own place"


def test_closing_the_window_with_an_edit_asks_first(qtbot, demo_window, demo_ctx):
    view = open_dossier(qtbot, demo_window, FIRST)
    edit_strategy(qtbot, view, "提升续保率")
    demo_window.close()
    answer(qtbot, leave_box(qtbot), "cancel")
    assert demo_window.isVisible(), "Cancel keeps the window open"
    assert view.strategy_page.ui.decision_analysis_edit.toPlainText().endswith("提升续保率"), "with the edit"
    demo_window.close()
    answer(qtbot, leave_box(qtbot), "save")
    qtbot.waitUntil(lambda: not demo_window.isVisible(), timeout=20000)
    assert negotiation_strategy.get_strategy(demo_ctx, FIRST).decision_analysis.endswith("提升续保率"), "saved, then closed"


def test_ctrl_s_saves_the_page_on_screen(qtbot, demo_window, demo_ctx):
    view = open_dossier(qtbot, demo_window, FIRST)
    demo_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is demo_window, timeout=5000)
    view.select_step(5)
    s = view.strategy_page.ui
    lines = len(negotiation_strategy.get_strategy(demo_ctx, FIRST).bottom_lines)
    qtbot.mouseClick(s.add_bottom_line_button, Qt.LeftButton)
    row = s.bottom_lines_table.rowCount() - 1
    s.bottom_lines_table.setCurrentCell(row, 2)
    s.bottom_lines_table.editItem(s.bottom_lines_table.item(row, 2))
    qtbot.waitUntil(lambda: any(w.isVisible() for w in s.bottom_lines_table.viewport().findChildren(QLineEdit)), timeout=3000)
    editor = next(w for w in s.bottom_lines_table.viewport().findChildren(QLineEdit) if w.isVisible())
    type_text(qtbot, editor, "12")  # still typing in the cell when Ctrl+S comes
    with qtbot.waitSignal(view.status_message, timeout=20000) as said:
        qtbot.keyClick(editor, Qt.Key_S, Qt.ControlModifier)
    assert said.args[0] == "Strategy saved", said.args[0]
    saved = negotiation_strategy.get_strategy(demo_ctx, FIRST).bottom_lines
    assert len(saved) == lines + 1 and str(saved[-1].value).startswith("12"), saved
    settle(qtbot)
    s.decision_analysis_edit.setFocus()
    with qtbot.waitSignal(view.status_message, timeout=5000) as said:
        qtbot.keyClick(s.decision_analysis_edit, Qt.Key_S, Qt.ControlModifier)
    assert said.args[0] == "Nothing to save on this page", "an unchanged page is not written again"
