"""A bigger SQLite page cache for one large write (a roster or list import, the demo territory).

SQLite's default cache is 2 MB: a transaction inserting hundreds of thousands of rows pushes its
index pages out and reads them back again and again (about 40% more CPU for 200,000 policies).
Pages are only held as they are used. Other databases: nothing changes.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from sqlalchemy.orm import Session


@contextmanager
def roomy_cache(session: Session, kb: int) -> Iterator[None]:
    """On SQLite, a page cache of ``kb`` KB for the writes inside; the connection's own setting again
    afterwards (it returns to the pool)."""
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        yield
        return
    before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size=-{int(kb)}")
    try:
        yield
    finally:
        try:
            conn.exec_driver_sql(f"PRAGMA cache_size={int(before)}")
        except Exception:  # the connection is gone (the error being raised says why)
            pass
