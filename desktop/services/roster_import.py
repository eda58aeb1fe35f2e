"""Roster import, steps 1–2: open the file, then plan what importing it would do — nothing is written.

``open_roster`` reads the sheet and finds the header row and mapping; ``analyse`` normalises and
validates every row with the foundation's rules, de-duplicates against the file and the database,
and returns an ``ImportPlan`` (counts, field-level changes, problems per cell). ``roster_write``
commits a plan. All of it runs on the calling thread (a worker thread in the app).
"""

from __future__ import annotations

import gc
import hashlib
from itertools import islice
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from desktop.rules import records as r
from desktop.services import roster_mappings
from desktop.services.context import ServiceContext
from desktop.services.errors import ServiceError
from desktop.services.roster_match import DealerIndex, core_names, cores, load_index, norm_city, norm_names
from desktop.services.roster_values import changes, load_values
from desktop.spreadsheets.cells import as_text
from desktop.spreadsheets.columns import FIELDS
from desktop.spreadsheets.errors import UnusableFile
from desktop.spreadsheets.headers import SCAN_ROWS, detect, header_text, map_headers, signature
from desktop.spreadsheets.grid import Grid
from desktop.spreadsheets.reader import SheetInfo, Workbook
from desktop.spreadsheets.rows import CellProblem, RowConverter, provided_values

MODES = ("create", "update", "upsert")
CHUNK = 5000  # rows planned at once (column by column), between progress reports
FIELD_INDEX = {f: i for i, f in enumerate(FIELDS)}
REJECTED = ("duplicate", "similar", "invalid")
# A plan keeps a tuple of values per row (FIELDS order), not a record: a fifth of the memory on a 50,000-row roster.
_LEGAL, _SHORT, _USCC, _PROVINCE, _CITY, _DISTRICT = (
    FIELD_INDEX[f] for f in ("legal_name", "short_name", "uscc", "province", "city", "district"))
ProgressFn = Callable[[int, int], "bool | None"]  # (done, total) → False to cancel


class ImportCancelled(ServiceError):
    code = "roster.cancelled"


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


@dataclass
class RosterSource:
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
    def file_name(self) -> str:
        return self.path.name

    @property
    def sheet(self) -> str:
        return self.grid.sheet

    @property
    def signature(self) -> str:
        return signature(self.headers)

    def sample(self, n: int = 8) -> list[list[str]]:
        """The first data rows as text, for the mapping step."""
        rows = self.grid.head[self.header_index + 1:self.header_index + 1 + n]
        return [[as_text(v) for v in row] for row in rows]

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


def open_roster(ctx: ServiceContext, path: str | Path, sheet: str | None = None) -> RosterSource:
    """Read ``sheet`` (default: the first visible one with data) and find its header row. Raises UnusableFile."""
    path = Path(path)
    with Workbook(path) as book, bulk_work():
        grid = book.read(sheet)
        sheets, kind = book.sheets, book.kind
    guess = detect(grid.head)
    if guess is None:
        raise UnusableFile("roster.file.no_header", name=path.name, sheet=grid.sheet, rows=SCAN_ROWS)
    source = RosterSource(path, file_sha256(path), kind, sheets, grid, guess.index, guess.headers, guess.mapping)
    saved = roster_mappings.load(ctx, source.signature, len(source.headers))
    if saved is not None:
        source.mapping, source.remembered = saved, True
    return source


@dataclass(slots=True)
class PlannedRow:
    """What the import would do with one data row."""

    row: int  # as Excel numbers it
    status: str  # new, update, unchanged, duplicate, similar (near-duplicate), invalid
    values: tuple | None = None  # validated roster fields, in FIELDS order (new, update, similar)
    dealer_id: int | None = None  # the matched dealer (update, unchanged)
    version: int | None = None
    fields: tuple[str, ...] = ()  # fields the row gives values for
    changes: list[tuple[str, object, object]] = field(default_factory=list)  # update: (field, before, after)
    problems: list[CellProblem] = field(default_factory=list)
    raw: list | None = None  # the cells as they came (rejected rows, for the error report)
    stored: dict | None = None  # update: the dealer's stored roster values

    def value(self, field_name: str):
        return self.values[FIELD_INDEX[field_name]]

    def record(self) -> r.Dealer:
        """The row's values as a dealer record (fields the row left blank at their defaults)."""
        return r.Dealer(**dict(zip(FIELDS, self.values)))


