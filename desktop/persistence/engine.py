"""Engine and session setup for any SQLAlchemy URL; SQLite gets WAL and foreign keys."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import sessionmaker


class DatabaseError(Exception):
    """The database cannot be used: bad URL, unreachable server, unreadable file."""


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


def make_engine(url: str) -> Engine:
    """Create the engine; raises DatabaseError with a one-line reason on a bad URL."""
    try:
        parsed = make_url(url)
    except ArgumentError as err:
        raise DatabaseError(f"invalid database URL {url!r}: {err}") from None
    kwargs: dict = {"future": True}
    if parsed.get_backend_name() == "sqlite":
        db = parsed.database
        if db and db != ":memory:":
            folder = Path(db).expanduser().resolve().parent
            if not folder.is_dir():
                raise DatabaseError(f"database folder does not exist: {folder}")
        kwargs["connect_args"] = {"check_same_thread": False, "timeout": 10}
    else:
        kwargs["pool_pre_ping"] = True
    try:
        engine = create_engine(parsed, **kwargs)
    except Exception as err:  # missing driver, bad options
        raise DatabaseError(f"cannot open database {parsed.render_as_string(hide_password=True)}: {err}") from None
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def make_session_factory(engine: Engine) -> sessionmaker:
    return sessionmaker(bind=engine, expire_on_commit=False, future=True)


def sqlite_file(engine: Engine) -> Path | None:
    """The SQLite database file of an engine, or None (server database, in-memory)."""
    if engine.url.get_backend_name() != "sqlite":
        return None
    db = engine.url.database
    if not db or db == ":memory:":
        return None
    return Path(db).expanduser().resolve()
