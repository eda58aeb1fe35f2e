"""The scorecard windows driven like a user: the dealer file's tab (month picked, figures, the
traffic light, sales typed, double-click → the rows behind), the branch-wide table, in Chinese too."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.ui.operations import wait_for_idle
from tests.services.aftersales import lists as ls
from tests.services.aftersales.test_scorecard import CLAIMS, POLICIES


@pytest.fixture
def filled(ctx, tmp_path):
    ids = ls.make_dealers(ctx)
    ls.import_list(ctx, ls.write_policies(tmp_path / "p.xlsx", POLICIES), "policies")
    ls.import_list(ctx, ls.write_claims(tmp_path / "c.xlsx", CLAIMS), "claims")
    return ids["宏达"]


def _pick(qtbot, panel, month: str) -> None:
    with qtbot.waitSignal(panel.loaded, timeout=20000):
        panel.month_combo.setCurrentIndex(panel.month_combo.findText(month))


def _double_click(qtbot, table, row: int, col: int) -> None:
    index = table.model().index(row, col)
    table.scrollTo(index)
    rect = table.visualRect(index)
    qtbot.mouseClick(table.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.LeftButton, pos=rect.center())


def test_dealer_tab_figures_sales_and_rows_behind(qtbot, app, filled):
    from desktop.ui.dealers.dialog import DealerDialog

    dialog = DealerDialog(app, filled, None)
    dialog.show()
    panel = dialog.scorecard_panel
    tabs = dialog.ui.tabs
    assert tabs.tabText(tabs.indexOf(panel)) == "Scorecard", "a Scorecard tab in the dealer file"
    tabs.setCurrentWidget(panel)
    _pick(qtbot, panel, "2026-03")
    cell = lambda r, c: panel.table.item(r, c).text()  # noqa: E731
    assert (cell(0, 0), cell(0, 1)) == ("Premium", "¥24,950"), (cell(0, 0), cell(0, 1))
    assert cell(6, 1) == "—", "no sales typed yet: no new-car rate"
    assert cell(7, 1) == "50%", f"renewal rate: {cell(7, 1)}"
    qtbot.keyClicks(panel.sales_spin, "8")
    panel.sales_spin.setValue(8)
    with qtbot.waitSignal(panel.loaded, timeout=20000):
        qtbot.mouseClick(panel.sales_button, Qt.LeftButton)
    assert cell(6, 1) == "25%", "2 new-car vehicles of 8 sold, once the sales are saved"
    _double_click(qtbot, panel.table, 0, 1)
    qtbot.waitUntil(lambda: panel.last_dialog is not None and len(panel.last_dialog.rows) == 4, timeout=20000)
    assert [r.number for r in panel.last_dialog.rows] == ["P1", "P2", "P3", "P4"], "the March policies behind the premium"
    panel.last_dialog.close()
    wait_for_idle()
    dialog.close()


def test_branch_table_lights_and_rows_behind(qtbot, window, filled):
    view = window.show_section("scorecards")
    _pick(qtbot, view, "2026-03")
    cell = lambda r, c: view.table.model().index(r, c).data()  # noqa: E731
    assert view.table.model().rowCount() == 1 and cell(0, 0) == "杭州宏达丰田汽车销售服务有限公司", "the dealer with figures"
    referral_col = 3 + 3
    _double_click(qtbot, view.table, 0, referral_col)
    qtbot.waitUntil(lambda: view.last_dialog is not None and len(view.last_dialog.rows) == 2, timeout=20000)
    assert [r.number for r in view.last_dialog.rows] == ["C1", "C2"], "the referred claims"
    view.last_dialog.close()


def test_branch_table_is_a_model_with_figures_lights_and_refresh(qtbot, window, ctx, filled):
    """The branch table holds the worker's lines in a model (no item per cell) and shows each cell's text,
    alignment, tooltip and light colour from it; a signed contract announced on the bus relights the row."""
    from decimal import Decimal as D

    from PySide6.QtWidgets import QTableWidget

    from desktop.ui.aftersales.branch_model import FIRST_FIGURE, LIGHT_COL, SHARE_COL, BranchScorecardModel
    from desktop.ui.change_bus import Change
    from tests.services.aftersales.test_scorecard import in_force

    view = window.show_section("scorecards")
    _pick(qtbot, view, "2026-03")
    table, model = view.table, view.table.model()
    assert not isinstance(table, QTableWidget) and isinstance(model, BranchScorecardModel), type(table)
    assert model.lines is view.lines, "the worker's list itself, not a copy converted on the GUI thread"
    cell = lambda c: model.index(0, c).data()  # noqa: E731
    assert [cell(c) for c in range(FIRST_FIGURE, SHARE_COL)] == ["¥24,950", "¥18,950", "¥6,000", "¥8,000", "32.06%",
                                                                 "—", "50%"], [cell(c) for c in range(model.columnCount())]
    assert cell(SHARE_COL) == "—", "no premium scale: no share"
    assert cell(2) == "" and cell(LIGHT_COL) == "", "no contract yet: no light"
    assert model.index(0, 0).data(Qt.ToolTipRole) == "杭州宏达丰田汽车销售服务有限公司"
    assert model.index(0, FIRST_FIGURE).data(Qt.TextAlignmentRole) == Qt.AlignRight | Qt.AlignVCenter
    assert model.index(0, 0).data(Qt.TextAlignmentRole) is None
    assert model.headerData(FIRST_FIGURE + 3, Qt.Horizontal) == "Referred"
    assert model.headerData(FIRST_FIGURE + 3, Qt.Horizontal, Qt.ToolTipRole) == "Repairs referred (assessed loss)", \
        "the full name as the heading's tooltip"
    assert view.count_label.text() == "1 dealers, 0 missing a term"
    view.columns.show_column(1, True)  # the team, a secondary column, chosen from the Columns menu
    hidden, widths = view.columns.hidden(), [table.columnWidth(c) for c in range(model.columnCount())]
    in_force(ctx, filled, target_monthly_premium=D("24950"), target_take_up=D("50"), target_renewal_rate=D("60"))
    with qtbot.waitSignal(view.loaded, timeout=20000):
        window.app.bus.announce(Change.CONTRACTS)
    assert view.columns.hidden() == hidden and 1 not in hidden, "the columns chosen survive the refresh"
    assert [table.columnWidth(c) for c in range(model.columnCount())] == widths, "and so do their widths"
    assert cell(LIGHT_COL) == "● Missed", "renewals 50% of 60%: the worst mark"
    assert model.index(0, LIGHT_COL).data(Qt.ForegroundRole).color().name() == "#c62828"
    assert cell(2), "the contract's number"
    assert view.count_label.text() == "1 dealers, 1 missing a term"
    table.setFocus()
    table.setCurrentIndex(model.index(0, 0))
    header = table.horizontalHeader()
    shown = [header.logicalIndex(v) for v in range(header.count()) if not header.isSectionHidden(header.logicalIndex(v))]
    qtbot.keyClick(table, Qt.Key_Right)
    assert table.currentIndex().column() == shown[shown.index(0) + 1], "the arrow keys walk the shown cells"


def test_chinese_at_1024_by_700(qtbot, ctx, filled, make_window, tmp_path):
    win = make_window(qtbot, ctx, "zh_CN")
    try:
        win.resize(1024, 700)
        view = win.show_section("scorecards")
        _pick(qtbot, view, "2026-03")
        model = view.table.model()
        headers = [model.headerData(i, Qt.Horizontal) for i in range(model.columnCount())]
        assert headers[:4] == ["车商", "团队", "合同", "保费"], headers
        win.grab().save(str(tmp_path / "branch_zh.png"))
        from desktop.ui.dealers.dialog import DealerDialog

        dialog = DealerDialog(win.app, filled, win)
        dialog.resize(1024, 700)
        dialog.show()
        panel = dialog.scorecard_panel
        dialog.ui.tabs.setCurrentWidget(panel)
        _pick(qtbot, panel, "2026-03")
        assert panel.table.item(0, 0).text() == "保费" and dialog.ui.tabs.tabText(dialog.ui.tabs.indexOf(panel)) == "记分卡"
        dialog.grab().save(str(tmp_path / "tab_zh.png"))
        import os
        if os.environ.get("DD_SHOTS"):
            import shutil
            shutil.copy(tmp_path / "branch_zh.png", os.environ["DD_SHOTS"] + "/branch_zh.png")
            shutil.copy(tmp_path / "tab_zh.png", os.environ["DD_SHOTS"] + "/tab_zh.png")
        dialog.close()
    finally:
        wait_for_idle()
        win.close()
        make_window(qtbot, ctx, "en").close()


def test_contracts_view_marks_how_each_contract_is_kept(qtbot, ctx, filled, make_window):
    from desktop.ui.contracts.table_model import COLUMNS
    from tests.services.aftersales.test_scorecard import D, in_force

    contract = in_force(ctx, filled, target_monthly_premium=D("1000"), target_renewal_rate=D("40"))
    win = make_window(qtbot, ctx, "zh_CN")
    try:
        view = win.show_section("contracts")
        with qtbot.waitSignal(view.loaded, timeout=20000):
            view.reload()
        model, col = view.model, COLUMNS.index("performance")
        row = model.row_of_id(contract.id)
        assert model.headerData(col, Qt.Horizontal) == "履约情况", model.headerData(col, Qt.Horizontal)
        assert model.index(row, col).data() == "● 达成", "premium and renewals on target so far"
        tip = model.index(row, col).data(Qt.ToolTipRole)
        assert "月度保费目标" in tip and "续保率目标: 50% / 40% · 达成" in tip, tip
        assert "不考核" in tip, "the referral commitment below its premium condition is said to be not judged"
    finally:
        wait_for_idle()
        win.close()
        make_window(qtbot, ctx, "en").close()


def test_due_renewal_contacts_announced_once_a_day(qtbot, window, ctx, tmp_path):
    from datetime import date, timedelta

    from desktop.ui.aftersales.announce import announce_renewals
    from desktop.ui.toolkit.layout_memory import window_state
    from tests.services.aftersales.test_renewals import policy

    ls.make_dealers(ctx)
    today = date.today()
    ls.import_list(ctx, ls.write_policies(tmp_path / "due.xlsx", [policy("SOON", today + timedelta(days=10), "S1"),
                                                                 policy("GONE", today - timedelta(days=5), "S2"),
                                                                 policy("LATER", today + timedelta(days=50), "S3")]), "policies")
    window_state().remove("renewals/announced/tester")
    window.last_announcement = ""
    announce_renewals(window)
    qtbot.waitUntil(lambda: bool(window.renewals_announcement), timeout=10000)
    assert window.renewals_announcement == "2 renewal contact(s) are due, 1 of them for lapsed policies (脱保).", \
        window.renewals_announcement
    assert window.statusBar().currentMessage() == window.renewals_announcement, "said in the status bar"
    window.renewals_announcement = ""
    announce_renewals(window)
    wait_for_idle()
    qtbot.wait(100)
    assert window.renewals_announcement == "", "not twice a day"


def test_import_a_policy_list_from_the_scorecards(qtbot, window, ctx, tmp_path):
    from openpyxl import load_workbook

    from tests.spreadsheets.roster_files import uscc

    ls.make_dealers(ctx)
    path = ls.write_policies(tmp_path / "p.xlsx", [
        ls.policy("W1", 3000, "2026-03-01", "2027-02-28", uscc_=uscc(1)),
        ls.policy("W2", "abc", "2026-03-01", "2027-02-28", uscc_=uscc(1)),
        ls.policy("W3", 900, "2026-03-01", "2027-02-28", code="NOPE-1", name="某某车城")])
    view = window.show_section("scorecards")
    view.import_list("policies", str(path))
    dialog = view.last_dialog
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20000)
    assert "1 new" in dialog.summary_label.text() and "1 without a dealer" in dialog.summary_label.text(), dialog.summary_label.text()
    assert "NOPE-1" in dialog.details_edit.toPlainText() and "abc" in dialog.details_edit.toPlainText(), "what to assign, what to fix"
    errors = tmp_path / "rejected.xlsx"
    dialog.save_errors(str(errors))
    qtbot.waitUntil(errors.exists, timeout=20000)
    assert load_workbook(errors).active.max_row == 3, "the two rejected rows under the header"
    with qtbot.waitSignal(view.loaded, timeout=20000):  # the branch table hears the import
        qtbot.mouseClick(dialog.import_button, Qt.LeftButton)
    assert dialog.result is not None and dialog.result.counts["created"] == 1
    dialog.close()


def test_an_unusable_list_is_said_in_the_dialog(qtbot, window, tmp_path):
    from tests.spreadsheets.roster_files import write_xlsx

    path = write_xlsx(tmp_path / "x.xlsx", [["车牌号", "保费", "起保日期"], ["浙A1", 1, "2026-01-01"]])
    view = window.show_section("scorecards")
    view.import_list("policies", str(path))
    dialog = view.last_dialog
    qtbot.waitUntil(lambda: "Policy no." in dialog.summary_label.text(), timeout=20000)
    assert not dialog.import_button.isEnabled() and "Traceback" not in dialog.summary_label.text(), dialog.summary_label.text()
    dialog.close()