@dataclass
class ImportPlan:
    file_name: str
    sha256: str
    sheet: str
    mode: str
    headers: list[str]
    mapping: list[str | None]
    signature: str
    rows: list[PlannedRow]
    skipped: list[tuple[int, str]]  # (row, 'note' | 'example'): lines that are not data

    def counts(self, exclude=frozenset(), accept_similar=frozenset()) -> dict[str, int]:
        out = dict(created=0, updated=0, unchanged=0, duplicates=0, invalid=0, excluded=0)
        key = {"new": "created", "update": "updated", "unchanged": "unchanged", "duplicate": "duplicates",
               "similar": "duplicates", "invalid": "invalid"}
        for p in self.rows:
            if p.row in exclude:
                out["excluded"] += 1
            elif p.status == "similar" and p.row in accept_similar:
                out["created"] += 1
            else:
                out[key[p.status]] += 1
        return out

    def rejected(self, exclude=frozenset(), accept_similar=frozenset()) -> list[PlannedRow]:
        return [p for p in self.rows if p.status in REJECTED and p.row not in exclude
                and not (p.status == "similar" and p.row in accept_similar)]

    def errors(self, lang: str | None = None, **selection) -> list[dict]:
        """One entry per faulty cell: sheet, row, column (header), value, message."""
        out = []
        for p in self.rejected(**selection):
            for problem in p.problems:
                col = problem.column
                out.append(dict(
                    sheet=self.sheet, row=p.row,
                    column=self.headers[col] if col is not None and col < len(self.headers) else "",
                    value=as_text(p.raw[col]) if p.raw is not None and col is not None and col < len(p.raw) else "",
                    message=problem.message(lang),
                ))
        return out


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
    return planner.plan(source)


def plan_rows(source: RosterSource, mode: str, index: DealerIndex, progress: ProgressFn | None = None,
              on_chunk: Callable[[list[PlannedRow]], None] | None = None) -> "_Planner":
    """Classify every data row against ``index`` and the rows before it, ``CHUNK`` rows at a time;
    ``on_chunk`` gets each chunk's planned rows (a row's status is final once planned, except that
    a row matching a stored dealer waits for ``settle`` to say update or unchanged)."""
    planner = _Planner(source, mode, index)
    start = source.header_index + 1
    total = max(source.grid.height - start, 1)
    rows = source.grid.iter_rows(start)
    done = 0
    while chunk := list(islice(rows, CHUNK)):
        before = len(planner.rows)
        planner.plan_many(chunk, start + done + 1)
        done += len(chunk)
        if on_chunk is not None:
            on_chunk(planner.rows[before:])
        if progress is not None and progress(done, total) is False:
            raise ImportCancelled()
    if not planner.rows:
        raise UnusableFile("roster.file.no_rows", name=source.file_name, sheet=source.sheet)
    return planner


def settle(planner: "_Planner", s) -> None:
    """Rows matching a stored dealer: 'update' with their field changes, or 'unchanged'."""
    stored = load_values(s, [p.dealer_id for p in planner.matched])
    for p in planner.matched:
        p.changes = changes(stored[p.dealer_id], p.value, p.fields)
        p.status = "update" if p.changes else "unchanged"
        if p.changes:
            p.stored = stored[p.dealer_id]
        else:
            p.values = None


