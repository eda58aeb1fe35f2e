"""File ▸ Back up database…: pick a file, copy the embedded database there on a worker with progress
and cancel, then say where it went (with a button to open the folder); and the daily automatic copy
shortly after start-up. GUI thread; the copying is ``services.backup.create`` / ``services.backup.daily``."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.i18n import t
from desktop.services.backup import daily as auto_backup, create as backup
from desktop.ui.toolkit.errors import message_for, show_error
from desktop.ui.toolkit.layout_memory import window_state
from desktop.ui.operations import QueryOp

FOLDER_KEY = "backup/folder"
log = logging.getLogger("dealerdesk.backup")


def default_target() -> str:
    """A dated file name in the folder used last time (else Documents)."""
    folder = window_state().value(FOLDER_KEY) or QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation)
    return str(Path(folder) / backup.suggested_name(prefix=QCoreApplication.translate("Backup", "DealerDesk-backup")))


def back_up(window: QWidget, ctx, lang: str, path: str | None = None, on_done=None) -> None:
    """Ask where (unless ``path`` is given) and back up; ``on_done(result or None)`` afterwards (tests)."""
    if backup.database_file(ctx) is None:
        QMessageBox.information(window, QCoreApplication.translate("Backup", "Back up database"), t("backup.server", lang))
        return
    if path is None:
        path, _f = QFileDialog.getSaveFileName(window, QCoreApplication.translate("Backup", "Back up database"), default_target(),
                                               QCoreApplication.translate("Backup", "DealerDesk database (*.sqlite3)"))
        if not path:
            return
    window_state().setValue(FOLDER_KEY, str(Path(path).parent))

    def done(result: backup.BackupResult) -> None:
        _tell(window, result, lang)
        if on_done is not None:
            on_done(result)

    def failed(err: BaseException) -> None:
        if isinstance(err, backup.BackupCancelled):
            window.statusBar().showMessage(QCoreApplication.translate("Backup", "Backup cancelled; nothing was written."), 8000)
        else:
            show_error(window, err, QCoreApplication.translate("Backup", "Back up database"))
        if on_done is not None:
            on_done(None)

    QueryOp(window, lambda progress: backup.backup(ctx, path, lambda d, n: progress.report(d, n)), done) \
        .failure(failed).with_progress(QCoreApplication.translate("Backup", "Backing up the database…")).run()


def _tell(window: QWidget, result: backup.BackupResult, lang: str) -> None:
    done_box(window, "backup_done_box", QCoreApplication.translate("Backup", "Back up database"),
             t("backup.done", lang, path=str(result.path), size=backup.size_text(result.size)),
             QCoreApplication.translate("Backup", "Everything is in this one file, contract scans included. Keep it somewhere safe, "
                                        "away from this computer."),
             result.path.parent, QCoreApplication.translate("Backup", "Open folder"))


def done_box(window: QWidget, name: str, title: str, text: str, details: str, folder: Path, open_text: str,
             style: str = "") -> QMessageBox:
    """The information box that ends a backup or a restore, with a button that opens ``folder``."""
    box = QMessageBox(QMessageBox.Information, title, text, QMessageBox.Ok, window)
    box.setObjectName(name)
    if style:
        box.setStyleSheet(style)
    box.setInformativeText(details)
    opener = box.addButton(open_text, QMessageBox.ActionRole)
    opener.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
    box.open()
    return box


AUTO_BACKUP_DELAY_MS = 5000  # after start-up has settled, so the first screen loads at full speed


def auto_back_up(window) -> None:
    """The daily copy (services.backup.daily), on a worker; a line in the status bar says what happened."""
    settings, ctx = window.app.settings, window.app.ctx
    if not settings.auto_backup or backup.database_file(ctx) is None:
        return
    folder, keep = auto_backup.folder_of(settings.backup_folder), settings.backup_keep

    def work():
        return auto_backup.run(ctx, folder, keep) if auto_backup.due(ctx, folder) else None

    def done(result) -> None:
        if result is not None:
            window.statusBar().showMessage(QCoreApplication.translate("Backup", "Daily backup made: {0}").format(result.path), 10000)

    def failed(err: BaseException) -> None:
        log.warning("daily backup failed", exc_info=(type(err), err, err.__traceback__))
        window.statusBar().showMessage(QCoreApplication.translate("Backup", "The daily backup could not be made: {0}")
                                       .format(message_for(err)), 60000)

    QueryOp(window, work, done).failure(failed).run()
