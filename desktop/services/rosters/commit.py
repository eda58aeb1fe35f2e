"""Roster import, step 3: commit a plan — every accepted row in one transaction, recorded as a batch.

Cancel (the progress callback returns False), any error, or a killed process leaves the database
exactly as it was: nothing is committed until the last row is written. The bulk statements of
``roster_bulk`` (driver-level executemany on SQLite) keep a 50,000-row roster within seconds.
Runs on the calling thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from sqlalchemy import func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.persistence.models import dealers as m
from desktop.persistence.models import rosters as rm
from desktop.persistence.office import sqlite_history
from desktop.services.rosters import bulk as roster_bulk, mappings as roster_mappings
from desktop.services import checkpoints
from desktop.services.context import ServiceContext
from desktop.errors import ServiceError
from desktop.services.rosters.read import bulk_work
from desktop.services.rosters.match import load_index, norm_city, norm_name
from desktop.services.rosters.plan import FIELD_INDEX, ImportCancelled, ImportPlan, PlannedLine, ProgressFn

CHUNK = 5000
# The lists a new dealer's history entry carries (table, its dealer column): see sqlite_history.record.
DEALER_LISTS = (("dealer_brands", "dealer_id"), ("dealer_sources", "dealer_id"), ("dealer_insurers", "dealer_id"))
_BRANDS, _REPAIRED, _SOURCES, _INSURERS = (FIELD_INDEX[f] for f in ("brands", "brands_repaired", "sources", "insurers"))


@dataclass
class ImportResult:
    import_id: int
    counts: dict[str, int]


def commit(ctx: ServiceContext, plan: ImportPlan, *, exclude=frozenset(), accept_similar=frozenset(),
           progress: ProgressFn | None = None) -> ImportResult:
    """Write the plan's new and updated dealers (minus ``exclude``, plus the near-duplicates in
    ``accept_similar``) and the batch record, in one transaction. Raises ImportCancelled or
    ServiceError('roster.conflict.changed') — in both cases nothing is written."""
    new_rows = [p for p in plan.rows if p.row not in exclude and (p.status == "new" or (p.status == "similar" and p.row in accept_similar))]
    updates = [p for p in plan.rows if p.status == "update" and p.row not in exclude]
    counts = plan.counts(exclude, accept_similar)
    total, done = len(new_rows) + len(updates), 0
    try:
        # The write lock before the checks: another import committing between them and our rows
        # would make every row both previews called new a duplicate (issue 10).
        with bulk_work(), ctx.write_unit() as s:
            tx = RosterTransaction(ctx, s, plan.file_name, plan.sha256, plan.sheet, plan.mode)
            tx.check_versions(updates)  # first: a stale plan writes nothing
            _refuse_taken(s, plan, new_rows)
            checkpoints.reached("roster.commit.checked")
            for start in range(0, len(new_rows), CHUNK):
                chunk = new_rows[start:start + CHUNK]
                tx.insert_new(chunk)
                done += len(chunk)
                _tick(progress, done, total)
            for start in range(0, len(updates), CHUNK):
                chunk = updates[start:start + CHUNK]
                tx.apply_updates(chunk)
                done += len(chunk)
                _tick(progress, done, total)
            import_id = tx.finish(counts, plan.signature, plan.mapping)
    except IntegrityError:  # not expected behind the checks above: another program wrote meanwhile
        raise _integrity_conflict(ctx, new_rows) from None
    return ImportResult(import_id, counts)


class RosterTransaction:
    """The writes of one import inside one unit of work ``s``: the batch record first (on SQLite
    that takes the write lock, so the ids handed out below stay ours), then new dealers and
    updates chunk by chunk, then the batch's rows, counts and the remembered mapping."""

    def __init__(self, ctx: ServiceContext, s: Session, file_name: str, sha256: str, sheet: str, mode: str) -> None:
        self.ctx, self.s = ctx, s
        self.batch = rm.RosterImport(file_name=file_name[:260], sha256=sha256, sheet=sheet[:100], mode=mode,
                                     imported_at=ctx.now(), imported_by=ctx.user, undone_by="",
                                     created=0, updated=0, unchanged=0, duplicates=0, invalid=0, excluded=0)
        s.add(self.batch)
        s.flush()
        self.bulk = roster_bulk.Bulk(s)
        self.next_id = (s.scalar(select(func.max(m.Dealer.id))) or 0) + 1  # used on SQLite only
        self.log: list[tuple] = []

    def check_versions(self, updates: list[PlannedLine]) -> None:
        _check_versions(self.s, updates)

    def insert_new(self, rows: list[PlannedLine]) -> None:
        """SQLite: ids chosen here (the write lock is held); elsewhere the database's own sequence
        hands them out (RETURNING), so later single inserts never collide with them."""
        fields = list(zip(*(p.values for p in rows)))  # FIELDS order, column by column
        table = m.Dealer.__table__
        children = partial(roster_bulk.child_rows, brands=fields[_BRANDS], repaired=fields[_REPAIRED], sources=fields[_SOURCES],
                           insurers=fields[_INSURERS])
        if self.bulk.fast:
            ids = range(self.next_id, self.next_id + len(rows))
            self.next_id += len(rows)
            # The history's entries of these rows are written sealed afterwards, not by the triggers
            # (then read back, hashed and updated): the new dealers and their lists have the id range.
            # One entry per new dealer, carrying its brands, sources and insurers (each as the entry
            # its trigger would have written) and the import that created it: a sixth of the entries.
            with sqlite_history.bulk_inserts(self.bulk.conn, self.ctx.user) as history:
                self.bulk.insert(table, roster_bulk.DEALER_COLUMNS,
                                 [(i, *row) for i, row in zip(ids, roster_bulk.dealer_values(self.ctx, fields, True))], adapted=True)
                roster_bulk.insert_children(self.bulk, children(ids))
            history.record("dealers", "id BETWEEN ? AND ?", (ids[0], ids[-1]), children=DEALER_LISTS,
                           extra={"roster_imports": f"#{self.batch.id} {self.batch.file_name}"})
        else:
            stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
            ids = list(self.bulk.conn.execute(stmt, [dict(zip(roster_bulk.DEALER_COLUMNS[1:], row))
                                                     for row in roster_bulk.dealer_values(self.ctx, fields, False)]).scalars())
            roster_bulk.insert_children(self.bulk, children(ids))
        self.log += [(self.batch.id, i, p.row, "created", 1, "") for i, p in zip(ids, rows)]
        self._write_log()

    def apply_updates(self, rows: list[PlannedLine]) -> None:
        roster_bulk.apply_updates(self.ctx, self.s, self.bulk, rows, self.batch.id, self.log)
        self._write_log()

    def _write_log(self) -> None:
        """The batch's rows so far (written as they come: nothing left for the end)."""
        self.bulk.insert(rm.RosterImportRow.__table__, ("import_id", "dealer_id", "row_no", "action", "version_after", "before"), self.log)
        self.log = []

    def finish(self, counts: dict[str, int], signature: str, mapping: list) -> int:
        """The batch's rows and counts, and the mapping remembered; returns the import's id."""
        self._write_log()
        for key, value in counts.items():
            setattr(self.batch, key, value)
        roster_mappings.save(self.ctx, self.s, signature, mapping)
        self.s.flush()
        return self.batch.id


