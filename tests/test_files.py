"""Files the app writes for the user appear whole or not at all, with the user's usual mode."""

from __future__ import annotations

import os
import stat
import threading

import pytest

from desktop.files import replacing, write_atomically
from desktop.spreadsheets.writer import new_workbook


def leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def test_write_replaces_the_old_file_and_leaves_nothing_beside_it(tmp_path):
    target = tmp_path / "meeting.ics"
    target.write_bytes(b"old")
    assert write_atomically(target, "新的".encode()) == target
    assert target.read_bytes() == "新的".encode()
    assert leftovers(tmp_path) == []


def test_a_failed_write_keeps_the_old_file(tmp_path):
    target = tmp_path / "roster.xlsx"
    target.write_bytes(b"the user's old export")
    with pytest.raises(RuntimeError):
        with replacing(target) as tmp:
            tmp.write_bytes(b"half of the new")
            raise RuntimeError("disk full")
    assert target.read_bytes() == b"the user's old export"
    assert leftovers(tmp_path) == []


def test_a_reader_never_finds_half_a_file(tmp_path):
    target = tmp_path / "packet.pdf"
    whole = os.urandom(1 << 20)
    seen: list[int] = []
    done = threading.Event()

    def read_while_written():
        while not done.is_set():
            if target.exists():
                seen.append(len(target.read_bytes()))

    reader = threading.Thread(target=read_while_written)
    reader.start()
    try:
        for _ in range(60):
            write_atomically(target, whole)
    finally:
        done.set()
        reader.join()
    assert seen, "the reader had a chance to look"
    assert set(seen) == {len(whole)}


@pytest.fixture
def usual_umask():
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_written_files_get_the_users_usual_mode(tmp_path, usual_umask):
    """A temporary file from mkstemp is 0600 and keeps that mode through the rename,
    so a shared export folder would hold files colleagues cannot open."""
    write_atomically(tmp_path / "a.ics", b"x")
    with new_workbook(tmp_path / "b.xlsx") as book:
        book.create_sheet("车商").append(["名称"])
    for name in ("a.ics", "b.xlsx"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o644, name
