"""The demo territory's bulk inserts: many rows of one table in one statement run.

On SQLite the rows go to the sqlite3 driver's own ``executemany`` as plain tuples, each value
passed through the column type's own SQLAlchemy bind processor (so the file holds exactly what a
Core insert stores) and columns left out filled with their scalar Python-side defaults — Core's
executemany spends more time building each row's parameters than SQLite spends storing it.
Elsewhere (an office database) Core's executemany.

``insert_tables`` inserts several tables' rows and, on that fast path, writes their change history
itself through ``sqlite_history.bulk_inserts``: the same entries the insert triggers would write,
already sealed and chained, one insert per entry — no trigger work per row and no seal's update
pass afterwards (at a million dealers, ~11 M entries).
"""

from __future__ import annotations

import sqlite3
from operator import itemgetter
from datetime import date, datetime

from sqlalchemy import Table
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from desktop.persistence.office import catalog, sqlite_history

FAST_SQLITE = True  # tests switch it off to compare with Core's insert (and the history triggers)
_REPEATING = {date, datetime, bool}  # values whose bind processing is cached per statement


def insert_rows(conn: Connection, table: Table, rows: list[dict]) -> None:
    """Insert ``rows`` (dicts with the same keys) into ``table`` in one executemany."""
    if not rows:
        return
    if not FAST_SQLITE or conn.dialect.name != "sqlite":
        conn.execute(table.insert(), rows)
        return
    keys = list(rows[0])
    given = [table.c[k] for k in keys]
    defaults = []
    for column in table.c:
        if column.key in rows[0] or column.default is None and column.server_default is None:
            continue
        if column.server_default is not None and column.default is None:
            continue  # the database fills it in
        if not column.default.is_scalar:
            raise ValueError(f"{table.name}.{column.key}: a computed default must be given by the caller")
        defaults.append((column, column.default.arg))
    columns = given + [c for c, _ in defaults]
    processors = [(i, p, {}) for i, c in enumerate(columns) if (p := c.type._cached_bind_processor(conn.dialect))]
    tail = tuple(value for _, value in defaults)
    tuples = []
    width, pick = len(keys), itemgetter(*keys)
    for row in rows:
        if len(row) != width:
            raise ValueError(f"{table.name}: every row gives the same columns ({keys})")
        values = [*pick(row), *tail] if width > 1 else [pick(row), *tail]
        for i, process, seen in processors:
            value = values[i]
            if type(value) in _REPEATING:  # the audit stamps and dates repeat: each formatted once a statement
                done = seen.get(value)
                if done is None:
                    done = seen[value] = process(value)
                values[i] = done
            else:
                values[i] = process(value)
        tuples.append(values)
    sql = f"INSERT INTO {table.name} ({', '.join(c.name for c in columns)}) VALUES ({', '.join('?' * len(columns))})"
    cursor = conn.connection.driver_connection.cursor()
    try:
        cursor.executemany(sql, tuples)
    except sqlite3.Error as err:  # as SQLAlchemy wraps it, so callers see the same exception types
        raise DBAPIError.instance(sql, None, err, sqlite3.Error) from err
    finally:
        cursor.close()


def insert_tables(conn: Connection, login: str, tables: list[tuple[Table, list[dict]]]) -> None:
    """Insert each table's rows in turn (``insert_rows``) with their change history: on SQLite's fast
    path the history triggers stand aside and the entries are written sealed afterwards, in the
    order the triggers would have written them (table by table, row by row); elsewhere the
    triggers write them (sealed as usual by the unit)."""
    if not FAST_SQLITE or conn.dialect.name != "sqlite":
        for table, rows in tables:
            insert_rows(conn, table, rows)
        return
    raw = conn.connection.driver_connection
    recorded = set(catalog.history_tables())
    written = []  # (table, the largest rowid before its rows)
    with sqlite_history.bulk_inserts(conn, login) as history:
        for table, rows in tables:
            if rows:
                before = raw.execute(f"SELECT coalesce(max(rowid), 0) FROM {table.name}").fetchone()[0]
                insert_rows(conn, table, rows)
                if table.name in recorded:
                    written.append((str(table.name), before))  # a plain str: sqlite3 probes a subclass per row
    for name, before in written:
        history.record(name, "rowid > ?", (before,))
