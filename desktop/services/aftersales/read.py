"""Import of a policy or claims list, steps 1–2, with the roster's machinery: open the file (any
Excel format or CSV, ``spreadsheets.reader``), find the header row below any titles and map its
columns through the aliases (``spreadsheets.headers``, a corrected mapping remembered per layout),
then plan every row — read, checked, de-duplicated by 保单号/报案号 in the file, matched to a dealer
and compared with what is stored. Nothing is written; ``commit`` writes a plan. Calling thread.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from pathlib import Path

from desktop.persistence.sqlite_safety import refuse_live_database
from desktop.rules.aftersales.fields import KEY_FIELD, LISTS, header_names, names_of
from desktop.services.aftersales.planner import Planner
from desktop.services.aftersales.plan import ListPlan
from desktop.services.context import ServiceContext
from desktop.services.rosters import mappings as roster_mappings
from desktop.services.rosters.plan import ImportCancelled, ProgressFn
from desktop.services.rosters.read import GridSource, bulk_work, file_sha256
from desktop.spreadsheets.errors import UnusableFile
from desktop.spreadsheets.grid import Grid
from desktop.spreadsheets.headers import SCAN_ROWS, alias_table, detect, header_text, map_headers, signature
from desktop.spreadsheets.reader import BackgroundRead, SheetInfo, read_sheet

CHUNK = 5000


@lru_cache(maxsize=None)
def table_of(kind: str) -> dict[str, str]:
    return alias_table(header_names(kind))


@dataclass
class ListSource(GridSource):
    """A policy or claims list read into memory, with the header row found and its columns mapped."""

    kind: str
    path: Path
    sha256: str
    sheets: list[SheetInfo]
    grid: Grid
    header_index: int
    headers: list[str]
    mapping: list[str | None]
    remembered: bool = False

    @property
    def signature(self) -> str:
        return hashlib.sha256(f"{self.kind}:{signature(self.headers)}".encode()).hexdigest()

    def use_header_row(self, index: int) -> None:
        self.header_index = index
        self.headers = [header_text(v) for v in self.grid.head[index]]
        self.mapping = map_headers(self.grid.head[index], table_of(self.kind))
        self.remembered = False


def open_list(ctx: ServiceContext, path: str | Path, kind: str, sheet: str | None = None,
              reading: BackgroundRead | None = None) -> ListSource:
    """Read ``sheet`` (default: the first visible one with data) of a ``kind`` list ('policies' or
    'claims') and find its header row. Raises UnusableFile. ``reading``: the same file and sheet
    already being read (``BackgroundRead``, the command line's import)."""
    if kind not in LISTS:
        raise ValueError(kind)
    path = Path(path)
    refuse_live_database(path)
    with bulk_work():
        grid, sheets, _kind = reading.result() if reading is not None else read_sheet(path, sheet)
    guess = detect(grid.head, table_of(kind))
    if guess is None:
        raise UnusableFile("aftersales.file.no_header", name=path.name, sheet=grid.sheet, rows=SCAN_ROWS)
    source = ListSource(kind, path, file_sha256(path), sheets, grid, guess.index, guess.headers, guess.mapping)
    saved = roster_mappings.load(ctx, source.signature, len(source.headers), names_of(kind))
    if saved is not None:
        source.mapping, source.remembered = saved, True
    return source


def analyse(ctx: ServiceContext, source: ListSource, progress: ProgressFn | None = None) -> ListPlan:
    """Plan the import of ``source``. Reads the database, writes nothing. Raises UnusableFile when
    the list has no column for its key (保单号/报案号) or no data rows."""
    key = KEY_FIELD[source.kind]
    if key not in source.mapping:
        raise UnusableFile("aftersales.file.no_key_column", name=source.file_name, sheet=source.sheet,
                           column=LISTS[source.kind][0].header(), headers="、".join(h for h in source.headers if h) or "—")
    with bulk_work():
        planner = Planner(ctx, source.kind, source.headers, source.mapping)
        start = source.header_index + 1
        total = max(source.grid.height - start, 1)
        rows = source.grid.iter_rows(start)
        done = 0
        while chunk := list(islice(rows, CHUNK)):
            planner.plan_many(list(zip(range(start + done + 1, start + done + 1 + len(chunk)), chunk)))
            done += len(chunk)
            if len(chunk) == CHUNK and progress is not None and progress(done, total) is False:
                raise ImportCancelled()
        if not planner.rows:
            raise UnusableFile("aftersales.file.no_rows", name=source.file_name, sheet=source.sheet)
    return ListPlan(source.kind, source.file_name, source.sha256, source.sheet, list(source.headers), list(source.mapping),
                    source.signature, planner.names, planner.provided, planner.rows, planner.skipped)
