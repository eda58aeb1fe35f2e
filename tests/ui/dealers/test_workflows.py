"""Real tasks in the dealer windows: create by typing, find by pinyin, validation, conflicts."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPoint, Qt
from shiboken6 import isValid
from PySide6.QtWidgets import QMessageBox

from desktop.rules.dealers.uscc import make_uscc
from tests.ui.typing import type_text
from desktop.services.dealers import files as dealers
from desktop.services.dealers import listing
from desktop.services.context import ServiceContext


def open_dialog(qtbot, view, *, new: bool):
    view.last_dialog = None
    if new:
        qtbot.mouseClick(view.new_button, Qt.LeftButton)
    else:
        view.open_selected()
    qtbot.waitUntil(lambda: view.last_dialog is not None and view.last_dialog.isVisible(), timeout=5000)
    dialog = view.last_dialog
    qtbot.waitUntil(lambda: dialog.ui.tabs.isEnabled(), timeout=10000)
    return dialog


def test_create_dealer_by_typing(qtbot, window, loaded, ctx):
    view = loaded(qtbot, window)
    dialog = open_dialog(qtbot, view, new=True)
    u = dialog.ui
    type_text(qtbot, u.legal_name_edit, "杭州骏通丰田汽车销售服务有限公司")
    type_text(qtbot, u.short_name_edit, "杭州骏通丰田")
    type_text(qtbot, u.uscc_edit, make_uscc("91330100MA2B3C4D5"))
    type_text(qtbot, u.city_edit, "杭州")
    type_text(qtbot, u.brands_edit, "丰田、雷克萨斯")
    type_text(qtbot, u.annual_sales_edit, "1.2万")
    type_text(qtbot, u.contact_name_edit, "王经理")
    type_text(qtbot, u.contact_phone_edit, "0571 8888 6666 转 12")
    u.source_web_check.setChecked(True)
    u.source_field_check.setChecked(True)
    assert u.verified_label.text() == "Verified", "two sources should show the file as verified"
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    with qtbot.waitSignal(dialog.saved, timeout=10000) as saved:
        qtbot.keyClick(u.legal_name_edit, Qt.Key_S, Qt.ControlModifier)
    assert not u.error_summary_label.text().count("attention"), u.error_summary_label.text()
    record = saved.args[0]
    stored = dealers.get(ctx, record.id)
    assert stored.legal_name == "杭州骏通丰田汽车销售服务有限公司", "legal name typed should be stored"
    assert stored.annual_sales == 12000, "1.2万 should be stored as 12,000"
    assert stored.contact_phone == "0571-88886666-12", "phone should be normalised with its extension"
    assert stored.brands == ["丰田", "雷克萨斯"], "brands separated by 、 should be split"
    assert stored.verified, "two survey sources make the file verified"
    assert stored.audit.created_by == "tester", "the profile name stamps the record"
    qtbot.waitUntil(lambda: view.model.total() == 1, timeout=10000)
    dialog.close()


def test_find_by_pinyin_initials(qtbot, demo_window, demo_ctx):
    view = demo_window.sections["dealers"]
    target = next(r for r in listing.list_rows(demo_ctx) if r.city == "杭州")
    initials = "hz" + "".join(__import__("pypinyin").lazy_pinyin(target.short_name[2:4], style=__import__("pypinyin").Style.FIRST_LETTER))
    type_text(qtbot, view.search_edit, initials)
    assert view.model.rowCount() > 0, f"typing {initials!r} should find dealers"
    names = [view.model.row_at(i).legal_name for i in range(view.model.rowCount())]
    assert target.legal_name in names, f"{target.legal_name} should match its pinyin initials {initials!r}"
    assert all(n.startswith("杭州") or initials in view.model.row_at(i).haystack for i, n in enumerate(names)), \
        "every row shown must match the query"
    view.search_edit.clear()
    assert view.model.rowCount() == view.model.total(), "clearing the search shows every dealer again"


def test_filters_narrow_the_list(qtbot, demo_window):
    view = demo_window.sections["dealers"]
    total = view.model.rowCount()
    index = view.city_combo.findData("重庆")
    assert index > 0, "the demo territory has dealers in 重庆"
    view.city_combo.setCurrentIndex(index)
    shown = [view.model.row_at(i).city for i in range(view.model.rowCount())]
    assert shown and set(shown) == {"重庆"}, "the city filter keeps only that city's dealers"
    assert len(shown) < total, "filtering by one city shows fewer dealers"
    type_text(qtbot, view.search_edit, "cq")
    assert view.model.rowCount() == len(shown), "'cq' (重庆's initials) matches every 重庆 dealer"


def test_validation_error_shown_next_to_field(qtbot, window, loaded, ctx, monkeypatch):
    view = loaded(qtbot, window)
    dialog = open_dialog(qtbot, view, new=True)
    u = dialog.ui
    type_text(qtbot, u.contact_phone_edit, "12345")
    type_text(qtbot, u.uscc_edit, "91330100MA2B3C4D5X")
    qtbot.mouseClick(u.button_box.button(u.button_box.StandardButton.Save), Qt.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.errors.message_for("legal_name_edit")), timeout=10000)
    assert dialog.errors.message_for("legal_name_edit") == "This field is required", "missing name is flagged at its field"
    assert "'12345' is not a valid mobile number" in dialog.errors.message_for("contact_phone_edit"), \
        "bad phone is flagged at its field"
    assert "Check character" in dialog.errors.message_for("uscc_edit"), "a wrong USCC check character is named"
    assert dialog.ui.tabs.currentIndex() == 0, "the tab holding the first error is shown"
    assert dealers.count(ctx) == 0, "nothing is saved while fields are at fault"
    dialog.close()
    answer_unsaved(qtbot, "discard")


def test_pasted_control_characters_are_refused_at_their_field(qtbot, window, loaded, ctx):
    """Text pasted from a web page or a terminal can carry invisible characters that would break
    every later roster export: the save is refused, with the message at the field that holds them."""
    view = loaded(qtbot, window)
    dialog = open_dialog(qtbot, view, new=True)
    u = dialog.ui
    u.legal_name_edit.setFocus()
    u.legal_name_edit.insert("杭州\u202e骏通汽车有限公司")  # as a paste lands
    u.notes_edit.insertPlainText("终端里复制的\x1b[31m备注")
    qtbot.mouseClick(u.button_box.button(u.button_box.StandardButton.Save), Qt.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.errors.message_for("legal_name_edit")), timeout=10000)
    assert "U+202E" in dialog.errors.message_for("legal_name_edit"), dialog.errors.message_for("legal_name_edit")
    notes_message = dialog.errors.message_for("notes_edit") or u.notes_edit.toolTip()  # a lone text box: its tooltip
    assert "U+001B" in notes_message, f"the notes field says what it holds: {notes_message!r}"
    assert dealers.count(ctx) == 0, "nothing is saved"
    dialog.close()
    answer_unsaved(qtbot, "discard")
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)


def test_stale_edit_is_refused_and_can_reload(qtbot, demo_window, demo_ctx, monkeypatch):
    view = demo_window.sections["dealers"]
    view.table.selectRow(0)
    dealer_id = view.model.row_at(0).id
    dialog = open_dialog(qtbot, view, new=False)
    other = ServiceContext(demo_ctx.engine, demo_ctx.sessions, "李志强")
    current = dealers.get(other, dealer_id)
    dealers.save(other, replace(current, notes="由李志强补充的备注"))
    dialog.ui.short_name_edit.clear()
    type_text(qtbot, dialog.ui.short_name_edit, "我的修改")
    qtbot.mouseClick(dialog.ui.button_box.button(dialog.ui.button_box.StandardButton.Save), Qt.LeftButton)
    qtbot.waitUntil(lambda: hasattr(dialog, "conflict_box") and dialog.conflict_box.isVisible(), timeout=10000)
    assert "李志强" in dialog.conflict_box.text(), "the conflict names who changed the record"
    assert dealers.get(demo_ctx, dealer_id).short_name != "我的修改", "the stale copy must not overwrite"
    qtbot.mouseClick(dialog.conflict_box.findChild(type(dialog.ui.button_box.buttons()[0]), "reload_button"), Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.ui.notes_edit.toPlainText() == "由李志强补充的备注", timeout=10000)
    dialog.close()


def test_delete_asks_and_refuses_dealer_with_history(qtbot, demo_window, demo_ctx, monkeypatch):
    view = demo_window.sections["dealers"]
    dealer_id = view.model.row_at(0).id
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.Cancel)
    view.delete([dealer_id])
    assert asked, "deleting asks for confirmation first"
    assert dealers.get(demo_ctx, dealer_id).id == dealer_id, "cancelled: nothing deleted"


def test_archive_hides_dealer(qtbot, demo_window, demo_ctx):
    view = demo_window.sections["dealers"]
    dealer_id = view.model.row_at(0).id
    total = view.model.total()
    with qtbot.waitSignal(view.loaded, timeout=20000):
        view.set_archived([dealer_id], True)
    assert dealers.get(demo_ctx, dealer_id).archived, "the dealer is archived in the database"
    assert view.model.total() == total - 1, "archived dealers leave the list"
    assert view.model.row_of_id(dealer_id) == -1, "the archived dealer is not shown"


def test_import_and_export_reachable_from_the_list(qtbot, demo_window):
    view = demo_window.sections["dealers"]
    qtbot.mouseClick(view.import_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: view.import_wizard.isVisible(), timeout=5000)
    assert view.import_wizard.windowTitle() == "Import dealer roster", "the import wizard opened on its first page"
    view.import_wizard.reject()
    view.table.selectRow(0)
    qtbot.mouseClick(view.export_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: view.export_dialog.isVisible(), timeout=5000)
    assert view.export_dialog.windowTitle() == "Export dealer roster", "the export dialog opened"
    view.export_dialog.reject()


def test_add_a_key_person_and_a_visit(qtbot, demo_window, demo_ctx):
    view = demo_window.sections["dealers"]
    view.table.selectRow(0)
    dealer_id = view.model.row_at(0).id
    before = dealers.get(demo_ctx, dealer_id)
    dialog = open_dialog(qtbot, view, new=False)
    qtbot.waitUntil(lambda: bool(dialog.staff), timeout=10000)
    qtbot.mouseClick(dialog.ui.add_person_button, Qt.LeftButton)
    person = dialog.person_dialog
    qtbot.waitUntil(person.isVisible, timeout=5000)
    type_text(qtbot, person.ui.name_edit, "赵新")
    type_text(qtbot, person.ui.birth_year_edit, "45")
    type_text(qtbot, person.ui.phone_edit, "13912345678")
    qtbot.mouseClick(person.ui.button_box.button(person.ui.button_box.StandardButton.Ok), Qt.LeftButton)
    assert dialog.ui.people_table.rowCount() == len(before.people) + 1, "the new person is listed"
    qtbot.mouseClick(dialog.ui.add_visit_button, Qt.LeftButton)
    visit = dialog.visit_dialog
    qtbot.waitUntil(visit.isVisible, timeout=5000)
    visit.ui.visitors_list.item(0).setCheckState(Qt.Checked)
    type_text(qtbot, visit.ui.findings_edit, "对闪赔服务很感兴趣")
    qtbot.mouseClick(visit.ui.button_box.button(visit.ui.button_box.StandardButton.Ok), Qt.LeftButton)
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        qtbot.mouseClick(dialog.ui.button_box.button(dialog.ui.button_box.StandardButton.Save), Qt.LeftButton)
    after = dealers.get(demo_ctx, dealer_id)
    added = [p for p in after.people if p.name == "赵新"]
    assert added and added[0].phone == "13912345678", "the person was saved with the file"
    assert added[0].birth_year and 1975 <= added[0].birth_year <= 1982, "an age of 45 is kept as a birth year"
    assert any(v.findings == "对闪赔服务很感兴趣" and v.visitor_names for v in after.visits), "the visit was saved with its visitor"
    dialog.close()


def unsaved_box(qtbot):
    from PySide6.QtWidgets import QApplication

    found = []

    def shown() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QMessageBox) and w.objectName() == "unsaved_box" and w.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown, timeout=5000)
    return found[0]


def answer_unsaved(qtbot, choice: str) -> list[str]:
    """Answer the unsaved-changes question like a user; returns the texts of its buttons."""
    from PySide6.QtWidgets import QPushButton

    box = unsaved_box(qtbot)
    texts = [b.text() for b in box.buttons()]
    qtbot.mouseClick(box.findChild(QPushButton, f"unsaved_{choice}_button"), Qt.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=5000)
    return texts


def test_closing_with_unsaved_edits_asks_first(qtbot, demo_window):
    view = demo_window.sections["dealers"]
    view.table.selectRow(0)
    dialog = open_dialog(qtbot, view, new=False)
    dialog.close()
    assert not dialog.isVisible(), "an untouched file closes without a question"
    dialog = open_dialog(qtbot, view, new=False)
    type_text(qtbot, dialog.ui.notes_edit, "新备注")  # a plain-text field, not a line edit
    dialog.ui.source_government_check.setChecked(not dialog.ui.source_government_check.isChecked())
    dialog.close()
    answer_unsaved(qtbot, "cancel")
    assert dialog.isVisible(), "edited notes are not thrown away without asking (answered Cancel)"
    dialog.close()
    answer_unsaved(qtbot, "discard")
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible(), timeout=5000)


def test_after_saving_the_way_out_says_close_and_the_question_offers_save(qtbot, demo_window, demo_ctx):
    view = demo_window.sections["dealers"]
    view.table.selectRow(0)
    dealer_id = view.model.row_at(0).id
    dialog = open_dialog(qtbot, view, new=True)
    u = dialog.ui
    cancel = u.button_box.button(u.button_box.StandardButton.Cancel)
    assert cancel.text().replace("&", "") == "Cancel", "a file never saved can be cancelled"
    type_text(qtbot, u.legal_name_edit, "杭州新开汽车销售服务有限公司")
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        qtbot.mouseClick(u.button_box.button(u.button_box.StandardButton.Save), Qt.LeftButton)
    assert cancel.text().replace("&", "") == "Close", f"saved: the way out says Close, got {cancel.text()!r}"
    dialog.close()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)

    dialog = open_dialog(qtbot, view, new=False)
    assert dialog.ui.button_box.button(dialog.ui.button_box.StandardButton.Cancel).text().replace("&", "") == "Close", \
        "an existing file opens with Close"
    dialog.ui.notes_edit.clear()
    type_text(qtbot, dialog.ui.notes_edit, "关门前保存的备注")
    dialog.close()
    texts = answer_unsaved(qtbot, "save")
    assert sorted(t.replace("&", "") for t in texts) == ["Cancel", "Don't save", "Save"], f"the question offers {texts}"
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible(), timeout=10000)
    assert dealers.get(demo_ctx, dealer_id).notes == "关门前保存的备注", "answered Save: the edit is written, then the window closes"


def test_closing_before_the_file_has_loaded_asks_nothing(qtbot, demo_window, monkeypatch):
    from desktop.ui.dealers.dialog import DealerDialog
    from desktop.ui.operations import wait_for_idle

    view = demo_window.sections["dealers"]
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.Cancel)
    dialog = DealerDialog(view.app, view.model.row_at(0).id, view.window())
    dialog.show()
    # The file is read on a worker and shown at a later turn of the event loop: not yet.
    assert not dialog.has_unsaved_changes(), "a file still loading has no changes of the user's"
    dialog.close()
    assert not asked and not dialog.isVisible(), "closing a file that has not loaded yet closes at once"
    wait_for_idle()


def test_sorting_keeps_the_selected_dealer_selected(qtbot, demo_window):
    view = demo_window.sections["dealers"]
    view.table.selectRow(5)
    chosen = view.selected_ids()
    assert len(chosen) == 1, f"one dealer selected: {chosen}"
    header = view.table.horizontalHeader()
    for column in (6, 2, 0):  # annual sales, city, name
        qtbot.mouseClick(header.viewport(), Qt.LeftButton, pos=QPoint(header.sectionViewportPosition(column) + 5, header.height() // 2))
        assert view.selected_ids() == chosen, f"after sorting by column {column} the same dealer is selected"
    assert view.model.row_at(view.table.currentIndex().row()).id == chosen[0], "and is the current row ('Open' opens it)"
