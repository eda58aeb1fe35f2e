"""The renewal worklist window driven like a user: the 30/60/90 window and lapsed policies, an owner
chosen for the selected policy, a contact logged, the dealer's list exported without personal data."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from python_calamine import CalamineWorkbook

from desktop.rules.dealers import records as r
from desktop.services.office import staff
from desktop.ui.operations import wait_for_idle
from tests.services.aftersales import lists as ls
from tests.services.aftersales.test_renewals import policy


def _select(qtbot, view, policy_no: str) -> None:
    row = next(i for i, line in enumerate(view.lines) if line.policy_no == policy_no)
    rect = view.table.visualItemRect(view.table.item(row, 0))
    qtbot.mouseClick(view.table.viewport(), Qt.LeftButton, pos=rect.center())


def test_worklist_owner_contact_and_export(qtbot, window, ctx, tmp_path):
    ls.make_dealers(ctx)
    today = date.today()
    ls.import_list(ctx, ls.write_policies(tmp_path / "p.xlsx", [
        policy("SOON", today + timedelta(days=10), "S1"), policy("LATER", today + timedelta(days=75), "S2"),
        policy("GONE", today - timedelta(days=5), "S3"), policy("FAR", today + timedelta(days=120), "S4")]), "policies")
    staff.save(ctx, r.Staff(name="李续保", rank_code="specialist", line="channel"))
    view = window.show_section("renewals")
    with qtbot.waitSignal(view.loaded, timeout=20000):
        view.reload()
    assert [line.policy_no for line in view.lines] == ["GONE", "SOON", "LATER"], "lapsed and 90 days, soonest first; not beyond"
    assert view.table.item(0, 6).text() == "Lapsed (脱保)" and view.count_label.text() == "3 policies, 2 contacts due, 1 lapsed"
    with qtbot.waitSignal(view.loaded, timeout=20000):
        view.days_combo.setCurrentIndex(0)
    assert [line.policy_no for line in view.lines] == ["GONE", "SOON"], "within 30 days"
    _select(qtbot, view, "SOON")
    assert view.owner_button.isEnabled() and view.contact_button.isEnabled()
    qtbot.mouseClick(view.owner_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: view.last_dialog is not None and view.last_dialog.isVisible(), timeout=20000)
    dialog = view.last_dialog
    dialog.owner_combo.setCurrentIndex(dialog.owner_combo.findText("李续保"))
    with qtbot.waitSignal(view.loaded, timeout=20000):
        dialog.accept()
    soon = next(line for line in view.lines if line.policy_no == "SOON")
    assert soon.owner == "李续保", "the owner is shown after the change is announced"
    _select(qtbot, view, "SOON")
    assert view.contact_button.isEnabled(), [line.policy_no for line in view.selected()]
    qtbot.mouseClick(view.contact_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: view.last_dialog is not dialog and view.last_dialog.isVisible(), timeout=20000)
    dialog = view.last_dialog
    dialog.result_combo.setCurrentIndex(dialog.result_combo.findData("call_back"))
    dialog.note_edit.setText("周五再打")  # typed through an input method: QtTest sends ASCII keys only
    with qtbot.waitSignal(view.loaded, timeout=20000):
        dialog.accept()
    soon = next(line for line in view.lines if line.policy_no == "SOON")
    assert (soon.contacts, soon.last_result, soon.due) == (1, "call_back", False), "contacted today: no longer due"
    _select(qtbot, view, "SOON")
    out = tmp_path / "export.xlsx"
    view.export_dealer(str(out))
    qtbot.waitUntil(lambda: "written to" in view.count_label.text(), timeout=20000)
    rows = CalamineWorkbook.from_path(str(out)).get_sheet_by_index(0).to_python()
    assert [row[0] for row in rows[1:]] == ["GONE", "SOON"] and "Policyholder" not in rows[0], rows
    wait_for_idle()
