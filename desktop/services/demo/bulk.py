"""The demo territory's bulk inserts: many rows of one table in one statement run.

On SQLite the rows go to the sqlite3 driver's own ``executemany`` as plain tuples, each value
passed through the column type's own SQLAlchemy bind processor (so the file holds exactly what a
Core insert stores) and columns left out filled with their scalar Python-side defaults — Core's
executemany spends more time building each row's parameters than SQLite spends storing it.
Elsewhere (an office database) Core's executemany.
"""

from __future__ import annotations

import sqlite3

from sqlalchemy import Table
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

FAST_SQLITE = True  # tests switch it off to compare with Core's insert


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
    processors = [(i, p) for i, c in enumerate(columns) if (p := c.type._cached_bind_processor(conn.dialect))]
    tail = tuple(value for _, value in defaults)
    tuples = []
    for row in rows:
        if len(row) != len(keys):
            raise ValueError(f"{table.name}: every row gives the same columns ({keys})")
        values = [row[k] for k in keys]
        values.extend(tail)
        for i, process in processors:
            values[i] = process(values[i])
        tuples.append(values)
    sql = f"INSERT INTO {table.name} ({', '.join(c.name for c in columns)}) VALUES ({', '.join('?' * len(columns))})"
    cursor = conn.connection.driver_connection.cursor()
    try:
        cursor.executemany(sql, tuples)
    except sqlite3.Error as err:  # as SQLAlchemy wraps it, so callers see the same exception types
        raise DBAPIError.instance(sql, None, err, sqlite3.Error) from err
    finally:
        cursor.close()
