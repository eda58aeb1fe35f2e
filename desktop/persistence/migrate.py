"""Bring a database to the newest schema, copying a SQLite file aside first.

Start-up path is cheap: read ``alembic_version`` and compare with HEAD; Alembic itself is
imported only when there is something to do.
"""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine

from desktop.paths import package_dir
from desktop.persistence.engine import DatabaseError, sqlite_file

# The newest revision; a test keeps it equal to Alembic's head.
HEAD = "0006_office"


def alembic_config(engine: Engine):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(package_dir() / "persistence" / "migrations"))
    cfg.attributes["engine"] = engine
    return cfg


def one_line(err: BaseException) -> str:
    """The driver's own reason on one line (SQLAlchemy appends SQL and a 'Background on this error' link)."""
    orig = getattr(err, "orig", None)
    return " ".join(str(orig if orig is not None else err).split()) or type(err).__name__


def current_revision(engine: Engine) -> str | None:
    try:
        with engine.connect() as conn:
            if not inspect(conn).has_table("alembic_version"):
                return None
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except Exception as err:
        raise DatabaseError("db.cannot_read", reason=one_line(err)) from None


def backup_sqlite(engine: Engine) -> Path | None:
    """Copy the SQLite file (and its WAL) aside before a migration touches it."""
    path = sqlite_file(engine)
    if path is None or not path.exists() or path.stat().st_size == 0:
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-migration-{stamp}{path.suffix}")
    with engine.connect() as conn:  # fold the WAL into the main file first
        conn.exec_driver_sql("PRAGMA wal_checkpoint(FULL)")
    shutil.copy2(path, target)
    return target


def upgrade(engine: Engine, revision: str = "head") -> Path | None:
    """Upgrade to ``revision``; returns the backup path when one was made. On SQLite at HEAD the
    history triggers are (re)installed when the models changed (persistence.office.sqlite_history)."""
    current = current_revision(engine)
    if current == HEAD and revision == "head":
        _history_triggers(engine)
        return None
    backup = backup_sqlite(engine) if current is not None else None
    from alembic import command

    try:
        command.upgrade(alembic_config(engine), revision)
    except Exception as err:
        if backup:
            raise DatabaseError("db.upgrade_failed_backup", reason=one_line(err), backup=str(backup)) from err
        raise DatabaseError("db.upgrade_failed", reason=one_line(err)) from err
    if revision == "head":
        _history_triggers(engine)
    return backup


def _history_triggers(engine: Engine) -> None:
    if engine.url.get_backend_name() != "sqlite":
        return
    from desktop.persistence.office import sqlite_history

    try:
        with engine.begin() as conn:
            sqlite_history.install(conn)
    except Exception as err:
        raise DatabaseError("db.upgrade_failed", reason=one_line(err)) from err


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    command.downgrade(alembic_config(engine), revision)
