"""The after-signing tools driven like a user: a list import undone from its history (asked first), the
unmatched rows of an import assigned to a searched dealer (the file planned again), a dealer's kept
codes added, corrected and removed, the sales typed month by month and imported from a sheet with a
corrected column, our share of the dealer's insurance, the repair guidance list and the reviews
printed to a chosen file (read back with pdftotext), and the tables' remembered columns."""

from __future__ import annotations

import subprocess
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.services.aftersales import codes, history, sales
from desktop.ui.operations import wait_for_idle
from tests.services.aftersales import lists as ls
from tests.services.aftersales.test_scorecard import CLAIMS, POLICIES
from tests.spreadsheets.roster_files import write_xlsx


def _answer(monkeypatch, answer):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, title, text, *a, **k: asked.append((title, text)) or answer)
    return asked


def _pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.fixture
def filled(ctx, tmp_path):
    ids = ls.make_dealers(ctx)
    ls.import_list(ctx, ls.write_policies(tmp_path / "p.xlsx", POLICIES), "policies")
    ls.import_list(ctx, ls.write_claims(tmp_path / "c.xlsx", CLAIMS), "claims")
    return ids


def test_a_policy_list_import_undone_from_its_history(qtbot, window, ctx, filled, monkeypatch):
    view = window.show_section("scorecards")
    qtbot.mouseClick(view.history_button, Qt.LeftButton)
    dialog = view.history_dialog
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=20000)
    assert dialog.model.index(0, 4).data() == "Claims list" and dialog.model.index(1, 4).data() == "Policy list"
    dialog.table.selectRow(1)
    asked = _answer(monkeypatch, QMessageBox.Cancel)
    qtbot.mouseClick(dialog.undo_button, Qt.LeftButton)
    assert asked and "The 11 policy(ies) it created will be deleted." in asked[0][1], asked
    assert not history.list_imports(ctx)[1].undone_at, "cancelled: nothing undone"
    _answer(monkeypatch, QMessageBox.Yes)
    with qtbot.waitSignal(dialog.loaded, timeout=20000):
        qtbot.mouseClick(dialog.undo_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: "11 deleted" in dialog.status_label.text(), timeout=20000)
    assert history.list_imports(ctx, "policies")[0].undone_at is not None, "the policy import is undone"
    assert not dialog.undo_button.isEnabled(), "an undone import cannot be undone again"
    dialog.close()


def test_unmatched_rows_assigned_to_a_dealer_then_imported(qtbot, window, ctx, tmp_path):
    ids = ls.make_dealers(ctx)
    path = ls.write_policies(tmp_path / "p.xlsx", [
        ls.policy("A1", 3000, "2026-03-01", "2027-02-28", code="WZ-77", name="温州远景"),
        ls.policy("A2", 2000, "2026-03-02", "2027-03-01", code="WZ-77", name="温州远景")])
    view = window.show_section("scorecards")
    view.import_list("policies", str(path))
    dialog = view.last_dialog
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20000)
    assert "2 without a dealer" in dialog.summary_label.text() and not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.assign_button, Qt.LeftButton)
    assign = dialog.assign_dialog
    assert assign.groups_table.item(0, 0).text() == "WZ-77" and assign.groups_table.item(0, 3).text() == "2"
    assign.search_edit.setText("远景")  # typed (keyClicks sends no CJK text)
    qtbot.keyClick(assign.search_edit, Qt.Key_Return)
    qtbot.waitUntil(lambda: assign.dealers_list.count() == 1, timeout=20000)
    assert "温州远景汽车销售有限公司" in assign.dealers_list.item(0).text()
    with qtbot.waitSignal(assign.assigned, timeout=20000):
        qtbot.mouseClick(assign.assign_button, Qt.LeftButton)
    assert assign.groups_table.item(0, 4).text() == "温州远景汽车销售有限公司", "the line says where it went"
    qtbot.waitUntil(lambda: dialog.plan.counts()["created"] == 2, timeout=20000)
    assert [(c.kind, c.text) for c in codes.list_codes(ctx, ids["远景"])] == [("code", "WZ-77")], "the code is kept"
    assert dialog.import_button.isEnabled() and not dialog.assign_button.isEnabled()
    assign.close()
    qtbot.mouseClick(dialog.import_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20000)
    assert dialog.result.counts["created"] == 2
    dialog.close()