class _Planner:
    """Classifies rows one by one, remembering what earlier rows of the file claimed."""

    def __init__(self, source: RosterSource, mode: str, index: DealerIndex) -> None:
        self.mode = mode
        self.index = index
        self.conv = RowConverter(source.headers, source.mapping)
        self.fields = tuple(f for f in source.mapping if f)
        self.name_col = self.conv.column_of["legal_name"]
        self.uscc_col = self.conv.column_of.get("uscc", self.name_col)
        self.rows: list[PlannedRow] = []
        self.matched: list[PlannedRow] = []
        self.skipped: list[tuple[int, str]] = []
        self.seen_uscc: dict[str, int] = {}
        self.seen_name: dict[tuple[str, str], tuple[int, str]] = {}
        self.seen_core: dict[tuple[str, str], tuple[int, str]] = {}
        self.claimed: dict[int, int] = {}  # dealer id → row that matched it

    def plan(self, source: RosterSource) -> ImportPlan:
        return ImportPlan(source.file_name, source.sha256, source.sheet, self.mode, list(source.headers),
                          list(source.mapping), source.signature, self.rows, self.skipped)

    def plan_many(self, raws: list[list], first: int) -> None:
        """Plan consecutive rows, the first being Excel row ``first``."""
        kind = self.conv.kind
        data = []
        for n, raw in enumerate(raws, start=first):
            what = kind(raw)
            if what == "data":
                data.append((n, raw))
            elif what != "blank":
                self.skipped.append((n, what))
        converted = self.conv.values_many([raw for _n, raw in data])
        valid = [dealer for dealer, problems in converted if not problems]
        # The name keys of the chunk's valid rows, each step in one pass over all of them.
        names = norm_names([d[_LEGAL] for d in valid])
        cities = [norm_city(d[_CITY]) for d in valid]
        keys = iter(zip(names, cities, core_names(names, [(d[_PROVINCE], d[_CITY], d[_DISTRICT]) for d in valid])))
        append, classify = self.rows.append, self._classify
        for (row, raw), (dealer, problems) in zip(data, converted):
            if problems:
                append(PlannedRow(row, "invalid", problems=problems, raw=raw))
            else:
                append(classify(dealer, raw, row, *next(keys)))

    def _reject(self, at: int, raw: list, status: str, column: int, field_name: str, code: str, **params) -> PlannedRow:
        return PlannedRow(at, status, problems=[CellProblem(column, field_name, code, params)], raw=raw)

    def _classify(self, dealer: tuple, raw: list, row: int, normalised: str, city: str, core: str) -> PlannedRow:
        """``dealer``: the row's validated values in FIELDS order; ``normalised``, ``city``, ``core``:
        its name, city and core name as roster_match normalises them."""
        uscc = dealer[_USCC]
        name_key = (normalised, city)
        if uscc and uscc in self.seen_uscc:
            return self._reject(row, raw, "duplicate", self.uscc_col, "uscc", "roster.dup.file_uscc", row=self.seen_uscc[uscc])
        if name_key in self.seen_name:
            other_row, other_uscc = self.seen_name[name_key]
            if not (uscc and other_uscc and uscc != other_uscc):  # two codes: two registered entities
                return self._reject(row, raw, "duplicate", self.name_col, "legal_name", "roster.dup.file_name", row=other_row)
        if uscc:
            self.seen_uscc[uscc] = row
        self.seen_name.setdefault(name_key, (row, uscc))
        known_id = self.index.by_uscc.get(uscc) if uscc else None
        if known_id is None:
            candidates = self.index.by_name.get(name_key, [])
            if len(candidates) > 1:
                names = "、".join(f"{self.index.by_id[i].legal_name} (ID {i})" for i in candidates[:5])
                return self._reject(row, raw, "duplicate", self.name_col, "legal_name", "roster.dup.ambiguous", n=len(candidates), names=names)
            if candidates:
                known = self.index.by_id[candidates[0]]
                if uscc and known.uscc and known.uscc != uscc:
                    return self._reject(row, raw, "duplicate", self.uscc_col, "uscc", "roster.dup.uscc_mismatch",
                                        name=known.legal_name, id=known.id, uscc=known.uscc)
                known_id = known.id
        if known_id is not None:
            known = self.index.by_id[known_id]
            if self.mode == "create":
                return self._reject(row, raw, "duplicate", self.name_col, "legal_name", "roster.dup.exists", name=known.legal_name, id=known.id)
            if known_id in self.claimed:
                return self._reject(row, raw, "duplicate", self.name_col, "legal_name", "roster.dup.same_dealer",
                                    row=self.claimed[known_id], name=known.legal_name)
            self.claimed[known_id] = row
            planned = PlannedRow(row, "update", values=dealer, dealer_id=known_id, version=known.version,
                                 fields=tuple(provided_values(dealer, self.fields)))
            self.matched.append(planned)
            return planned
        if self.mode == "update":
            return self._reject(row, raw, "invalid", self.name_col, "legal_name", "roster.not_found")
        return self._new_or_similar(dealer, raw, row, city, normalised, core)

    def _new_or_similar(self, dealer: tuple, raw: list, row: int, city: str, normalised: str, core: str) -> PlannedRow:
        uscc = dealer[_USCC]
        found = cores(dealer[_LEGAL], dealer[_SHORT], dealer[_PROVINCE], dealer[_CITY], dealer[_DISTRICT],
                      normalised=normalised, core=core)
        similar: PlannedRow | None = None
        for core in sorted(found):
            for known_id in self.index.by_core.get((core, city), ()):
                known = self.index.by_id[known_id]
                if uscc and known.uscc and uscc != known.uscc:
                    continue  # two registered entities: similar names, different companies
                similar = self._reject(row, raw, "similar", self.name_col, "legal_name", "roster.near.db",
                                       name=known.legal_name, id=known.id, city=known.city)
                break
            if similar is None and (core, city) in self.seen_core:
                other_row, other_uscc = self.seen_core[(core, city)]
                if not (uscc and other_uscc and uscc != other_uscc):
                    similar = self._reject(row, raw, "similar", self.name_col, "legal_name", "roster.near.file", row=other_row)
            if similar is not None:
                break
        for core in found:
            self.seen_core.setdefault((core, city), (row, uscc))
        if similar is not None:
            similar.values = dealer
            return similar
        return PlannedRow(row, "new", values=dealer)
