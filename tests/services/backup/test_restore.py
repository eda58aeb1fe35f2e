"""Putting a backup back: all of it in one transaction, the current data saved first, or nothing."""

from __future__ import annotations

import sqlite3

import pytest

from desktop.persistence import migrate
from desktop.rules.dealers import records as r
from desktop.services.backup import create as backup, restore
from desktop.services.contracts import drafts as contracts
from desktop.services.dealers import files as dealers
from desktop.services.dealers import listing
from desktop.services.demo import territory as demo
from desktop.services.context import ServiceContext
from desktop.errors import ServiceError


def open_file(path) -> ServiceContext:
    return ServiceContext.open("sqlite:///" + path.as_posix(), "tester")


@pytest.fixture
def live(tmp_path):
    ctx = open_file(tmp_path / "live.sqlite3")
    demo.generate(ctx, 40, seed=5)
    yield ctx
    ctx.dispose()


def names(ctx) -> list[str]:
    return sorted(d.legal_name for d in listing.list_rows(ctx))


def code_of(call) -> str:
    with pytest.raises(ServiceError) as caught:
        call()
    return caught.value.code


def test_restore_brings_back_the_backup_and_keeps_what_was_there(live, tmp_path):
    kept = backup.backup(live, tmp_path / "monday.sqlite3").path
    monday = names(live)
    contracts_monday = len(contracts.list_rows(live))
    dealers.save(live, r.Dealer(legal_name="周二新建汽车销售有限公司", city="杭州"))
    tuesday = names(live)
    assert tuesday != monday

    info = restore.inspect(kept)
    assert (info.dealers, info.contracts) == (40, contracts_monday) and info.last_change is not None
    assert "40 家车商" in restore.summary(info, "zh_CN")
    steps = []
    result = restore.restore(live, kept, progress=lambda done, total: steps.append((done, total)))

    assert names(live) == monday, "the live database now holds Monday's dealers"
    assert len(contracts.list_rows(live)) == contracts_monday
    assert steps[-1] == (1000, 1000) and steps == sorted(steps), "progress climbs to the end"
    assert result.saved_copy.parent == tmp_path and ".before-restore-" in result.saved_copy.name
    saved = open_file(result.saved_copy)
    try:
        assert names(saved) == tuesday, "what was there before the restore is kept beside the database"
    finally:
        saved.dispose()
    dealers.save(live, r.Dealer(legal_name="恢复之后新建汽车有限公司", city="宁波"))
    assert "恢复之后新建汽车有限公司" in names(live), "the app goes on writing to the restored database"


def test_another_window_on_the_same_file_sees_the_restored_data(live, tmp_path):
    kept = backup.backup(live, tmp_path / "kept.sqlite3").path
    other = open_file(tmp_path / "live.sqlite3")
    try:
        dealers.save(other, r.Dealer(legal_name="另一窗口新建汽车有限公司", city="杭州"))
        assert "另一窗口新建汽车有限公司" in names(other)
        restore.restore(live, kept)
        assert "另一窗口新建汽车有限公司" not in names(other)
    finally:
        other.dispose()


def test_cancel_part_way_changes_nothing(live, tmp_path, monkeypatch):
    kept = backup.backup(live, tmp_path / "kept.sqlite3").path
    dealers.save(live, r.Dealer(legal_name="不应消失汽车有限公司", city="杭州"))
    before = names(live)
    monkeypatch.setattr(restore, "PAGES_PER_STEP", 4)  # many steps, so the cancel lands mid-copy
    calls = []

    def stop_in_the_middle(done, total):
        calls.append(done)
        return not (done > 600)  # past the safety copy, part-way through the restore

    with pytest.raises(backup.BackupCancelled):
        restore.restore(live, kept, progress=stop_in_the_middle)
    assert 600 < calls[-1] < 1000, calls[-3:]
    assert names(live) == before, "the half-copied restore was rolled back"
    with live.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA quick_check").scalar() == "ok"


def test_files_that_cannot_be_restored_say_why(live, tmp_path):
    assert code_of(lambda: restore.inspect(tmp_path / "nothing.sqlite3")) == "restore.missing"
    text = tmp_path / "roster.sqlite3"
    text.write_text("名称,城市\n", encoding="utf-8")
    assert code_of(lambda: restore.inspect(text)) == "restore.not_database"
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as con:
        con.execute("CREATE TABLE notes (x)")
    assert code_of(lambda: restore.inspect(other)) == "restore.not_ours"
    future = backup.backup(live, tmp_path / "future.sqlite3").path
    with sqlite3.connect(future) as con:
        con.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    with pytest.raises(ServiceError) as caught:
        restore.inspect(future)
    assert caught.value.code == "restore.newer" and "请先升级" in caught.value.message("zh_CN")
    damaged = backup.backup(live, tmp_path / "damaged.sqlite3").path
    data = bytearray(damaged.read_bytes())
    data[8192:8192 + 4096] = b"\xff" * 4096
    damaged.write_bytes(bytes(data))
    assert code_of(lambda: restore.inspect(damaged)) in {"restore.damaged", "restore.unreadable"}
    assert code_of(lambda: restore.restore(live, tmp_path / "live.sqlite3")) == "restore.same_file"
    memory = ServiceContext.open("sqlite:///:memory:", "tester")
    try:
        assert code_of(lambda: restore.restore(memory, future)) == "restore.server"
    finally:
        memory.dispose()
    assert len(listing.list_rows(live)) == 40, "no refusal touched the live data"


def test_a_backup_from_an_older_version_is_upgraded(live, tmp_path):
    old = backup.backup(live, tmp_path / "old.sqlite3").path
    engine = open_file(old)
    try:
        migrate.downgrade(engine.engine, "0004_contracts")
    finally:
        engine.dispose()
    info = restore.inspect(old)
    assert info.revision == "0004_contracts" and info.older_schema
    result = restore.restore(live, old)
    assert result.upgraded and migrate.current_revision(live.engine) == migrate.HEAD
    assert len(listing.list_rows(live)) == 40 and contracts.list_rows(live)