def test_a_dealers_kept_codes_added_corrected_and_removed(qtbot, app, ctx, monkeypatch):
    from desktop.ui.aftersales.codes_dialog import DealerCodesDialog

    ids = ls.make_dealers(ctx)
    dialog = DealerCodesDialog(app, ids["宏达"], "杭州宏达丰田汽车销售服务有限公司")
    with qtbot.waitSignal(dialog.loaded, timeout=20000):
        dialog.show()
    qtbot.keyClicks(dialog.text_edit, "HZ-001")
    with qtbot.waitSignal(dialog.loaded, timeout=20000):
        qtbot.keyClick(dialog.text_edit, Qt.Key_Return)  # Enter adds
    assert [(c.kind, c.text) for c in codes.list_codes(ctx, ids["宏达"])] == [("code", "HZ-001")]
    assert dialog.table.item(0, 0).text() == "Agency code" and dialog.table.item(0, 1).text() == "HZ-001"
    dialog.table.selectRow(0)
    dialog.text_edit.selectAll()
    qtbot.keyClicks(dialog.text_edit, "HZ-002")
    with qtbot.waitSignal(dialog.loaded, timeout=20000):
        qtbot.mouseClick(dialog.change_button, Qt.LeftButton)
    assert [c.text for c in codes.list_codes(ctx, ids["宏达"])] == ["HZ-002"], "corrected, not added"
    codes.assign(ctx, ids["骏通"], "name", "骏通大众")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("name"))
    dialog.text_edit.setText("骏通大众")
    qtbot.mouseClick(dialog.add_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: "already assigned" in dialog.status_label.text(), timeout=20000)
    dialog.table.selectRow(0)
    asked = _answer(monkeypatch, QMessageBox.Cancel)
    qtbot.mouseClick(dialog.remove_button, Qt.LeftButton)
    assert asked and "HZ-002" in asked[0][1] and codes.list_codes(ctx, ids["宏达"]), "asked first; cancelled keeps it"
    _answer(monkeypatch, QMessageBox.Yes)
    dialog.table.setFocus()
    with qtbot.waitSignal(dialog.loaded, timeout=20000):
        qtbot.keyClick(dialog.table, Qt.Key_Delete)  # the keyboard's way, asked first too
    assert codes.list_codes(ctx, ids["宏达"]) == [] and dialog.table.rowCount() == 0
    dialog.close()


def _open_tab(qtbot, app, dealer_id, month="2026-03"):
    from desktop.ui.dealers.dialog import DealerDialog

    dialog = DealerDialog(app, dealer_id, None)
    dialog.show()
    panel = dialog.scorecard_panel
    dialog.ui.tabs.setCurrentWidget(panel)
    with qtbot.waitSignal(panel.loaded, timeout=20000):
        panel.month_combo.setCurrentIndex(panel.month_combo.findText(month))
    return dialog, panel


def test_sales_typed_month_by_month_feed_the_take_up(qtbot, app, ctx, filled):
    dialog, panel = _open_tab(qtbot, app, filled["宏达"])
    assert panel.table.item(6, 1).text() == "—", "no sales yet"
    qtbot.mouseClick(panel.months_button, Qt.LeftButton)
    grid = panel.last_dialog
    qtbot.waitUntil(lambda: grid.table.item(2, 0) is not None and grid.table.item(2, 0).text() == "2026-03", timeout=20000)
    grid.table.setCurrentCell(2, 1)
    grid.table.editItem(grid.table.item(2, 1))
    qtbot.keyClicks(grid.table.focusWidget(), "8")
    qtbot.keyClick(grid.table.focusWidget(), Qt.Key_Tab)
    grid.table.item(1, 1).setText("十")
    qtbot.mouseClick(grid.save_button, Qt.LeftButton)
    assert "2026-02" in grid.status_label.text() and sales.units_of(ctx, filled["宏达"]) == {}, "a bad cell: nothing written"
    grid.table.item(1, 1).setText("12")
    with qtbot.waitSignal(panel.loaded, timeout=20000):
        qtbot.mouseClick(grid.save_button, Qt.LeftButton)
    assert sales.units_of(ctx, filled["宏达"]) == {"2026-02": 12, "2026-03": 8}
    assert panel.table.item(6, 1).text() == "25%", "2 new-car vehicles of 8 sold"
    grid.close()
    dialog.close()


