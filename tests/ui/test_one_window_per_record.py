"""One window per record: a record already open is brought forward, never opened a second time —
from the dealer list, the preparation workspace's missing items, the contract lists and the previews."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.services.dealers import files as dealers
from tests.services.negotiation_setup import make_dealer
from tests.ui.dossier.test_workspace import settle, show_section


def double_click(qtbot, view, pos) -> None:
    """What a real double-click sends: press, release, double-click, release."""
    qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=pos)
    qtbot.mouseDClick(view.viewport(), Qt.LeftButton, pos=pos)


def _open(kind: str) -> list:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.objectName() == kind]


def test_double_clicking_a_missing_item_opens_the_dealer_file_once(qtbot, make_window, ctx):
    dealer = make_dealer(ctx, complete=False, address="")
    window = make_window(qtbot, ctx)
    show_section(window, "dossier")
    view = window.sections["dossier"]
    view.reload()
    qtbot.waitUntil(lambda: len(view.rows) == 1, timeout=10000)
    with qtbot.waitSignal(view.loaded, timeout=20000):
        view.open_dealer(dealer.id)
    view.select_step(1)
    items = [view.missing_list.item(i) for i in range(view.missing_list.count())]
    item = next((it for it in items if it.data(Qt.UserRole) and it.data(Qt.UserRole)[2] == "address"), None)
    assert item is not None, f"step 1 names the missing address: {[i.text() for i in items]}"
    rect = view.missing_list.visualItemRect(item)
    double_click(qtbot, view.missing_list, rect.center())
    qtbot.waitUntil(lambda: len(_open("dealer_dialog")) >= 1, timeout=5000)
    qtbot.wait(100)
    assert len(_open("dealer_dialog")) == 1, "a double-click opens the dealer file once, not twice"
    first = view.last_dealer_dialog

    # the same dealer from the dealer list: the file already open comes forward
    dealers_view = window.sections["dealers"]
    with qtbot.waitSignal(dealers_view.loaded, timeout=20000):
        dealers_view.reload()
    dealers_view.table.selectRow(0)
    dealers_view.open_selected()
    assert dealers_view.last_dialog is first, "opening the open dealer file again brings that window forward"
    assert len(_open("dealer_dialog")) == 1, "still one window for the dealer"
    double_click(qtbot, view.missing_list, rect.center())
    assert len(_open("dealer_dialog")) == 1, "and again from the workspace"
    first.close()
    settle(qtbot)
    window.close()


def test_a_contract_and_its_preview_open_once(qtbot, demo_window, demo_ctx):
    show_section(demo_window, "contracts")
    view = demo_window.sections["contracts"]
    with qtbot.waitSignal(view.loaded, timeout=20000):
        view.reload()
    row = view.model.row_at(0)
    view.open_contract(row.id)
    first = view.last_dialog
    view.open_contract(row.id)
    assert view.last_dialog is first and len(_open("contract_dialog")) == 1, "the open contract comes forward"
    # from the dealer file's contract tab, the same window
    dealer_view = demo_window.sections["dealers"]
    dealer_view.table.selectRow(next(i for i in range(dealer_view.model.rowCount())
                                     if dealer_view.model.row_at(i).id == row.dealer_id))
    dealer_view.open_selected()
    panel = dealer_view.last_dialog.contracts_panel
    qtbot.waitUntil(lambda: any(r.id == row.id for r in panel.rows), timeout=20000)
    panel.open_row(next(i for i, r in enumerate(panel.rows) if r.id == row.id))
    assert panel.last_dialog is first and len(_open("contract_dialog")) == 1, "one window for the contract everywhere"
    first.close()
    dealer_view.last_dialog.close()

    from desktop.ui.printing import documents

    name = dealers.get(demo_ctx, row.dealer_id).display_name
    for _ in range(2):
        dealer_view.last_preview = None
        documents.show_dealer_card(dealer_view, dealer_view.app, row.dealer_id, name)
        qtbot.waitUntil(lambda: dealer_view.last_preview is not None, timeout=20000)
    assert len(_open("pdf_preview_dialog")) == 1, "the card's preview opens once and is redrawn"
    dealer_view.last_preview.close()
    settle(qtbot)
