"""Roster import in one pass — open, plan and commit together — for the command line and batch use.

The wizard plans first and writes only after a person has looked at the preview
(``roster_import.analyse`` then ``roster_write.commit``). With nobody to ask, the rows can be
written while later rows are still being planned: the database's work (on a thread of its own,
``SessionThread``) overlaps the Python work of planning, on a second core. The result is the same
plan and the same database as analyse-then-commit, in one transaction: a cancel, an error, a
``strict`` import with rejected rows, or a killed process leaves the database as it was.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import IntegrityError

from desktop.services.context import ServiceContext
from desktop.services.errors import ServiceError
from desktop.services.roster_import import bulk_work, check_source, open_roster
from desktop.services.roster_plan import REJECTED, ImportPlan, PlannedRow, ProgressFn
from desktop.services.roster_planner import plan_rows, settle
from desktop.services.roster_match import load_index
from desktop.services.roster_plan import CHUNK
from desktop.services.roster_write import ImportResult, RosterTransaction
from desktop.services.session_thread import SessionThread, quick_switches

WRITE_CHUNK = 2500  # new dealers per write: small enough that little is left to write when planning ends
MAX_QUEUED = 3  # writes waiting for the writer at most


@dataclass
class OnePassResult:
    plan: ImportPlan
    result: ImportResult | None  # None: nothing written (strict, with rows rejected)


def import_roster(ctx: ServiceContext, path: str | Path, sheet: str | None = None, mode: str = "upsert", *,
                  strict: bool = False, progress: ProgressFn | None = None) -> OnePassResult:
    """Import a roster file in ``mode`` with no preview. Raises UnusableFile, ImportCancelled or
    ServiceError('roster.conflict.changed') — nothing written in each case."""
    path = Path(path)
    with bulk_work(), quick_switches():
        writer = SessionThread(ctx, "roster-import")
        try:
            # The transaction begins (on SQLite: the write lock) and the stored dealers are read
            # while the file is read — python-calamine lets go of the GIL while it parses.
            tx = writer.submit(lambda s: RosterTransaction(ctx, s, path.name, "", "", mode))
            index = writer.submit(load_index)
            source = open_roster(ctx, path, sheet)
            check_source(source, mode)
            return _run(writer, tx.result(), index.result(), source, mode, strict, progress)
        except IntegrityError:
            raise ServiceError("roster.conflict.changed", n="?") from None
        finally:
            writer.close(commit=False)  # a no-op once _run has committed


def _run(writer: SessionThread, tx: RosterTransaction, index, source, mode: str, strict: bool, progress) -> OnePassResult:
    pending: list[PlannedRow] = []
    writing: list = []  # futures of the writes not known to be done
    rejected = False

    def write(rows: list[PlannedRow]) -> None:
        while len(writing) >= MAX_QUEUED:  # the writer is behind: wait rather than pile rows up in memory
            writing.pop(0).result()
        if tx.fast:  # rows built here, while the writer inserts the previous ones
            new = tx.prepare(rows)
            _forget_values(rows)
            writing.append(writer.submit(lambda _s: tx.write(new)))
        else:
            writing.append(writer.submit(lambda _s: (tx.insert_new(rows), _forget_values(rows))))

    def on_chunk(rows: list[PlannedRow]) -> None:
        nonlocal pending, rejected
        writer.check()
        rejected = rejected or any(p.status in REJECTED for p in rows)
        if strict and rejected:
            pending = []  # nothing will be written: stop feeding the writer
            return
        pending += [p for p in rows if p.status == "new"]
        while len(pending) >= WRITE_CHUNK:
            write(pending[:WRITE_CHUNK])
            pending = pending[WRITE_CHUNK:]

    planner = plan_rows(source, mode, index, progress, on_chunk)
    plan = planner.plan(source)
    if pending:
        write(pending)
        pending = []
    source.grid.release()  # the sheet's cells, freed while the writer finishes
    writer.call(lambda s: settle(planner, s))
    counts = plan.counts()
    if strict and counts["duplicates"] + counts["invalid"]:
        return OnePassResult(plan, None)
    updates = [p for p in plan.rows if p.status == "update"]

    def finish(_s) -> int:
        tx.check_versions(updates)
        for start in range(0, len(updates), CHUNK):
            tx.apply_updates(updates[start:start + CHUNK])
        tx.describe(source.sha256, source.sheet)
        return tx.finish(counts, plan.signature, plan.mapping)

    import_id = writer.call(finish)
    writer.close(commit=True)
    return OnePassResult(plan, ImportResult(import_id, counts))


def _forget_values(rows: list[PlannedRow]) -> None:
    """Rows on their way to the database: the plan keeps their status and row number, not their
    values (a 50,000-row roster would otherwise hold every value twice until the end)."""
    for p in rows:
        p.values = None
