"""A copy of the embedded database, made while the app is open: SQLite's online backup, page by
page, into a file beside the target that is checked and only then renamed into place — a cancelled
or failed backup never leaves half a file, and never touches the one already there.

Everything the app keeps is in that one file (contract scans and packs included), so the copy is
complete; opening it is ``dealerdesk --db sqlite:///<copy>``. A server database is backed up by its
administrator (pg_dump), not here. Worker thread.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Callable

from desktop.files import part_path
from desktop.persistence.engine import sqlite_file
from desktop.persistence.sqlite_safety import refuse_live_database
from desktop.private import create_private_file
from desktop.services.backup import parts as backup_parts
from desktop.services.context import ServiceContext
from desktop.errors import ServiceError

ProgressFn = Callable[[int, int], "bool | None"]  # (pages done, pages in all) → False to cancel
PAGES_PER_STEP = 512  # ≈2 MB a step at SQLite's 4 KB pages: smooth progress, quick to cancel


class BackupCancelled(Exception):
    """The user stopped the backup; nothing was written."""


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int  # bytes


def suggested_name(now: datetime | None = None, prefix: str = "dealerdesk-backup") -> str:
    """A file name that sorts by date: ``<prefix>-2026-11-26-2017.sqlite3``."""
    return f"{prefix}-{(now or datetime.now()).strftime('%Y-%m-%d-%H%M')}.sqlite3"


def size_text(size: int) -> str:
    """Bytes for people: 812 KB, 12.4 MB, 1.2 GB."""
    for unit, scale in (("GB", 1 << 30), ("MB", 1 << 20)):
        if size >= scale:
            return f"{size / scale:.1f} {unit}"
    return f"{max(size >> 10, 1)} KB"


def database_file(ctx: ServiceContext) -> Path | None:
    """The embedded database's file, or None for a server (or in-memory) database."""
    return sqlite_file(ctx.engine)


def backup(ctx: ServiceContext, target: str | os.PathLike, progress: ProgressFn | None = None) -> BackupResult:
    """Copy the database to ``target`` (replacing a file there only once the copy is whole and checked).

    Raises ServiceError('backup.server') for a server database, ServiceError('backup.same_file') when
    ``target`` is the database itself, ServiceError('backup.check_failed') if the copy does not read back
    as sound, BackupCancelled when ``progress`` returns False, OSError when the folder cannot be written.
    """
    source = database_file(ctx)
    if source is None:
        raise ServiceError("backup.server")
    target = Path(target)
    if target.exists() and target.resolve() == source.resolve():
        raise ServiceError("backup.same_file", path=str(target))
    refuse_live_database(target)  # nor its -wal/-shm, nor another open database
    if not target.parent.is_dir():
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(target.parent))
    tmp = part_path(target)

    def step(_status, remaining: int, total: int) -> None:
        if progress is not None and progress(total - remaining, total) is False:
            raise BackupCancelled()

    raw = ctx.engine.raw_connection()
    try:
        with backup_parts.noted(tmp):  # a kill leaves a .part the next start removes
            _copy(raw, tmp, target, step)
    finally:
        raw.close()
    return BackupResult(target, target.stat().st_size)


def _copy(raw, tmp: Path, target: Path, step) -> None:
    """The online backup into ``tmp``, checked, then renamed to ``target``; ``tmp`` is gone either way."""
    try:
        try:
            create_private_file(tmp)  # owner-only, like the database it copies (and its -journal)
            copy = sqlite3.connect(tmp)
            copy.execute("PRAGMA user_version").fetchone()  # opens (creates) the file now
        except sqlite3.OperationalError:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(target.parent)) from None
        try:
            raw.driver_connection.backup(copy, pages=PAGES_PER_STEP, progress=step)
            verdict = copy.execute("PRAGMA quick_check").fetchone()[0]
            copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
        finally:
            copy.close()
        if verdict != "ok":
            raise ServiceError("backup.check_failed", detail=verdict)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
