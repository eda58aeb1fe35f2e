"""Keeping SQLite's locks while the database is open.

On POSIX systems SQLite locks its files with ``fcntl`` record locks, which belong to the process
and the file, not to a descriptor: closing *any* descriptor of the database (or of its ``-shm``)
anywhere in this process releases every lock the process holds on it, the open connections'
included. The next program that closes the database then believes it was the last one, folds the
``-wal`` into the file and deletes ``-wal``/``-shm`` while this process still writes into them:
saves lost, a damaged file. So, while an engine is open on a SQLite file:

- nothing opens the database, its ``-wal``, ``-shm`` or ``-journal`` by path: every file a person
  picks goes through :func:`refuse_live_database` first (reads and writes), and copies of the
  database are made with SQLite's backup API (:func:`copy_database`), never ``shutil``;
- should the locks be lost anyway, the engine notices before each commit (:func:`watch`, Linux:
  the kernel's lock table) and refuses to write with :class:`LockLost` rather than write into a
  ``-wal`` another program is about to delete.

Calls run on the caller's thread and never open the database files.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import weakref
from pathlib import Path

from desktop.errors import ServiceError
from desktop.persistence import sqlite_locks
from desktop.persistence.errors import DatabaseError
from desktop.private import create_private_file

log = logging.getLogger("dealerdesk.persistence")

SIDE_FILES = ("-wal", "-shm", "-journal")
# Every engine on a SQLite file, with its watch (which counts the connections it holds open).
_LIVE: "weakref.WeakKeyDictionary[object, _Watch]" = weakref.WeakKeyDictionary()


class LiveDatabaseFile(ServiceError):
    """A file a person picked is the open database (or one of its working files)."""

    code = "db.live_file"

    def __init__(self, path: str | os.PathLike):
        super().__init__("db.live_file", path=str(path))


class LockLost(DatabaseError):
    """This process no longer holds its lock on the database: writing now could lose data."""

    def __init__(self, path: Path):
        super().__init__("db.lock_lost", path=str(path))


def files_of(database: Path) -> list[Path]:
    """The database and the working files SQLite keeps beside it."""
    return [database] + [Path(f"{database}{suffix}") for suffix in SIDE_FILES]


def live_databases() -> list[Path]:
    """The SQLite files this process has connections open on (a disposed engine holds none)."""
    return sorted({state.database for state in list(_LIVE.values()) if state.open_connections > 0})


def _same(path: Path, other: Path) -> bool:
    try:
        if os.path.samefile(path, other):  # stat only: neither file is opened
            return True
    except OSError:
        pass
    return os.path.normcase(os.path.realpath(path)) == os.path.normcase(os.path.realpath(other))


def is_live_database(path: str | os.PathLike) -> Path | None:
    """The open database ``path`` is (or is a working file of), else None."""
    path = Path(path).expanduser()
    for database in live_databases():
        if any(_same(path, candidate) for candidate in files_of(database)):
            return database
    return None


def refuse_live_database(path: str | os.PathLike) -> None:
    """Raise :class:`LiveDatabaseFile` when ``path`` is an open database or one of its working files.

    Call it before opening any file a person chose, for reading or writing: reading it would
    release this process's locks on the database, writing would overwrite it.
    """
    if is_live_database(path) is not None:
        raise LiveDatabaseFile(path)


# --- noticing a lost lock ----------------------------------------------------------------------
class _Watch:
    """Per engine: whether the lock table showed our locks once (so its absence later means lost)."""

    def __init__(self, database: Path):
        self.database = database
        self.trusted = False
        self.wal = False
        self.open_connections = 0
        self._count_lock = threading.Lock()  # connections open and close on worker threads

    def opened(self, dbapi_conn) -> None:
        with self._count_lock:
            self.open_connections += 1
        self.calibrate(dbapi_conn)

    def closed(self, *_args) -> None:
        with self._count_lock:
            self.open_connections = max(self.open_connections - 1, 0)

    def expected(self) -> list[Path]:
        shm = Path(f"{self.database}-shm")
        return [self.database, shm]

    def calibrate(self, dbapi_conn) -> None:
        """On a new connection: trust the table once it shows our locks (in WAL mode an open
        connection holds them all the time; in other modes only during a transaction)."""
        if self.trusted:
            return
        try:
            self.wal = str(dbapi_conn.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal"
        except sqlite3.Error:
            return
        if self.wal:
            self.check()

    def check(self) -> None:
        """Before a commit: raise LockLost if the table, once trusted, no longer shows our locks.

        Until the table has shown our locks once it proves nothing (another kernel, another
        process namespace), so the first sighting only makes it trusted.
        """
        if not self.wal:
            return
        held = sqlite_locks.held_by_me(self.expected())
        if held is None or all(held.values()):
            self.trusted = self.trusted or bool(held)
            return
        if not self.trusted:
            return
        lost = sorted(str(path) for path, ok in held.items() if not ok)
        log.error("this process lost its lock on %s: refusing to commit", ", ".join(lost))
        raise LockLost(self.database)


def watch(engine, database: Path) -> None:
    """Register ``engine`` as open on ``database`` and check its locks before every commit."""
    from sqlalchemy import event

    state = _Watch(database)
    _LIVE[engine] = state
    event.listen(engine, "connect", lambda dbapi_conn, _record: state.opened(dbapi_conn))
    event.listen(engine.pool, "close", state.closed)
    event.listen(engine.pool, "close_detached", state.closed)
    event.listen(engine, "commit", lambda conn: _before_commit(state, conn))
    engine.sqlite_watch = state


def _before_commit(state: _Watch, conn) -> None:
    # Only a transaction that wrote needs the lock (the driver opens one at the first write).
    dbapi_conn = conn.connection.dbapi_connection
    if dbapi_conn is not None and getattr(dbapi_conn, "in_transaction", True):
        state.check()


def check_locks(engine) -> None:
    """Raise :class:`LockLost` when ``engine``'s database lock is gone (a no-op where unknown)."""
    state = getattr(engine, "sqlite_watch", None)
    if state is not None:
        state.check()


# --- copies ------------------------------------------------------------------------------------
def copy_database(source: sqlite3.Connection, target: Path, pages: int = -1, progress=None) -> None:
    """Copy the database ``source`` is connected to into a new file ``target`` with SQLite's
    backup API (what is in the -wal included), leaving a single self-contained file.

    ``target`` must not exist; a failed copy removes what it wrote.
    """
    refuse_live_database(target)
    if target.exists():
        raise FileExistsError(target)
    create_private_file(target)  # personal data: owner-only from the start, and so its -journal
    copy = sqlite3.connect(target)
    try:
        source.backup(copy, pages=pages, progress=progress)
        copy.execute("PRAGMA journal_mode=DELETE")
    except BaseException:
        copy.close()
        target.unlink(missing_ok=True)
        raise
    copy.close()
