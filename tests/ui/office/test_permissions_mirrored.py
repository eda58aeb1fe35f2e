"""Signed in to the office database as different people: the windows say who is signed in, disable
what the person may not do with a tooltip naming who may, and a refusal that still comes from the
database arrives as a translated message box (never the driver's words)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.rules.negotiation.policy_records import PolicyVersion
from desktop.services.negotiation import policies
from desktop.ui.operations import wait_for_idle
from tests.services.negotiation_setup import make_dealer


def _policy_page(qtbot, window, dealer_id):
    view = window.show_section("dossier")
    with qtbot.waitSignal(view.loaded, timeout=20000):
        view.open_dealer(dealer_id)
    view.select_step(4)
    page = view.policy_page
    qtbot.waitUntil(lambda: bool(page.versions), timeout=20000)
    return page


def _submitted_policy(office_db, submitter: str, team: str = "杭州一组"):
    chan = office_db.ctx(submitter)
    dealer = make_dealer(chan)
    office_db.put_in_team(dealer.id, team)
    draft = policies.save_draft(chan, PolicyVersion(dealer_id=dealer.id, rates={"commercial": Decimal("10")},
                                                     vehicle_types=["private_car"], new_car_ratio=Decimal("0.6")))
    policies.submit(chan, draft.id, draft.audit.version)
    return dealer


def test_the_status_bar_says_who_with_which_role_on_which_database(qtbot, office_window, office_db):
    window = office_window("oui_mgr", "zh_CN")
    label = window.identity_label.text()
    assert label == f"王春梅 · 团队经理 · 团队 杭州一组 · 机构数据库 {office_db.url.database}@{office_db.url.host}:{office_db.url.port}", label


def test_a_specialist_cannot_approve_and_is_told_who_can(qtbot, office_window, office_db):
    dealer = _submitted_policy(office_db, "oui_chan")
    window = office_window("oui_spec")
    page = _policy_page(qtbot, window, dealer.id)
    assert page.current.status == "submitted", "the specialist sees the team's submitted version"
    button = page.ui.approve_button
    assert not button.isEnabled(), "approving is not the specialist's to do"
    assert button.toolTip() == "Approve policies: only Dealer-channel department or Branch leadership may do this.", button.toolTip()
    assert not page.ui.submit_button.isEnabled() and "Draft and submit policies: only" in page.ui.submit_button.toolTip()


def test_the_channel_department_approving_its_own_submission_is_refused_by_the_database(qtbot, office_window, office_db):
    dealer = _submitted_policy(office_db, "oui_chan")
    window = office_window("oui_chan")
    page = _policy_page(qtbot, window, dealer.id)
    assert page.ui.approve_button.isEnabled(), "the role may approve; only the database knows it is the same person"
    qtbot.mouseClick(page.ui.approve_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "error_message_box") is not None
                    or page.findChild(QMessageBox, "error_message_box") is not None, timeout=20000)
    box = window.findChild(QMessageBox, "error_message_box") or page.findChild(QMessageBox, "error_message_box")
    assert box.text() == "You submitted this policy version yourself: another person must approve it", box.text()
    wait_for_idle()
    assert policies.get(office_db.ctx("oui_chan2"), page.current.id).status == "submitted", "nothing was approved"
    box.close()


def test_in_chinese_the_specialist_is_told_who_may_and_the_own_approval_refusal_is_chinese(qtbot, office_window, office_db):
    dealer = _submitted_policy(office_db, "oui_chan")
    window = office_window("oui_spec", "zh_CN")
    page = _policy_page(qtbot, window, dealer.id)
    assert not page.ui.approve_button.isEnabled()
    assert page.ui.approve_button.toolTip() == "审批政策：仅车商渠道主管部门或机构班子可以操作。", page.ui.approve_button.toolTip()
    window.close()
    window = office_window("oui_chan", "zh_CN")
    page = _policy_page(qtbot, window, dealer.id)
    qtbot.mouseClick(page.ui.approve_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "error_message_box") is not None
                    or page.findChild(QMessageBox, "error_message_box") is not None, timeout=20000)
    box = window.findChild(QMessageBox, "error_message_box") or page.findChild(QMessageBox, "error_message_box")
    assert box.text() == "此政策版本由您本人提交，须由其他人审批", box.text()
    wait_for_idle()
    box.close()
