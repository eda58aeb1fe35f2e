"""Putting a backup back: the embedded database's contents replaced by a backup file's, in one
transaction, after the current contents are saved beside the database.

``inspect`` reads a chosen file (read-only) and says what it holds, or why it cannot be restored;
``restore`` first brings an older backup's schema up to date in a scratch copy beside the database
(a backup that cannot be upgraded is refused with nothing changed), copies the current database
aside (``<name>.before-restore-<stamp>.sqlite3``, through ``services.backup.create``), then copies the
backup into the live file with SQLite's online backup — the destination is rewritten inside one
write transaction, so a cancel, a crash or a failure part-way leaves the current data exactly as
it was. A file is taken for one of ours only when its tables match the revision it claims
(``persistence.schema_check``). Worker thread; a server database is restored by its administrator.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.files import part_path
from desktop.persistence import migrate, schema_check
from desktop.persistence.engine import make_engine
from desktop.persistence.errors import DatabaseError
from desktop.persistence.sqlite_safety import copy_database, refuse_live_database
from desktop.services.backup import create as backups
from desktop.services.backup.create import BackupCancelled, ProgressFn
from desktop.services.context import ServiceContext
from desktop.i18n import t
from desktop.errors import ServiceError, local_time_text


PAGES_PER_STEP = backups.PAGES_PER_STEP
# Each phase's share of the progress bar: the safety copy, then the restore itself.
SAFETY_SHARE = 0.5


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size: int  # bytes
    revision: str  # the schema revision the backup was made with
    dealers: int
    contracts: int
    last_change: datetime | None  # newest updated_at in the file (UTC, naive as stored)
    page_size: int

    @property
    def older_schema(self) -> bool:
        return self.revision != migrate.HEAD


@dataclass(frozen=True)
class RestoreResult:
    info: BackupInfo
    saved_copy: Path  # the data as it was before the restore
    upgraded: bool  # the backup's schema was brought up to this version


def _known_revisions() -> list[str]:
    from alembic.script import ScriptDirectory

    from desktop.persistence.migrations import alembic_config

    script = ScriptDirectory.from_config(alembic_config(None))
    return [rev.revision for rev in script.walk_revisions()]


def _scalar(conn: sqlite3.Connection, sql: str, default=None):
    row = conn.execute(sql).fetchone()
    return default if row is None or row[0] is None else row[0]


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _newest_change(conn: sqlite3.Connection, tables: set[str]) -> datetime | None:
    stamps = [_scalar(conn, f'SELECT MAX(updated_at) FROM "{name}"') for name in ("dealers", "contracts", "staff")
              if name in tables]
    stamps = [s for s in stamps if s]
    if not stamps:
        return None
    try:
        return datetime.fromisoformat(str(max(stamps)))
    except ValueError:
        return None


def inspect(path: str | Path) -> BackupInfo:
    """What a backup file holds; ServiceError with a restore.* code when it cannot be restored."""
    path = Path(path)
    refuse_live_database(path)  # reading the open database by path would release its locks
    if not path.is_file():
        raise ServiceError("restore.missing", path=str(path))
    with open(path, "rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise ServiceError("restore.not_database", path=str(path))
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as err:
        raise ServiceError("restore.unreadable", path=str(path), detail=str(err)) from None
    try:
        verdict = _scalar(conn, "PRAGMA quick_check", "")
        if verdict != "ok":
            raise ServiceError("restore.damaged", path=str(path), detail=verdict)
        tables = _tables(conn)
        if not {"alembic_version", "dealers"} <= tables:
            raise ServiceError("restore.not_ours", path=str(path))
        revision = _scalar(conn, "SELECT version_num FROM alembic_version", "")
        if revision not in _known_revisions():
            raise ServiceError("restore.newer", path=str(path), revision=revision or "?")
        problems = schema_check.differences(schema_check.schema_of_file(conn), revision)
        if problems:  # an alembic_version table is not enough to be ours
            raise ServiceError("restore.not_ours", path=str(path), detail="; ".join(problems[:4]))
        return BackupInfo(
            path=path, size=path.stat().st_size, revision=revision,
            dealers=_scalar(conn, "SELECT COUNT(*) FROM dealers", 0),
            contracts=_scalar(conn, "SELECT COUNT(*) FROM contracts", 0) if "contracts" in tables else 0,
            last_change=_newest_change(conn, tables), page_size=_scalar(conn, "PRAGMA page_size", 0))
    except sqlite3.Error as err:
        raise ServiceError("restore.unreadable", path=str(path), detail=str(err)) from None
    finally:
        conn.close()


def restore(ctx: ServiceContext, path: str | Path, progress: ProgressFn | None = None, *,
            info: BackupInfo | None = None) -> RestoreResult:
    """Replace the embedded database's contents with the backup at ``path`` (``info``: what ``inspect``
    already said of it, so the file is not checked twice; the copy is checked again once in place).

    Raises ServiceError (backup.server, restore.same_file, restore.page_size and inspect's codes),
    BackupCancelled when ``progress`` returns False — before the last page is copied nothing has
    changed — or the driver's error, also with nothing changed.
    """
    live = backups.database_file(ctx)
    if live is None:
        raise ServiceError("restore.server")
    source = Path(path)
    if source.exists() and source.resolve() == live.resolve():
        raise ServiceError("restore.same_file", path=str(source))
    if info is None or info.path != source:
        info = inspect(source)
    upgraded = info.older_schema
    scratch = _upgraded_copy(source, live) if upgraded else None  # before anything changes
    try:
        with ctx.engine.connect() as conn:
            live_page_size = conn.exec_driver_sql("PRAGMA page_size").scalar()
        if info.page_size != live_page_size:
            raise ServiceError("restore.page_size", path=str(source), size=info.page_size, live=live_page_size)

        def phase(start: float, share: float) -> ProgressFn:
            def report(done: int, total: int):
                if progress is None:
                    return None
                return progress(int(1000 * (start + share * done / max(total, 1))), 1000)
            return report

        saved = live.with_name(f"{live.stem}.before-restore-{datetime.now():%Y%m%d-%H%M%S}{live.suffix}")
        backups.backup(ctx, saved, phase(0.0, SAFETY_SHARE))
        _copy_into(scratch or source, live, phase(SAFETY_SHARE, 1 - SAFETY_SHARE))
    finally:
        if scratch is not None:
            scratch.unlink(missing_ok=True)
    ctx.engine.dispose()  # pooled connections must not keep anything of the old contents
    return RestoreResult(info, saved, upgraded)


def _upgraded_copy(source: Path, live: Path) -> Path:
    """A scratch copy of an older backup, brought to this version's schema beside the database —
    so a backup that cannot be upgraded is refused before the current data is touched."""
    scratch = part_path(live.with_name(f"{live.stem}.restoring{live.suffix}"))
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        copy_database(src, scratch)
    finally:
        src.close()
    engine = make_engine("sqlite:///" + scratch.as_posix())
    try:
        migrate.upgrade(engine, copy_first=False)
        with engine.connect() as conn:  # one self-contained file again, readable read-only
            conn.exec_driver_sql("PRAGMA journal_mode=DELETE")
    except DatabaseError as err:
        scratch.unlink(missing_ok=True)
        raise ServiceError("restore.upgrade_failed", path=str(source), reason=err.message()) from err
    except BaseException:
        scratch.unlink(missing_ok=True)
        raise
    finally:
        engine.dispose()
    return scratch


def summary(info: BackupInfo, lang: str | None = None) -> str:
    """One line on what a backup holds, for the confirmation."""
    if info.last_change is None:
        return t("restore.summary_unknown", lang, dealers=info.dealers, contracts=info.contracts)
    return t("restore.summary", lang, dealers=info.dealers, contracts=info.contracts, when=local_time_text(info.last_change))


def _copy_into(source: Path, live: Path, progress: ProgressFn) -> None:
    """The backup's pages into the live file, one write transaction (rolled back on any exit but success)."""

    def step(_status, remaining: int, total: int) -> None:
        # Called after the last step too, when the copy is already committed: too late to cancel.
        if progress(total - remaining, total) is False and remaining:
            raise BackupCancelled()

    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(live, timeout=10)
    try:
        dst.execute("PRAGMA busy_timeout=10000")
        src.backup(dst, pages=PAGES_PER_STEP, progress=step)
        verdict = _scalar(dst, "PRAGMA quick_check", "")
        if verdict != "ok":  # not expected: the source passed the same check
            raise ServiceError("restore.damaged", path=str(live), detail=verdict)
    finally:
        src.close()
        dst.close()
