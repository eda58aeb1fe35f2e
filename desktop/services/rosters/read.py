"""Roster import, steps 1–2: open the file, then plan what importing it would do — nothing is written.

``open_roster`` reads the sheet and finds the header row and mapping; ``analyse`` normalises and
validates every row with the foundation's rules, de-duplicates against the file and the database,
and returns an ``ImportPlan`` (counts, field-level changes, problems per cell). ``roster_write``
commits a plan. All of it runs on the calling thread (a worker thread in the app).
"""

from __future__ import annotations

import gc
import hashlib
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from desktop.persistence.sqlite_safety import refuse_live_database
from desktop.services.rosters import mappings as roster_mappings
from desktop.services.context import ServiceContext
from desktop.services.rosters.match import load_index, versions
from desktop.services.rosters.plan import ImportCancelled, ImportPlan, ProgressFn
from desktop.services.rosters.planner import plan_rows, settle
from desktop.spreadsheets.cells import as_text
from desktop.spreadsheets.errors import UnusableFile
from desktop.spreadsheets.headers import SCAN_ROWS, detect, header_text, map_headers, signature
from desktop.spreadsheets.grid import Grid
from desktop.spreadsheets.reader import BackgroundRead, SheetInfo, read_sheet

MODES = ("create", "update", "upsert")


@contextmanager
def bulk_work():
    """Pause the cyclic garbage collector: with a sheet's cells alive it would rescan them every
    few thousand new objects, doubling the cost of a big import. Nothing here makes cycles."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class GridSource:
    """What every spreadsheet read for an import offers (rosters, policy and claims lists): the file's
    name, the sheet, and the first data rows under the header; subclasses are dataclasses holding
    ``path``, ``grid`` and ``header_index``."""

    path: Path
    grid: Grid
    header_index: int

    @property
    def file_name(self) -> str:
        return self.path.name

    @property
    def sheet(self) -> str:
        return self.grid.sheet

    def sample(self, n: int = 8) -> list[list[str]]:
        """The first data rows as text, for the mapping step."""
        rows = self.grid.head[self.header_index + 1:self.header_index + 1 + n]
        return [[as_text(v) for v in row] for row in rows]


@dataclass
class RosterSource(GridSource):
    """A roster file read into memory, with the header row found and its columns mapped."""

    path: Path
    sha256: str
    kind: str
    sheets: list[SheetInfo]
    grid: Grid
    header_index: int
    headers: list[str]
    mapping: list[str | None]
    remembered: bool = False

    @property
    def signature(self) -> str:
        return signature(self.headers)

    def use_header_row(self, index: int) -> None:
        """Take another of the first rows as the header (the wizard lets a person choose)."""
        self.header_index = index
        self.headers = [header_text(v) for v in self.grid.head[index]]
        self.mapping = map_headers(self.grid.head[index])
        self.remembered = False


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def open_roster(ctx: ServiceContext, path: str | Path, sheet: str | None = None, reading: BackgroundRead | None = None) -> RosterSource:
    """Read ``sheet`` (default: the first visible one with data) and find its header row. Raises UnusableFile.
    ``reading``: the same file and sheet already being read (``BackgroundRead``)."""
    path = Path(path)
    refuse_live_database(path)  # reading it by path would release this process's locks on it
    with bulk_work():
        grid, sheets, kind = reading.result() if reading is not None else read_sheet(path, sheet)
    guess = detect(grid.head)
    if guess is None:
        raise UnusableFile("roster.file.no_header", name=path.name, sheet=grid.sheet, rows=SCAN_ROWS)
    source = RosterSource(path, file_sha256(path), kind, sheets, grid, guess.index, guess.headers, guess.mapping)
    saved = roster_mappings.load(ctx, source.signature, len(source.headers))
    if saved is not None:
        source.mapping, source.remembered = saved, True
    return source


def analyse(ctx: ServiceContext, source: RosterSource, mode: str = "upsert", progress: ProgressFn | None = None) -> ImportPlan:
    """Plan the import of ``source`` in ``mode`` (create, update or upsert). Reads the database, writes nothing."""
    check_source(source, mode)
    with bulk_work():
        return _analyse(ctx, source, mode, progress)


def check_source(source: RosterSource, mode: str) -> None:
    """A known mode, and a column for the dealer's name (else UnusableFile)."""
    if mode not in MODES:
        raise ValueError(mode)
    if "legal_name" not in source.mapping:
        raise UnusableFile("roster.file.no_name_column", name=source.file_name, sheet=source.sheet,
                           headers="、".join(h for h in source.headers if h) or "—")


def _analyse(ctx: ServiceContext, source: RosterSource, mode: str, progress: ProgressFn | None) -> ImportPlan:
    with ctx.unit() as s:
        index = load_index(s)
    planner = plan_rows(source, mode, index, progress)
    with ctx.unit() as s:
        settle(planner, s)
    if progress is not None and progress(1, 1) is False:
        raise ImportCancelled()
    plan = planner.plan(source)
    plan.known = versions(index)
    return plan


