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
from operator import itemgetter
from pathlib import Path

from sqlalchemy import Date, DateTime, Numeric, bindparam, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.persistence import models as m
from desktop.persistence import roster_models as rm
from desktop.rules.search import pinyin_keys
from desktop.services import roster_mappings
from desktop.services.context import ServiceContext
from desktop.services.errors import ServiceError
from desktop.services.roster_import import FIELD_INDEX, ImportCancelled, ImportPlan, PlannedRow, ProgressFn, bulk_work
from desktop.services.roster_values import SCALARS, to_json

CHUNK = 5000
FAST_SQLITE = True  # tests switch it off to exercise the portable Core path on SQLite
PAUSE_ENV = "DEALERDESK_TEST_IMPORT_PAUSE"  # test hook: write this file, then sleep mid-transaction
_SCALAR_AT = [FIELD_INDEX[f] for f in SCALARS]
_scalars_of = itemgetter(*_SCALAR_AT)  # a plan row's values → its scalar fields, in SCALARS order
_USCC_AT = SCALARS.index("uscc")
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
        sql = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        self.conn.exec_driver_sql(sql, rows)


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
            batch = rm.RosterImport(file_name=plan.file_name[:260], sha256=plan.sha256, sheet=plan.sheet[:100], mode=plan.mode,
                                    imported_at=ctx.now(), imported_by=ctx.user, undone_by="", **counts)
            s.add(batch)
            s.flush()  # the first write: SQLite now holds the write lock, so the ids below stay ours
            _check_versions(s, updates)
            bulk = _Bulk(s)
            next_id = (s.scalar(select(func.max(m.Dealer.id))) or 0) + 1  # used on SQLite only
            log: list[tuple] = []
            for start in range(0, len(new_rows), CHUNK):
                chunk = new_rows[start:start + CHUNK]
                _insert_new(ctx, bulk, chunk, next_id, batch.id, log)
                next_id += len(chunk)
                done += len(chunk)
                _tick(progress, done, total)
                if start == 0:
                    _pause_for_tests()
            for start in range(0, len(updates), CHUNK):
                chunk = updates[start:start + CHUNK]
                _apply_updates(ctx, s, bulk, chunk, batch.id, log)
                done += len(chunk)
                _tick(progress, done, total)
            bulk.insert(rm.RosterImportRow.__table__, ("import_id", "dealer_id", "row_no", "action", "version_after", "before"), log)
            roster_mappings.save(ctx, s, plan.signature, plan.mapping)
            import_id = batch.id
    except IntegrityError:
        raise ServiceError("roster.conflict.changed", n="?") from None
    return ImportResult(import_id, counts)


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
        current = dict(s.execute(select(m.Dealer.id, m.Dealer.version).where(m.Dealer.id.in_(chunk))).all())
        stale += sum(1 for i in chunk if current.get(i) != wanted[i])
    if stale:
        raise ServiceError("roster.conflict.changed", n=stale)


def _children(dealer_id: int, brands, repaired, sources, insurers, out: dict) -> None:
    """Brands sold then repaired numbered in one sequence (position), sources, insurers in order."""
    if brands:
        out["brands"] += [(dealer_id, "sold", brand, position) for position, brand in enumerate(brands)]
    if repaired:
        out["brands"] += [(dealer_id, "repaired", brand, position) for position, brand in enumerate(repaired, len(brands))]
    if sources:
        out["sources"] += [(dealer_id, source) for source in sources]
    if insurers:
        out["insurers"] += [(dealer_id, i.insurer, i.share, n) for n, i in enumerate(insurers)]


def _insert_children(bulk: _Bulk, out: dict) -> None:
    bulk.insert(m.DealerBrand.__table__, ("dealer_id", "kind", "brand", "position"), out["brands"])
    bulk.insert(m.DealerSource.__table__, ("dealer_id", "source"), out["sources"])
    bulk.insert(m.DealerInsurer.__table__, ("dealer_id", "insurer", "share", "position"), out["insurers"])


