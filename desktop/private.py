"""Personal data stays its owner's: the user data folder and everything the application keeps in it
(the database and its -wal/-shm, backups, settings, logs, rendered documents) are owner-only on
POSIX — folders 0700, files 0600 — and so are new database files and backups wherever they are
made. Files a person saves elsewhere (exports, PDFs) keep following their umask.

SQLite creates -wal/-shm/-journal files with the mode of the database file, so a database file
created (or tightened) here before SQLite opens it keeps all of them private. No-ops where modes do
not apply (Windows: the profile folder's ACLs already keep other users out).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

POSIX = os.name == "posix"
DIR_MODE = 0o700
FILE_MODE = 0o600
SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")


def _tighten(path: Path, mode: int) -> None:
    """Take away the permissions beyond ``mode`` when the path is ours; never adds any (a file a
    person made read-only stays read-only) and never follows a symbolic link."""
    if not POSIX:
        return
    try:
        info = os.lstat(path)
        current = stat.S_IMODE(info.st_mode)
        if stat.S_ISLNK(info.st_mode) or info.st_uid != os.getuid() or current & ~mode == 0:
            return
        os.chmod(path, current & mode)
    except OSError:  # gone meanwhile, or a file system without modes: nothing to protect here
        pass


def private_dir(path: str | os.PathLike) -> Path:
    """Create ``path`` (and its parents) if needed; the folder itself ends up 0700."""
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    _tighten(path, DIR_MODE)
    return path


def private_file(path: str | os.PathLike) -> Path:
    """Make an existing file 0600."""
    _tighten(Path(path), FILE_MODE)
    return Path(path)


def create_private_file(path: str | os.PathLike) -> Path:
    """Create ``path`` empty with mode 0600 when it does not exist (else just tighten it), so
    whatever then opens it — SQLite, a log handler — writes into an owner-only file."""
    path = Path(path)
    if POSIX:
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
        except FileExistsError:
            pass
        except OSError:  # a read-only folder, a bad path: whoever opens it next reports that
            return path
    _tighten(path, FILE_MODE)
    return path


def private_sqlite(path: str | os.PathLike) -> None:
    """A SQLite database file about to be opened: created 0600 if new; with its side files tightened."""
    path = Path(path)
    create_private_file(path)
    for suffix in SQLITE_SIDE_FILES:
        _tighten(path.with_name(path.name + suffix), FILE_MODE)


def secure_tree(root: str | os.PathLike) -> None:
    """Make ``root`` and every folder and file below it owner-only (links are left alone)."""
    if not POSIX:
        return
    root = Path(root)
    if not root.is_dir():
        return
    _tighten(root, DIR_MODE)
    for folder, dirs, files in os.walk(root):
        for name in dirs:
            _tighten(Path(folder, name), DIR_MODE)
        for name in files:
            _tighten(Path(folder, name), FILE_MODE)


def inside(path: str | os.PathLike, folder: str | os.PathLike) -> bool:
    """Whether ``path`` lies in ``folder`` (either may not exist yet)."""
    try:
        return Path(os.path.abspath(path)).is_relative_to(os.path.abspath(folder))
    except (OSError, ValueError):
        return False
