"""用户与权限, as an administrator uses it on the real office database: add a user (the password typed
twice), change roles and team, disable; and how it looks to someone who is not an administrator."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.services.office import users


def _open_users(qtbot, window):
    action = window.office_menu.users_action
    assert action.isEnabled(), "an administrator may manage users"
    action.trigger()
    dialog = window.office_menu.users_window
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=20000)
    return dialog


def _row_of(dialog, login: str) -> int:
    return next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == login)


def _save(qtbot, dialog, user_dialog):
    with qtbot.waitSignal(dialog.loaded, timeout=20000):
        qtbot.mouseClick(user_dialog.buttons.button(QDialogButtonBox.Save), Qt.LeftButton)


def test_an_administrator_adds_a_user_with_the_password_twice_changes_and_disables_them(qtbot, office_window, office_db):
    newbie = office_db.new_login("oui_new")
    window = office_window("oui_admin")
    dialog = _open_users(qtbot, window)
    assert dialog.table.item(_row_of(dialog, "oui_mgr"), 2).text() == "Team manager"
    assert dialog.table.item(_row_of(dialog, "oui_chan"), 3).text() == "(whole branch)"

    qtbot.mouseClick(dialog.add_button, Qt.LeftButton)
    add = dialog.dialog
    qtbot.keyClicks(add.login_edit, newbie)
    add.name_edit.setText("李新")
    add.team_edit.setText("杭州二组")
    add.role_checks["specialist"].setChecked(True)
    qtbot.keyClicks(add.password_edit, "Newbie-2026!pw")
    qtbot.keyClicks(add.again_edit, "Newbie-2026!px")
    qtbot.mouseClick(add.buttons.button(QDialogButtonBox.Save), Qt.LeftButton)
    assert add.isVisible() and add.errors.message_for("again_edit") == "The two passwords differ", "the mistake is named"
    add.again_edit.clear()
    qtbot.keyClicks(add.again_edit, "Newbie-2026!pw")
    _save(qtbot, dialog, add)
    row = _row_of(dialog, newbie)
    assert [dialog.table.item(row, c).text() for c in range(5)] == [newbie, "李新", "Channel specialist", "杭州二组", "Active"]
    assert dialog.status_label.text() == f"User {newbie} added"

    from desktop.services.context import ServiceContext

    signed = ServiceContext.open(office_db.url.set(username=newbie, password="Newbie-2026!pw")
                                 .render_as_string(hide_password=False), "", migrate=False)
    try:
        assert signed.office and signed.user == newbie, "the new person can sign in"
    finally:
        signed.dispose()

    dialog.table.selectRow(row)
    qtbot.mouseClick(dialog.edit_button, Qt.LeftButton)
    edit = dialog.dialog
    assert edit.login_edit.isReadOnly() and not edit.password_edit.isVisible()
    edit.role_checks["team_manager"].setChecked(True)
    edit.team_edit.setText("杭州一组")
    _save(qtbot, dialog, edit)
    row = _row_of(dialog, newbie)
    assert dialog.table.item(row, 2).text() == "Channel specialist, Team manager"
    assert dialog.table.item(row, 3).text() == "杭州一组"

    dialog.table.selectRow(row)
    assert dialog.enable_button.text() == "&Disable"
    with qtbot.waitSignal(dialog.loaded, timeout=20000):
        qtbot.mouseClick(dialog.enable_button, Qt.LeftButton)
    row = _row_of(dialog, newbie)
    assert dialog.table.item(row, 4).text() == "Disabled"
    owner = office_db.owner()
    assert not users.get_user(owner, newbie).can_login, "the database no longer lets the login in"
    dialog.table.selectRow(_row_of(dialog, "oui_admin"))
    assert not dialog.enable_button.isEnabled(), "nobody disables their own login"
    dialog.close()


def test_users_and_permissions_is_for_administrators_only(qtbot, office_window):
    window = office_window("oui_mgr", "zh_CN")
    action = window.office_menu.users_action
    assert not action.isEnabled()
    assert action.toolTip() == "管理用户与权限：仅系统管理员可以操作。", action.toolTip()


def test_on_the_local_database_there_are_no_users_to_manage(qtbot, window):
    action = window.office_menu.users_action
    assert not action.isEnabled()
    assert action.toolTip() == "Users and roles live in an office database; connect to one first."
    assert window.identity_label.text() == "tester · Local database"
