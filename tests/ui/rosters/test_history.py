"""The import history dialog over a real database file: listing, undoing (yes and cancel), errors, empty state."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from desktop.rules.dealers import records as r
from desktop.services.dealers import files as dealers
from desktop.services.dealers import listing
from desktop.services.rosters import history as roster_history, read as roster_import, commit as roster_write
from desktop.ui.change_bus import Change
from desktop.ui.rosters.history import COLUMNS, ImportHistoryDialog
from desktop.ui.operations import wait_for_idle
from tests.spreadsheets import roster_files as rf

HEAD = ["车商名称", "城市", "联系电话", "年新车销量"]
# First import: 甲 exists (updated), 乙 and 丙 are new, one row has a bad phone.
FIRST = [HEAD, ["甲汽车有限公司", "杭州", "13812345678", "800"], ["乙汽车有限公司", "杭州", "13812345679", "300"],
         ["丙汽车有限公司", "杭州", "", "200"], ["戊汽车有限公司", "杭州", "12345", ""]]
# Second import: 乙 again as it is now (unchanged), 丁 new, 丁 a second time (a duplicate).
SECOND = [HEAD, ["乙汽车有限公司", "杭州", "13812345679", "300"], ["丁汽车有限公司", "宁波", "", "100"],
          ["丁汽车有限公司", "宁波", "", "100"]]


def _import(ctx, path, mode="upsert"):
    plan = roster_import.analyse(ctx, roster_import.open_roster(ctx, path), mode)
    return roster_write.commit(ctx, plan)


def _answer(monkeypatch, answer):
    """Answer every QMessageBox.question with ``answer``; the list collects (title, text) of each one asked."""
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, title, text, *a, **k: asked.append((title, text)) or answer)
    return asked


def _cell(dialog, row, name):
    return dialog.model.data(dialog.model.index(row, COLUMNS.index(name)))


def _names(ctx):
    return sorted(row.legal_name for row in listing.list_rows(ctx))


@pytest.fixture
def imported(app, tmp_path):
    """Two imports written through the service; returns (first, second, id of the dealer the first updated)."""
    existing = dealers.save(app.ctx, r.Dealer(legal_name="甲汽车有限公司", city="杭州", annual_sales=500))
    first = _import(app.ctx, rf.write_xlsx(tmp_path / "first.xlsx", FIRST))
    second = _import(app.ctx, rf.write_xlsx(tmp_path / "second.xlsx", SECOND, sheet="宁波"))
    assert (first.counts["created"], first.counts["updated"], first.counts["invalid"]) == (2, 1, 1), first.counts
    assert (second.counts["created"], second.counts["unchanged"], second.counts["duplicates"]) == (1, 1, 1), second.counts
    return first, second, existing.id


def _open(qtbot, app, rows):
    dialog = ImportHistoryDialog(app)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=20000):
        dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.model.rowCount() == rows, f"{rows} imports listed, got {dialog.model.rowCount()}"
    return dialog


def test_lists_imports_newest_first_with_counts(qtbot, app, imported):
    first, second, _ = imported
    dialog = _open(qtbot, app, 2)
    assert dialog.stack.currentWidget() is dialog.table, "a history with imports shows the table"
    assert _cell(dialog, 0, "file_name") == "second.xlsx" and _cell(dialog, 1, "file_name") == "first.xlsx", \
        "the newest import comes first"
    shown = {name: _cell(dialog, 1, name) for name in ("created", "updated", "unchanged", "duplicates", "invalid")}
    assert shown == {"created": "2", "updated": "1", "unchanged": "0", "duplicates": "0", "invalid": "1"}, \
        f"the first import's counts: {shown}"
    shown = {name: _cell(dialog, 0, name) for name in ("created", "updated", "unchanged", "duplicates", "invalid")}
    assert shown == {"created": "1", "updated": "0", "unchanged": "1", "duplicates": "1", "invalid": "0"}, \
        f"the second import's counts: {shown}"
    assert _cell(dialog, 0, "sheet") == "宁波" and _cell(dialog, 0, "imported_by") == "tester", "sheet and user shown"
    assert _cell(dialog, 0, "mode") == "Create and update", f"the mode in words: {_cell(dialog, 0, 'mode')!r}"
    assert _cell(dialog, 0, "undone") == "" and _cell(dialog, 1, "undone") == "", "nothing undone yet"
    assert dialog.selected_record().id == second.import_id, "the newest import is selected at first"
    assert dialog.undo_button.isEnabled(), "an import not undone yet can be undone"

    dialog.table.sortByColumn(COLUMNS.index("created"), Qt.DescendingOrder)
    assert _cell(dialog, 0, "file_name") == "first.xlsx", "sorting by the new-dealer count puts the bigger import first"
    assert dialog.selected_record().id == second.import_id, "the selection stays on the same import when sorting"
    qtbot.keyClick(dialog.table, Qt.Key_Up)
    assert dialog.selected_record().id == first.import_id, "the arrow keys move the selection"


def test_undo_answered_yes(qtbot, app, imported, monkeypatch):
    first, _second, existing_id = imported
    dialog = _open(qtbot, app, 2)
    dialog.table.selectRow(dialog.model.row_of_id(first.import_id))
    announced = []
    app.bus.changed.connect(announced.append)
    asked = _answer(monkeypatch, QMessageBox.Yes)
    qtbot.mouseClick(dialog.undo_button, Qt.LeftButton)
    assert len(asked) == 1, f"undoing asks first: {asked}"
    title, text = asked[0]
    assert title == "Undo import", f"the question names the action: {title!r}"
    assert "first.xlsx" in text and "tester" in text, f"the question names the import: {text!r}"
    assert "The 2 dealer(s) it created will be deleted" in text and "the 1 dealer(s) it updated will be restored" in text, \
        f"the question names the counts: {text!r}"
    row_of_first = lambda: dialog.model.row_of_id(first.import_id)  # noqa: E731
    qtbot.waitUntil(lambda: _cell(dialog, row_of_first(), "undone") != "", timeout=20000)
    assert _cell(dialog, row_of_first(), "undone").endswith("tester"), "the row says who undid it"
    assert "2 dealers deleted, 1 restored, 0 kept" in dialog.status_label.text(), \
        f"the result is shown: {dialog.status_label.text()!r}"
    assert any(Change.DEALERS in kinds for kinds in announced), "the dealer list is told to refresh"
    assert _names(app.ctx) == ["丁汽车有限公司", "甲汽车有限公司"], f"the created dealers are gone: {_names(app.ctx)}"
    assert dealers.get(app.ctx, existing_id).annual_sales == 500, "the updated dealer is restored"
    assert dialog.selected_record().id == first.import_id, "the undone import stays selected"
    assert not dialog.undo_button.isEnabled(), "an undone import cannot be undone again"
    dialog.table.selectRow(dialog.model.row_of_id(_second.import_id))
    assert dialog.undo_button.isEnabled(), "the other import can still be undone"


def test_undo_names_the_dealers_it_kept(qtbot, app, imported, monkeypatch):
    first, _second, _existing_id = imported
    edited = dealers.get(app.ctx, [row.id for row in listing.list_rows(app.ctx) if row.legal_name == "乙汽车有限公司"][0])
    edited.notes = "导入后走访过"
    dealers.save(app.ctx, edited)
    dialog = _open(qtbot, app, 2)
    dialog.table.selectRow(dialog.model.row_of_id(first.import_id))
    _answer(monkeypatch, QMessageBox.Yes)
    qtbot.mouseClick(dialog.undo_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: "kept" in dialog.status_label.text(), timeout=20000)
    text = dialog.status_label.text()
    assert "1 dealers deleted, 1 restored, 1 kept" in text, f"the counts: {text!r}"
    assert "changed since the import, kept as it is: 1 (乙汽车有限公司)" in text, f"the kept dealer is named: {text!r}"
    assert "乙汽车有限公司" in _names(app.ctx), "and kept"


def test_undo_cancelled_changes_nothing(qtbot, app, imported, monkeypatch):
    first, _second, existing_id = imported
    dialog = _open(qtbot, app, 2)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    qtbot.keyClick(dialog.table, Qt.Key_Down)
    assert dialog.selected_record().id == first.import_id, "the keyboard selects the older import"
    before = _names(app.ctx)
    asked = _answer(monkeypatch, QMessageBox.Cancel)
    qtbot.keyClick(dialog.table, Qt.Key_U, Qt.AltModifier)  # the button's mnemonic (it clicks itself shortly after)
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=3000)
    wait_for_idle()
    assert "The 2 dealer(s) it created will be deleted" in asked[0][1], f"undoing asks first, with the counts: {asked}"
    assert _names(app.ctx) == before, "cancelling keeps the imported dealers"
    assert dealers.get(app.ctx, existing_id).annual_sales == 800, "cancelling keeps the update"
    assert all(rec.undone_at is None for rec in roster_history.list_imports(app.ctx)), "nothing is marked undone"
    assert dialog.undo_button.isEnabled(), "the import can still be undone after cancelling"
    assert dialog.status_label.text() == "", f"nothing is reported after cancelling: {dialog.status_label.text()!r}"


def test_service_error_is_a_message(qtbot, app, imported, monkeypatch):
    first, _second, _ = imported
    dialog = _open(qtbot, app, 2)
    dialog.table.selectRow(dialog.model.row_of_id(first.import_id))
    roster_history.undo(app.ctx, first.import_id)  # someone else undid it after the list was read
    _answer(monkeypatch, QMessageBox.Yes)
    qtbot.mouseClick(dialog.undo_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: (box := dialog.findChild(QMessageBox, "error_message_box")) is not None and box.isVisible(),
                    timeout=20000)
    text = dialog.findChild(QMessageBox, "error_message_box").text()
    assert "already undone" in text and "tester" in text and "Traceback" not in text, f"the service's message: {text!r}"
    qtbot.waitUntil(lambda: _cell(dialog, dialog.model.row_of_id(first.import_id), "undone") != "", timeout=20000)
    assert not dialog.undo_button.isEnabled(), "the list refreshes: the import shows as undone"
    dialog.findChild(QMessageBox, "error_message_box").close()


def test_empty_history(qtbot, app):
    dialog = _open(qtbot, app, 0)
    assert dialog.stack.currentWidget() is dialog.empty_label, "an empty history shows the empty state"
    assert "No roster has been imported yet" in dialog.empty_label.text(), dialog.empty_label.text()
    assert not dialog.undo_button.isEnabled(), "nothing to undo"


def test_remembers_size_and_columns(qtbot, app):
    dialog = _open(qtbot, app, 0)
    dialog.resize(700, 420)  # within the offscreen screen (800×600): restoreGeometry keeps windows on screen
    dialog.table.setColumnWidth(2, 321)
    dialog.close()
    again = _open(qtbot, app, 0)
    assert again.table.columnWidth(2) == 321, f"column widths are remembered: {again.table.columnWidth(2)}"
    assert again.width() == 700, f"the size is remembered: {again.width()}"


def test_reachable_from_the_menu_and_the_dealer_list(qtbot, window, tmp_path):
    _import(window.app.ctx, rf.write_xlsx(tmp_path / "first.xlsx", FIRST))
    action = window.findChild(QAction, "import_history_action")
    assert action is not None and action in window.file_menu.actions(), "File has an 'Import history…' action"
    action.trigger()
    view = window.sections["dealers"]
    dialog = view.import_history_dialog
    assert dialog is not None and dialog.isVisible(), "the action opens the import history"
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=20000)
    view.history_action.trigger()  # the import button's arrow menu
    assert view.import_history_dialog is dialog, "the entry on the import button's menu raises the same window"
    dialog.close()
    wait_for_idle()
