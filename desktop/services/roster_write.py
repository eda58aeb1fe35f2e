"""Roster import, step 3: commit a plan — every accepted row in one transaction, recorded as a batch.

Cancel (the progress callback returns False), any error, or a killed process leaves the database
exactly as it was: nothing is committed until the last row is written. Bulk Core statements
(driver-level executemany on SQLite) keep a 50,000-row roster within seconds; audit columns and
the pinyin search keys are stamped as ``services.dealers`` does. Runs on the calling thread.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
import sqlite3
from itertools import chain, repeat
from operator import itemgetter
from pathlib import Path

from sqlalchemy import Date, DateTime, Numeric, bindparam, delete, func, insert, select, update
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from desktop.persistence import models as m
from desktop.persistence import roster_models as rm
from desktop.rules.search import pinyin_keys
from desktop.services import roster_mappings
from desktop.services.context import ServiceContext
from desktop.services.errors import ServiceError
from desktop.services.roster_import import bulk_work
from desktop.services.roster_plan import FIELD_INDEX, ImportCancelled, ImportPlan, PlannedRow, ProgressFn
from desktop.services.roster_values import SCALARS, to_json

CHUNK = 5000
FAST_SQLITE = True  # tests switch it off to exercise the portable Core path on SQLite
_SQLITE_MAX_VARIABLES = 32766 if sqlite3.sqlite_version_info >= (3, 32) else 999  # bound parameters per statement
PAUSE_ENV = "DEALERDESK_TEST_IMPORT_PAUSE"  # test hook: write this file, then sleep mid-transaction
_LEGAL, _SHORT, _BRANDS, _REPAIRED, _SOURCES, _INSURERS = (
    FIELD_INDEX[f] for f in ("legal_name", "short_name", "brands", "brands_repaired", "sources", "insurers"))
_DEALER_COLUMNS = ("id", *SCALARS, "archived", "name_pinyin", "name_initials", "version", "created_at", "created_by", "updated_at", "updated_by")


@dataclass
class ImportResult:
    import_id: int
    counts: dict[str, int]


class _Bulk:
    """executemany of plain tuples: the driver's own on SQLite, Core's elsewhere."""

    def __init__(self, session: Session) -> None:
        self.conn = session.connection()
        self.fast = FAST_SQLITE and self.conn.dialect.name == "sqlite"
        self._adapters: dict[tuple, list] = {}

    def insert(self, table, columns: tuple[str, ...], rows: list[tuple], *, adapted: bool = False) -> None:
        """``adapted``: the caller already gave SQLite-ready values (fast path only)."""
        if not rows:
            return
        if not self.fast:
            self.conn.execute(insert(table), [dict(zip(columns, row)) for row in rows])
            return
        adapters = [] if adapted else self._adapters.get((table.name, columns))
        if adapters is None:
            adapters = self._adapters[(table.name, columns)] = [
                (i, _sqlite_adapter(table.c[c].type)) for i, c in enumerate(columns) if _sqlite_adapter(table.c[c].type)
            ]
        if adapters:
            rows = [_adapt(row, adapters) for row in rows]
        # Many rows per statement, in a few fixed sizes: the driver caches each distinct statement,
        # and one of thousands of parameters takes megabytes — a size per remainder would pile them up.
        per = max(1, _SQLITE_MAX_VARIABLES // len(columns))
        head = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES "
        one = "(" + ",".join("?" * len(columns)) + ")"
        cursor = self.conn.connection.cursor()
        try:
            start, n = 0, len(rows)
            for size in (per, 64, 8, 1):
                sql = head + ",".join([one] * size)
                while n - start >= size:
                    cursor.execute(sql, list(chain.from_iterable(rows[start:start + size])))
                    start += size
        except sqlite3.Error as err:  # wrapped as SQLAlchemy does, so callers' `except IntegrityError` see it
            raise DBAPIError.instance(head, None, err, sqlite3.Error) from err
        finally:
            cursor.close()


def _sqlite_adapter(column_type):
    """Store values the way SQLAlchemy's SQLite dialect does, so both paths read back alike."""
    if isinstance(column_type, DateTime):
        return lambda v: v.strftime("%Y-%m-%d %H:%M:%S.%f") if v is not None else None
    if isinstance(column_type, Date):
        return lambda v: v.isoformat() if v is not None else None
    if isinstance(column_type, Numeric):
        return lambda v: str(v) if v is not None else None
    return None