def test_a_sales_sheet_imported_with_a_corrected_column(qtbot, window, ctx, filled, tmp_path):
    path = write_xlsx(tmp_path / "sales.xlsx", [["门店", "统计月份", "台数", "实际销量"],
                                                ["杭州宏达丰田汽车销售服务有限公司", "2026年3月", 99, 8],
                                                ["某某车城", "2026-03", 5, 5],
                                                ["宁波骏通大众汽车有限公司", "三月", 5, 5]])
    view = window.show_section("scorecards")
    view.import_sales(str(path))
    dialog = view.last_dialog
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20000)
    assert "1 new" in dialog.summary_label.text() and "1 with an error" in dialog.summary_label.text()
    assert "某某车城" in dialog.preview_table.item(1, 4).text() and "三月" in dialog.preview_table.item(2, 4).text()
    assert dialog.preview_table.item(0, 3).text() == "99", "台数 read as the sales at first"
    with qtbot.waitSignal(dialog.planned, timeout=20000):
        dialog.mapping_table.cellWidget(0, 2).setCurrentIndex(0)  # 台数: not imported
    with qtbot.waitSignal(dialog.planned, timeout=20000):
        combo = dialog.mapping_table.cellWidget(0, 3)
        combo.setCurrentIndex(combo.findData("units"))
    assert dialog.preview_table.item(0, 3).text() == "8", "the corrected column is read"
    qtbot.mouseClick(dialog.assign_button, Qt.LeftButton)
    assign = dialog.assign_dialog
    assert assign.groups_table.item(0, 2).text() == "某某车城"
    assign.search_edit.setText("骏通")
    qtbot.keyClick(assign.search_edit, Qt.Key_Return)
    qtbot.waitUntil(lambda: assign.dealers_list.count() == 1, timeout=20000)
    with qtbot.waitSignal(dialog.planned, timeout=20000):
        qtbot.mouseClick(assign.assign_button, Qt.LeftButton)
    assert dialog.plan.counts()["new"] == 2 and dialog.plan.mapping[3] == "units", "matched now, the corrected column kept"
    assign.close()
    qtbot.mouseClick(dialog.import_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=20000)
    assert sales.units_of(ctx, filled["宏达"]) == {"2026-03": 8} and "2 month" in dialog.summary_label.text()
    assert sales.units_of(ctx, filled["骏通"]) == {"2026-03": 5}, "the row of the assigned name"
    dialog.close()


def test_our_share_of_the_dealers_insurance(qtbot, window, ctx, filled):
    from desktop.persistence.models import dealers as m

    with ctx.write_unit() as s:
        s.get(m.Dealer, filled["宏达"]).premium_scale = Decimal("1200000")  # 100,000 a month
    dialog, panel = _open_tab(qtbot, window.app, filled["宏达"])
    row = panel.table.rowCount() - 1
    assert panel.table.item(row, 0).text() == "Our share of the dealer's insurance"
    assert panel.table.item(row, 1).text() == "24.95%", "24,950 of 100,000 in March"
    assert panel.table.item(row, 2).text() == "8.32%", "24,950 of 300,000 from January to March"
    assert "¥1.2 m a year, ¥100,000 a month" in panel.table.item(row, 1).toolTip(), panel.table.item(row, 1).toolTip()
    dialog.close()
    view = window.show_section("scorecards")
    with qtbot.waitSignal(view.loaded, timeout=20000):
        view.month_combo.setCurrentIndex(view.month_combo.findText("2026-03"))
    from desktop.ui.aftersales.branch_model import SHARE_COL

    assert view.table.model().index(0, SHARE_COL).data() == "24.95%"
    assert not view.table.isColumnHidden(SHARE_COL)


