"""Two people on one office database: a colleague's save reaches the other's open windows without a
click — the dealer list, and an open dealer file that says who changed it; the server going away
shows a banner, refuses writes with a message and nothing half-written, and coming back refreshes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.rules.dealers.records import Dealer
from desktop.services.dealers import files as dealers
from desktop.services.dealers import listing
from desktop.ui.operations import wait_for_idle
from tests.services.negotiation_setup import make_dealer
from tests.ui.office.tcp_proxy import Proxy


def _names(view) -> set[str]:
    return {view.model.row_at(r).legal_name for r in range(view.model.rowCount())}


def _listening(qtbot, window):
    qtbot.waitUntil(lambda: window.live.listener_state == "listening", timeout=20000)


def test_a_second_clients_list_shows_a_colleagues_new_dealer_without_a_click(qtbot, office_window, office_db):
    mine = office_window("oui_chan2")
    view = mine.show_section("dealers")
    with qtbot.waitSignal(view.loaded, timeout=20000):
        view.reload()
    _listening(qtbot, mine)
    assert "杭州新到丰田汽车销售服务有限公司" not in _names(view)
    colleague = office_db.ctx("oui_chan")
    with qtbot.waitSignal(view.loaded, timeout=20000):  # no click, no refresh: the notice brings it
        dealers.save(colleague, Dealer(legal_name="杭州新到丰田汽车销售服务有限公司", short_name="新到丰田", city="杭州"))
    assert "杭州新到丰田汽车销售服务有限公司" in _names(view), "the colleague's dealer is in the list"


def test_an_open_dealer_file_says_who_changed_it_and_reloads(qtbot, office_window, office_db):
    colleague = office_db.ctx("oui_chan")
    dealer = make_dealer(colleague)
    mine = office_window("oui_lead", "zh_CN")
    view = mine.show_section("dealers")
    with qtbot.waitSignal(view.loaded, timeout=20000):
        view.reload()
    _listening(qtbot, mine)
    view._open_dialog(dealer.id)
    dialog = view.last_dialog
    qtbot.waitUntil(lambda: dialog.ui.tabs.isEnabled(), timeout=20000)
    assert not dialog.changed_bar.isVisible()
    fresh = dealers.get(colleague, dealer.id)
    from dataclasses import replace

    dealers.save(colleague, replace(fresh, main_models="凯美瑞、汉兰达"))
    qtbot.waitUntil(lambda: dialog.changed_bar.isVisible(), timeout=5000)
    text = dialog.changed_bar.label.text()
    assert text.startswith("孙海燕 于 ") and text.endswith(" 修改了此车商"), text
    assert dialog.changed_bar.reload_button.text().startswith("重新加载"), "the bar offers 重新加载 (with its Alt-letter)"
    assert dialog.ui.main_models_edit.text() == "凯美瑞", "nothing changes under the user's hands by itself"
    qtbot.mouseClick(dialog.changed_bar.reload_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.ui.main_models_edit.text() == "凯美瑞、汉兰达", timeout=20000)
    assert not dialog.changed_bar.isVisible()
    dialog.close()


def test_my_own_save_raises_no_bar(qtbot, office_window, office_db):
    dealer = make_dealer(office_db.ctx("oui_chan"))
    mine = office_window("oui_chan")
    _listening(qtbot, mine)
    view = mine.show_section("dealers")
    view._open_dialog(dealer.id)
    dialog = view.last_dialog
    qtbot.waitUntil(lambda: dialog.ui.tabs.isEnabled(), timeout=20000)
    dialog.ui.main_models_edit.setText("凯美瑞、威兰达")
    with qtbot.waitSignal(dialog.saved, timeout=20000):
        dialog.save()
    qtbot.wait(800)  # the notice of this very save has come and gone
    assert not dialog.changed_bar.isVisible(), "one's own save is not a colleague's change"
    dialog.close()


@pytest.fixture
def proxy(office_db):
    relay = Proxy(office_db.url.host, office_db.url.port or 5432).start()
    yield relay
    relay.cut()


def test_a_lost_server_shows_a_banner_refuses_writes_and_comes_back(qtbot, office_window, office_db, proxy):
    from desktop.app import build_main_window
    from desktop.services.context import ServiceContext
    from desktop.services.office.identity import current_identity

    url = office_db.url.set(port=proxy.port, username="oui_chan", password=office_db.password)
    ctx = ServiceContext.open(url.render_as_string(hide_password=False), "", migrate=False)
    window = build_main_window(ctx, "en", identity=current_identity(ctx), office=office_db.address("oui_chan"))
    qtbot.addWidget(window)
    window.show()
    try:
        view = window.show_section("dealers")
        with qtbot.waitSignal(view.loaded, timeout=20000):
            view.reload()
        _listening(qtbot, window)
        assert not window.banner.isVisible()

        proxy.cut()
        qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=20000)
        assert window.banner.text().startswith("The connection to the office database is lost. Reconnecting by itself")
        before = len(listing.list_rows(office_db.ctx("oui_chan2")))
        view.new_dealer()
        dialog = view.last_dialog
        dialog.ui.legal_name_edit.setText("断线时录入的车商有限公司")
        dialog.save()
        qtbot.waitUntil(lambda: dialog.findChild(object, "error_message_box") is not None, timeout=20000)
        box = dialog.findChild(object, "error_message_box")
        assert box.text() == "The office database cannot be reached; nothing was saved. It reconnects by itself.", box.text()
        box.close()
        assert len(listing.list_rows(office_db.ctx("oui_chan2"))) == before, "nothing half-written"

        colleague = office_db.ctx("oui_chan2")
        dealers.save(colleague, Dealer(legal_name="断线期间同事新建的车商有限公司", city="杭州"))
        with qtbot.waitSignal(view.loaded, timeout=30000):  # back: every view reloads by itself
            proxy.restore()
        qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=10000)
        assert "断线期间同事新建的车商有限公司" in _names(view), "what changed meanwhile is shown"
        dialog.done(0)  # the unsaved new dealer is left behind on purpose
    finally:
        wait_for_idle()
        window.close()
        ctx.dispose()
