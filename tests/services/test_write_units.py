"""A write unit holds the database's write lock from its first statement, before anything is read —
on SQLite (BEGIN IMMEDIATE) and PostgreSQL (the advisory lock every write unit takes) — and
lets go of it with the commit or rollback. Plain units take no lock."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import create_engine, text

from desktop.persistence.locking import ADVISORY_KEY


def _sqlite_writer_blocked(ctx) -> bool:
    other = sqlite3.connect(ctx.engine.url.database, timeout=0)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.rollback()
        return False
    except sqlite3.OperationalError as err:
        assert "locked" in str(err), f"the other writer is refused for the lock, nothing else: {err}"
        return True
    finally:
        other.close()


def test_sqlite_write_unit_locks_before_its_first_read(ctx):
    assert not _sqlite_writer_blocked(ctx), "nobody holds the lock to begin with"
    with ctx.write_unit() as s:
        assert _sqlite_writer_blocked(ctx), "the lock is held before the unit has read or written anything"
        s.execute(text("SELECT 1"))
        assert _sqlite_writer_blocked(ctx), "and still while it reads"
    assert not _sqlite_writer_blocked(ctx), "the commit lets go of it"
    with pytest.raises(RuntimeError):
        with ctx.write_unit():
            raise RuntimeError("a failing unit")
    assert not _sqlite_writer_blocked(ctx), "so does the rollback"
    with ctx.unit() as s:
        s.execute(text("SELECT 1"))
        assert not _sqlite_writer_blocked(ctx), "a plain (reading) unit takes no lock"


def test_postgresql_write_unit_locks_before_its_first_read(pg_ctx):
    probe = create_engine(pg_ctx.engine.url)

    def blocked() -> bool:
        with probe.connect() as conn:
            got = conn.execute(text("SELECT pg_try_advisory_xact_lock(:k)"), {"k": ADVISORY_KEY}).scalar()
            conn.rollback()
            return not got

    try:
        assert not blocked(), "nobody holds the lock to begin with"
        with pg_ctx.write_unit():
            assert blocked(), "the lock is held before the unit has read or written anything"
        assert not blocked(), "the commit lets go of it"
        with pg_ctx.unit() as s:
            s.execute(text("SELECT 1"))
            assert not blocked(), "a plain unit takes no lock"
    finally:
        probe.dispose()
