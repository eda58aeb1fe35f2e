"""Engine and session setup for any SQLAlchemy URL; SQLite gets WAL and foreign keys."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError

from desktop.persistence import locking, sqlite_safety
from desktop.persistence.errors import DRIVER_REASONS, DatabaseError, driver_reason  # noqa: F401  (re-exported)
from desktop.private import private_sqlite


# How long a write waits for another program's write lock before giving up with "database is locked".
BUSY_TIMEOUT_S = 10


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
    # Temporary files in memory: above all the statement journal of a statement inserting many rows
    # inside a bigger transaction (the list and roster imports) — on disk, one write per page it
    # touches (~125,000 writes for 50,000 claims). It must be set before a transaction begins.
    cur.execute("PRAGMA temp_store=MEMORY")
    cur.close()


def make_engine(url: str) -> Engine:
    """Create the engine; raises DatabaseError with a one-line reason on a bad URL."""
    try:
        parsed = make_url(url)
    except ArgumentError as err:
        raise DatabaseError("db.bad_url", url=url, reason=str(err)) from None
    # hide_parameters: an error's text (and so the log) names the statement, never the values a
    # person typed — names, phones, notes (issue 10).
    kwargs: dict = {"future": True, "hide_parameters": True}
    if parsed.get_backend_name() == "sqlite":
        db = parsed.database
        if db and db != ":memory:":
            folder = Path(db).expanduser().resolve().parent
            if not folder.is_dir():
                raise DatabaseError("db.no_folder", folder=str(folder))
            if not parsed.query.get("uri"):  # a file: URI may ask for read-only; leave those to SQLite
                private_sqlite(Path(db).expanduser())  # owner-only, and so its -wal/-shm (issue 10)
        kwargs["connect_args"] = {"check_same_thread": False, "timeout": BUSY_TIMEOUT_S}
    else:
        kwargs["pool_pre_ping"] = True
        if parsed.get_backend_name() == "postgresql" and "options" not in parsed.query:
            # A row someone else is changing makes a write wait this long, not forever ("database is busy").
            kwargs["connect_args"] = {"options": f"-c lock_timeout={int(BUSY_TIMEOUT_S * 1000)}"}
    try:
        engine = create_engine(parsed, **kwargs)
    except Exception as err:  # missing driver, bad options
        raise DatabaseError("db.cannot_open", url=parsed.render_as_string(hide_password=True), reason=str(err)) from None
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        database = sqlite_file(engine)
        if database is not None:
            sqlite_safety.watch(engine, database)
    locking.install(engine)
    return engine


def in_memory(url: str) -> bool:
    """A SQLite URL whose data lives only as long as the process (``sqlite://``, ``:memory:``)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return False
    if parsed.get_backend_name() != "sqlite":
        return False
    db = parsed.database or ""
    return db in ("", ":memory:") or db.startswith("file::memory:") or parsed.query.get("mode") == "memory" \
        or "mode=memory" in db


def require_lasting(url: str) -> None:
    """Refuse (DatabaseError) a database that would silently forget everything at exit."""
    if in_memory(url):
        raise DatabaseError("db.in_memory", url=url)


def make_session_factory(engine: Engine):
    from sqlalchemy.orm import sessionmaker  # the ORM loads with the first unit of work

    return sessionmaker(bind=engine, expire_on_commit=False, future=True)


def sqlite_file(engine: Engine) -> Path | None:
    """The SQLite database file of an engine, or None (server database, in-memory)."""
    if engine.url.get_backend_name() != "sqlite":
        return None
    db = engine.url.database
    if not db or db == ":memory:":
        return None
    return Path(db).expanduser().resolve()
