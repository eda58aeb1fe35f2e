"""The dealer file's contracts, scorecard and history tabs are built when first shown (issue 15: every
tab built eagerly made opening a file one long GUI-thread stall) — and a user switching to one finds
its content there, loaded, with the keyboard helpers the rest of the file has."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QWidget

from desktop.services.contracts import drafts as contracts
from desktop.services.demo.territory import TODAY
from desktop.ui.dealers.dialog import DealerDialog
from desktop.ui.operations import wait_for_idle


@pytest.fixture
def opened(qtbot, demo_ctx, make_window):
    win = make_window(qtbot, demo_ctx)
    dealer_id = next(r.dealer_id for r in contracts.list_rows(demo_ctx, TODAY))
    yield win, dealer_id
    wait_for_idle()
    win.close()


def _tab(tabs, title: str) -> int:
    return next(i for i in range(tabs.count()) if tabs.tabText(i) == title)


def test_the_late_tabs_are_not_built_with_the_file_and_are_there_when_switched_to(qtbot, opened, demo_ctx):
    win, dealer_id = opened
    dialog = DealerDialog(win.app, dealer_id, win)
    tabs = dialog.ui.tabs
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert titles[-3:] == ["Contracts", "Scorecard", "Change history"], f"every tab's title at once: {titles}"
    for name in ("dealer_contracts_panel", "dealer_scorecard_panel", "history_panel"):
        assert dialog.findChild(QWidget, name) is None, f"{name} built with the file, before it was shown"
    dialog.show()
    qtbot.waitUntil(lambda: tabs.isEnabled(), timeout=20000)

    at = _tab(tabs, "Contracts")
    qtbot.mouseClick(tabs.tabBar(), Qt.LeftButton, pos=tabs.tabBar().tabRect(at).center())
    page = tabs.currentWidget()  # at once: the click's own turn of the event loop built it
    assert page.objectName() == "dealer_contracts_panel" and tabs.currentIndex() == at, \
        f"the Contracts tab shows its panel when switched to: {page.objectName()!r} at {tabs.currentIndex()}"
    assert tabs.tabText(at) == "Contracts" and page.isVisible(), "in the same place, under the same title"
    mine = contracts.list_rows(demo_ctx, TODAY, dealer_id=dealer_id)
    qtbot.waitUntil(lambda: page.table.rowCount() == len(mine) >= 1, timeout=20000)
    assert page.table.item(0, 0).text() == mine[0].number, "its contracts listed"
    assert "&" in page.new_button.text(), f"a late tab's buttons get an Alt-letter too: {page.new_button.text()!r}"
    assert not page.table.tabKeyNavigation(), "and Tab leaves its table"
    def letter(button) -> str:
        text = button.text()
        return text[text.index("&") + 1].upper() if "&" in text else ""

    always = {letter(b) for b in dialog.findChildren(type(page.new_button)) if not tabs.isAncestorOf(b)} - {""}
    late = {letter(b) for b in page.findChildren(type(page.new_button))}
    assert always and not late & always, f"the late tab takes no letter of the buttons always on screen: {late} / {always}"

    at = _tab(tabs, "Change history")
    qtbot.mouseClick(tabs.tabBar(), Qt.LeftButton, pos=tabs.tabBar().tabRect(at).center())
    history = tabs.currentWidget()
    assert history.objectName() == "history_panel", f"the history tab shows its panel: {history.objectName()!r}"
    qtbot.waitUntil(lambda: history.tree.topLevelItemCount() > 0, timeout=20000)
    dialog.close()


def test_the_late_tabs_are_built_soon_after_the_file_has_painted(qtbot, opened):
    win, dealer_id = opened
    dialog = DealerDialog(win.app, dealer_id, win)
    dialog.show()
    qtbot.waitUntil(lambda: all(dialog.lazy_tabs.is_built(n) for n in ("contracts", "scorecard", "history")), timeout=20000)
    tabs = dialog.ui.tabs
    assert tabs.currentIndex() == 0, "building them in the background leaves the user on the first tab"
    assert tabs.widget(_tab(tabs, "Scorecard")).objectName() == "dealer_scorecard_panel", "the scorecard in its place"
    assert all(not v.tabKeyNavigation() for v in dialog.findChildren(QAbstractItemView)), "every table lets Tab leave"
    dialog.close()
