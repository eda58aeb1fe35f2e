"""A colleague's change patches the open dealer list: only the dealers named are read again (never
every row — half a minute at 100,000 dealers), the row changes, a new dealer appears, a deleted one
goes, the current filter and sort still apply, and the selection stays on its dealer.

On SQLite there is no listener: the colleague writes through their own ServiceContext and the test
emits what ui.office.live emits for it — each change on ``bus.remote``, then one announcement."""

from __future__ import annotations

from dataclasses import replace

import pytest

from PySide6.QtCore import QItemSelectionModel

from desktop.rules.dealers.records import Dealer
from desktop.services.context import ServiceContext
from desktop.services.dealers import files as dealers
from desktop.services.dealers import listing
from desktop.ui.change_bus import Change
from desktop.ui.office.live import ColleagueChange


def _names(view) -> list[str]:
    return [view.model.row_at(r).legal_name for r in range(view.model.rowCount())]


def _colleague_changed(window, *changes: tuple[str, int]) -> None:
    """What the live listener emits for a colleague's saves: each change, then the announcement."""
    for table, dealer_id in changes:
        window.app.bus.remote.emit(ColleagueChange(table, str(dealer_id), dealer_id, "colleague", None, "U"))
    window.app.bus.announce(Change.DEALERS)


def test_a_colleagues_changes_patch_the_list_without_reading_every_row(qtbot, window, loaded, ctx, db_url, monkeypatch):
    a = dealers.save(ctx, Dealer(legal_name="杭州骏通丰田汽车销售服务有限公司", short_name="骏通丰田", city="杭州"))
    b = dealers.save(ctx, Dealer(legal_name="宁波远景本田汽车销售服务有限公司", short_name="远景本田", city="宁波"))
    c = dealers.save(ctx, Dealer(legal_name="杭州东方大众汽车销售服务有限公司", short_name="东方大众", city="杭州"))
    view = loaded(qtbot, window)
    assert sorted(_names(view)) == sorted([a.legal_name, b.legal_name, c.legal_name])
    view.search_edit.setText("杭州")  # the user's filter: only Hangzhou's dealers
    assert sorted(_names(view)) == sorted([a.legal_name, c.legal_name])
    row_c = _names(view).index(c.legal_name)
    view.table.selectionModel().select(view.model.index(row_c, 0),
                                       QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
    assert view.selected_ids() == [c.id]

    full_reads = []
    real_list_rows = listing.list_rows
    monkeypatch.setattr(listing, "list_rows", lambda *a, **k: full_reads.append(1) or real_list_rows(*a, **k))
    colleague = ServiceContext.open(db_url, "colleague", migrate=False)
    try:
        # A changed name; a new Hangzhou dealer; a new Ningbo one the filter hides; B deleted.
        dealers.save(colleague, replace(dealers.get(colleague, a.id), legal_name="杭州骏通丰田汽车有限公司"))
        d = dealers.save(colleague, Dealer(legal_name="杭州新到丰田汽车销售服务有限公司", short_name="新到丰田", city="杭州"))
        e = dealers.save(colleague, Dealer(legal_name="宁波新到丰田汽车销售服务有限公司", short_name="宁波新到", city="宁波"))
        dealers.delete_many(colleague, [b.id])
    finally:
        colleague.dispose()
    _colleague_changed(window, ("dealers", a.id), ("dealers", d.id), ("dealers", e.id), ("dealers", b.id))

    qtbot.waitUntil(lambda: sorted(_names(view)) == sorted(["杭州骏通丰田汽车有限公司", d.legal_name, c.legal_name]),
                    timeout=10000)
    assert full_reads == [], "only the changed dealers were read, not the whole list"
    assert view.model.total() == 4, "B is gone, D and E are in (E hidden by the filter)"
    assert view.selected_ids() == [c.id], "the selection stays on its dealer"
    assert view.count_label.text() == "3 of 4 dealers"

    view.search_edit.setText("宁波")  # the patched rows are searchable
    assert _names(view) == [e.legal_name]
    view.search_edit.setText("骏通丰田汽车有限")
    assert _names(view) == ["杭州骏通丰田汽车有限公司"]
    assert full_reads == []


def test_a_change_naming_no_dealer_or_many_reads_the_whole_list(qtbot, window, loaded, ctx, monkeypatch):
    dealers.save(ctx, Dealer(legal_name="杭州骏通丰田汽车销售服务有限公司", short_name="骏通丰田", city="杭州"))
    view = loaded(qtbot, window)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        window.app.bus.remote.emit(ColleagueChange("roster_imports", "7", None, "colleague", None, "I"))
        window.app.bus.announce(Change.DEALERS)
    with qtbot.waitSignal(view.loaded, timeout=10000):
        _colleague_changed(window, *[("dealers", 1000 + i) for i in range(60)])


def test_the_patch_keeps_the_sort_order(qtbot, window, loaded, ctx, db_url, monkeypatch):
    for name, sales in (("甲汽车有限公司", 300), ("乙汽车有限公司", 100), ("丙汽车有限公司", 200)):
        dealers.save(ctx, Dealer(legal_name=name, short_name=name[:2], city="杭州", annual_sales=sales))
    view = loaded(qtbot, window)
    from desktop.ui.dealers.table_model import SALES_COLUMN
    from PySide6.QtCore import Qt

    view.table.sortByColumn(SALES_COLUMN, Qt.AscendingOrder)
    assert _names(view) == ["乙汽车有限公司", "丙汽车有限公司", "甲汽车有限公司"]
    colleague = ServiceContext.open(db_url, "colleague", migrate=False)
    try:
        first = [row for row in listing.list_rows(colleague) if row.legal_name == "甲汽车有限公司"][0]
        dealers.save(colleague, replace(dealers.get(colleague, first.id), annual_sales=50))
    finally:
        colleague.dispose()
    monkeypatch.setattr(listing, "list_rows", lambda *a, **k: pytest.fail("the whole list was read again"))
    _colleague_changed(window, ("dealers", first.id))
    qtbot.waitUntil(lambda: _names(view) == ["甲汽车有限公司", "乙汽车有限公司", "丙汽车有限公司"], timeout=10000)
