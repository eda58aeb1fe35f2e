"""File ▸ Restore from backup…: what the backup holds, a confirmation, the restored data on screen."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.rules.dealers import records as r
from desktop.services.backup import create as backup
from desktop.services.dealers import files as dealers
from desktop.services.dealers import listing
from desktop.ui.toolkit import file_dialogs


def restore_action(window):
    action = next(a for a in window.file_menu.actions() if a.objectName() == "restore_action")
    assert action.text() == "&Restore from backup…"
    return action


def shown_names(qtbot, window, expected: int) -> list[str]:
    view = window.sections["dealers"]
    qtbot.waitUntil(lambda: view.model.rowCount() == expected, timeout=20000)
    return sorted(view.model.index(row, 0).data() for row in range(view.model.rowCount()))


@pytest.fixture
def kept(window, tmp_path):
    """A backup holding one dealer; the live database then gets a second one."""
    ctx = window.app.ctx
    dealers.save(ctx, r.Dealer(legal_name="备份里的汽车有限公司", city="杭州"))
    path = backup.backup(ctx, tmp_path / "kept.sqlite3").path
    dealers.save(ctx, r.Dealer(legal_name="备份之后的汽车有限公司", city="宁波"))
    return path


def confirm_box(qtbot, window) -> QMessageBox:
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "restore_confirm_box") is not None, timeout=20000)
    return window.findChild(QMessageBox, "restore_confirm_box")


def test_restore_shows_what_the_backup_holds_then_the_restored_dealers(qtbot, window, kept, tmp_path, monkeypatch):
    window.sections["dealers"].reload()
    assert shown_names(qtbot, window, 2) == ["备份之后的汽车有限公司", "备份里的汽车有限公司"]
    old_view = window.sections["dealers"]
    monkeypatch.setattr(file_dialogs, "open_file_name", lambda *a, **k: str(kept))
    restore_action(window).trigger()

    box = confirm_box(qtbot, window)
    assert box.text() == "Replace all the current data with this backup?"
    assert str(kept) in box.informativeText() and "Dealers: 1, contracts: 0" in box.informativeText(), box.informativeText()
    assert str(tmp_path) in box.informativeText(), "it says where the current data is saved first"
    assert box.defaultButton() is box.button(QMessageBox.Cancel), "Enter does not replace the data"
    restore_button = next(b for b in box.buttons() if b.text() == "Restore")
    restore_button.click()

    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "restore_done_box") is not None, timeout=30000)
    done = window.findChild(QMessageBox, "restore_done_box")
    assert done.text() == "The backup has been restored." and f"Backup: {kept}" in done.informativeText(), done.informativeText()
    assert window.sections["dealers"] is not old_view, "every section is built afresh on the restored data"
    assert shown_names(qtbot, window, 1) == ["备份里的汽车有限公司"]
    saved = sorted(tmp_path.glob("*.before-restore-*"))
    assert len(saved) == 1 and f"The data as it was before is kept in: {saved[0]}" in done.informativeText()
    done.accept()


def test_cancel_at_the_question_changes_nothing(qtbot, window, kept, tmp_path, monkeypatch):
    monkeypatch.setattr(file_dialogs, "open_file_name", lambda *a, **k: str(kept))
    results = []
    from desktop.ui.backup.restore_action import restore_from_backup

    restore_from_backup(window, on_done=results.append)
    box = confirm_box(qtbot, window)
    box.button(QMessageBox.Cancel).click()
    qtbot.waitUntil(lambda: results == [None], timeout=5000)
    assert len(listing.list_rows(window.app.ctx)) == 2
    assert not list(tmp_path.glob("*.before-restore-*")), "nothing was saved aside either"


def test_a_file_that_is_not_a_backup_is_named_in_the_message(qtbot, window, tmp_path, monkeypatch):
    roster = tmp_path / "车商名单.xlsx"
    roster.write_bytes(b"PK\x03\x04 not a database")
    monkeypatch.setattr(file_dialogs, "open_file_name", lambda *a, **k: str(roster))
    restore_action(window).trigger()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "error_message_box") is not None, timeout=20000)
    box = window.findChild(QMessageBox, "error_message_box")
    assert box.text() == f"{roster} is not a DealerDesk backup (not a database file)", box.text()
    box.accept()


def test_open_windows_are_closed_first(qtbot, window, kept, monkeypatch):
    told = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda _p, title, text, *a, **k: told.append(text)))
    monkeypatch.setattr(file_dialogs, "open_file_name", lambda *a, **k: pytest.fail("no file is asked for"))
    from desktop.ui.settings_dialog import SettingsDialog

    other = SettingsDialog(window.app, window)
    other.show()
    qtbot.waitExposed(other)
    try:
        restore_action(window).trigger()
        assert len(told) == 1 and "Close these windows before restoring" in told[0] and other.windowTitle() in told[0], told
    finally:
        other.close()
