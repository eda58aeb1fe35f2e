"""变更记录 as a person reads it: the dealer file's tab (who changed what, when, in words), the file as
it was on a day, and the history of a contract and of a policy version."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox

from desktop.rules.negotiation.policy_records import PolicyVersion
from desktop.services.dealers import files as dealers
from desktop.services.negotiation import policies
from tests.services.negotiation_setup import make_dealer


def _open_file(qtbot, window, dealer_id):
    view = window.show_section("dealers")
    with qtbot.waitSignal(view.loaded, timeout=20000):
        view.reload()
    view._open_dialog(dealer_id)
    dialog = view.last_dialog
    qtbot.waitUntil(lambda: dialog.ui.tabs.isEnabled(), timeout=20000)
    return dialog


def _show_history(qtbot, dialog):
    panel = dialog.history_panel
    with qtbot.waitSignal(panel.loaded, timeout=20000):
        dialog.ui.tabs.setCurrentWidget(panel)
    return panel


def test_the_dealer_files_history_says_who_changed_what_and_shows_the_file_as_it_was(qtbot, window, ctx):
    dealer = make_dealer(ctx)
    dealers.save(ctx, replace(dealers.get(ctx, dealer.id), address="杭州市滨江区江南大道 88 号"))
    dialog = _open_file(qtbot, window, dealer.id)
    assert dialog.ui.tabs.tabText(dialog.ui.tabs.count() - 1) == "Change history"
    panel = _show_history(qtbot, dialog)
    title, lines = panel.entries()[0]
    assert title.startswith("tester changed Dealers on "), title
    assert "Address: 杭州市西湖区文三路 1 号 → 杭州市滨江区江南大道 88 号" in lines, lines
    assert any(t.startswith("tester created Dealers on ") for t, _ in panel.entries()), "the creation is there too"

    panel.as_of_edit.setDate(QDate.currentDate().addDays(-1))
    panel.as_of_button.click()
    qtbot.waitUntil(lambda: panel.as_of_message.isVisible(), timeout=20000)
    assert panel.as_of_message.text() == f"This dealer was not in the database yet on {date.today() - timedelta(days=1):%Y-%m-%d}."

    panel.as_of_edit.setDate(QDate.currentDate())
    panel.as_of_button.click()
    qtbot.waitUntil(lambda: getattr(panel, "as_of_dialog", None) is not None, timeout=20000)
    past = panel.as_of_dialog
    assert past.windowTitle() == f"{dealer.display_name} — as it was on {date.today():%Y-%m-%d}"
    assert past.ui.address_edit.text() == "杭州市滨江区江南大道 88 号" and past.ui.address_edit.isReadOnly()
    assert past.ui.people_table.rowCount() == 2, "its key people as they were"
    assert past.ui.button_box.button(QDialogButtonBox.Save) is None, "nothing to save in a past state"
    assert not past.ui.add_person_button.isVisible()
    assert past.close(), "closes without asking: nothing was edited"
    dialog.close()


def test_a_policy_version_has_its_own_history(qtbot, window, ctx):
    from tests.services.negotiation_setup import grant_approver

    dealer = make_dealer(ctx)
    grant_approver(ctx)
    draft = policies.save_draft(ctx, PolicyVersion(dealer_id=dealer.id, rates={"commercial": Decimal("10")},
                                                     vehicle_types=["private_car"], new_car_ratio=Decimal("0.6")))
    policies.submit(ctx, draft.id, draft.audit.version)
    view = window.show_section("dossier")
    with qtbot.waitSignal(view.loaded, timeout=20000):
        view.open_dealer(dealer.id)
    view.select_step(4)
    page = view.policy_page
    qtbot.waitUntil(lambda: bool(page.versions), timeout=20000)
    panel = page.history_panel
    with qtbot.waitSignal(panel.loaded, timeout=20000):
        page.ui.policy_tabs.setCurrentWidget(panel)
    titles = [t for t, _ in panel.entries()]
    assert titles[0].startswith("tester changed Policy versions on ") and titles[-1].startswith("tester created Policy versions"), titles
    assert any("Submitted for approval" in line or "submitted" in line.lower() for _, ls in panel.entries() for line in ls), \
        panel.entries()


def test_on_the_office_database_the_history_names_the_colleague_in_chinese(qtbot, office_window, office_db):
    colleague = office_db.ctx("oui_chan")
    dealer = make_dealer(colleague)
    dealers.save(colleague, replace(dealers.get(colleague, dealer.id), address="杭州市滨江区江南大道 88 号"))
    window = office_window("oui_lead", "zh_CN")
    dialog = _open_file(qtbot, window, dealer.id)
    assert dialog.ui.tabs.tabText(dialog.ui.tabs.count() - 1) == "变更记录"
    panel = _show_history(qtbot, dialog)
    title, lines = panel.entries()[0]
    assert title.startswith("孙海燕 于 ") and title.endswith(" 修改了车商"), title
    assert "地址：杭州市西湖区文三路 1 号 → 杭州市滨江区江南大道 88 号" in lines, lines
    with qtbot.waitSignal(panel.loaded, timeout=20000):  # a colleague's next save shows up by itself
        dealers.save(colleague, replace(dealers.get(colleague, dealer.id), main_models="凯美瑞、汉兰达"))
    assert any("主营车型" in line or "汉兰达" in line for line in panel.entries()[0][1]), panel.entries()[0]
    dialog.close()


def test_a_contracts_history_tab_says_who_changed_what_in_chinese(qtbot, ctx):
    from desktop.app import create_application
    from desktop.config import Settings
    from desktop.services.contracts import drafts as contracts
    from desktop.ui.appservices import AppServices
    from desktop.ui.change_bus import Change, ChangeBus
    from desktop.ui.contracts.dialog import ContractDialog
    from desktop.ui.operations import wait_for_idle
    from tests.services.contracts_support import DAY, new_contract

    made = new_contract(ctx)
    contracts.save_draft(ctx, replace(contracts.get(ctx, made.id), note="首年按季度结算"), today=DAY)
    create_application(["dealerdesk-tests"], "zh_CN")
    app = AppServices(ctx=ctx, bus=ChangeBus(), lang="zh_CN", settings=Settings())
    dialog = ContractDialog(app, made.id, lambda: DAY)
    qtbot.addWidget(dialog)
    try:
        with qtbot.waitSignal(dialog.ready, timeout=20000):
            dialog.show()
        panel = dialog.history_panel
        assert dialog.tabs.tabText(dialog.tabs.indexOf(panel)) == "变更记录", "the contract has its own history tab"
        with qtbot.waitSignal(panel.loaded, timeout=20000):
            dialog.tabs.setCurrentWidget(panel)
        entries = panel.entries()
        title, lines = entries[0]
        assert title.startswith("tester 于 ") and title.endswith("修改了合同"), title
        assert any(line.endswith("→ 首年按季度结算") for line in lines), lines
        assert entries[-1][0].endswith("新建了合同"), entries[-1]
        with qtbot.waitSignal(panel.loaded, timeout=20000):  # a save elsewhere shows up without a click
            contracts.save_draft(ctx, replace(contracts.get(ctx, made.id), note="按月结算"), today=DAY)
            app.bus.announce(Change.CONTRACTS)  # as the contract list's own save does
        assert any(line.endswith("→ 按月结算") for line in panel.entries()[0][1]), panel.entries()[0]
    finally:
        wait_for_idle()
        dialog.close()
        create_application(["dealerdesk-tests"], "en")


def test_a_dealer_from_a_roster_import_shows_one_entry_with_its_lists_and_the_import_in_chinese(qtbot, ctx, tmp_path):
    """A big import writes one history entry per new dealer (issue 15): its file's 变更记录 says who
    created it by which import, with its brands, sources and insurers."""
    from desktop.app import create_application
    from desktop.config import Settings
    from desktop.services.rosters import commit as roster_write
    from desktop.ui.appservices import AppServices
    from desktop.ui.change_bus import ChangeBus
    from desktop.ui.history.dealer_tab import history_panel
    from desktop.ui.operations import wait_for_idle
    from tests.services.rosters.test_history_bulk import ROWS, dealers_named, roster
    from tests.services.rosters.test_import import plan_of

    batch = roster_write.commit(ctx, plan_of(ctx, roster(tmp_path, ROWS, name="十二月名录.xlsx"))).import_id
    dealer_id = dealers_named(ctx, "甲汽车销售服务有限公司")
    create_application(["dealerdesk-tests"], "zh_CN")
    app = AppServices(ctx=ctx, bus=ChangeBus(), lang="zh_CN", settings=Settings())
    try:
        panel = history_panel(None, app, dealer_id)
        qtbot.addWidget(panel)
        panel.resize(900, 640)
        with qtbot.waitSignal(panel.loaded, timeout=20000):
            panel.show()
        entries = panel.entries()
        assert len(entries) == 1 and entries[0][0].startswith("tester 于 ") and entries[0][0].endswith("新建了车商"), entries
        lines = entries[0][1]
        for wanted in ("经营品牌：类型=经营，品牌=丰田；类型=经营，品牌=雷克萨斯", "合作保险公司：保险公司=平安产险，份额（%）=40；保险公司=人保财险，份额（%）=35",
                       f"名录导入：#{batch} 十二月名录.xlsx"):
            assert wanted in lines, (wanted, lines)
        panel.grab().save(str(tmp_path / "dealer-history-zh.png"))
    finally:
        wait_for_idle()
        create_application(["dealerdesk-tests"], "en")
