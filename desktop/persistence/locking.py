"""The write lock a unit of work takes before it reads what it is about to change.

A service that checks something and then writes ("this import is not undone yet", "nobody changed
this dealer since") is only right if nobody else can write between the check and the write. So a
write unit (``ServiceContext.write_unit``) asks for the database's write lock as its very first
statement:

- SQLite: ``BEGIN IMMEDIATE`` (Python's sqlite3 would otherwise start the transaction only at the
  first INSERT/UPDATE, after the checks were read outside it). Waits up to the busy timeout.
- PostgreSQL: a transaction-scoped advisory lock that every write unit takes first, so write units
  run one after another, as on SQLite, while reads never wait; it goes with the commit or rollback.

Plain units (``ServiceContext.unit``) are unchanged: reads, and writes that need no check.
"""

from __future__ import annotations

from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine

WRITE_OPTION = "dealerdesk_write_unit"
# pg_advisory_xact_lock's key for "a DealerDesk write unit": any fixed 64-bit number ('ddwrite').
ADVISORY_KEY = 0x6464_7772_6974_65


def install(engine: Engine) -> None:
    """Make connections of ``engine`` that carry the write option begin by taking the write lock."""
    backend = engine.url.get_backend_name()
    if backend == "sqlite":
        event.listen(engine, "begin", _sqlite_begin)
    elif backend == "postgresql":
        event.listen(engine, "begin", _postgresql_begin)


def _wants_lock(conn: Connection) -> bool:
    return bool(conn.get_execution_options().get(WRITE_OPTION))


def _sqlite_begin(conn: Connection) -> None:
    if _wants_lock(conn):
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def _postgresql_begin(conn: Connection) -> None:
    if _wants_lock(conn):
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({ADVISORY_KEY})")
