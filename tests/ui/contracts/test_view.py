"""The contracts view through qtbot on a copy of the demo territory: status colours, filters, the
expiring-soon panel, every lifecycle button, the editor (drafts only, field errors, documents),
the pack rendered off the GUI thread, verifying a PDF, templates, and the Chinese strings."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from desktop.rules.contracts.lifecycle import STATUSES
from desktop.i18n import t
from desktop.services.contracts import (
    drafts as contracts,
    pack as contracts_pack,
    settings as contracts_settings,
    integrity as pack_integrity,
)
from desktop.services.demo.territory import TODAY
from desktop.ui.change_bus import Change
from desktop.ui.contracts.table_model import COLUMNS, STATUS_COLOURS
from desktop.ui.operations import wait_for_idle
from tests.services.contracts_support import image_bytes, pdf_bytes, ready, truncated
from tests.ui.typing import type_text

STATUS = COLUMNS.index("status")


@pytest.fixture
def view(qtbot, demo_ctx, make_window):
    win = make_window(qtbot, demo_ctx)
    v = win.sections["contracts"]
    v.today = lambda: TODAY
    win.nav_list.setCurrentRow(list(win.sections).index("contracts"))
    with qtbot.waitSignal(v.loaded, timeout=20000):
        v.reload()
    yield v
    wait_for_idle()
    win.close()


def _select(view, status: str):
    row = next(i for i in range(view.model.rowCount()) if view.model.row_at(i).status == status)
    view.table.selectRow(row)
    return view.model.row_at(row)


def _status(ctx, contract_id: int) -> str:
    return contracts.get(ctx, contract_id).status


def test_every_contract_listed_with_its_status_colour(view, demo_ctx):
    stored = contracts.list_rows(demo_ctx, TODAY)
    assert view.model.rowCount() == len(stored) and {view.model.row_at(i).status for i in range(len(stored))} == set(STATUSES), (
        "every demo contract, in every state")
    for i in range(view.model.rowCount()):
        index = view.model.index(i, STATUS)
        back = view.model.data(index, Qt.BackgroundRole).color().name().upper()
        status = view.model.row_at(i).status
        assert back == STATUS_COLOURS[status][0].upper(), f"{status} shows in its own colour, got {back}"
        assert view.model.data(index) == t(f"contract.status.{status}", "en"), "the status is named"
    assert view.count_label.text() == f"{len(stored)} of {len(stored)} contracts", view.count_label.text()


def test_expiring_soon_panel_selects_the_contract(qtbot, view, demo_ctx):
    expiring = [r for r in contracts.list_rows(demo_ctx, TODAY) if r.status == "expiring"]
    assert view.expiring_list.count() == len(expiring) >= 1, "the expiring contract is on the panel"
    assert "ending within 60 days: 1" in view.expiring_label.text(), view.expiring_label.text()
    view.status_combo.setCurrentIndex(view.status_combo.findData("draft"))  # hide it from the table first
    item = view.expiring_list.item(0)
    view.expiring_list.itemClicked.emit(item)
    assert view.selected_row() is not None and view.selected_row().id == expiring[0].id, "clicking selects it in the table"
    assert view.status_combo.currentIndex() == 0, "filters cleared to show it"


def test_filters_narrow_the_list(qtbot, view):
    total = view.model.rowCount()
    view.status_combo.setCurrentIndex(view.status_combo.findData("in_force"))
    assert view.model.rowCount() >= 1 and all(view.model.row_at(i).status == "in_force" for i in range(view.model.rowCount()))
    view.status_combo.setCurrentIndex(0)
    view.kind_combo.setCurrentIndex(view.kind_combo.findData("agency"))
    assert all(view.model.row_at(i).kind == "agency" for i in range(view.model.rowCount())), "type filter"
    view.kind_combo.setCurrentIndex(0)
    type_text(qtbot, view.search_edit, "2025-0001")
    assert view.model.rowCount() == 1 and view.model.row_at(0).number.endswith("2025-0001"), "search by number"
    view.search_edit.clear()
    type_text(qtbot, view.search_edit, "台州")
    assert 1 <= view.model.rowCount() < total and all("台州" in view.model.row_at(i).dealer_name
                                                     for i in range(view.model.rowCount())), "search by dealer, in Chinese"


@pytest.mark.parametrize("status, enabled", [
    ("draft", {"submit", "delete"}), ("under_review", {"return", "sign"}), ("signed", {"activate", "amend", "terminate"}),
    ("in_force", {"amend", "renew", "terminate"}), ("expiring", {"amend", "renew", "terminate"}), ("expired", {"renew"}),
    ("renewed", set()), ("terminated", set()), ("superseded", set()),
])
def test_buttons_follow_the_status(view, status, enabled):
    _select(view, status)
    shown = {name for name, button in view.step_buttons.items() if button.isEnabled()}
    assert shown == enabled, f"{status}: offered {sorted(shown)}, expected {sorted(enabled)}"
    assert view.pack_button.isEnabled() and view.open_button.isEnabled(), "any contract opens and prints"


def test_submit_sign_and_terminate_through_the_view(qtbot, view, demo_ctx):
    row = _select(view, "draft")
    qtbot.mouseClick(view.step_buttons["submit"], Qt.LeftButton)  # the demo draft still has blanks
    qtbot.waitUntil(lambda: any(b.isVisible() for b in view.findChildren(QMessageBox, "error_message_box")), timeout=20000)
    box = next(b for b in view.findChildren(QMessageBox, "error_message_box") if b.isVisible())
    assert "still blank" in box.text() and "account number" in box.text(), f"the refusal names the blanks: {box.text()}"
    box.close()
    assert _status(demo_ctx, row.id) == "draft", "not submitted with blanks"
    ready(demo_ctx, contracts.get(demo_ctx, row.id), TODAY)  # filled in (the editor's own test types them)
    with qtbot.waitSignal(view.loaded, timeout=20000):
        view.reload()
    view.select_contract(row.id)
    with qtbot.waitSignal(view.loaded, timeout=20000):
        qtbot.mouseClick(view.step_buttons["submit"], Qt.LeftButton)
    assert _status(demo_ctx, row.id) == "under_review", "submitted"
    view.select_contract(row.id)
    qtbot.mouseClick(view.step_buttons["sign"], Qt.LeftButton)
    dialog = view.last_dialog
    assert dialog.objectName() == "sign_dialog" and dialog.isVisible(), "the sign dialog asks for the day"
    with qtbot.waitSignal(view.loaded, timeout=20000):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    signed = contracts.get(demo_ctx, row.id)
    assert (signed.signed_on, signed.signed_by) == (TODAY, "tester") and signed.status in ("signed", "in_force"), signed.status
    view.select_contract(row.id)
    qtbot.mouseClick(view.step_buttons["terminate"], Qt.LeftButton)
    dialog = view.last_dialog
    type_text(qtbot, dialog.reason_edit, "门店经营权转让")
    with qtbot.waitSignal(view.loaded, timeout=20000):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    ended = contracts.get(demo_ctx, row.id)
    assert (ended.status, ended.termination_reason) == ("terminated", "门店经营权转让"), "terminated with its reason"


def test_amend_opens_the_new_revision(qtbot, view, demo_ctx):
    row = next(view.model.row_at(i) for i in range(view.model.rowCount())
               if view.model.row_at(i).status == "in_force" and view.model.row_at(i).revision == 1
               and not any(view.model.row_at(j).number == view.model.row_at(i).number and view.model.row_at(j).status == "draft"
                           for j in range(view.model.rowCount())))
    view.select_contract(row.id)
    view.last_dialog = None
    qtbot.mouseClick(view.step_buttons["amend"], Qt.LeftButton)
    qtbot.waitUntil(lambda: view.last_dialog is not None and getattr(view.last_dialog, "contract", None) is not None, timeout=20000)
    editor = view.last_dialog
    assert (editor.contract.number, editor.contract.revision, editor.contract.status) == (row.number, 2, "draft"), (
        "the amendment opens as a draft revision of the same number")
    assert editor.save_button.isEnabled() and not editor.locked_label.isVisibleTo(editor), "and it is editable"
    editor.close()


def test_new_contract_from_the_dialog(qtbot, view, demo_ctx):
    before = len(contracts.list_rows(demo_ctx, TODAY))
    view.last_dialog = None
    qtbot.mouseClick(view.new_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: view.last_dialog is not None and view.last_dialog.objectName() == "new_contract_dialog", timeout=20000)
    dialog = view.last_dialog
    assert dialog.dealer_combo.count() == len(contracts.candidates(demo_ctx)) >= 1, "dealers with an approved policy"
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("repair_annex"))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    qtbot.waitUntil(lambda: getattr(view.last_dialog, "contract", None) is not None, timeout=20000)
    created = view.last_dialog.contract
    assert created.kind == "repair_annex" and created.status == "draft" and created.number.startswith("ZJ-车商-"), created
    assert len(contracts.list_rows(demo_ctx, TODAY)) == before + 1, "stored"
    view.last_dialog.close()


def _editor(qtbot, view, status):
    row = _select(view, status)
    view.open_selected()
    editor = view.last_dialog
    qtbot.waitUntil(lambda: editor.contract is not None, timeout=20000)
    return row, editor


def test_editor_shows_field_errors_and_saves_a_draft(qtbot, view, demo_ctx):
    row, editor = _editor(qtbot, view, "draft")
    f = editor.form
    f.dealer_uscc_edit.setText("91330100MA2B7K3Q0X")
    f.terms_target_take_up_edit.setText("120")
    qtbot.mouseClick(editor.save_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: bool(editor.errors.message_for("dealer_uscc_edit")), timeout=20000)
    assert "Check character is wrong" in editor.errors.message_for("dealer_uscc_edit"), "the USCC problem under its field"
    assert "outside 0–100%" in editor.errors.message_for("terms_target_take_up_edit"), "and the take-up's under its own"
    f.dealer_uscc_edit.setText(contracts.get(demo_ctx, row.id).dealer.uscc)
    f.terms_target_take_up_edit.setText("60")
    f.dealer_legal_rep_edit.clear()
    type_text(qtbot, f.dealer_legal_rep_edit, "赵六")
    with qtbot.waitSignal(editor.saved, timeout=20000):
        qtbot.mouseClick(editor.save_button, Qt.LeftButton)
    stored = contracts.get(demo_ctx, row.id)
    assert stored.dealer.legal_rep == "赵六" and str(stored.terms.target_take_up) == "60.00", "saved as typed"
    editor.close()


def test_a_signed_contract_opens_read_only(qtbot, view):
    _row, editor = _editor(qtbot, view, "in_force")
    assert editor.locked_label.isVisibleTo(editor) and not editor.save_button.isEnabled(), "never changes once signed"
    assert editor.form.dealer_name_edit.isReadOnly() and not editor.form.kind_combo.isEnabled(), "fields are locked"
    editor.close()


def test_documents_added_in_the_editor_and_a_broken_one_refused(qtbot, view, demo_ctx, tmp_path):
    row, editor = _editor(qtbot, view, "draft")
    good, bad = tmp_path / "营业执照.png", tmp_path / "授权书.pdf"
    good.write_bytes(image_bytes())
    bad.write_bytes(truncated(pdf_bytes(2)))
    editor.form.doc_type_combo.setCurrentIndex(editor.form.doc_type_combo.findData("business_licence"))
    editor.add_files([str(good)])
    qtbot.waitUntil(lambda: editor.form.attachment_list.count() == 1, timeout=20000)
    editor.add_files([str(bad)])
    qtbot.waitUntil(lambda: editor.last_notice is not None and editor.last_notice.isVisible(), timeout=20000)
    assert "授权书.pdf is damaged" in editor.last_notice.text(), f"the broken file is named: {editor.last_notice.text()}"
    assert [a.file_name for a in contracts.get(demo_ctx, row.id).attachments] == ["营业执照.png"], "only the good one kept"
    editor.close()


def test_pack_rendered_off_the_gui_thread_then_verified(qtbot, view, demo_ctx, tmp_path):
    row = _select(view, "in_force")
    qtbot.mouseClick(view.pack_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: view.actions.last_pack is not None and view.last_preview is not None, timeout=60000)
    result = view.actions.last_pack
    assert result.pack.contract_id == row.id and Path(result.path).exists(), "the pack is written and stored"
    view.last_preview.close()
    view.actions.verify_file(result.path)
    qtbot.waitUntil(lambda: view.actions.last_verdict is not None, timeout=20000)
    assert view.actions.last_verdict.result == "intact" and view.last_dialog.text().startswith("Intact:"), "verified intact"
    data = bytearray(Path(result.path).read_bytes())
    data[len(data) // 2] ^= 0x01
    altered = tmp_path / "altered.pdf"
    altered.write_bytes(bytes(data))
    view.actions.last_verdict = None
    view.actions.verify_file(str(altered))
    qtbot.waitUntil(lambda: view.actions.last_verdict is not None, timeout=20000)
    assert view.actions.last_verdict.result == "altered" and view.last_dialog.text().startswith("ALTERED"), "caught"
    assert view.last_dialog.icon() == QMessageBox.Warning, "shown as a warning"


def test_delete_a_draft_after_confirmation(qtbot, view, demo_ctx, monkeypatch):
    row = _select(view, "draft")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    with qtbot.waitSignal(view.loaded, timeout=20000):
        qtbot.mouseClick(view.step_buttons["delete"], Qt.LeftButton)
    assert row.id not in [r.id for r in contracts.list_rows(demo_ctx, TODAY)], "the draft is gone"


def test_delete_a_draft_with_a_pack(qtbot, view, demo_ctx, monkeypatch, tmp_path):
    row = _select(view, "draft")
    contracts_pack.generate(demo_ctx, row.id, tmp_path / "draft.pdf", "zh_CN", today=TODAY)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    with qtbot.waitSignal(view.loaded, timeout=20000):
        qtbot.mouseClick(view.step_buttons["delete"], Qt.LeftButton)
    assert row.id not in [r.id for r in contracts.list_rows(demo_ctx, TODAY)], "the draft is gone"
    assert pack_integrity.packs_of(demo_ctx, row.id) == [], "its pack with it"
    errors = [b.text() for b in view.findChildren(QMessageBox, "error_message_box")]
    assert errors == [], f"no error shown: {errors}"


def test_templates_dialog_saves_a_new_version(qtbot, view, demo_ctx):
    qtbot.mouseClick(view.templates_button, Qt.LeftButton)
    dialog = view.last_dialog
    qtbot.waitUntil(lambda: bool(dialog.versions), timeout=20000)
    dialog.clause_list.setCurrentRow(1)
    dialog.text_zh_edit.setPlainText("乙方 {dealer_name} 在门店内推荐甲方产品。")
    type_text(qtbot, dialog.note_edit, "精简合作内容条款")
    with qtbot.waitSignal(dialog.saved, timeout=20000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
    template = saved.args[0]
    assert (template.kind, template.version, template.note) == (dialog.kind_combo.currentData(), 2, "精简合作内容条款"), template
    assert template.clauses[1].text_zh == "乙方 {dealer_name} 在门店内推荐甲方产品。", "the edited clause is stored"
    dialog.close()


def test_numbering_and_reminder_are_set_in_the_app(qtbot, view, demo_ctx):
    qtbot.mouseClick(view.branch_button, Qt.LeftButton)
    dialog = view.last_dialog
    qtbot.waitUntil(lambda: dialog.entity is not None, timeout=20000)
    year = date.today().year
    assert dialog.example_label.text() == f"ZJ-车商-{year}-0001", f"an example number: {dialog.example_label.text()}"
    dialog.number_pattern_edit.setText("{branch}-{month}-{nnnn}")
    qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.errors.message_for("number_pattern_edit")), timeout=20000)
    assert "is not a number pattern" in dialog.errors.message_for("number_pattern_edit"), "a bad pattern is refused at its field"
    dialog.number_pattern_edit.setText("{branch}HT{yy}{nnn}")
    assert dialog.example_label.text() == f"ZJHT{year % 100:02d}001", f"the example follows: {dialog.example_label.text()}"
    dialog.reminder_days_edit.setValue(120)
    with qtbot.waitSignal(dialog.saved, timeout=20000):
        qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
    saved = contracts_settings.branch(demo_ctx)
    assert (saved.number_pattern, saved.reminder_days) == ("{branch}HT{yy}{nnn}", 120), "stored"
    qtbot.waitUntil(lambda: "within 120 days" in view.expiring_label.text(), timeout=20000)


def test_the_dealer_file_lists_its_contracts(qtbot, view, demo_ctx):
    from desktop.ui.dealers.dialog import DealerDialog

    dealer_id = view.model.row_at(0).dealer_id
    mine = contracts.list_rows(demo_ctx, TODAY, dealer_id=dealer_id)
    dialog = DealerDialog(view.app, dealer_id, view.window())  # deletes itself on close
    panel = dialog.contracts_panel
    qtbot.waitUntil(lambda: len(panel.rows) == len(mine) >= 1, timeout=20000)
    tabs = dialog.ui.tabs
    at = tabs.indexOf(panel)
    assert at >= 0 and tabs.tabText(at) == "Contracts", "a Contracts tab"
    assert [panel.table.item(i, 0).text() for i in range(panel.table.rowCount())] == [r.number for r in mine], "its contracts"
    colour = panel.table.item(0, 3).background().color().name().upper()
    assert colour == STATUS_COLOURS[mine[0].status][0].upper(), "status in its colour"
    panel.open_row(0)
    qtbot.waitUntil(lambda: panel.last_dialog is not None and panel.last_dialog.contract is not None, timeout=20000)
    assert panel.last_dialog.contract.id == mine[0].id, "double-click opens the contract"
    panel.last_dialog.close()
    dialog.close()  # deletes the dialog and its panel at the next turn of the event loop …
    with qtbot.waitSignal(view.loaded, timeout=20000):
        view.app.bus.announce(Change.CONTRACTS)  # … after the panel has queued its reload: that must not run on a dead panel
    qtbot.waitUntil(lambda: not shiboken6.isValid(panel), timeout=5000)
    view.app.bus.announce(Change.CONTRACTS)  # and a later change must not reach it at all (pytest-qt fails on a slot error)
    wait_for_idle()
    qtbot.wait(50)


def test_the_view_in_chinese(qtbot, demo_ctx, make_window):
    """The shipped zh_CN translation (completeness of every string: test_generated_and_translations)."""
    win = make_window(qtbot, demo_ctx, "zh_CN")
    try:
        v = win.sections["contracts"]
        v.today = lambda: TODAY
        with qtbot.waitSignal(v.loaded, timeout=20000):
            v.reload()
        assert v.step_buttons["sign"].text() in ("签署…", "签署(&I)…") and v.new_button.text() == "新建合同(&N)…", "Chinese buttons"
        assert v.model.headerData(0, Qt.Horizontal) == "合同编号", "Chinese headers"
        assert v.count_label.text().startswith("共 "), v.count_label.text()
    finally:
        wait_for_idle()
        win.close()
        make_window(qtbot, demo_ctx, "en").close()  # leave the app in English for other tests


def test_sorting_keeps_the_selected_contract_selected(qtbot, view):
    view.table.selectRow(3)
    chosen = view.selected_row()
    assert chosen is not None, "a contract selected"
    for column in (4, 2, 0):  # status, dealer, number
        view.table.sortByColumn(column, Qt.DescendingOrder)
        assert view.selected_row() is not None and view.selected_row().id == chosen.id, (
            f"after sorting by column {column} the same contract is selected")


def test_every_column_is_in_view_at_1280(qtbot, window):
    """On a 1280-px-wide window the contract list shows all its columns (the dealer's name takes the
    width that is left and is elided, with the full name as a tooltip) — no sideways scrolling."""
    window.resize(1280, 720)
    row = [window.nav_list.item(i).data(0x0100) for i in range(window.nav_list.count())].index("contracts")
    window.nav_list.setCurrentRow(row)
    view = window.sections["contracts"]
    qtbot.waitUntil(lambda: view.table.viewport().width() > 0, timeout=5000)
    header = view.table.horizontalHeader()
    qtbot.waitUntil(lambda: header.length() <= view.table.viewport().width() + 1, timeout=5000)
    assert not view.table.horizontalScrollBar().isVisible()


def test_the_list_and_the_contract_agree_and_speak_plainly_in_chinese(qtbot, demo_ctx, make_window):
    """版次 in the list is the 版次 in the window; the audit line counts saves (no second '版本'); the 提示 column
    says it counts; Party A (甲方) comes before Party B (乙方)."""
    win = make_window(qtbot, demo_ctx, "zh_CN")
    try:
        v = win.sections["contracts"]
        v.today = lambda: TODAY
        with qtbot.waitSignal(v.loaded, timeout=20000):
            v.reload()
        headers = [v.model.headerData(i, Qt.Horizontal) for i in range(v.model.columnCount())]
        assert headers[1] == "版次" and headers[-2:] == ["提示条数", "履约情况"], headers
        row = next(v.model.row_at(i) for i in range(v.model.rowCount()) if v.model.row_at(i).revision == 2)
        v.open_contract(row.id)
        dialog = v.last_dialog
        qtbot.waitUntil(dialog.tabs.isEnabled, timeout=10000)
        number = dialog.ui.number_label.text()
        assert number == f"{row.number} · 版次 2", f"the window names the revision the list shows: {number!r}"
        assert "版本" not in dialog.audit_label.text() and "已保存" in dialog.audit_label.text(), dialog.audit_label.text()
        a, b = dialog.ui.branch_box, dialog.ui.dealer_box
        assert a.title().startswith("甲方") and b.title().startswith("乙方"), (a.title(), b.title())
        outer = dialog.ui.parties_outer
        assert outer.indexOf(a) < outer.indexOf(b), "甲方 before 乙方"
        dialog.close()
    finally:
        wait_for_idle()
        win.close()
        make_window(qtbot, demo_ctx, "en").close()
