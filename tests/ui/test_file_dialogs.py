"""Browsing the database's folder in a file dialog keeps the app's SQLite locks.

Qt's stock dialog opened ``dealerdesk.sqlite3-shm`` to guess its type and closed it again, which
released every lock this process held on the -shm: another program could then reset the shared
memory the app was using. The app's dialogs (``ui.toolkit.file_dialogs``) list files by name only.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel

from desktop.services.backup import create as backup
from tests.persistence.lock_support import another_session, assert_locked, count_elsewhere, others_can_lock

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux") or not Path("/proc/locks").exists(),
                                reason="POSIX lock behaviour checked through Linux /proc/locks")


def _browse_in_the_open_dialog(qtbot, folder: Path, seen: dict):
    """Runs inside the modal dialog's event loop: go to ``folder`` as a user would, let it list, note the locks."""
    def browse():
        dialog = QApplication.activeModalWidget()
        try:
            assert isinstance(dialog, QFileDialog), f"a file dialog is open: {dialog!r}"
            model = dialog.findChild(QFileSystemModel)
            dialog.selectNameFilter("All files (*)")  # looking for a backup with an unusual name
            with qtbot.waitSignal(model.directoryLoaded, timeout=20000,
                                  check_params_cb=lambda loaded: Path(loaded) == folder):
                dialog.setDirectory(str(folder))
            root = model.index(str(folder))

            def listed() -> list[str]:
                return [model.fileName(model.index(i, 0, root)) for i in range(model.rowCount(root))]

            qtbot.waitUntil(lambda: "dealerdesk.sqlite3-shm" in listed(), timeout=20000)
            seen["listed"] = listed()
            seen["locks"] = others_can_lock(folder / "dealerdesk.sqlite3")
        finally:
            dialog.reject()
    QTimer.singleShot(0, browse)


@linux_only
def test_browsing_the_database_folder_in_the_restore_dialog_keeps_the_locks(qtbot, window, db_url):
    db = backup.database_file(window.app.ctx)
    assert Path(f"{db}-shm").exists() and Path(f"{db}-wal").exists()
    assert others_can_lock(db) == {"db": False, "shm": False}, "the open app holds its locks to begin with"
    seen: dict = {}
    _browse_in_the_open_dialog(qtbot, db.parent, seen)
    action = next(a for a in window.file_menu.actions() if a.objectName() == "restore_action")
    action.trigger()  # the real File ▸ Restore dialog, cancelled after browsing
    assert {"dealerdesk.sqlite3", "dealerdesk.sqlite3-shm", "dealerdesk.sqlite3-wal"} <= set(seen.get("listed", [])), (
        f"the dialog listed the database folder: {seen}")
    assert seen["locks"] == {"db": False, "shm": False}, f"browsing released the app's SQLite locks: {seen['locks']}"
    another_session(db)
    assert Path(f"{db}-shm").exists(), "another program's session must not remove the -shm the app is using"
    from desktop.rules.dealers import records as r
    from desktop.services.dealers import files as dealers

    dealers.save(window.app.ctx, r.Dealer(legal_name="浏览之后保存的车商有限公司"))
    assert count_elsewhere(db) == 1, "the dealer saved after browsing is there for everybody"
    assert_locked(db, "after browsing and saving")


def test_every_window_asks_for_files_through_the_safe_dialogs():
    """Qt's static QFileDialog.get* functions build a dialog that reads the files it lists."""
    root = Path(__file__).resolve().parents[2] / "desktop" / "ui"
    offenders = []
    for path in root.rglob("*.py"):
        if path.name == "file_dialogs.py" or "generated" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "QFileDialog" \
                    and node.attr.startswith("get"):
                offenders.append(f"{path.relative_to(root)}:{node.lineno} QFileDialog.{node.attr}")
    assert not offenders, f"ask through desktop.ui.toolkit.file_dialogs instead: {offenders}"


def test_saving_a_pdf_over_the_open_database_is_refused_and_the_database_stays(qtbot, window, tmp_path, monkeypatch):
    """Save PDF… with the database picked as the target used to copy the PDF over it."""
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui.toolkit import file_dialogs
    from desktop.ui.printing.pdf_preview import PdfPreviewDialog
    from tests.ui.printing.test_pdf_preview import sample_pdf

    db = backup.database_file(window.app.ctx)
    pdf = sample_pdf(tmp_path / "card.pdf", 1, "card")
    dialog = PdfPreviewDialog(pdf, "Card", window)
    qtbot.addWidget(dialog)
    dialog.show()
    for target in (db, Path(f"{db}-wal")):
        monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a, target=target, **k: str(target))
        dialog.save_as()
        qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "error_message_box") is not None, timeout=20000)
        box = dialog.findChild(QMessageBox, "error_message_box")
        assert str(target) in box.text() and "is the database DealerDesk has open" in box.text(), box.text()
        box.setObjectName("answered")
        box.close()
        # read in another process: reading it here would itself release this process's locks
        assert count_elsewhere(db, "SELECT COUNT(*) FROM alembic_version") == 1, "the database was not overwritten"
    if sys.platform.startswith("linux"):
        assert_locked(db, "after refusing to save over it")
