"""Half-made backup copies never outlive the process that made them.

A backup is written as a hidden ``.NAME.xxxxxxxx.part`` beside its target and renamed when whole
(``services.backup.create``). A kill or a power cut in between leaves that file behind: a full copy of
the personal data, hidden. So each copy in progress is noted in the data folder (``pending/``: the
process id and the .part's path) until it is done or has failed, and at the next start
``clean_interrupted`` deletes the .part files of notes whose process is gone — and any stray .part
older than an hour in the app's own folders (left by versions that kept no notes). Runs on the
calling thread; touches only files named like a .part.
"""

from __future__ import annotations

import os
import re
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop.paths import user_data_dir
from desktop.private import create_private_file, private_dir

PART = re.compile(r"^\..+\.[0-9a-f]{8}\.part(-journal|-wal|-shm)?$")
SIDE_FILES = ("", "-journal", "-wal", "-shm")
STRAY_AGE = 3600  # seconds: a .part nobody noted and nobody has written to for an hour is nobody's


def _notes() -> Path:
    return private_dir(user_data_dir() / "pending")


@contextmanager
def noted(part: Path) -> Iterator[None]:
    """Note ``part`` as in progress for the block; on leaving it (done or failed), whatever is left
    of it is deleted and the note too."""
    note: Path | None = None
    try:
        note = _notes() / f"{os.getpid()}-{uuid.uuid4().hex[:8]}"
        create_private_file(note)
        note.write_text(str(Path(part).resolve()), encoding="utf-8")
    except OSError:  # a read-only data folder: the copy goes on; a kill leaves a stray for the age rule
        note = None
    try:
        yield
    finally:
        _remove(Path(part))
        if note is not None:
            note.unlink(missing_ok=True)


def _remove(part: Path) -> list[Path]:
    removed = []
    for suffix in SIDE_FILES:
        path = part.with_name(part.name + suffix)
        if PART.match(path.name):
            try:
                path.unlink()
                removed.append(path)
            except FileNotFoundError:
                pass
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return False  # a file still open elsewhere cannot be deleted there: _remove fails harmlessly
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, but not ours to signal
        return True
    return True


def clean_interrupted(*folders: Path) -> list[Path]:
    """Delete the .part files that interrupted copies left (see the module docstring); returns them."""
    removed: list[Path] = []
    busy: set[Path] = set()
    try:
        notes = sorted(_notes().iterdir())
    except OSError:  # no data folder to keep notes in (a read-only home): only the strays below
        notes = []
    for note in notes:
        try:
            pid = int(note.name.split("-")[0])
            part = Path(note.read_text(encoding="utf-8").strip())
        except (OSError, ValueError):
            continue
        if _alive(pid):
            busy.add(part)
            continue
        try:
            removed += _remove(part)
        except OSError:  # in use (Windows) or not ours to delete: try again next time
            continue
        note.unlink(missing_ok=True)
    now = time.time()
    for folder in {Path(f) for f in folders}:
        try:
            strays = [p for p in folder.iterdir() if PART.match(p.name)]
        except OSError:
            continue
        for path in strays:
            try:
                if path.resolve() not in busy and now - path.stat().st_mtime > STRAY_AGE:
                    path.unlink()
                    removed.append(path)
            except OSError:
                continue
    return removed
