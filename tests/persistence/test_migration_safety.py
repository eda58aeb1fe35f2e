"""Upgrades and restores are all or nothing, and a database is recognised as ours by its tables.

A step failing half-way used to leave SQLite with the earlier steps' tables committed (Alembic
"assumes non-transactional DDL" there), so every later start failed with "table … already exists",
each failed start wrote one more full copy, and no message said where the good data was.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from desktop.persistence import migrate
from desktop.persistence.errors import DatabaseError
from desktop.rules.dealers import records as r
from desktop.services.dealers import files as dealers
from desktop.services.dealers import listing
from desktop.services.backup import restore
from desktop.services.context import ServiceContext
from desktop.errors import ServiceError

LATER_TABLES = {"roster_imports", "contracts", "meetings"}  # created by 0002–0004


def url_of(path: Path) -> str:
    return "sqlite:///" + path.as_posix()


def insert_dealer(conn, name: str) -> None:
    """A dealer row by hand (the models are at HEAD, the file at an older revision)."""
    columns = conn.execute(text("PRAGMA table_info(dealers)")).all()
    values = {}
    for _cid, column, kind, notnull, default, pk in columns:
        if pk or not notnull or default is not None:
            continue
        kind = kind.upper()
        values[column] = 0 if kind.startswith(("INT", "BOOL", "NUMERIC")) else \
            "2026-01-01 00:00:00" if kind.startswith(("DATE", "TIME")) else ""
    values.update(legal_name=name, city="杭州", version=1)
    names = ", ".join(values)
    conn.execute(text(f"INSERT INTO dealers ({names}) VALUES ({', '.join(':' + k for k in values)})"), values)


def at_0001_with_a_stumbling_block(path: Path) -> None:
    """One of our databases at 0001 with a dealer, plus an index of its user's own whose name 0004
    needs: 0002 and 0003 go through, 0004 fails half-way."""
    ctx = ServiceContext.open(url_of(path), "tester", migrate=False)
    try:
        migrate.upgrade(ctx.engine, "0001_initial")
        with ctx.engine.begin() as conn:
            insert_dealer(conn, "升级前的车商有限公司")
            conn.execute(text("CREATE INDEX ix_contracts_number ON dealers (legal_name)"))
    finally:
        ctx.dispose()


def tables_of(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def revision_of(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def test_an_upgrade_failing_half_way_leaves_the_file_as_it_was_and_says_so(tmp_path):
    path = tmp_path / "dealerdesk.sqlite3"
    at_0001_with_a_stumbling_block(path)
    before = tables_of(path)
    for attempt in (1, 2, 3):  # every start tries again; none leaves anything behind
        with pytest.raises(DatabaseError) as caught:
            ServiceContext.open(url_of(path), "tester")
        err = caught.value
        assert err.code == "db.upgrade_failed_unchanged", f"start {attempt}: {err.code}: {err}"
        assert tables_of(path) == before and not LATER_TABLES & tables_of(path), (
            f"start {attempt}: no table of the later steps stays behind: {sorted(tables_of(path) - before)}")
        assert revision_of(path) == "0001_initial", f"start {attempt}: still at the old revision"
        assert sorted(p.name for p in tmp_path.iterdir() if "before-migration" in p.name) == [], (
            f"start {attempt}: a failed upgrade leaves no copy (the file itself is unchanged)")
    message = err.message("zh_CN")
    assert str(path) in message and "未作任何改动" in message and "0001_initial" in message, message
    assert "Traceback" not in message and "CREATE" not in message, f"no SQL in the message: {message}"
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT legal_name FROM dealers").fetchall() == [("升级前的车商有限公司",)]
        conn.execute("DROP INDEX ix_contracts_number")
    ctx = ServiceContext.open(url_of(path), "tester")  # the obstacle gone, the same file upgrades
    try:
        assert migrate.current_revision(ctx.engine) == migrate.HEAD
        assert [d.legal_name for d in listing.list_rows(ctx)] == ["升级前的车商有限公司"]
        copies = [p for p in tmp_path.iterdir() if "before-migration" in p.name]
        assert len(copies) == 1 and "0001" in copies[0].name, f"one copy, named for the revision it holds: {copies}"
        assert revision_of(copies[0]) == "0001_initial"
    finally:
        ctx.dispose()


def foreign_file(path: Path) -> Path:
    """Another program's database that happens to carry an Alembic table at our first revision."""
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
        conn.execute("INSERT INTO alembic_version VALUES ('0001_initial')")
        conn.execute("CREATE TABLE dealers (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("CREATE TABLE roster_imports (id INTEGER PRIMARY KEY, note TEXT)")
        conn.execute("INSERT INTO dealers (name) VALUES ('别人的数据')")
    conn.close()
    return path


def test_a_foreign_database_with_our_alembic_table_is_refused_untouched(tmp_path):
    path = foreign_file(tmp_path / "foreign.sqlite3")
    before = tables_of(path)
    with pytest.raises(DatabaseError) as caught:
        ServiceContext.open(url_of(path), "tester")
    assert caught.value.code == "db.not_ours", f"refused before any change: {caught.value.code}: {caught.value}"
    message = caught.value.message("zh_CN")
    assert "不符" in message and "未作任何改动" in message and "Traceback" not in message, message
    assert tables_of(path) == before and revision_of(path) == "0001_initial", "nothing was created or changed"
    assert not [p for p in tmp_path.iterdir() if "before-migration" in p.name], "no copy for a file that is not ours"


@pytest.fixture
def live(tmp_path):
    ctx = ServiceContext.open(url_of(tmp_path / "live.sqlite3"), "tester")
    dealers.save(ctx, r.Dealer(legal_name="当前的车商有限公司", city="杭州"))
    yield ctx
    ctx.dispose()


def test_restore_refuses_a_foreign_file_that_claims_our_revision(live, tmp_path):
    path = foreign_file(tmp_path / "foreign-backup.sqlite3")
    with pytest.raises(ServiceError) as caught:
        restore.inspect(path)
    assert caught.value.code == "restore.not_ours", caught.value.code
    with pytest.raises(ServiceError):
        restore.restore(live, path)
    assert [d.legal_name for d in listing.list_rows(live)] == ["当前的车商有限公司"], "the current data is untouched"


def test_restoring_an_old_backup_that_cannot_be_upgraded_changes_nothing(live, tmp_path):
    old = tmp_path / "old-backup.sqlite3"
    at_0001_with_a_stumbling_block(old)
    info = restore.inspect(old)
    assert info.revision == "0001_initial" and info.older_schema
    with pytest.raises(ServiceError) as caught:
        restore.restore(live, old, info=info)
    assert caught.value.code == "restore.upgrade_failed", caught.value.code
    message = caught.value.message("zh_CN")
    assert str(old) in message and "未作任何改动" in message and "Traceback" not in message, message
    assert [d.legal_name for d in listing.list_rows(live)] == ["当前的车商有限公司"], "the current data is as it was"
    assert migrate.current_revision(live.engine) == migrate.HEAD
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith((".live", "live.")) and p.name != "live.sqlite3"
                 and not p.name.endswith(("-wal", "-shm"))]
    assert leftovers == [], f"no scratch or safety copy left behind: {leftovers}"
    assert tables_of(old) >= {"dealers"} and revision_of(old) == "0001_initial", "the backup file itself is not changed"


PG_URL = os.environ.get("DEALERDESK_TEST_PG_URL")


@pytest.mark.skipif(not PG_URL, reason="set DEALERDESK_TEST_PG_URL to test on PostgreSQL")
def test_postgresql_upgrade_failing_half_way_changes_nothing_and_says_so():
    ctx = ServiceContext.open(PG_URL, "tester", migrate=False)
    try:
        with ctx.engine.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
        migrate.upgrade(ctx.engine, "0001_initial")
        with ctx.engine.begin() as conn:
            conn.execute(text("CREATE INDEX ix_contracts_number ON dealers (legal_name)"))
        with pytest.raises(DatabaseError) as caught:
            migrate.upgrade(ctx.engine)
        assert caught.value.code == "db.upgrade_failed_unchanged", caught.value.code
        assert "未作任何改动" in caught.value.message("zh_CN")
        assert migrate.current_revision(ctx.engine) == "0001_initial"
        assert not LATER_TABLES & set(inspect(ctx.engine).get_table_names()), "no later table stays behind"
    finally:
        with ctx.engine.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
        ctx.dispose()
