"""Roster import, step 2: classify every data row — new, update, unchanged, duplicate, near-duplicate
or invalid — against the stored dealers and the rows before it. Reads nothing itself: the caller
gives the stored dealers (``roster_match.load_index``) and, to settle matches, a session.
"""

from __future__ import annotations

from itertools import islice
from typing import TYPE_CHECKING

from desktop.services.rosters.match import DealerIndex, core_names, cores, norm_city, norm_names
from desktop.services.rosters.plan import CHUNK, FIELD_INDEX, ImportCancelled, ImportPlan, PlannedLine, ProgressFn
from desktop.services.rosters.values import changes, load_values
from desktop.spreadsheets.errors import UnusableFile
from desktop.spreadsheets.rows import CellProblem, RowConverter, provided_values

if TYPE_CHECKING:
    from desktop.services.rosters.read import RosterSource

# A plan keeps a tuple of values per row (FIELDS order), not a record: a fifth of the memory on a 50,000-row roster.
_LEGAL, _SHORT, _USCC, _PROVINCE, _CITY, _DISTRICT = (
    FIELD_INDEX[f] for f in ("legal_name", "short_name", "uscc", "province", "city", "district"))


def plan_rows(source: "RosterSource", mode: str, index: DealerIndex, progress: ProgressFn | None = None) -> "_Planner":
    """Classify every data row against ``index`` and the rows before it, ``CHUNK`` rows at a time
    (a row matching a stored dealer waits for ``settle`` to say update or unchanged)."""
    planner = _Planner(source, mode, index)
    start = source.header_index + 1
    total = max(source.grid.height - start, 1)
    rows = source.grid.iter_rows(start)
    done = 0
    while chunk := list(islice(rows, CHUNK)):
        planner.plan_many(chunk, start + done + 1)
        done += len(chunk)
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

    def __init__(self, source: "RosterSource", mode: str, index: DealerIndex) -> None:
        self.mode = mode
        self.index = index
        self.conv = RowConverter(source.headers, source.mapping)
        self.fields = tuple(f for f in source.mapping if f)
        self.name_col = self.conv.column_of["legal_name"]
        self.uscc_col = self.conv.column_of.get("uscc", self.name_col)
        self.rows: list[PlannedLine] = []
        self.matched: list[PlannedLine] = []
        self.skipped: list[tuple[int, str]] = []
        self.seen_uscc: dict[str, int] = {}
        self.seen_name: dict[tuple[str, str], tuple[int, str]] = {}
        self.seen_core: dict[tuple[str, str], tuple[int, str]] = {}
        self.claimed: dict[int, int] = {}  # dealer id → row that matched it

    def plan(self, source: "RosterSource") -> ImportPlan:
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
                append(PlannedLine(row, "invalid", problems=problems, raw=raw))
            else:
                append(classify(dealer, raw, row, *next(keys)))

    def _reject(self, at: int, raw: list, status: str, column: int, field_name: str, code: str, **params) -> PlannedLine:
        return PlannedLine(at, status, problems=[CellProblem(column, field_name, code, params)], raw=raw)

    def _classify(self, dealer: tuple, raw: list, row: int, normalised: str, city: str, core: str) -> PlannedLine:
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
            planned = PlannedLine(row, "update", values=dealer, dealer_id=known_id, version=known.version,
                                 fields=tuple(provided_values(dealer, self.fields)))
            self.matched.append(planned)
            return planned
        if self.mode == "update":
            return self._reject(row, raw, "invalid", self.name_col, "legal_name", "roster.not_found")
        return self._new_or_similar(dealer, raw, row, city, normalised, core)

    def _new_or_similar(self, dealer: tuple, raw: list, row: int, city: str, normalised: str, core: str) -> PlannedLine:
        uscc = dealer[_USCC]
        found = cores(dealer[_LEGAL], dealer[_SHORT], dealer[_PROVINCE], dealer[_CITY], dealer[_DISTRICT],
                      normalised=normalised, core=core)
        similar: PlannedLine | None = None
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
        return PlannedLine(row, "new", values=dealer)
