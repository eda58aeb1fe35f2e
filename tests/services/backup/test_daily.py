"""The daily backup: made when a day has passed, the newest few kept, nobody else's files touched."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from desktop.services.backup import daily as auto_backup
from desktop.services.dealers import files as dealers
from desktop.services.context import ServiceContext

MONDAY = datetime(2026, 11, 23, 8, 30)


@pytest.fixture
def live(tmp_path):
    ctx = ServiceContext.open("sqlite:///" + (tmp_path / "territory.sqlite3").as_posix(), "tester")
    yield ctx
    ctx.dispose()


def test_due_once_a_day(live, tmp_path):
    folder = tmp_path / "backups"
    assert auto_backup.due(live, folder, MONDAY), "no copy yet"
    auto_backup.run(live, folder, now=MONDAY)
    assert not auto_backup.due(live, folder, MONDAY + timedelta(hours=3)), "made this morning"
    assert auto_backup.due(live, folder, MONDAY + timedelta(hours=23)), "next morning, a little earlier"
    assert auto_backup.due(live, folder, MONDAY - timedelta(days=2)), "a copy dated in the future (clock changed)"


def test_keeps_the_newest_and_only_its_own_files(live, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    strangers = [folder / "notes.txt", folder / "dealerdesk-backup-2026-01-01-0900.sqlite3",
                 folder / "other-auto-2026-01-01-0900.sqlite3", folder / "territory-auto-yesterday.sqlite3"]
    for path in strangers:
        path.write_bytes(b"someone else's")
    made = [auto_backup.run(live, folder, keep=3, now=MONDAY + timedelta(days=day)) for day in range(5)]
    kept = [path for _when, path in auto_backup.copies(folder, "territory")]
    assert kept == [m.path for m in reversed(made[2:])], "the newest three, newest first"
    assert made[-1].removed == (made[1].path,) and made[3].removed == (made[0].path,)
    assert all(p.read_bytes() == b"someone else's" for p in strangers), "files it did not name are left alone"
    copy = ServiceContext.open("sqlite:///" + made[-1].path.as_posix(), "tester")
    try:
        assert dealers.count(copy) == dealers.count(live), "each copy is a working database"
    finally:
        copy.dispose()


def test_never_for_a_server_database(tmp_path):
    memory = ServiceContext.open("sqlite:///:memory:", "tester")
    try:
        assert not auto_backup.due(memory, tmp_path)
    finally:
        memory.dispose()