def _adapt(row: tuple, adapters) -> tuple:
    values = list(row)
    for i, fn in adapters:
        values[i] = fn(values[i])
    return tuple(values)


def _pause_for_tests() -> None:
    marker = os.environ.get(PAUSE_ENV)
    if marker:
        Path(marker).write_text("paused mid-transaction", encoding="utf-8")
        time.sleep(120)


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
        with bulk_work(), ctx.unit() as s:
            tx = RosterTransaction(ctx, s, plan.file_name, plan.sha256, plan.sheet, plan.mode)
            tx.check_versions(updates)  # first: a stale plan writes nothing
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
    except IntegrityError:
        raise ServiceError("roster.conflict.changed", n="?") from None
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
        self.bulk = _Bulk(s)
        self.next_id = (s.scalar(select(func.max(m.Dealer.id))) or 0) + 1  # used on SQLite only
        self.log: list[tuple] = []
        self._paused = False

    def check_versions(self, updates: list[PlannedRow]) -> None:
        _check_versions(self.s, updates)

    def insert_new(self, rows: list[PlannedRow]) -> None:
        """SQLite: ids chosen here (the write lock is held); elsewhere the database's own sequence
        hands them out (RETURNING), so later single inserts never collide with them."""
        fields = list(zip(*(p.values for p in rows)))  # FIELDS order, column by column
        table = m.Dealer.__table__
        if self.bulk.fast:
            ids = range(self.next_id, self.next_id + len(rows))
            self.next_id += len(rows)
            self.bulk.insert(table, _DEALER_COLUMNS, [(i, *row) for i, row in zip(ids, _dealer_values(self.ctx, fields, True))],
                             adapted=True)
        else:
            stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
            ids = list(self.bulk.conn.execute(stmt, [dict(zip(_DEALER_COLUMNS[1:], row))
                                                     for row in _dealer_values(self.ctx, fields, False)]).scalars())
        _insert_children(self.bulk, _child_rows(ids, fields[_BRANDS], fields[_REPAIRED], fields[_SOURCES], fields[_INSURERS]))
        self.log += [(self.batch.id, i, p.row, "created", 1, "") for i, p in zip(ids, rows)]
        self._write_log()
        if not self._paused:
            self._paused = True
            _pause_for_tests()

    def apply_updates(self, rows: list[PlannedRow]) -> None:
        _apply_updates(self.ctx, self.s, self.bulk, rows, self.batch.id, self.log)
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


def _check_versions(s: Session, updates: list[PlannedRow]) -> None:
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


def _child_rows(ids, brands, repaired, sources, insurers) -> dict[str, list[tuple]]:
    """The child rows of dealers ``ids`` from their lists, column by column: brands sold then
    repaired numbered in one sequence (position), sources, insurers in order."""
    return {
        "brands": [(i, "sold", b, n) for i, bs in zip(ids, brands) if bs for n, b in enumerate(bs)]
                  + [(i, "repaired", b, n) for i, bs, rs in zip(ids, brands, repaired) if rs for n, b in enumerate(rs, len(bs))],
        "sources": [(i, source) for i, listed in zip(ids, sources) if listed for source in listed],
        "insurers": [(i, share.insurer, share.share, n) for i, shares in zip(ids, insurers) if shares
                     for n, share in enumerate(shares)],
    }


def _insert_children(bulk: _Bulk, out: dict) -> None:
    bulk.insert(m.DealerBrand.__table__, ("dealer_id", "kind", "brand", "position"), out["brands"])
    bulk.insert(m.DealerSource.__table__, ("dealer_id", "source"), out["sources"])
    bulk.insert(m.DealerInsurer.__table__, ("dealer_id", "insurer", "share", "position"), out["insurers"])


