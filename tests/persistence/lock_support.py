"""Looking at SQLite's locks from outside, as another program on the machine would.

``others_can_lock`` asks a separate process to take the exclusive locks SQLite's unix VFS uses to
decide that nobody else has the database open (the SHARED range of the file, the "dead man switch"
byte of the -shm): while this process has the database open both attempts must fail.
``another_session`` opens the database with the plain driver in a separate process, reads and closes
it — what ``dealerdesk backup`` or any CLI command does beside the open app: had this process lost
its locks, that close would fold the -wal into the file and delete -wal and -shm under it.
``count_elsewhere`` reads a number in a fresh process (what survives for everybody else).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SHARED_FIRST, SHARED_SIZE = 0x40000000 + 2, 510  # os_unix.c
SHM_DMS_BYTE = 128

_TRY_LOCKS = r"""
import fcntl, json, os, sys
db = sys.argv[1]
result = {}
for name, path, start, length in (("db", db, %d, %d), ("shm", db + "-shm", %d, 1)):
    try:
        fd = os.open(path, os.O_RDWR)
    except FileNotFoundError:
        result[name] = None
        continue
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, length, start, 0)
        result[name] = True
    except OSError:
        result[name] = False
    os.close(fd)
print(json.dumps(result))
""" % (SHARED_FIRST, SHARED_SIZE, SHM_DMS_BYTE)


def _run(code: str, *args: str) -> str:
    proc = subprocess.run([sys.executable, "-c", code, *map(str, args)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, f"helper process failed: {proc.stderr[-1500:]}"
    return proc.stdout


def others_can_lock(db: Path) -> dict[str, bool | None]:
    """{'db': could another process lock the database exclusively, 'shm': … the -shm's DMS byte}."""
    return json.loads(_run(_TRY_LOCKS, db))


def assert_locked(db: Path, when: str) -> None:
    found = others_can_lock(db)
    assert found["db"] is False and found["shm"] is not True, (
        f"{when}: another process could take the exclusive lock, so this one lost its SQLite locks: {found}")


def another_session(db: Path) -> None:
    _run("import sqlite3, sys\nc = sqlite3.connect(sys.argv[1])\nc.execute('SELECT COUNT(*) FROM dealers').fetchall()\n"
         "c.close()", db)


def count_elsewhere(db: Path, sql: str = "SELECT COUNT(*) FROM dealers") -> int:
    return int(_run("import sqlite3, sys\nc = sqlite3.connect(sys.argv[1])\nprint(c.execute(sys.argv[2]).fetchone()[0])",
                    db, sql).strip())
