"""Writing a file so that nobody ever sees half of it.

Every file the application writes for the user (PDFs, workbooks, calendar files, contract
packs, settings) goes through a temporary file beside the target that is renamed over it
once complete: a failed or cancelled write leaves the old file (or none), and a reader
that finds the file finds all of it. A target that is the open database (or its -wal/-shm)
is refused first (``persistence.sqlite_safety``).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop.paths import user_data_path
from desktop.private import inside, private_file


def part_path(target: str | os.PathLike) -> Path:
    """A fresh hidden name beside ``target`` (same folder, so the rename stays on one disk)."""
    path = Path(target)
    import uuid  # not at import: the settings module (every command's start) imports this one

    return path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.part")


@contextmanager
def replacing(target: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary path; it replaces ``target`` when the block ends without error.

    The block creates the file itself (open with "xb", or a library's ``save``): not
    ``mkstemp``, whose 0600 mode would survive the rename, so the file gets the umask's mode —
    except inside the user data folder, where everything is owner-only (``desktop.private``).
    """
    from desktop.persistence.sqlite_safety import refuse_live_database

    path = Path(target)
    refuse_live_database(path)  # never rename anything over the open database or its -wal/-shm
    tmp = part_path(path)
    try:
        yield tmp
        if inside(path, user_data_path()):  # settings, rendered documents: the app's own, owner-only
            private_file(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def copy_file(source: str | os.PathLike, target: str | os.PathLike) -> Path:
    """Copy a file the application made (a PDF, a workbook) to where a person chose, atomically."""
    from desktop.persistence.sqlite_safety import refuse_live_database

    refuse_live_database(source)
    with replacing(target) as tmp, open(source, "rb") as src, open(tmp, "xb") as dst:
        shutil.copyfileobj(src, dst)
    return Path(target)


def write_atomically(target: str | os.PathLike, data: bytes) -> Path:
    """Write ``data`` to ``target`` through a temporary file; returns the target path."""
    with replacing(target) as tmp:
        with open(tmp, "xb") as handle:
            handle.write(data)
    return Path(target)
