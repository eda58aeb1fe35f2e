"""The driver's errors people actually meet — a full disk, a read-only file or folder, a write lock
held too long, a damaged file, a server gone — as a :class:`DatabaseError` saying what happened
and what to do, in the user's language. Never the SQL or its values (they can hold personal data,
and mean nothing to the person at the keyboard): the log keeps the driver's exception.

``translate(err, database)`` returns None for anything else (constraint violations, programming
errors), which callers handle as before. Runs on any thread; only reads the file system.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

from desktop.persistence import sqlite_locks
from desktop.persistence.errors import DatabaseError

# SQLite's primary result codes (sqlite3.h); extended codes carry them in the low byte.
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR, SQLITE_CORRUPT = 5, 6, 8, 10, 11
SQLITE_FULL, SQLITE_CANTOPEN = 13, 14
# PostgreSQL SQLSTATEs (appendix A of its manual).
PG_DISK_FULL = {"53100"}
PG_BUSY = {"55P03", "40P01", "57014"}  # lock not available, deadlock, statement/lock timeout
PG_READ_ONLY = {"25006"}
# The codes whose message is a whole sentence with what to do (no "the database cannot be used:" before it).
SELF_EXPLAINING = {"db.disk_full", "db.read_only_file", "db.read_only_folder", "db.read_only_server", "db.locked",
                   "db.io_error", "db.damaged", "db.connection_lost", "db.lock_lost"}


def one_line(err: BaseException) -> str:
    """The driver's own reason on one line, without the SQL SQLAlchemy appends."""
    orig = getattr(err, "orig", None)
    return " ".join(str(orig if orig is not None else err).split()) or type(err).__name__


def _busy_seconds() -> int:
    from desktop.persistence import engine

    return int(engine.BUSY_TIMEOUT_S)


def holder_text(database: Path | None, lang: str | None = None) -> str:
    """Who holds the lock: ``another program (sqlite3 shop.db, PID 4242)`` when the kernel says."""
    from desktop.i18n import t

    holders = sqlite_locks.other_holders(database) if database is not None else []
    if holders:
        return t("db.holder_known", lang, process=sqlite_locks.describe_process(holders[0]))
    return t("db.holder_unknown", lang)


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK)  # also False on a read-only mount or an immutable file, root or not


def _read_only(database: Path | None, reason: str) -> DatabaseError:
    """Which of the file or its folder keeps SQLite from writing (it needs both, for -wal/-shm)."""
    if database is None:
        return DatabaseError("db.read_only_file", path="?", reason=reason)
    folder = database.parent
    if not _writable(folder) and not (Path(f"{database}-wal").exists() and Path(f"{database}-shm").exists()
                                      and _writable(Path(f"{database}-wal"))):
        return DatabaseError("db.read_only_folder", folder=str(folder), path=str(database), reason=reason)
    return DatabaseError("db.read_only_file", path=str(database), reason=reason)


def _from_sqlite(orig: sqlite3.Error, database: Path | None, reason: str) -> DatabaseError | None:
    code = getattr(orig, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    lowered = reason.lower()
    where = str(database.parent if database is not None else "?")
    if primary == SQLITE_FULL or "database or disk is full" in lowered:
        return DatabaseError("db.disk_full", where=where, reason=reason)
    if primary == SQLITE_READONLY or "readonly database" in lowered:
        return _read_only(database, reason)
    if primary in (SQLITE_BUSY, SQLITE_LOCKED) or "database is locked" in lowered:
        return DatabaseError("db.locked", holder=holder_text(database), seconds=_busy_seconds(),
                             path=str(database or "?"), reason=reason)
    if primary == SQLITE_CANTOPEN or "unable to open database file" in lowered:
        if database is not None and database.parent.is_dir() and not _writable(database.parent):
            return _read_only(database, reason)
        return None  # a missing folder or file: the callers' own messages say it better
    if primary == SQLITE_CORRUPT or "malformed" in lowered:  # (not a database at all: the callers say so)
        return DatabaseError("db.damaged", path=str(database or "?"), reason=reason)
    if primary == SQLITE_IOERR or "disk i/o error" in lowered:
        if database is not None and not _writable(database.parent):
            return _read_only(database, reason)
        return DatabaseError("db.io_error", path=str(database or "?"), reason=reason)
    return None


def _from_postgres(orig: BaseException, reason: str) -> DatabaseError | None:
    state = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None) or ""
    if state in PG_DISK_FULL:
        return DatabaseError("db.disk_full", where="PostgreSQL", reason=reason)
    if state in PG_BUSY:
        from desktop.i18n import t

        return DatabaseError("db.locked", holder=t("db.holder_colleague"), seconds=_busy_seconds(), path="PostgreSQL",
                             reason=reason)
    if state in PG_READ_ONLY:
        return DatabaseError("db.read_only_server", reason=reason)
    if state.startswith("08") or "server closed the connection" in reason or "connection refused" in reason.lower():
        return DatabaseError("db.connection_lost", reason=reason)
    return None


def translate(err: BaseException, database: Path | None = None) -> DatabaseError | None:
    """A DatabaseError for the user when ``err`` is one of the conditions above, else None."""
    if isinstance(err, DatabaseError):
        return err
    orig = getattr(err, "orig", None) or err
    reason = one_line(err)
    if isinstance(orig, sqlite3.Error):
        return _from_sqlite(orig, database or _only_live_database(), reason)
    if type(orig).__module__.split(".")[0] in ("psycopg", "psycopg2"):
        return _from_postgres(orig, reason)
    if isinstance(orig, OSError) and orig.errno == errno.ENOSPC and database is not None:
        return DatabaseError("db.disk_full", where=str(database.parent), reason=reason)
    return None


def _only_live_database() -> Path | None:
    from desktop.persistence.sqlite_safety import live_databases

    found = live_databases()
    return found[0] if len(found) == 1 else None
