"""The keyboard as a user drives it: Ctrl+F from anywhere, ↓ and Enter from the search into the results,
Tab out of a table, a mnemonic on every button, and the shortcuts listed under Help."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialogButtonBox

from desktop.ui.toolkit.keyboard import mnemonic_of
from tests.ui.dossier.test_workspace import settle, show_section
from tests.ui.typing import type_text


def _active(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)


def test_ctrl_f_finds_from_anywhere(qtbot, demo_window):
    window = demo_window
    _active(qtbot, window)
    show_section(window, "pipeline")  # a section without a search field of its own
    window.nav_list.setFocus()
    qtbot.keyClick(window.nav_list, Qt.Key_F, Qt.ControlModifier)
    view = window.sections["dealers"]
    assert window.stack.currentWidget() is view, "Ctrl+F shows the dealer list"
    qtbot.waitUntil(view.search_edit.hasFocus, timeout=3000)
    view.table.setFocus()
    find = QKeySequence(QKeySequence.Find)
    qtbot.keySequence(view.table, find)
    assert view.search_edit.hasFocus(), "the platform's Find key goes to the search field too"
    show_section(window, "dossier")
    qtbot.keyClick(window.sections["dossier"].steps_list, Qt.Key_F, Qt.ControlModifier)
    assert window.sections["dossier"].search_edit.hasFocus(), "in the preparation workspace, its own dealer search"


def test_down_and_enter_go_from_the_search_into_the_results(qtbot, demo_window):
    window = demo_window
    _active(qtbot, window)
    view = window.sections["dealers"]
    type_text(qtbot, view.search_edit, "hz")
    assert view.model.rowCount() > 1, "several dealers in 杭州"
    qtbot.keyClick(view.search_edit, Qt.Key_Down)
    assert view.table.hasFocus() and view.table.currentIndex().row() == 0, "↓ goes into the results, on the first"
    qtbot.keyClick(view.table, Qt.Key_Down)
    chosen = view.model.row_at(view.table.currentIndex().row()).id
    view.search_edit.setFocus()
    view.last_dialog = None
    qtbot.keyClick(view.search_edit, Qt.Key_Return)
    qtbot.waitUntil(lambda: view.last_dialog is not None, timeout=5000)
    assert view.app.windows.get(("dealer", chosen)) is view.last_dialog, "Enter in the search opens the current result"
    view.last_dialog.close()
    _active(qtbot, window)

    dossier = window.sections["dossier"]
    show_section(window, "dossier")
    dossier.reload()
    qtbot.waitUntil(lambda: len(dossier.rows) == 120, timeout=20000)
    type_text(qtbot, dossier.search_edit, "hz")
    qtbot.waitUntil(lambda: dossier.results_list.count() > 0, timeout=5000)
    qtbot.keyClick(dossier.search_edit, Qt.Key_Down)
    assert dossier.results_list.hasFocus() and dossier.results_list.currentRow() == 0, "↓ into the workspace's results"
    wanted = dossier.results_list.item(0).data(Qt.UserRole)
    dossier.search_edit.setFocus()
    with qtbot.waitSignal(dossier.loaded, timeout=20000):
        qtbot.keyClick(dossier.search_edit, Qt.Key_Enter)
    assert dossier.dealer_id == wanted, "Enter opens the dealer found"
    settle(qtbot)


def test_tab_leaves_a_table(qtbot, demo_window):
    window = demo_window
    _active(qtbot, window)
    view = window.sections["dealers"]
    view.search_edit.setFocus()
    qtbot.keyClick(view.search_edit, Qt.Key_Tab)
    assert view.table.hasFocus(), "Tab from the search reaches the results at once"
    view.table.setCurrentIndex(view.model.index(0, 0))
    qtbot.keyClick(view.table, Qt.Key_Tab)
    assert not view.table.hasFocus(), f"Tab leaves the table (focus on {QApplication.focusWidget()})"
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key_Backtab)
    assert not view.table.hasFocus(), "Shift+Tab leaves it too"


def _unmarked(root, scope_exclude=()) -> list[str]:
    return [b.text() for b in root.findChildren(QAbstractButton)
            if b.text() and not isinstance(b.parentWidget(), QDialogButtonBox) and not mnemonic_of(b.text())
            and b.shortcut().isEmpty() and not any(e.isAncestorOf(b) for e in scope_exclude)]


def test_every_button_has_a_mnemonic(qtbot, demo_window):
    window = demo_window
    for key in window.sections.__class__.__mro__ and [window.nav_list.item(i).data(Qt.UserRole) for i in range(window.nav_list.count())]:
        show_section(window, key)
        section = window.sections[key]
        assert not _unmarked(section), f"{key}: buttons without a mnemonic: {_unmarked(section)}"
        pages = getattr(section, "pages", [])
        for scope in [section] if not pages else pages:
            letters = [mnemonic_of(b.text()) for b in scope.findChildren(QAbstractButton)
                       if mnemonic_of(b.text()) and not any(p.isAncestorOf(b) for p in pages if p is not scope)]
            menu = {mnemonic_of(a.text()) for a in window.menuBar().actions()}
            clash = {x for x in letters if letters.count(x) > 1 or x in menu}
            assert not clash, f"{key}: one letter for two buttons (or a menu): {clash}"
    view = window.sections["dealers"]
    view.table.selectRow(0)
    view.open_selected()
    dialog = view.last_dialog
    assert not _unmarked(dialog), f"the dealer file: buttons without a mnemonic: {_unmarked(dialog)}"
    dialog.close()
    settle(qtbot)


def test_help_lists_the_shortcuts(qtbot, window):
    action = window.findChild(type(window.demo_action), "shortcuts_action")
    assert action is not None and action in window.menuBar().actions()[-1].menu().actions(), "Help ▸ Keyboard shortcuts"
    action.trigger()
    dialog = window.shortcuts_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    table = dialog.shortcuts_table if hasattr(dialog, "shortcuts_table") else dialog.table
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows.get("Import dealer roster") == "Ctrl+I", rows
    assert any("Ctrl+F" in keys for keys in rows.values()), f"find is listed: {rows}"
    assert any("Ctrl+1" == keys for keys in rows.values()), f"the sections' keys are listed: {rows}"
    dialog.close()


def test_every_dialog_gets_the_keyboard_basics(qtbot, demo_window, tmp_path):
    """Dialogs built anywhere (export, import wizard, preview): mnemonics on their buttons, Tab out of tables."""
    view = demo_window.sections["dealers"]
    view.table.selectRow(0)
    view.export_roster()
    dialog = view.export_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    assert not _unmarked(dialog), f"export: buttons without a mnemonic: {_unmarked(dialog)}"
    dialog.reject()
    view.import_roster()
    wizard = view.import_wizard
    qtbot.waitUntil(wizard.isVisible, timeout=5000)
    assert not _unmarked(wizard), f"import wizard: buttons without a mnemonic: {_unmarked(wizard)}"
    from PySide6.QtWidgets import QAbstractItemView

    assert not any(v.tabKeyNavigation() for v in wizard.findChildren(QAbstractItemView)), "Tab leaves the wizard's tables"
    wizard.reject()


def test_the_shortcut_list_reads_plainly_in_chinese(qtbot, make_window, ctx):
    window = make_window(qtbot, ctx, "zh_CN")
    try:
        window.show_shortcuts()
        table = window.shortcuts_dialog.table
        rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
        assert rows.get("导入车商名录") == "Ctrl+I", f"labels without their (&I) marks: {rows}"
        assert not any("(" in what and ")" in what and len(what.split("(")[-1]) == 2 for what in rows), rows
        window.shortcuts_dialog.close()
    finally:
        window.close()
        make_window(qtbot, ctx, "en").close()
