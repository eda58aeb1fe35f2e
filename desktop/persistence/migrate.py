"""Bring a database to the newest schema, all or nothing, copying a SQLite file aside first.

Start-up path is cheap: read ``alembic_version`` and compare with HEAD; Alembic itself is
imported only when there is something to do. Before an upgrade the database must look like the
revision it claims (``schema_check``): a foreign file that merely carries an ``alembic_version``
table is refused untouched. The upgrade runs in one transaction on every database, SQLite
included (``migration_connection``), so a failure leaves the file as it was; the copy made
beforehand is then removed again (the file itself is the good copy, and repeated failing
starts do not pile up copies) and the message says where the data is.
"""

from __future__ import annotations

from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine

from desktop.persistence.driver_errors import one_line
from desktop.persistence.engine import sqlite_file
from desktop.persistence.errors import DatabaseError
from desktop.persistence.migrations import alembic_config
from desktop.private import private_file

# The newest revision; a test keeps it equal to Alembic's head.
HEAD = "0013_aftersales_covering"


def current_revision(engine: Engine) -> str | None:
    try:
        with engine.connect() as conn:
            try:  # one query when the database is set up, the usual case on every start
                return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            except Exception:
                conn.rollback()
                if inspect(conn).has_table("alembic_version"):
                    raise
                return None
    except Exception as err:
        from desktop.persistence.driver_errors import translate

        raise translate(err, sqlite_file(engine)) or DatabaseError("db.cannot_read", reason=one_line(err)) from None


@contextmanager
def migration_connection(engine: Engine):
    """A connection inside one transaction that commits when the block ends and rolls back on error.

    PostgreSQL runs DDL in transactions anyway. Python's sqlite3 driver commits by itself before
    every CREATE/ALTER/DROP (Alembic then "assumes non-transactional DDL"); here it is told to keep
    its hands off (``isolation_level = None``) and the transaction is opened explicitly. Foreign
    keys are off during the change, as SQLite asks for table rebuilds, and checked before commit.
    """
    if engine.dialect.name != "sqlite":
        with engine.begin() as connection:
            yield connection
        return
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        saved = raw.isolation_level
        raw.execute("PRAGMA foreign_keys=OFF")  # only takes effect outside a transaction
        raw.isolation_level = None
        try:
            with connection.begin():
                raw.execute("BEGIN IMMEDIATE")
                yield connection
                broken = raw.execute("PRAGMA foreign_key_check").fetchmany(5)
                if broken:
                    raise DatabaseError("db.upgrade_broke_links", reason=", ".join(str(tuple(row)) for row in broken))
        finally:
            if raw.in_transaction:
                raw.rollback()
            raw.isolation_level = saved
            raw.execute("PRAGMA foreign_keys=ON")


def backup_sqlite(engine: Engine, revision: str | None = None) -> Path | None:
    """Copy the SQLite file aside before a migration touches it (SQLite's backup API: reading the
    live file by path would release this process's locks on it)."""
    from desktop.persistence.sqlite_safety import copy_database

    path = sqlite_file(engine)
    if path is None or not path.exists() or path.stat().st_size == 0:
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    tag = f"-{revision[:4]}" if revision else ""
    target = path.with_name(f"{path.stem}.before-migration{tag}-{stamp}{path.suffix}")
    raw = engine.raw_connection()
    try:
        copy_database(raw.driver_connection, target)
    except Exception as err:
        from desktop.persistence.driver_errors import translate

        raise translate(err, path) or DatabaseError("db.backup_failed", path=str(target), reason=one_line(err)) from None
    finally:
        raw.close()
    private_file(target)  # personal data: owner-only whatever the database's own mode (copy_database makes it so)
    return target


def upgrade(engine: Engine, revision: str = "head", *, copy_first: bool = True, history: bool = True) -> Path | None:
    """Upgrade to ``revision`` in one transaction; returns the copy made beforehand, if any
    (``copy_first=False``: none, for a file that is itself a scratch copy).

    DatabaseError when the database is not one of ours (schema_check) or the upgrade fails; in
    the latter case nothing was changed and the message names the database file. On SQLite at HEAD
    the history triggers are (re)installed when the models changed (persistence.office.sqlite_history)
    — or, with ``history=False``, left to the caller's ``history_triggers`` before its first write
    (checking them loads every model: a read-only command need not).
    """
    current = current_revision(engine)
    if current == HEAD and revision == "head":
        if history:
            history_triggers(engine)
        return None
    if current is not None:
        from desktop.persistence import schema_check

        schema_check.require_ours(engine, current)
    backup = backup_sqlite(engine, current) if current is not None and copy_first else None
    from alembic import command

    try:
        command.upgrade(alembic_config(engine), revision)
    except Exception as err:
        reason = err.message("en") if isinstance(err, DatabaseError) else one_line(err)
        unchanged = _revision_or_none(engine) == current
        if unchanged and backup is not None:
            backup.unlink(missing_ok=True)  # the database itself is the good copy
        where = str(sqlite_file(engine) or engine.url.render_as_string(hide_password=True))
        from desktop.persistence.driver_errors import SELF_EXPLAINING, translate

        plain = translate(err, sqlite_file(engine))
        if unchanged and plain is not None and plain.code in SELF_EXPLAINING:
            raise plain from err  # a full disk, a read-only file: say that, and what to do
        if unchanged:
            raise DatabaseError("db.upgrade_failed_unchanged", reason=reason, path=where,
                                revision=current or "-") from err
        if backup is not None:
            raise DatabaseError("db.upgrade_failed_backup", reason=reason, backup=str(backup)) from err
        raise DatabaseError("db.upgrade_failed", reason=reason) from err
    if revision == "head":
        history_triggers(engine)
    return backup


def _revision_or_none(engine: Engine) -> str | None:
    try:
        return current_revision(engine)
    except DatabaseError:
        return "?"


def history_triggers(engine: Engine) -> None:
    """(Re)install the SQLite history triggers when the models changed; nothing elsewhere."""
    if engine.url.get_backend_name() != "sqlite":
        return
    from desktop.persistence.office import sqlite_history

    try:
        with engine.begin() as conn:
            sqlite_history.install(conn)
    except Exception as err:
        from desktop.persistence.driver_errors import SELF_EXPLAINING, translate

        plain = translate(err, sqlite_file(engine))
        if plain is not None and plain.code in SELF_EXPLAINING:
            raise plain from err  # a full disk, a read-only file: say that, and what to do
        raise DatabaseError("db.upgrade_failed", reason=one_line(err)) from err


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    command.downgrade(alembic_config(engine), revision)
