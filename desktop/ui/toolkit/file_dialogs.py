"""The file dialogs every window uses: they never open the files they list.

To show an icon and a "type" for each file, Qt's own dialog (and GTK's, which Qt uses on many
Linux desktops) opens every file whose name does not settle its type — ``dealerdesk.sqlite3-shm``
or ``-wal`` beside the database, say — reads a few bytes and closes it again. On POSIX systems
closing any descriptor of a file releases every lock this process holds on it, SQLite's included
(``persistence.sqlite_safety``): after merely browsing the database's folder the app held no lock
and another program could delete the ``-wal`` it was still writing into. So on POSIX systems these
dialogs are Qt's own, with an icon provider that decides by the name alone; on Windows (where locks
belong to a handle, not the process) the native dialog is used. A chosen file is still checked by
the service that opens it (``refuse_live_database``). GUI thread.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QFileInfo, QMimeDatabase
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QWidget

NATIVE = sys.platform == "win32"


class NameOnlyIconProvider(QFileIconProvider):
    """Icons and type names from the file name only (Qt's default reads the file's first bytes)."""

    def __init__(self) -> None:
        super().__init__()
        self._mime = QMimeDatabase()

    def icon(self, what):  # noqa: D401  (Qt's overloads: an IconType or a QFileInfo)
        if isinstance(what, QFileInfo):
            return super().icon(QFileIconProvider.IconType.Folder if what.isDir() else QFileIconProvider.IconType.File)
        return super().icon(what)

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return super().type(info)
        return self._mime.mimeTypeForFile(info, QMimeDatabase.MatchMode.MatchExtension).comment()


def make_dialog(parent: QWidget | None, caption: str, start: str = "", filters: str = "") -> QFileDialog:
    """A file dialog that lists files without opening them (see the module's note)."""
    dialog = QFileDialog(parent, caption, start, filters)
    dialog.setObjectName("file_dialog")
    if not NATIVE:
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setIconProvider(NameOnlyIconProvider())
    return dialog


def _run(dialog: QFileDialog) -> list[str]:
    try:
        return dialog.selectedFiles() if dialog.exec() == QFileDialog.DialogCode.Accepted else []
    finally:
        dialog.deleteLater()


def open_file_name(parent: QWidget | None, caption: str, start: str = "", filters: str = "") -> str:
    """One existing file, or '' when cancelled."""
    dialog = make_dialog(parent, caption, start, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    chosen = _run(dialog)
    return chosen[0] if chosen else ""


def open_file_names(parent: QWidget | None, caption: str, start: str = "", filters: str = "") -> list[str]:
    """Existing files, in the order chosen; [] when cancelled."""
    dialog = make_dialog(parent, caption, start, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    return _run(dialog)


def save_file_name(parent: QWidget | None, caption: str, start: str = "", filters: str = "") -> str:
    """Where to write a file (asking before replacing one), or '' when cancelled."""
    dialog = make_dialog(parent, caption, start, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    chosen = _run(dialog)
    return chosen[0] if chosen else ""


def existing_directory(parent: QWidget | None, caption: str, start: str = "") -> str:
    """A folder, or '' when cancelled."""
    dialog = make_dialog(parent, caption, start)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    chosen = _run(dialog)
    return chosen[0] if chosen else ""
