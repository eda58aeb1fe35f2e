"""Signing in, as a person does it: the first start's name, the Connect dialog's failures in words,
its busy state while a server keeps it waiting, and the remembered password."""

from __future__ import annotations

import socket
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.config import Settings
from desktop.services.office.signin import OfficeAddress
from desktop.ui.signin.connect_dialog import ConnectDialog

LOGIN, PASSWORD = "oui_wang", "Wang-2026!pw"


@pytest.fixture
def server_with_login(private_pg):
    private_pg.psql(f"DROP ROLE IF EXISTS {LOGIN}; CREATE ROLE {LOGIN} LOGIN PASSWORD '{PASSWORD}'")
    private_pg.psql("SELECT 1")
    return private_pg


def _type_in(qtbot, dialog: ConnectDialog, host="127.0.0.1", port=5432, database="postgres", login=LOGIN, password=""):
    for edit, value in ((dialog.host_edit, host), (dialog.database_edit, database), (dialog.login_edit, login),
                        (dialog.password_edit, password)):
        edit.clear()
        qtbot.keyClicks(edit, value)
    dialog.port_spin.setValue(port)


def test_first_start_asks_the_name_and_changes_carry_it(qtbot, app_en):
    from desktop.rules.dealers.records import Dealer
    from desktop.services.dealers import files as dealers
    from desktop.ui.signin.first_start import NameDialog
    from desktop.ui.signin.start import open_local

    settings = Settings()
    seen = {}

    def answer() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, NameDialog) and w.isVisible())
        seen["ok_before"] = dialog.ok_button.isEnabled()
        dialog.name_edit.insert("王春梅")  # typed through an input method: one commit of the whole word
        seen["ok_after"] = dialog.ok_button.isEnabled()
        dialog.ok_button.click()

    QTimer.singleShot(200, answer)
    opened = open_local(settings)
    try:
        assert seen == {"ok_before": False, "ok_after": True}, "Start is offered once a name is typed"
        assert Settings.load().profile_name == "王春梅", "the name is kept for the next start"
        assert opened.ctx.user == "王春梅" and opened.identity.name == "王春梅"
        saved = dealers.save(opened.ctx, Dealer(legal_name="杭州测试汽车销售服务有限公司", city="杭州"))
        assert saved.audit.created_by == "王春梅", "records carry the person's name, not the computer's login"
    finally:
        opened.ctx.dispose()


def test_closing_the_name_dialog_does_not_start(qtbot, app_en):
    from desktop.ui.signin.first_start import NameDialog
    from desktop.ui.signin.start import open_local

    def close() -> None:
        next(w for w in QApplication.topLevelWidgets() if isinstance(w, NameDialog) and w.isVisible()).reject()

    QTimer.singleShot(200, close)
    assert open_local(Settings()) is None, "no name, no start"
    assert Settings.load().profile_name == "", "nothing saved"


def test_a_wrong_password_is_said_so_and_the_password_selected(qtbot, app_en, server_with_login):
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    _type_in(qtbot, dialog, port=server_with_login.port, password="not-it")
    with qtbot.waitSignal(dialog.failed, timeout=20000) as failed:
        qtbot.mouseClick(dialog.connect_button, _left())
    assert failed.args[0].startswith("The login or password is not right."), failed.args[0]
    assert "authentication" not in failed.args[0] and "FATAL" not in failed.args[0], "never the driver's text"
    assert dialog.message_label.text() == failed.args[0], "shown in the dialog"
    assert dialog.password_edit.selectedText() == "not-it", "the password is selected, ready to be typed again"
    assert dialog.session is None and dialog.isVisible(), "still open, nothing signed in"


def test_required_fields_and_a_missing_ca_file_are_named(qtbot, app_en, tmp_path):
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ca_file_edit.setText(str(tmp_path / "missing.crt"))
    qtbot.mouseClick(dialog.connect_button, _left())
    assert dialog.errors.message_for("host_edit") == "Required."
    assert dialog.errors.message_for("login_edit") == "Required."
    assert dialog.errors.message_for("ca_file_row") == "No such file."
    assert not dialog.busy_bar.isVisible(), "nothing was tried"


def test_while_a_server_keeps_it_waiting_the_dialog_is_busy_then_says_unreachable(qtbot, app_en):
    """A 'server' that accepts and never answers, then goes away: busy while waiting, then a clear sentence."""
    hole = socket.socket()
    hole.bind(("127.0.0.1", 0))
    hole.listen(4)
    accepted: list[socket.socket] = []
    threading.Thread(target=lambda: accepted.append(hole.accept()[0]), daemon=True).start()
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    _type_in(qtbot, dialog, port=hole.getsockname()[1], password="x")
    qtbot.mouseClick(dialog.connect_button, _left())
    qtbot.waitUntil(lambda: bool(accepted), timeout=10000)
    assert dialog.busy_bar.isVisible() and not dialog.connect_button.isEnabled() and not dialog.host_edit.isEnabled(), \
        "busy while connecting; the window still paints"
    assert dialog.message_label.text() == f"Connecting to postgres@127.0.0.1:{hole.getsockname()[1]}…"
    with qtbot.waitSignal(dialog.failed, timeout=20000) as failed:
        accepted[0].close()
        hole.close()
    assert failed.args[0].startswith("The server cannot be reached."), failed.args[0]
    assert dialog.connect_button.isEnabled() and not dialog.busy_bar.isVisible()


def test_the_address_comes_back_filled_in(qtbot, app_en):
    dialog = ConnectDialog(OfficeAddress("db.branch.local", 5433, "branch", "wangcm", "/etc/ca.crt"))
    qtbot.addWidget(dialog)
    assert (dialog.host_edit.text(), dialog.port_spin.value(), dialog.database_edit.text(), dialog.login_edit.text(),
            dialog.ca_file_edit.text()) == ("db.branch.local", 5433, "branch", "wangcm", "/etc/ca.crt")
    assert dialog.password_edit.text() == "" and dialog.password_edit.echoMode() == dialog.password_edit.EchoMode.Password


def _left():
    from PySide6.QtCore import Qt

    return Qt.LeftButton
