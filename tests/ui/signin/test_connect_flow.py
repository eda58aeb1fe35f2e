"""From the embedded database to the office one and back, as a person does it: File ▸ Connect to office
database, the password remembered in the credential store (never in the settings file), signed in
again at the next start without typing, and back to the local database."""

from __future__ import annotations

import json
from types import SimpleNamespace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from desktop.config import Settings
from desktop.services.office.saved_passwords import SERVICE
from desktop.ui.signin.connect_dialog import ConnectDialog
from desktop.ui.operations import wait_for_idle
from tests.ui.office.fixtures import PASSWORD


def _sign_in(qtbot, window, office_db, login: str, remember: bool):
    window.office_menu.connect_office()
    dialog = window.office_menu.connect_dialog
    u = office_db.url
    dialog.host_edit.setText(u.host)
    dialog.port_spin.setValue(u.port)
    dialog.database_edit.setText(u.database)
    dialog.login_edit.setText(login)
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    dialog.remember_check.setChecked(remember)
    with qtbot.waitSignal(dialog.connected, timeout=30000):
        qtbot.mouseClick(dialog.connect_button, Qt.LeftButton)
    return dialog


def test_connect_remember_restart_and_back_to_local(qtbot, window, office_db, memory_keyring):
    settings = window.app.settings
    settings.profile_name = "tester"  # named at the first start on the embedded database
    _sign_in(qtbot, window, office_db, "oui_mgr", remember=True)
    assert window.app.office is not None and window.app.ctx.office, "the window now works on the office database"
    assert window.identity_label.text().startswith("王春梅 · Team manager · Team 杭州一组 · Office database "), \
        window.identity_label.text()
    assert window.office_menu.local_action.isEnabled()
    text = Settings.path().read_text(encoding="utf-8")
    assert PASSWORD not in text, "the password is never in the settings file"
    saved = json.loads(text)["office"]
    assert (saved["login"], saved["host"], saved["active"]) == ("oui_mgr", office_db.url.host, True)
    key = office_db.address("oui_mgr").key()
    assert memory_keyring.store[(SERVICE, key)] == PASSWORD, "kept by the credential store"

    # the next start: signed in again with the remembered password, nobody typing
    from desktop.ui.signin.start import open_at_start

    opened = open_at_start(SimpleNamespace(db=None), Settings.load())
    try:
        assert opened is not None and opened.office == office_db.address("oui_mgr") and opened.ctx.office
        assert opened.identity.login == "oui_mgr" and opened.identity.roles == ("team_manager",)
    finally:
        opened.ctx.dispose()

    window.office_menu.use_local()
    qtbot.waitUntil(lambda: window.app.office is None, timeout=20000)
    wait_for_idle()
    assert window.identity_label.text() == "tester · Local database"
    assert not window.app.ctx.office and Settings.load().office["active"] is False, "the next start opens the local database"
    assert settings.office["login"] == "oui_mgr", "the address stays for the next Connect"


def test_not_remembering_forgets_and_the_next_start_asks(qtbot, window, office_db, memory_keyring):
    memory_keyring.store[(SERVICE, office_db.address("oui_spec").key())] = "an old one"
    window.app.settings.profile_name = "tester"
    _sign_in(qtbot, window, office_db, "oui_spec", remember=False)
    assert memory_keyring.store == {}, "an earlier remembered password is removed"
    from desktop.ui.signin.start import open_at_start

    seen = {}

    def look_and_close() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ConnectDialog) and w.isVisible())
        seen.update(login=dialog.login_edit.text(), password=dialog.password_edit.text(), focus=dialog.password_edit.hasFocus())
        dialog.local_button.click()

    QTimer.singleShot(500, look_and_close)
    opened = open_at_start(SimpleNamespace(db=None), Settings.load())
    try:
        assert (seen["login"], seen["password"]) == ("oui_spec", ""), "asked again, the address filled in"
        assert opened is not None and opened.office is None, "Use the local database opens the embedded one"
        assert Settings.load().office["active"] is False
    finally:
        opened.ctx.dispose()


def test_a_credential_store_that_fails_is_said_and_nothing_else_breaks(qtbot, window, office_db, failing_keyring):
    _sign_in(qtbot, window, office_db, "oui_lead", remember=True)
    assert window.app.ctx.office
    assert "could not be kept in this computer's credential store" in window.statusBar().currentMessage()
    assert PASSWORD not in Settings.path().read_text(encoding="utf-8")
