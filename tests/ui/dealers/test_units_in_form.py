"""The dealer form reads units typed after numbers (1.2万台, 850万元) and refuses estimates next to the field."""

from __future__ import annotations


def test_the_dealer_form_reads_units_and_refuses_estimates(qtbot, window, loaded, ctx, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from desktop.services.dealers import files as dealers
    from tests.ui.typing import type_text

    view = loaded(qtbot, window)
    view.last_dialog = None
    qtbot.mouseClick(view.new_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: view.last_dialog is not None and view.last_dialog.isVisible(), timeout=5000)
    dialog = view.last_dialog
    qtbot.waitUntil(lambda: dialog.ui.tabs.isEnabled(), timeout=10000)
    u = dialog.ui
    type_text(qtbot, u.legal_name_edit, "嘉兴宏达汽车有限公司（嘉兴分公司）")
    type_text(qtbot, u.annual_sales_edit, "3000左右")
    type_text(qtbot, u.premium_scale_edit, "850万台")
    qtbot.mouseClick(u.button_box.button(u.button_box.StandardButton.Save), Qt.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.errors.message_for("annual_sales_edit")), timeout=10000)
    assert dialog.errors.message_for("annual_sales_edit") == "'3000左右' is an approximation: enter the figure itself"
    assert "台 is not a unit of this column or field" in dialog.errors.message_for("premium_scale_edit"), \
        dialog.errors.message_for("premium_scale_edit")
    assert dealers.count(ctx) == 0, "nothing saved while a figure is an estimate"
    u.annual_sales_edit.clear()
    type_text(qtbot, u.annual_sales_edit, "1.2万台")
    u.premium_scale_edit.clear()
    type_text(qtbot, u.premium_scale_edit, "850万元")
    with qtbot.waitSignal(dialog.saved, timeout=10000) as saved:
        qtbot.mouseClick(u.button_box.button(u.button_box.StandardButton.Save), Qt.LeftButton)
    stored = dealers.get(ctx, saved.args[0].id)
    assert (stored.annual_sales, stored.premium_scale) == (12000, 8_500_000), "1.2万台 and 850万元 understood"
    assert stored.legal_name == "嘉兴宏达汽车有限公司（嘉兴分公司）", "the name as typed"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Discard)
    dialog.close()
