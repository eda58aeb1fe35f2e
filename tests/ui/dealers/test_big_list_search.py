"""The dealer list's search on a big list (issue 15): the first screenful at once, the rest in slices.

From ASYNC_FROM rows on (100,000 dealers in real life) a keystroke is scanned on the GUI thread in C,
in the order shown: the first FIRST matches are on screen before the key's event returns, the rest
are found slice by slice between events; the facets and the sort (a Python call per row) are pooled
on a worker. Here the thresholds are lowered onto the 120-dealer demo so every path runs, and every
answer is compared with the service's own search (the truth).
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from desktop.services.dealers import listing
from desktop.ui.dealers import list_scan
from desktop.ui.dealers import table_model as dealer_table
from tests.ui.typing import type_text


@pytest.fixture
def view(demo_window, monkeypatch):
    monkeypatch.setattr(dealer_table, "ASYNC_FROM", 10)
    monkeypatch.setattr(list_scan, "FIRST", 5)
    monkeypatch.setattr(list_scan, "SLICE", 7)
    monkeypatch.setattr(list_scan, "FIRST_SLICE", 3)
    monkeypatch.setattr(list_scan, "WHOLE_BUDGET_S", 0.0)  # never the whole answer at once …
    monkeypatch.setattr(list_scan, "FIRST_BUDGET_S", 60.0)  # … but the first screenful, by count, not by time
    return demo_window.sections["dealers"]


def shown_ids(view) -> list[int]:
    return [view.model.row_at(i).id for i in range(view.model.rowCount())]


def expected(ctx, text: str, city: str = "") -> list[int]:
    return [r.id for r in listing.search(ctx, listing.DealerFilter(text=text, city=city))]


def settled(qtbot, view) -> None:
    qtbot.waitUntil(lambda: not view.model._more.isActive() and "…" not in view.count_label.text(), timeout=10000)


def test_the_first_screenful_is_shown_at_once_and_the_rest_follows(qtbot, view, demo_ctx):
    want = expected(demo_ctx, "h")
    assert len(want) > 3 * list_scan.FIRST, "the demo has many dealers with an h: the search takes slices"
    view.search_edit.setFocus()
    qtbot.keyClick(view.search_edit, "h")
    first = shown_ids(view)  # no waiting: what the screen shows when the key has been handled
    assert len(first) >= list_scan.FIRST and first == want[:len(first)], \
        "the first rows of the answer, in order, are on screen before the key's event returns"
    assert len(first) < len(want) and "…" in view.count_label.text(), \
        f"the rest is still being found, and the count says so: {view.count_label.text()}"
    settled(qtbot, view)
    assert shown_ids(view) == want, "then every matching dealer, in row order"
    assert f"{len(want)} of" in view.count_label.text(), f"and the final count: {view.count_label.text()}"

    view.search_edit.clear()
    qtbot.keyClick(view.search_edit, "h")
    assert view.model.visible_ids() == want, "the dealers shown, asked for (export), are never a partial answer"


def test_typing_on_narrows_to_the_rows_of_a_fresh_search_and_deleting_widens_again(qtbot, view, demo_ctx, monkeypatch):
    pools = []
    real = list_scan.Scan.__init__

    def spy(self, index, words, pool, key):
        pools.append((tuple(words), len(pool)))
        real(self, index, words, pool, key)

    monkeypatch.setattr(list_scan.Scan, "__init__", spy)
    view.search_edit.setFocus()
    qtbot.keyClicks(view.search_edit, "hz")  # typed fast: "z" narrows a search still under way
    settled(qtbot, view)
    assert shown_ids(view) == expected(demo_ctx, "hz"), "narrowing a half-done search gives the whole answer"
    qtbot.keyClicks(view.search_edit, "j")
    settled(qtbot, view)
    assert shown_ids(view) == expected(demo_ctx, "hzj"), "typing on: the same rows as a fresh search"
    assert pools[-1] == (("hzj",), len(expected(demo_ctx, "hz"))), \
        f"'hzj' scanned only the rows 'hz' kept, not every dealer: {pools[-1]}"
    for text in ("hz", "h", ""):  # deleting characters widens again
        qtbot.keyClick(view.search_edit, Qt.Key_Backspace)
        settled(qtbot, view)
        assert shown_ids(view) == (expected(demo_ctx, text) if text else [r.id for r in listing.list_rows(demo_ctx)]), \
            f"after deleting back to {text!r}: the rows of a fresh search"
    type_text(qtbot, view.search_edit, "丰田 w")  # a second word, narrowing the first's rows
    settled(qtbot, view)
    assert shown_ids(view) == expected(demo_ctx, "丰田 w"), "two words: every dealer matching both"
    assert view.count_label.text().startswith(str(len(expected(demo_ctx, "丰田 w")))), view.count_label.text()


def test_facets_and_sort_are_pooled_on_a_worker_and_keystrokes_scan_in_their_order(qtbot, view, demo_ctx, monkeypatch):
    on_gui = []
    real = dealer_table.base_rows

    def spy(*args):
        on_gui.append(threading.current_thread() is threading.main_thread())
        return real(*args)

    monkeypatch.setattr(dealer_table, "base_rows", spy)
    rows = {r.id: r for r in listing.list_rows(demo_ctx)}
    view.city_combo.setCurrentIndex(view.city_combo.findData("杭州"))
    qtbot.waitUntil(lambda: shown_ids(view) == expected(demo_ctx, "", "杭州"), timeout=10000)
    view.table.sortByColumn(dealer_table.COLUMNS.index("annual_sales"), Qt.DescendingOrder)

    def by_sales(ids):
        return sorted(ids, key=lambda i: (rows[i].annual_sales is None, -(rows[i].annual_sales or 0)))

    want = by_sales(expected(demo_ctx, "", "杭州"))
    qtbot.waitUntil(lambda: [rows[i].annual_sales for i in shown_ids(view)] == [rows[i].annual_sales for i in want],
                    timeout=10000)
    view.search_edit.setFocus()
    qtbot.keyClick(view.search_edit, "h")  # scans the sorted pool: the first rows are the sorted answer's first
    want = [rows[i].annual_sales for i in by_sales(expected(demo_ctx, "h", "杭州"))]
    first = [rows[i].annual_sales for i in shown_ids(view)]
    assert first and first == want[:len(first)], "the first screenful is already in the sort's order"
    settled(qtbot, view)
    assert [rows[i].annual_sales for i in shown_ids(view)] == want, "and so is the whole answer"
    assert on_gui and not any(on_gui), "the facets' and the sort's pools of the big list were made on a worker"


def test_the_selected_dealer_stays_selected_while_typing(qtbot, view, demo_ctx):
    target = expected(demo_ctx, "hzj")[0]
    view.table.selectRow(view.model.row_of_id(target))
    assert view.selected_ids() == [target]
    view.search_edit.setFocus()
    for ch in "hzj":
        qtbot.keyClick(view.search_edit, ch)
        assert view.selected_ids() == [target], f"after typing {ch!r} the dealer is still selected"
    settled(qtbot, view)
    assert view.selected_ids() == [target]
    assert view.model.row_at(view.table.currentIndex().row()).id == target, "and is the current row ('Open' opens it)"
