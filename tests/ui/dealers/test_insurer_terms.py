"""What is known of a competing insurer's terms, typed into the dealer file's insurers table (issue 14)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from desktop.services.dealers import files as dealers
from tests.ui.dealers.test_workflows import open_dialog
from tests.ui.typing import type_text


def _type_cell(qtbot, table, row: int, column: int, text: str) -> None:
    table.setCurrentCell(row, column)
    table.editItem(table.item(row, column))
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit), timeout=3000)
    editor = QApplication.focusWidget()
    editor.selectAll()
    type_text(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key_Return)


def test_insurer_terms_are_typed_and_saved_with_the_file(qtbot, demo_window, demo_ctx):
    view = demo_window.sections["dealers"]
    view.table.selectRow(0)
    dealer_id = view.model.row_at(0).id
    before = dealers.get(demo_ctx, dealer_id)
    dialog = open_dialog(qtbot, view, new=False)
    table = dialog.ui.insurers_table
    headers = [table.horizontalHeaderItem(i).text() for i in range(table.columnCount())]
    assert headers == ["Insurer", "Share (%)", "Their fees", "Their repair referrals", "Other terms and services"], headers
    assert table.rowCount() == len(before.insurers), "the stored insurers are listed"
    qtbot.mouseClick(dialog.ui.add_insurer_button, Qt.LeftButton)
    row = table.rowCount() - 1
    for column, text in enumerate(("阳光产险", "5", "商业险 25%，另有季度返点", "新车 1:1 送修", "赠送道路救援")):
        _type_cell(qtbot, table, row, column, text)
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        qtbot.mouseClick(dialog.ui.button_box.button(dialog.ui.button_box.StandardButton.Save), Qt.LeftButton)
    after = dealers.get(demo_ctx, dealer_id)
    added = after.insurers[-1]
    assert (added.insurer, str(added.share), added.fee_terms, added.repair_terms, added.other_terms) == \
        ("阳光产险", "5.00", "商业险 25%，另有季度返点", "新车 1:1 送修", "赠送道路救援"), f"saved as typed: {added}"
    assert [(i.insurer, i.fee_terms) for i in after.insurers[:-1]] == [(i.insurer, i.fee_terms) for i in before.insurers], \
        "the insurers already there keep their terms"
    dialog.close()