def _insert_new(ctx: ServiceContext, bulk: _Bulk, chunk: list[PlannedRow], first_id: int, import_id: int, log: list) -> None:
    """SQLite: ids chosen here (the write lock is held); elsewhere the database's own sequence
    hands them out (RETURNING), so later single inserts never collide with them."""
    now, user = ctx.now(), ctx.user
    table = m.Dealer.__table__
    # Values made SQLite-ready here, once per row, rather than column by column in _Bulk.
    adapt = [(k, _sqlite_adapter(table.c[f].type)) for k, f in enumerate(SCALARS) if bulk.fast and _sqlite_adapter(table.c[f].type)]
    stamp = _sqlite_adapter(table.c.created_at.type)(now) if bulk.fast else now
    dealers = []
    for p in chunk:
        v = p.values
        values = list(_scalars_of(v))
        values[_USCC_AT] = values[_USCC_AT] or None
        for k, fn in adapt:
            if values[k] is not None:
                values[k] = fn(values[k])
        full, initials = pinyin_keys(v[_LEGAL], v[_SHORT])
        dealers.append((*values, False, full, initials, 1, stamp, user, stamp, user))
    if bulk.fast:
        ids = list(range(first_id, first_id + len(chunk)))
        bulk.insert(table, _DEALER_COLUMNS, [(i, *row) for i, row in zip(ids, dealers)], adapted=True)
    else:
        stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        ids = list(bulk.conn.execute(stmt, [dict(zip(_DEALER_COLUMNS[1:], row)) for row in dealers]).scalars())
    children = {"brands": [], "sources": [], "insurers": []}
    for dealer_id, p in zip(ids, chunk):
        v = p.values
        _children(dealer_id, v[_BRANDS], v[_REPAIRED], v[_SOURCES], v[_INSURERS], children)
        log.append((import_id, dealer_id, p.row, "created", 1, ""))
    _insert_children(bulk, children)


def _apply_updates(ctx: ServiceContext, s: Session, bulk: _Bulk, chunk: list[PlannedRow], import_id: int, log: list) -> None:
    """Changed scalars by one UPDATE per set of changed columns; changed lists replaced (sources added to)."""
    now, user = ctx.now(), ctx.user
    table = m.Dealer.__table__
    groups: dict[tuple[str, ...], list[dict]] = {}
    replace_ids, children = [], {"brands": [], "sources": [], "insurers": []}
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
            replace_ids.append(p.dealer_id)
            _children(p.dealer_id, final["brands"], final["brands_repaired"], [], final["insurers"], children)
        if "sources" in changed:
            children["sources"] += [(p.dealer_id, src) for src in changed["sources"] if src not in p.stored["sources"]]
        before = {f: to_json(b) for f, b, _after in p.changes}
        log.append((import_id, p.dealer_id, p.row, "updated", p.version + 1, json.dumps(before, ensure_ascii=False)))
    for scalars, rows in groups.items():
        values = {f: bindparam(f"v_{f}") for f in scalars if f != "name_pinyin"}
        if "name_pinyin" in scalars:
            values.update(name_pinyin=bindparam("b_full"), name_initials=bindparam("b_initials"))
        stmt = update(table).where(table.c.id == bindparam("b_id")).values(
            **values, version=table.c.version + 1, updated_at=bindparam("b_at"), updated_by=bindparam("b_by"))
        s.connection().execute(stmt, rows)
    for start in range(0, len(replace_ids), 900):
        ids = replace_ids[start:start + 900]
        s.connection().execute(delete(m.DealerBrand.__table__).where(m.DealerBrand.dealer_id.in_(ids)))
        s.connection().execute(delete(m.DealerInsurer.__table__).where(m.DealerInsurer.dealer_id.in_(ids)))
    _insert_children(bulk, children)
