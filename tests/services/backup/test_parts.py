"""An interrupted backup leaves a hidden, full-size ``.part`` copy of the personal data: the next start
removes it — wherever the backup was going — and a backup that fails removes its own at once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.rules.dealers import records as r
from desktop.services.backup import create as backup
from desktop.services.backup import parts as backup_parts
from desktop.services.dealers import files as dealers

# The real ``backup`` command, killed (SIGKILL) at the moment the finished copy would be renamed into place.
CHILD = """
import os, signal, sys
real = os.replace
def replace(src, dst, *args, **kwargs):
    if str(src).endswith(".part"):
        os.kill(os.getpid(), signal.SIGKILL)
    return real(src, dst, *args, **kwargs)
os.replace = replace
from desktop.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _parts(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if ".part" in p.name)


def _start(db_url: str, home: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "desktop", "--db", db_url, "list", "dealers"],
                          env={**os.environ, "DEALERDESK_HOME": str(home)}, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr


def test_a_killed_backup_leaves_nothing_after_the_next_start(ctx, db_url, tmp_path, _isolated_home):
    dealers.save(ctx, r.Dealer(legal_name="甲汽车有限公司", city="杭州", contact_name="王秀英", contact_phone="13912345678"))
    usb = tmp_path / "usb"
    usb.mkdir()
    killed = subprocess.run([sys.executable, "-c", CHILD, "--db", db_url, "backup", str(usb / "copy.sqlite3")],
                            env={**os.environ, "DEALERDESK_HOME": str(_isolated_home)}, capture_output=True, text=True, timeout=300)
    assert killed.returncode == -signal.SIGKILL, f"killed mid-backup: {killed.returncode} {killed.stderr[-300:]}"
    left = _parts(usb)
    assert left and "13912345678".encode() in left[0].read_bytes(), f"the kill left a hidden full copy: {left}"
    _start(db_url, _isolated_home)
    assert _parts(usb) == [], f"the next start removed it: {_parts(usb)}"
    assert not (usb / "copy.sqlite3").exists(), "and no half backup took its place"


def test_stray_parts_in_the_apps_folders_go_and_a_live_copy_stays(db_url, tmp_path, _isolated_home):
    folder = _isolated_home / "backups"
    folder.mkdir()
    old = folder / ".dealerdesk-auto-2026-01-01-0900.sqlite3.0123abcd.part"
    old.write_bytes(b"SQLite format 3\x00 personal data")
    os.utime(old, (time.time() - 7200, time.time() - 7200))  # left by an older version two hours ago
    fresh = folder / ".dealerdesk-auto-2026-01-02-0900.sqlite3.89abcdef.part"
    fresh.write_bytes(b"being written right now by another process")
    mine = tmp_path / ".elsewhere.sqlite3.deadbeef.part"
    mine.write_bytes(b"a copy this (live) process is making")
    with backup_parts.noted(mine):
        _start(db_url, _isolated_home)
        assert mine.exists(), "a copy in progress in a live process is left alone"
    assert not mine.exists(), "and removed when that copy ends without renaming it"
    assert not old.exists(), "an old stray .part in the backups folder is removed"
    assert fresh.exists(), "a fresh one nobody noted may be another process's: kept"


def test_a_failed_backup_removes_its_part_at_once(ctx, tmp_path):
    target = tmp_path / "copy.sqlite3"
    with pytest.raises(backup.BackupCancelled):
        backup.backup(ctx, target, progress=lambda done, total: False)
    assert _parts(tmp_path) == [] and not target.exists(), f"nothing left behind: {_parts(tmp_path)}"
