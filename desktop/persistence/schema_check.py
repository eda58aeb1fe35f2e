"""Is a database ours, at the revision it claims? More than an ``alembic_version`` table decides.

The tables and columns a revision must have are read from the migrations themselves, run once on
an in-memory SQLite database (cached per revision), so the check never drifts from the schema.
A database is taken as ours at revision R when it has every table and column of R and none of the
tables later revisions add (those would make the upgrade fail half-way). Tables of its own beside
ours are tolerated. Runs on the caller's thread; only reads.
"""

from __future__ import annotations

import sqlite3
from functools import lru_cache

from sqlalchemy import create_engine, inspect
from sqlalchemy.engine import Engine
from sqlalchemy.pool import StaticPool

from desktop.persistence.errors import DatabaseError
from desktop.persistence.migrations import alembic_config, head_revision

Schema = dict[str, frozenset[str]]  # table → column names


@lru_cache(maxsize=None)
def expected(revision: str) -> Schema:
    """The tables and columns the migrations create up to ``revision`` (Alembic raises on an
    unknown revision)."""
    from alembic import command

    if revision == head_revision():  # the models are the head schema (a migration test keeps them equal)
        import desktop.persistence.all_models  # noqa: F401
        from desktop.persistence.base import Base

        return {t.name: frozenset(c.name for c in t.columns) for t in Base.metadata.tables.values()}
    engine = create_engine("sqlite://", poolclass=StaticPool)
    try:
        command.upgrade(alembic_config(engine), revision)
        with engine.connect() as conn:
            return _schema_of(conn)
    finally:
        engine.dispose()


def _schema_of(conn) -> Schema:
    insp = inspect(conn)
    return {name: frozenset(c["name"] for c in insp.get_columns(name))
            for name in insp.get_table_names() if name != "alembic_version"}


def schema_of_file(conn: sqlite3.Connection) -> Schema:
    """The same picture of a SQLite file opened with the plain driver."""
    names = [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
             if n != "alembic_version" and not n.startswith("sqlite_")]
    return {n: frozenset(row[1] for row in conn.execute(f'PRAGMA table_info("{n}")')) for n in names}


def differences(actual: Schema, revision: str) -> list[str]:
    """What keeps ``actual`` from being our schema at ``revision`` (empty: it is ours)."""
    want = expected(revision)
    found = []
    for table, columns in sorted(want.items()):
        if table not in actual:
            found.append(f"missing table {table}")
        elif columns - actual[table]:
            found.append(f"{table} lacks {', '.join(sorted(columns - actual[table]))}")
    later = sorted((set(expected(head_revision())) - set(want)) & set(actual))
    found += [f"table {name} of a later version" for name in later]
    return found


def require_ours(engine: Engine, revision: str) -> None:
    """DatabaseError('db.not_ours') when the database at ``engine`` does not match ``revision``."""
    with engine.connect() as conn:
        problems = differences(_schema_of(conn), revision)
    if problems:
        raise DatabaseError("db.not_ours", revision=revision, reason="; ".join(problems[:4]))