def _tick(progress: ProgressFn | None, done: int, total: int) -> None:
    if progress is not None and progress(done, total) is False:
        raise ImportCancelled()


def _check_versions(s: Session, updates: list[PlannedLine]) -> None:
    """Every dealer to update must still be the version the plan compared against."""
    wanted = {p.dealer_id: p.version for p in updates}
    ids = sorted(wanted)
    stale = 0
    for start in range(0, len(ids), 900):
        chunk = ids[start:start + 900]
        # FOR UPDATE (PostgreSQL; SQLite has no such clause and already holds the write lock): the
        # rows checked stay as checked until the commit — no other import or edit slips in between.
        current = dict(s.execute(select(m.Dealer.id, m.Dealer.version).where(m.Dealer.id.in_(chunk)).with_for_update()).all())
        stale += sum(1 for i in chunk if current.get(i) != wanted[i])
    if stale:
        raise ServiceError("roster.conflict.changed", n=stale)


def _refuse_taken(s: Session, plan: ImportPlan, new_rows: list[PlannedLine]) -> None:
    """ServiceError('roster.conflict.taken') naming the new rows that a dealer stored since the
    preview (another import, a colleague's new file) now duplicates — the same credit code, or the
    same name in the same city as ``rosters.match`` compares them. Only dealers the preview did not
    see as they are now are looked at, so an untouched database costs one query."""
    if not new_rows:
        return
    stored = s.execute(select(m.Dealer.id, m.Dealer.version)).all()
    since = [i for i, version in stored if plan.known.get(i) != version]
    if not since:
        return
    index = load_index(s, since)
    taken = []
    for p in new_rows:
        uscc = p.value("uscc")
        if (uscc and uscc in index.by_uscc) or (norm_name(p.value("legal_name")), norm_city(p.value("city"))) in index.by_name:
            taken.append(p.row)
    if taken:
        raise ServiceError("roster.conflict.taken", n=len(taken), rows=rows_text(taken))


def rows_text(rows: list[int], limit: int = 20) -> str:
    """'3、5、8' — the first ``limit`` row numbers, then '…'."""
    return "、".join(map(str, rows[:limit])) + ("…" if len(rows) > limit else "")


def _integrity_conflict(ctx: ServiceContext, new_rows: list[PlannedLine]) -> ServiceError:
    """The database refused a row: count the new rows whose credit code is taken now."""
    codes = {p.value("uscc"): p.row for p in new_rows if p.value("uscc")}
    found: list[int] = []
    with ctx.unit() as s:
        wanted = sorted(codes)
        for start in range(0, len(wanted), 900):
            found += s.scalars(select(m.Dealer.uscc).where(m.Dealer.uscc.in_(wanted[start:start + 900])))
    if not found:
        return ServiceError("roster.conflict.refused")
    rows = sorted(codes[code] for code in found)
    return ServiceError("roster.conflict.taken", n=len(rows), rows=rows_text(rows))
