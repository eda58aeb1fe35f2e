"""The app never releases its own SQLite locks, and stops writing should they be lost anyway.

Each path that used to open the live database by path (closing that descriptor released every lock
of the process): afterwards another process still cannot lock the database exclusively, another
session opening and closing it does not delete the -wal under the app, and a dealer saved after that
is there for everybody. Linux only (POSIX locks as published in /proc/locks).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from desktop.persistence import migrate
from desktop.persistence.errors import DatabaseError
from desktop.rules.dealers import records as r
from desktop.services.backup import create as backup, restore
from desktop.services.contracts import drafts as contracts, integrity as pack_integrity
from desktop.services.dealers import files as dealers
from desktop.services.dealers import listing
from desktop.services.negotiation import resources as negotiation_resources
from desktop.services.rosters import export as roster_export
from desktop.services.contracts import attachments
from desktop.services.rosters import read as roster_import
from desktop.services.context import ServiceContext
from desktop.errors import ServiceError
from tests.persistence.lock_support import another_session, assert_locked, count_elsewhere, others_can_lock
from tests.services.contracts_support import DAY, dealer_with_policy

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux") or not Path("/proc/locks").exists(),
                                reason="POSIX lock behaviour checked through Linux /proc/locks")


def open_file(path: Path) -> ServiceContext:
    return ServiceContext.open("sqlite:///" + path.as_posix(), "tester")


def save(ctx, name: str) -> r.Dealer:
    return dealers.save(ctx, r.Dealer(legal_name=name, city="杭州"))


def nothing_lost(ctx, db: Path, when: str) -> None:
    """The app keeps its locks; another program's session leaves its -wal alone; a later save is seen by all."""
    assert_locked(db, when)
    before = count_elsewhere(db)
    another_session(db)
    assert Path(f"{db}-wal").exists(), f"{when}: another session's close deleted the -wal the app still writes into"
    save(ctx, f"之后保存的车商 {when}")
    assert count_elsewhere(db) == before + 1, f"{when}: a dealer saved afterwards must be visible to other programs"
    assert_locked(db, f"{when}, after the save")


@pytest.fixture
def live(tmp_path):
    ctx = open_file(tmp_path / "live.sqlite3")
    save(ctx, "杭州骏通汽车销售服务有限公司")
    yield ctx
    ctx.dispose()


def db_of(ctx) -> Path:
    return backup.database_file(ctx)


def test_the_locks_are_there_to_begin_with(live):
    assert others_can_lock(db_of(live)) == {"db": False, "shm": False}, "an open app holds both SQLite locks"
    nothing_lost(live, db_of(live), "no other file touched")


def test_an_upgrade_at_start_copies_the_file_without_releasing_the_locks(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = ServiceContext.open("sqlite:///" + path.as_posix(), "tester")
    save(old, "升级前的车商有限公司")  # written with today's columns, then taken back to an older schema
    migrate.downgrade(old.engine, "0004_contracts")
    old.dispose()
    ctx = open_file(path)  # upgrades, copying the file aside first
    try:
        copies = list(tmp_path.glob("old.before-migration-*.sqlite3"))
        assert len(copies) == 1, f"one copy before the upgrade: {copies}"
        assert count_elsewhere(copies[0]) == 1, "the copy holds the dealer saved before the upgrade"
        nothing_lost(ctx, path, "after an upgrade at start")
    finally:
        ctx.dispose()


def _open_roster(ctx, path):
    roster_import.open_roster(ctx, path)


def _verify(ctx, path):
    pack_integrity.verify_file(ctx, path)


def _attach(ctx, path):
    dealer, _policy = dealer_with_policy(ctx)
    draft = contracts.create(ctx, dealer.id, today=DAY)
    attachments.add_file(ctx, draft.id, draft.audit.version, path, today=DAY)


def _inspect(_ctx, path):
    restore.inspect(path)


def _restore(ctx, path):
    restore.restore(ctx, path)


def _resources(ctx, path):
    negotiation_resources.import_file(ctx, path)


def _export(ctx, path):
    roster_export.export(ctx, path)


def _backup_to(ctx, path):
    backup.backup(ctx, path)


PICKED = {"roster import": _open_roster, "verify-pack": _verify, "contract attachment": _attach,
          "restore inspection": _inspect, "restore": _restore, "repair resources import": _resources,
          "roster export over it": _export, "backup over it": _backup_to}


@pytest.mark.parametrize("which", ["", "-wal", "-shm"])
@pytest.mark.parametrize("path_kind", sorted(PICKED))
def test_a_picked_file_that_is_the_live_database_is_refused_and_the_locks_stay(live, path_kind, which):
    db = db_of(live)
    picked = Path(f"{db}{which}")
    assert picked.exists(), f"{picked.name} exists while the app is open"
    with pytest.raises(ServiceError) as caught:
        PICKED[path_kind](live, picked)
    err = caught.value
    assert err.code in ("db.live_file", "restore.same_file", "backup.same_file"), f"{path_kind}: refused as the database: {err.code}"
    message = err.message("zh_CN")
    assert "正在使用的数据库" in message or "就是当前数据库本身" in message, f"{path_kind}: a Chinese reason: {message}"
    assert str(picked) in message, f"{path_kind}: the message names the file: {message}"
    assert count_elsewhere(db) >= 1, "the database is intact"
    nothing_lost(live, db, f"{path_kind} on {picked.name}")


def test_a_symlink_to_the_database_is_the_database(live, tmp_path):
    link = tmp_path / "looks-like-a-roster.xlsx"
    link.symlink_to(db_of(live))
    with pytest.raises(ServiceError) as caught:
        roster_import.open_roster(live, link)
    assert caught.value.code == "db.live_file"
    nothing_lost(live, db_of(live), "a symlink to the database")


def test_other_files_are_not_refused(live, tmp_path):
    from desktop.persistence import sqlite_safety

    other = open_file(tmp_path / "other.sqlite3")
    other.dispose()  # a database this process no longer holds open may be read like any file
    assert sqlite_safety.is_live_database(tmp_path / "other.sqlite3") is None
    assert sqlite_safety.is_live_database(db_of(live)) == db_of(live)
    assert restore.inspect(tmp_path / "other.sqlite3").dealers == 0


def test_a_lost_lock_stops_every_write_with_a_message_and_loses_nothing(live):
    db = db_of(live)
    fd = os.open(db, os.O_RDONLY)  # what a careless library does: open and close the database file
    os.close(fd)
    assert others_can_lock(db)["db"] is True, "closing any descriptor releases the process's lock (the hazard itself)"
    with pytest.raises(DatabaseError) as caught:
        save(live, "锁丢失后保存的车商")
    assert caught.value.code == "db.lock_lost", f"the save is refused: {caught.value.code}"
    message = caught.value.message("zh_CN")
    assert "失去" in message and str(db) in message and "重新打开" in message, f"says what happened and what to do: {message}"
    assert "Traceback" not in message and "INSERT" not in message, message
    assert count_elsewhere(db) == 1, "the refused dealer is nowhere, the first one is still there"
    assert [d.legal_name for d in listing.list_rows(live)] == ["杭州骏通汽车销售服务有限公司"], "reading still works"
    live.dispose()  # what closing and opening the app again does
    assert others_can_lock(db)["db"] is True
    again = open_file(db)
    try:
        nothing_lost(again, db, "after opening the database again")
    finally:
        again.dispose()
