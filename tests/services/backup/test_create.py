"""Backing up the embedded database while it is open: a whole, checked copy or nothing."""

from __future__ import annotations

import sqlite3

import pytest

from desktop.rules.dealers import records as r
from desktop.services.backup import create as backup
from desktop.services.contracts import drafts as contracts
from desktop.services.dealers import files as dealers
from desktop.services.dealers import listing
from desktop.services.demo import territory as demo
from desktop.services.context import ServiceContext
from desktop.errors import ServiceError


@pytest.fixture
def filled(tmp_path):
    ctx = ServiceContext.open("sqlite:///" + (tmp_path / "live.sqlite3").as_posix(), "tester")
    demo.generate(ctx, 60, seed=3)
    yield ctx
    ctx.dispose()


def test_the_copy_opens_with_everything_in_it(filled, tmp_path):
    steps = []
    result = backup.backup(filled, tmp_path / "copy.sqlite3", progress=lambda done, total: steps.append((done, total)))
    assert result.path.exists() and result.size == result.path.stat().st_size > 0
    assert steps and steps[-1][0] == steps[-1][1], f"progress reaches the end: {steps[-3:]}"
    assert not (tmp_path / "copy.sqlite3-wal").exists(), "one self-contained file"
    copy = ServiceContext.open("sqlite:///" + result.path.as_posix(), "tester")
    try:
        assert [d.legal_name for d in listing.list_rows(copy)] == [d.legal_name for d in listing.list_rows(filled)], \
            "the same dealers"
        assert len(contracts.list_rows(copy)) == len(contracts.list_rows(filled)) > 0, "and the same contracts"
    finally:
        copy.dispose()


def test_a_write_after_the_backup_is_not_in_it_and_the_live_database_goes_on(filled, tmp_path):
    result = backup.backup(filled, tmp_path / "before.sqlite3")
    dealers.save(filled, r.Dealer(legal_name="备份之后新建汽车有限公司", city="杭州"))
    with sqlite3.connect(result.path) as con:
        names = {row[0] for row in con.execute("SELECT legal_name FROM dealers")}
    assert "备份之后新建汽车有限公司" not in names and len(names) == 60, "the copy is the state at backup time"


def test_cancel_leaves_nothing_and_keeps_an_older_file(filled, tmp_path):
    target = tmp_path / "copy.sqlite3"
    target.write_bytes(b"an older backup")
    with pytest.raises(backup.BackupCancelled):
        backup.backup(filled, target, progress=lambda done, total: False)
    assert target.read_bytes() == b"an older backup", "the file already there is untouched"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == [], "no half-written copy left"


def test_refusals(filled, tmp_path):
    with pytest.raises(ServiceError) as caught:
        backup.backup(filled, tmp_path / "live.sqlite3")
    assert caught.value.code == "backup.same_file", "the database cannot be its own backup"
    memory = ServiceContext.open("sqlite:///:memory:", "tester")
    with pytest.raises(ServiceError) as caught:
        backup.backup(memory, tmp_path / "x.sqlite3")
    assert caught.value.code == "backup.server" and "pg_dump" in caught.value.message("en")
    with pytest.raises(OSError):
        backup.backup(filled, tmp_path / "no-such-folder" / "x.sqlite3")
    assert backup.suggested_name().startswith("dealerdesk-backup-") and backup.suggested_name().endswith(".sqlite3")
