"""The demo territory at any size (issue 15): its rows go to SQLite through the driver's own
executemany yet are stored exactly as Core stores them; its history is written already sealed
(``sqlite_history.bulk_inserts``) — the very entries the triggers write, no update pass over them —
or, where the triggers write it, sealed chunk by chunk (bounded memory for a million dealers), the
chain intact at the end."""

from __future__ import annotations

import re
import sqlite3

from sqlalchemy import event, text

from desktop.persistence.office import sqlite_history
from desktop.services.demo import bulk
from desktop.services.demo import territory as demo
from desktop.services.context import ServiceContext

STAMPS = {"created_at", "updated_at", "at", "prev_hash", "hash", "submitted_at", "approved_at", "sha256", "pdf",
          "content", "data", "signed_at", "issued_at"}
# the territory's own tables, whose entries the fast path writes itself
BULK = ("dealers", "dealer_brands", "dealer_sources", "dealer_insurers", "key_people", "visits", "visit_staff",
        "relationships", "target_assessments", "classifications")


def _generate(path, n: int = 40) -> None:
    ctx = ServiceContext.open("sqlite:///" + path.as_posix(), "demo")
    try:
        demo.generate(ctx, n, seed=4)
    finally:
        ctx.dispose()


def _stored(path) -> dict[str, list[tuple]]:
    """Every table's rows as SQLite holds them (value and storage class), timestamps (also inside
    JSON snapshots), hashes and the database's own random id aside."""
    out = {}
    stamp = re.compile(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d\.\d+")
    with sqlite3.connect(path) as conn:
        tables = [t for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        for table in tables:
            if table == "app_meta":
                continue
            columns = [c[1] for c in conn.execute(f'PRAGMA table_info("{table}")') if c[1] not in STAMPS]
            if not columns:
                continue
            select = ", ".join(f'"{c}", typeof("{c}")' for c in columns)
            out[table] = [tuple(stamp.sub("…", v) if isinstance(v, str) else v for v in row)
                          for row in conn.execute(f'SELECT {select} FROM "{table}" ORDER BY rowid')]
    return out


def test_the_drivers_executemany_stores_what_core_stores(tmp_path, monkeypatch):
    _generate(tmp_path / "fast.sqlite3")
    monkeypatch.setattr(bulk, "FAST_SQLITE", False)
    _generate(tmp_path / "core.sqlite3")
    fast, core = _stored(tmp_path / "fast.sqlite3"), _stored(tmp_path / "core.sqlite3")
    assert fast.keys() == core.keys()
    differ = {t: next((a, b) for a, b in zip(fast[t], core[t]) if a != b) if len(fast[t]) == len(core[t])
              else (len(fast[t]), len(core[t])) for t in fast if fast[t] != core[t]}
    assert not differ, f"first differing row per table (fast path, Core): {str(differ)[:2000]}"
    assert len(fast["dealers"]) == 40 and len(fast["history"]) > 400, "a whole territory and its history compared"
    # history's columns: id, login, table_name, record_id, dealer_id, op, changes, private (value, type each)
    assert {row[4] for row in fast["history"]} >= set(BULK), "the bulk-written entries are among those compared"


def test_the_territorys_history_is_written_sealed_with_no_update_pass(tmp_path):
    """Fails on a demo whose rows go through the insert triggers: each of their entries is then
    written unsealed and updated afterwards by the seal."""
    ctx = ServiceContext.open("sqlite:///" + (tmp_path / "bulk.sqlite3").as_posix(), "演示用户")
    seen: list[str] = []
    ctx.engine.dispose()
    event.listen(ctx.engine, "connect", lambda dbapi_conn, _record: dbapi_conn.set_trace_callback(seen.append))
    try:
        demo.generate(ctx, 40, seed=4)
        with ctx.engine.connect() as conn:
            ids = {table: {str(i) for (i,) in conn.execute(text(
                "SELECT id FROM history WHERE table_name = :t AND op = 'I'"  # before the later stages' own saves
                " AND id <= (SELECT max(id) FROM history WHERE table_name = 'classifications')"), {"t": table})}
                   for table in BULK}
            checked, broken, why = sqlite_history.verify(conn)
            total, logins = conn.execute(text("SELECT count(*), group_concat(DISTINCT login) FROM history")).one()
            left = conn.execute(text("SELECT count(*) FROM app_meta WHERE key = :k"), {"k": sqlite_history.BULK_KEY}).scalar()
    finally:
        ctx.dispose()
    assert all(ids.values()), f"every table of the territory has insert entries: { {t: len(v) for t, v in ids.items()} }"
    updated = {q.rsplit("WHERE id = ", 1)[-1].strip() for q in seen if q.lstrip().upper().startswith("UPDATE HISTORY")}
    touched = {t: len(v & updated) for t, v in ids.items() if v & updated}
    assert not touched, f"insert entries written sealed, never updated afterwards (later edits' are, as usual): {touched}"
    assert (checked, broken, why) == (total, None, "") and logins == "演示用户", "one intact chain, signed by the user"
    assert left == 0, "the triggers' stand-aside key never outlives a chunk"


def test_the_history_is_sealed_chunk_by_chunk_as_the_territory_is_written(tmp_path, monkeypatch):
    monkeypatch.setattr(demo, "CHUNK", 10)
    monkeypatch.setattr(sqlite_history, "SEAL_CHUNK", 25)
    monkeypatch.setattr(bulk, "FAST_SQLITE", False)  # Core's inserts: the spy below sees them
    ctx = ServiceContext.open("sqlite:///" + (tmp_path / "sealed.sqlite3").as_posix(), "演示用户")
    reads: list[int] = []  # how many entries each read of the next ones to seal may return
    unsealed: list[int] = []  # entries left unsealed when each chunk of dealers is written

    @event.listens_for(ctx.engine, "before_cursor_execute")
    def spy(conn, cursor, statement, parameters, *_args):
        if statement.startswith("SELECT id, at, table_name") and "hash IS NULL" in statement:
            assert "LIMIT" in statement, "a bounded read"
            reads.append(parameters[-1] if isinstance(parameters, (tuple, list)) else parameters)
        if statement.startswith("INSERT INTO dealers "):  # one a chunk
            unsealed.append(conn.exec_driver_sql("SELECT count(*) FROM history WHERE hash IS NULL").scalar())

    try:
        with ctx.unit() as s:
            cache_before = s.connection().exec_driver_sql("PRAGMA cache_size").scalar()
        demo.generate(ctx, 40, seed=4)
        event.remove(ctx.engine, "before_cursor_execute", spy)
        with ctx.engine.connect() as conn:
            total = conn.execute(text("SELECT count(*) FROM history")).scalar()
            checked, broken, why = sqlite_history.verify(conn)
            logins = conn.execute(text("SELECT DISTINCT login FROM history")).scalars().all()
            cache_after = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    finally:
        ctx.dispose()
    assert (checked, broken, why) == (total, None, ""), f"every entry sealed in one intact chain: {checked}/{total} {broken} {why}"
    assert logins == ["演示用户"]
    assert reads and set(reads) == {25}, f"every read of entries to seal is bounded by the chunk: {reads}"
    assert len(unsealed) == 4 and unsealed[1:] == [0, 0, 0], \
        f"each chunk of dealers' history is sealed before the next chunk is written: {unsealed}"
    assert cache_after == cache_before, "the pooled connection gets its own page cache size back"