def _dealer_values(ctx: ServiceContext, fields: list[tuple], fast: bool) -> list[tuple]:
    """The dealers' rows (without id) in _DEALER_COLUMNS order from their values column by column
    (``fields``: FIELDS order); ``fast``: SQLite-ready values (dates, amounts and stamps as
    SQLAlchemy's SQLite dialect stores them)."""
    table = m.Dealer.__table__
    n = len(fields[0])
    columns = []
    for f in SCALARS:
        column = fields[FIELD_INDEX[f]]
        adapt = _sqlite_adapter(table.c[f].type) if fast else None
        if f == "uscc":
            column = [v or None for v in column]
        elif adapt is not None:
            column = [None if v is None else adapt(v) for v in column]
        columns.append(column)
    keys = list(map(pinyin_keys, fields[_LEGAL], fields[_SHORT]))
    now, user = ctx.now(), ctx.user
    stamp = _sqlite_adapter(table.c.created_at.type)(now) if fast else now
    return list(zip(*columns, repeat(False, n), map(itemgetter(0), keys), map(itemgetter(1), keys),
                    repeat(1, n), repeat(stamp, n), repeat(user, n), repeat(stamp, n), repeat(user, n)))


def _apply_updates(ctx: ServiceContext, s: Session, bulk: _Bulk, chunk: list[PlannedRow], import_id: int, log: list) -> None:
    """Changed scalars by one UPDATE per set of changed columns; changed lists replaced (sources added to)."""
    now, user = ctx.now(), ctx.user
    table = m.Dealer.__table__
    groups: dict[tuple[str, ...], list[dict]] = {}
    replaced: list[dict] = []  # the final values of dealers whose brands or insurers change
    added_sources: list[tuple] = []
    for p in chunk:
        changed = {f: after for f, _before, after in p.changes}
        final = {**p.stored, **changed}
        scalars = tuple(f for f in SCALARS if f in changed)
        params = {f"v_{f}": (changed[f] or None) if f == "uscc" else changed[f] for f in scalars}
        params.update(b_id=p.dealer_id, b_at=now, b_by=user)
        if "legal_name" in changed or "short_name" in changed:
            params["b_full"], params["b_initials"] = pinyin_keys(final["legal_name"], final["short_name"])
            scalars += ("name_pinyin",)
        groups.setdefault(scalars, []).append(params)
        if any(f in changed for f in ("brands", "brands_repaired", "insurers")):
            replaced.append({**final, "id": p.dealer_id})
        if "sources" in changed:
            added_sources += [(p.dealer_id, src) for src in changed["sources"] if src not in p.stored["sources"]]
        before = {f: to_json(b) for f, b, _after in p.changes}
        log.append((import_id, p.dealer_id, p.row, "updated", p.version + 1, json.dumps(before, ensure_ascii=False)))
    for scalars, rows in groups.items():
        values = {f: bindparam(f"v_{f}") for f in scalars if f != "name_pinyin"}
        if "name_pinyin" in scalars:
            values.update(name_pinyin=bindparam("b_full"), name_initials=bindparam("b_initials"))
        stmt = update(table).where(table.c.id == bindparam("b_id")).values(
            **values, version=table.c.version + 1, updated_at=bindparam("b_at"), updated_by=bindparam("b_by"))
        s.connection().execute(stmt, rows)
    replace_ids = [d["id"] for d in replaced]
    for start in range(0, len(replace_ids), 900):
        ids = replace_ids[start:start + 900]
        s.connection().execute(delete(m.DealerBrand.__table__).where(m.DealerBrand.dealer_id.in_(ids)))
        s.connection().execute(delete(m.DealerInsurer.__table__).where(m.DealerInsurer.dealer_id.in_(ids)))
    children = _child_rows(replace_ids, [d["brands"] for d in replaced], [d["brands_repaired"] for d in replaced],
                           [()] * len(replaced), [d["insurers"] for d in replaced])
    children["sources"] = added_sources
    _insert_children(bulk, children)
