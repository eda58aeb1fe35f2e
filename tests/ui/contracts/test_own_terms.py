"""The terms a template names itself, in the windows: the contract editor shows one input each,
a blank one marked and listed above the tabs; typing them in and saving fills the contract so it
can be submitted. The templates dialog lists the template's own terms and previews a clause filled."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea

from desktop.app import create_application
from desktop.config import Settings
from desktop.rules.contracts import blanks
from desktop.services.contracts import drafts as contracts, lifecycle as lc, settings as contract_settings
from desktop.services.demo.territory import TODAY
from desktop.ui.appservices import AppServices
from desktop.ui.change_bus import ChangeBus
from desktop.ui.contracts.dialog import ContractDialog
from desktop.ui.contracts.template_dialog import ContractTemplateDialog
from desktop.ui.operations import wait_for_idle

SHOTS = os.environ.get("DEALERDESK_SHOTS")  # a folder: the windows are grabbed there to be looked at


@pytest.fixture
def zh_app(qtbot, demo_ctx):
    create_application(["dealerdesk-tests"], "zh_CN")
    yield AppServices(ctx=demo_ctx, bus=ChangeBus(), lang="zh_CN", settings=Settings())
    wait_for_idle()


def test_a_draft_s_blank_terms_are_shown_typed_in_and_saved(qtbot, zh_app, demo_ctx):
    row = next(r for r in contracts.list_rows(demo_ctx, TODAY) if r.status == "draft" and r.revision == 1)
    dialog = ContractDialog(zh_app, row.id, lambda: TODAY)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.ready, timeout=20000):
        dialog.show()
    box = dialog.own_terms
    assert "乙方银行账号" in dialog.warnings_label.text(), f"the blanks are listed: {dialog.warnings_label.text()}"
    account = box.edits["dealer_account_no"]
    assert account.text() == "" and "B42318" in box.labels["dealer_account_no"].styleSheet(), "a blank is marked"
    dialog.tabs.setCurrentWidget(dialog.findChild(QScrollArea, "own_terms_tab"))
    if SHOTS:
        dialog.resize(1000, 900)
        qtbot.wait(50)
        dialog.grab().save(os.path.join(SHOTS, "contract-own-terms.png"))
    qtbot.keyClicks(account, "6222 0212 3456 7890")
    dialog.form.terms_target_renewal_rate_edit.setText("60")
    with qtbot.waitSignal(dialog.saved, timeout=20000):
        qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
    saved = contracts.get(demo_ctx, row.id, TODAY)
    assert saved.terms.extra["dealer_account_no"] == "6222 0212 3456 7890", "the typed term is stored"
    template = contract_settings.get_template(demo_ctx, saved.template_id)
    assert blanks.blanks(saved, template) == [], f"no blank left: {blanks.blanks(saved, template)}"
    assert lc.submit(demo_ctx, saved.id, saved.audit.version, today=TODAY).status == "under_review", "now it can be submitted"
    dialog.close()


def test_the_templates_dialog_lists_its_own_terms_and_previews_a_clause(qtbot, zh_app):
    dialog = ContractTemplateDialog(zh_app)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.ready, timeout=20000):
        dialog.show()
    names = [f.name for f in dialog.fields_table.fields()]
    assert {"penalty_amount", "dealer_contact", "settlement_cycle"} <= set(names), f"the template's own terms: {names}"
    headings = [dialog.clause_list.item(i).text() for i in range(dialog.clause_list.count())]
    settle = next(i for i, h in enumerate(headings) if "手续费结算" in h)
    dialog.clause_list.setCurrentRow(settle)
    shown = dialog.preview.toPlainText()
    assert "手续费按自然月结算" in shown and "〔乙方银行账号〕" in shown, f"the preview fills placeholders: {shown[:200]}"
    if SHOTS:
        dialog.resize(1200, 860)
        qtbot.wait(50)
        dialog.grab().save(os.path.join(SHOTS, "template-dialog.png"))
    dialog.close()
