"""Settings: who you are, the language, and the daily backup — and the daily backup itself."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel

from desktop.config import Settings
from desktop.services.backup import daily as auto_backup, create as backup
from desktop.ui.backup.create_action import auto_back_up


def open_settings(qtbot, window):
    window.open_settings()
    qtbot.waitUntil(lambda: window.findChild(QDialog, "settings_dialog") is not None, timeout=5000)
    return window.findChild(QDialog, "settings_dialog")


def test_settings_are_saved_and_the_new_name_stamps_changes(qtbot, window, tmp_path):
    dialog = open_settings(qtbot, window)
    database = dialog.findChild(QLabel, "database_label").text()
    assert database == str(backup.database_file(window.app.ctx)), "it says where the data lives"
    assert dialog.auto_backup_check.isChecked(), "the daily backup is on by default"
    dialog.auto_backup_check.setChecked(False)
    assert not dialog.backup_folder_edit.isEnabled() and not dialog.backup_keep_spin.isEnabled()
    dialog.auto_backup_check.setChecked(True)
    assert dialog.backup_folder_edit.isEnabled()
    dialog.profile_edit.setText("  李娜 ")
    dialog.backup_folder_edit.setText(str(tmp_path / "我的备份"))
    dialog.backup_keep_spin.setValue(3)
    dialog.accept()
    saved = Settings.load()
    assert (saved.profile_name, saved.backup_folder, saved.backup_keep, saved.auto_backup) == ("李娜", str(tmp_path / "我的备份"), 3, True)
    assert window.app.ctx.user == "李娜", "changes from now on are stamped with the new name"


def test_the_daily_backup_is_made_once_and_says_so(qtbot, window, tmp_path):
    settings = window.app.settings
    settings.backup_folder = str(tmp_path / "每日备份")
    auto_back_up(window)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Daily backup made: "), timeout=20000)
    made = list((tmp_path / "每日备份").glob("*-auto-*.sqlite3"))
    assert len(made) == 1 and str(made[0]) in window.statusBar().currentMessage()
    window.statusBar().clearMessage()
    auto_back_up(window)
    qtbot.wait(500)
    from desktop.ui.operations import wait_for_idle

    wait_for_idle()
    assert len(list((tmp_path / "每日备份").glob("*-auto-*.sqlite3"))) == 1, "not again on the same day"
    assert window.statusBar().currentMessage() == ""


def test_a_daily_backup_that_fails_says_why_in_the_status_bar(qtbot, window, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    window.app.settings.backup_folder = str(blocker / "backups")
    auto_back_up(window)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("The daily backup could not be made: "), timeout=20000)


def test_off_means_off(qtbot, window, tmp_path):
    window.app.settings.auto_backup = False
    window.app.settings.backup_folder = str(tmp_path / "off")
    auto_back_up(window)
    qtbot.wait(300)
    assert not (tmp_path / "off").exists()
    assert auto_backup.folder_of("") == auto_backup.default_folder()
