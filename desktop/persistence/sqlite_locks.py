"""Who holds a lock on a SQLite file, read from the kernel's lock table (Linux ``/proc/locks``).

Two uses: noticing that this process no longer holds the locks its open connections need (see
``sqlite_safety``), and naming the program that holds the write lock when a save waits too long
("database is locked"). Both read the table only; nothing here opens the database files
themselves (which would release this process's locks, see ``sqlite_safety``). Where the table does
not exist (Windows, macOS) every function answers "unknown" (None or an empty list).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

PROC_LOCKS = Path("/proc/locks")
# "3: POSIX  ADVISORY  READ 13082 fe:00:2146622 128 128"; a waiting request reads "3: -> POSIX ...".
_LINE = re.compile(r"^\d+:\s+(?P<waiting>->\s+)?(?P<kind>\S+)\s+\S+\s+(?P<access>READ|WRITE)\s+(?P<pid>-?\d+)\s+"
                   r"[0-9a-fA-F]+:[0-9a-fA-F]+:(?P<inode>\d+)\s+(?P<start>\d+)\s+(?P<end>\d+|EOF)")
# SQLite's unix VFS (os_unix.c): the shm write lock is byte 120 of the -shm file, the db's
# RESERVED/PENDING bytes sit at 0x40000000 and 0x40000001.
SHM_WRITE_BYTE = 120
PENDING_BYTE = 0x40000000


@dataclass(frozen=True)
class Lock:
    kind: str  # POSIX, OFDLCK, FLOCK
    write: bool
    pid: int
    inode: int
    start: int
    end: int | None  # None: to the end of the file


def lock_table() -> list[Lock] | None:
    """Every granted lock on the machine, or None when the kernel does not publish them."""
    try:
        text = PROC_LOCKS.read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    locks = []
    for line in text.splitlines():
        match = _LINE.match(line)
        if match is None or match["waiting"]:
            continue
        end = None if match["end"] == "EOF" else int(match["end"])
        locks.append(Lock(match["kind"], match["access"] == "WRITE", int(match["pid"]), int(match["inode"]),
                          int(match["start"]), end))
    return locks


def _inode(path: Path) -> int | None:
    try:
        return os.stat(path).st_ino  # stat does not open the file
    except OSError:
        return None


def held_by_me(paths: list[Path], table: list[Lock] | None = None) -> dict[Path, bool] | None:
    """For each existing path, whether this process holds a lock on it (None: no lock table here).

    Matched on the inode number and the process id only: the device numbers in the table and in
    ``stat`` differ on some file systems (overlay, btrfs), and a false "lost" must never happen.
    """
    table = lock_table() if table is None else table
    if table is None:
        return None
    me = os.getpid()
    mine = {lock.inode for lock in table if lock.pid == me}
    found = {}
    for path in paths:
        inode = _inode(path)
        if inode is not None:
            found[path] = inode in mine
    return found


def other_holders(database: Path, table: list[Lock] | None = None) -> list[int]:
    """Other processes holding a lock on the database or its -shm, writers first."""
    table = lock_table() if table is None else table
    if not table:
        return []
    inodes = {i for i in (_inode(database), _inode(Path(f"{database}-shm"))) if i is not None}
    me = os.getpid()
    writers, readers = [], []
    for lock in table:
        if lock.inode in inodes and lock.pid > 0 and lock.pid != me:
            target = writers if lock.write else readers
            if lock.pid not in target:
                target.append(lock.pid)
    return writers + [pid for pid in readers if pid not in writers]


def describe_process(pid: int) -> str:
    """``name (PID 1234)`` with the command line when readable, else the bare PID."""
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
        words = [w for w in raw.decode("utf-8", "replace").split("\0") if w]
    except OSError:
        words = []
    if not words:
        return f"PID {pid}"
    command = " ".join([Path(words[0]).name] + words[1:])
    if len(command) > 80:
        command = command[:77] + "…"
    return f"{command} (PID {pid})"
