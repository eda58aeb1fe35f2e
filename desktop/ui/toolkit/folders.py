"""One rule for where file dialogs start and generated documents go.

The first time a kind of file is saved or opened, the dialog starts in the user's documents folder;
after that, in the folder last used for that kind (remembered per kind in window-state.ini). Every
rendered document (cards, brochures, target lists, packets, contract packs) is written under
Documents/DealerDesk/<kind>/<date>, where the user can find it again — not in a hidden data folder.
``DEALERDESK_DOCUMENTS`` overrides the documents folder (tests, portable use). GUI thread (small
settings reads and a stat).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices

from desktop.ui.toolkit.layout_memory import window_state

APP_FOLDER = "DealerDesk"


def documents_dir() -> Path:
    override = os.environ.get("DEALERDESK_DOCUMENTS")
    if override:
        return Path(override)
    location = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation)
    return Path(location) if location else Path.home()


def start_folder(kind: str) -> Path:
    """Where a file dialog for ``kind`` ('roster', 'roster-export', 'pdf', 'packets', 'calendar', …) opens."""
    last = window_state().value(f"folders/{kind}")
    if last and Path(str(last)).is_dir():
        return Path(str(last))
    documents = documents_dir()
    try:  # a fresh account may have no Documents folder yet: make it rather than offer a path that fails
        documents.mkdir(parents=True, exist_ok=True)
    except OSError:
        return Path.home()
    return documents


def suggested(kind: str, file_name: str = "") -> str:
    """A path to offer in a save dialog: ``file_name`` in the start folder of ``kind``."""
    folder = start_folder(kind)
    return str(folder / file_name) if file_name else str(folder)


def remember(kind: str, path: str | Path) -> None:
    """The user chose ``path`` (a file or a folder) for ``kind``: start there next time."""
    chosen = Path(path)
    folder = chosen if chosen.is_dir() else chosen.parent
    settings = window_state()
    settings.setValue(f"folders/{kind}", str(folder))
    settings.sync()


def output_folder(kind: str, stamp: str) -> Path:
    """Documents/DealerDesk/<kind>/<stamp> for rendered documents, created when missing (call off the GUI thread
    when it may be slow; it is one mkdir)."""
    folder = documents_dir() / APP_FOLDER / kind / stamp
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def open_path(path: str | Path) -> bool:
    """Open a file or folder with the system's application for it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
