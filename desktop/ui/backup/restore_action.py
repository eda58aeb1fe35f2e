"""File ▸ Restore from backup…: pick a backup, see what it holds, confirm, restore on a worker with
progress and cancel, then show the restored data (every section rebuilt) and where the data as it
was before went. GUI thread; the work is ``services.backup.restore``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from desktop.i18n import t
from desktop.services.backup import create as backup, restore
from desktop.ui.backup.create_action import FOLDER_KEY, done_box
from desktop.ui.toolkit.errors import show_error
from desktop.ui.toolkit.layout_memory import window_state
from desktop.ui.operations import CollectionOp, QueryOp

# Paths are long: give the message boxes' text room instead of wrapping every few words.
WIDE_TEXT = "QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel { min-width: 460px; }"


def title() -> str:
    return QCoreApplication.translate("Restore", "Restore from backup")


def other_windows(window: QWidget) -> list[QWidget]:
    """Open windows besides the main one (dealer files, contracts, previews…): they hold data a restore replaces."""
    found = []
    for widget in QApplication.topLevelWidgets():
        if widget is window or not widget.isVisible() or not widget.isWindow():
            continue
        if widget.windowType() in (Qt.Window, Qt.Dialog, Qt.Sheet):
            found.append(widget)
    return found


def restore_from_backup(window, path: str | None = None, on_done=None) -> None:
    """Ask for a backup (unless ``path``), check it, confirm, restore; ``on_done(result or None)`` afterwards (tests)."""
    ctx, lang = window.app.ctx, window.app.lang
    finish = on_done or (lambda _result: None)
    if backup.database_file(ctx) is None:
        QMessageBox.information(window, title(), t("restore.server", lang))
        return finish(None)
    others = other_windows(window)
    if others:
        names = "\n".join(f" • {w.windowTitle() or w.objectName()}" for w in others)
        QMessageBox.information(window, title(), QCoreApplication.translate(
            "Restore", "Close these windows before restoring, so that nothing in them is saved over the restored data:\n{0}")
            .format(names))
        return finish(None)
    if path is None:
        folder = window_state().value(FOLDER_KEY) or ""
        path, _f = QFileDialog.getOpenFileName(window, title(), folder, QCoreApplication.translate(
            "Restore", "DealerDesk database (*.sqlite3 *.db);;All files (*)"))
        if not path:
            return finish(None)

    def failed(err: BaseException) -> None:
        show_error(window, err, title())
        finish(None)

    QueryOp(window, lambda: restore.inspect(path), lambda info: _confirm(window, info, finish)).failure(failed).run()


def _confirm(window, info: restore.BackupInfo, finish) -> None:
    ctx, lang = window.app.ctx, window.app.lang
    live = backup.database_file(ctx)
    box = QMessageBox(QMessageBox.Warning, title(),
                      QCoreApplication.translate("Restore", "Replace all the current data with this backup?"),
                      QMessageBox.NoButton, window)
    box.setObjectName("restore_confirm_box")
    box.setStyleSheet(WIDE_TEXT)
    lines = [str(info.path), restore.summary(info, lang), ""]
    lines.append(QCoreApplication.translate(
        "Restore", "The current data is saved first, in the database's folder:\n{0}\nRestoring that copy the same way "
                   "undoes this.").format(live.parent if live else ""))
    if info.older_schema:
        lines.append(QCoreApplication.translate("Restore", "The backup was made by an earlier version; it is brought up to date after restoring."))
    if window.has_unsaved_work():
        lines.append(QCoreApplication.translate("Restore", "Unsaved edits in the preparation workspace will be lost."))
    box.setInformativeText("\n".join(lines))
    go = box.addButton(QCoreApplication.translate("Restore", "Restore"), QMessageBox.DestructiveRole)
    cancel = box.addButton(QMessageBox.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)

    def answered(_result: int) -> None:
        if box.clickedButton() is go:
            _run(window, info, finish)
        else:
            finish(None)

    box.finished.connect(answered)
    box.open()


def _run(window, info: restore.BackupInfo, finish) -> None:
    ctx, lang = window.app.ctx, window.app.lang

    def done(result: restore.RestoreResult) -> None:
        window.rebuild_sections()
        _tell(window, result, lang)
        finish(result)

    def failed(err: BaseException) -> None:
        if isinstance(err, backup.BackupCancelled):
            window.statusBar().showMessage(QCoreApplication.translate("Restore", "Restore cancelled; the data is unchanged."), 8000)
        else:
            show_error(window, err, title())
        finish(None)

    CollectionOp(window, lambda progress: restore.restore(ctx, info.path, lambda d, n: progress.report(d, n), info=info), done) \
        .failure(failed).with_progress(QCoreApplication.translate("Restore", "Restoring the database…")).run()


def _tell(window, result: restore.RestoreResult, lang: str) -> None:
    done_box(window, "restore_done_box", title(), QCoreApplication.translate("Restore", "The backup has been restored."),
             "\n".join([QCoreApplication.translate("Restore", "Backup: {0}").format(result.info.path), restore.summary(result.info, lang), "",
                        QCoreApplication.translate("Restore", "The data as it was before is kept in: {0}").format(result.saved_copy)]),
             Path(result.saved_copy).parent, QCoreApplication.translate("Restore", "Open folder"), WIDE_TEXT)
