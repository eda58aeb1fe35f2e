"""The 'Our advantages' tab of the negotiation settings, typed into like a user, saved to a real file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.services.negotiation import advantages as service
from desktop.ui.operations import wait_for_idle
from tests.ui.typing import type_text


def _dialog(qtbot, app):
    from desktop.ui.negotiation_settings.dialog import NegotiationSettingsDialog

    dialog = NegotiationSettingsDialog(app)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.data is not None, timeout=10000)
    return dialog


def _type(qtbot, dialog, code, part, text):
    edit = dialog.advantage_edits[(code, part)]
    edit.clear()
    type_text(qtbot, edit, text)


def test_figures_typed_in_the_tab_are_saved_with_source_and_month(qtbot, app):
    dialog = _dialog(qtbot, app)
    dialog.show_advantage("flash_claims")
    assert dialog.tabs.currentWidget() is dialog.advantages_page, "go-there opens the advantages tab"
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.advantage_edits[("flash_claims", "value")], timeout=3000)
    _type(qtbot, dialog, "flash_claims", "value", "小额案件 1 小时内赔付")
    qtbot.keyClick(dialog.advantage_edits[("flash_claims", "value")], Qt.Key_Tab)  # keyboard: on to its source
    assert QApplication.focusWidget() is dialog.advantage_edits[("flash_claims", "source")], \
        f"Tab goes from a figure to its source: {QApplication.focusWidget()}"
    _type(qtbot, dialog, "flash_claims", "source", "分公司理赔部")
    _type(qtbot, dialog, "flash_claims", "as_of", "2026年10月")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.message_label.text() == "Settings saved.", timeout=15000)
    wait_for_idle()
    stored = {a.code: a for a in service.advantages(app.ctx)}
    assert (stored["flash_claims"].value, stored["flash_claims"].source, stored["flash_claims"].as_of) == \
        ("小额案件 1 小时内赔付", "分公司理赔部", "2026-10"), f"saved as typed, the month normalised: {stored['flash_claims']}"
    assert not stored["brand"].is_set, "a figure left empty stays unset"
    qtbot.waitUntil(lambda: dialog.advantage_edits[("flash_claims", "as_of")].text() == "2026-10", timeout=10000)


def test_a_figure_without_its_source_is_refused_at_the_field(qtbot, app):
    dialog = _dialog(qtbot, app)
    _type(qtbot, dialog, "market_rank", "value", "省内第 4 位")
    _type(qtbot, dialog, "claims_rank", "as_of", "2026-13")
    dialog.save()
    message = dialog.message_label.text()
    assert "Market rank · Source: Say where this figure comes from" in message, f"what and where: {message!r}"
    assert "Claims-service rank · As of (month): Not a month" in message, f"a bad month named: {message!r}"
    source = dialog.advantage_edits[("market_rank", "source")]
    assert "b3261e" in source.styleSheet() and "comes from" in source.toolTip(), "the field at fault is marked"
    wait_for_idle()
    assert not any(a.is_set for a in service.advantages(app.ctx)), "nothing is saved while a figure is incomplete"