def test_guidance_and_reviews_printed_to_a_chosen_file(qtbot, window, ctx, filled, tmp_path):
    view = window.show_section("scorecards")
    target = tmp_path / "guidance.pdf"
    view.print_guidance(str(target))
    qtbot.waitUntil(lambda: getattr(view, "last_printed", None) is not None, timeout=60000)
    assert "送修" in _pdf_text(target) or "referral" in _pdf_text(target).lower(), _pdf_text(target)[:300]
    dialog, panel = _open_tab(qtbot, window.app, filled["宏达"])
    external, internal = tmp_path / "ext.pdf", tmp_path / "int.pdf"
    panel.print_review(internal=False, target=str(external))
    qtbot.waitUntil(lambda: getattr(panel, "last_printed", None) == str(external), timeout=60000)
    panel.print_review(internal=True, target=str(internal))
    qtbot.waitUntil(lambda: getattr(panel, "last_printed", None) == str(internal), timeout=60000)
    ext, inn = _pdf_text(external), _pdf_text(internal)
    assert "2026-03" in ext or "2026" in ext
    assert "Internal" not in ext and "Internal" in inn, "only the internal review has the internal part"
    wait_for_idle()
    dialog.close()


def test_columns_hidden_and_shown_are_remembered(qtbot, window, make_window, ctx):
    from desktop.ui.aftersales.renewals_view import RenewalsView
    from desktop.ui.toolkit.layout_memory import window_state

    window_state().remove("renewals")
    window.resize(1024, 700)
    window.show()
    view = window.show_section("renewals")
    qtbot.waitUntil(lambda: view.table.isColumnHidden(3), timeout=5000)
    assert not view.table.isColumnHidden(0), "premium hidden at 1024 wide, the policy never"
    window.resize(1500, 900)
    qtbot.waitUntil(lambda: not view.table.isColumnHidden(3), timeout=5000)  # room enough: every column
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: view.table.isColumnHidden(3), timeout=5000)
    menu = view.columns.menu()
    actions = menu.actions()
    assert not actions[0].isEnabled(), "an essential column cannot be hidden"
    actions[3].trigger()
    assert not view.table.isColumnHidden(3)
    window.resize(1000, 700)
    qtbot.wait(50)
    assert not view.table.isColumnHidden(3), "the user's choice wins over the width"
    again = RenewalsView(window.app)
    assert not again.table.isColumnHidden(3) and again.table.isColumnHidden(8), "the choice is remembered"
    again.columns.show_column(3, False)
    again.deleteLater()


@pytest.mark.parametrize("size", [(1024, 700), (1440, 900)])
def test_essential_columns_fit_without_scrolling_in_chinese(qtbot, ctx, filled, make_window, tmp_path, size):
    import os

    from desktop.ui.aftersales.branch_view import ESSENTIAL as BRANCH_ESSENTIAL
    from desktop.ui.aftersales.renewals_view import ESSENTIAL as RENEWAL_ESSENTIAL
    from desktop.ui.toolkit.layout_memory import window_state

    for key in ("branch_scorecard", "renewals"):
        window_state().remove(key)
    win = make_window(qtbot, ctx, "zh_CN")
    try:
        win.resize(*size)
        win.show()
        for section, essential in (("scorecards", BRANCH_ESSENTIAL), ("renewals", RENEWAL_ESSENTIAL)):
            view = win.show_section(section)
            if section == "scorecards":
                with qtbot.waitSignal(view.loaded, timeout=20000):
                    view.month_combo.setCurrentIndex(view.month_combo.findText("2026-03"))
            qtbot.wait(50)
            table, header = view.table, view.table.horizontalHeader()
            room = table.viewport().width()
            for col in essential:
                right = header.sectionViewportPosition(col) + header.sectionSize(col)
                assert not table.isColumnHidden(col) and right <= room, \
                    f"{section} column {header.model().headerData(col, Qt.Horizontal)} ends at {right} of {room} at {size}"
            assert header.sectionSize(0 if section == "scorecards" else 1) >= 150, "the dealer's name keeps room"
            if size[0] >= 1440:
                assert not view.columns.hidden(), f"{section}: room for every column at {size}"
            shot = tmp_path / f"{section}_{size[0]}.png"
            win.grab().save(str(shot))
            if os.environ.get("DD_SHOTS"):
                import shutil
                shutil.copy(shot, os.environ["DD_SHOTS"])
    finally:
        wait_for_idle()
        win.close()
        make_window(qtbot, ctx, "en").close()
