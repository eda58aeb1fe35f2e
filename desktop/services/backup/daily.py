"""The daily backup: once a day, a checked copy of the embedded database in a backups folder, keeping
the newest few. Made on a worker shortly after start-up (``services.backup.create`` does the copying, so a
failed or interrupted copy leaves nothing); only files this module named are ever deleted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING
from datetime import datetime, timedelta
from pathlib import Path

from desktop.paths import user_data_dir
from desktop.private import DIR_MODE
from desktop.errors import ServiceError

if TYPE_CHECKING:  # every start (the command line's, the windows') reads folder_of before any database work
    from desktop.services.context import ServiceContext

INTERVAL = timedelta(hours=20)  # "daily" without drifting later each day the app opens a little earlier
DEFAULT_KEEP = 7
PATTERN = re.compile(r"^(?P<stem>.+)-auto-(?P<stamp>\d{4}-\d{2}-\d{2}-\d{4})\.sqlite3$")
STAMP = "%Y-%m-%d-%H%M"


@dataclass(frozen=True)
class AutoBackupResult:
    path: Path
    size: int
    removed: tuple[Path, ...]  # older automatic copies deleted to keep the newest ``keep``


def default_folder() -> Path:
    return user_data_dir() / "backups"


def folder_of(configured: str) -> Path:
    return Path(configured).expanduser() if configured.strip() else default_folder()


def copies(folder: Path, stem: str) -> list[tuple[datetime, Path]]:
    """This database's automatic copies in ``folder``, newest first (other files are not ours)."""
    found = []
    if folder.is_dir():
        for path in folder.iterdir():
            match = PATTERN.match(path.name)
            if match and match["stem"] == stem and path.is_file():
                try:
                    found.append((datetime.strptime(match["stamp"], STAMP), path))
                except ValueError:
                    continue
    return sorted(found, reverse=True)


def due(ctx: ServiceContext, folder: Path, now: datetime | None = None) -> bool:
    """Whether today's copy is still to be made (never for a server database)."""
    from desktop.services.backup import create as backup

    live = backup.database_file(ctx)
    if live is None or not live.exists():
        return False
    now = now or datetime.now()
    newest = copies(folder, live.stem)
    return not newest or now - newest[0][0] >= INTERVAL or newest[0][0] > now


def run(ctx: ServiceContext, folder: Path, keep: int = DEFAULT_KEEP, now: datetime | None = None) -> AutoBackupResult:
    """Make the copy, then delete this database's automatic copies beyond the newest ``keep``."""
    from desktop.services.backup import create as backup

    live = backup.database_file(ctx)
    if live is None:
        raise ServiceError("backup.server")
    now = now or datetime.now()
    folder.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)  # an existing folder of the user's is left as it is
    made = backup.backup(ctx, folder / f"{live.stem}-auto-{now.strftime(STAMP)}.sqlite3")
    removed = []
    for _when, path in copies(folder, live.stem)[max(keep, 1):]:
        path.unlink(missing_ok=True)
        removed.append(path)
    return AutoBackupResult(made.path, made.size, tuple(removed))
