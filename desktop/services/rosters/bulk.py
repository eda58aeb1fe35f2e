"""Roster import: the bulk statements that write a chunk of planned rows.

New dealers become plain tuples column by column (``dealer_values``, ``child_rows``) inserted many
rows per statement (``Bulk``: the sqlite3 driver's own executemany on SQLite, storing values as
SQLAlchemy's SQLite dialect does; Core's elsewhere); updated dealers become one UPDATE per set of
changed columns, their changed lists replaced (``apply_updates``). Audit columns and the pinyin
search keys are stamped as ``services.dealers.files`` does. The transaction, the batch record and the
order of the writes are ``roster_write``'s. Runs on the calling thread.
"""

from __future__ import annotations

import json
import sqlite3
from itertools import chain, repeat
from operator import itemgetter, methodcaller

from sqlalchemy import Date, DateTime, Numeric, bindparam, delete, insert, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from desktop.persistence.models import dealers as m
from desktop.rules.dealers.search import pinyin_keys
from desktop.services.context import ServiceContext
from desktop.services.rosters.plan import FIELD_INDEX, PlannedLine
from desktop.services.rosters.values import SCALARS, carry_terms, to_json

FAST_SQLITE = True  # tests switch it off to exercise the portable Core path on SQLite
_SQLITE_MAX_VARIABLES = 32766 if sqlite3.sqlite_version_info >= (3, 32) else 999  # bound parameters per statement
_LEGAL, _SHORT = FIELD_INDEX["legal_name"], FIELD_INDEX["short_name"]
DEALER_COLUMNS = ("id", *SCALARS, "archived", "name_pinyin", "name_initials", "version", "created_at", "created_by", "updated_at", "updated_by")


class Bulk:
    """executemany of plain tuples: the driver's own on SQLite, Core's elsewhere."""

    def __init__(self, session: Session) -> None:
        self.conn = session.connection()
        self.fast = FAST_SQLITE and self.conn.dialect.name == "sqlite"
        self._adapters: dict[tuple, list] = {}

    def rows(self, table, columns: tuple[str, ...], values: list, n: int) -> list[tuple]:
        """``n`` rows for ``insert(…, adapted=True)`` from their values column by column: each entry of
        ``values`` one value per row, or ``Same(v)`` for every row; on SQLite adapted a column at a
        time (a stamp once, not once per row)."""
        out = []
        for name, column in zip(columns, values):
            adapt = _sqlite_adapter(table.c[name].type) if self.fast else None
            if type(column) is Same:
                out.append(repeat(column.value if adapt is None or column.value is None else adapt(column.value), n))
            elif adapt is None:
                out.append(column)
            elif None not in column and (plain := _PLAIN_ADAPTERS.get(type(table.c[name].type))) is not None:
                out.append(list(map(plain, column)))  # the same values, without a Python call per cell
            else:
                out.append([None if v is None else adapt(v) for v in column])
        return list(zip(*out))

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


class Same:
    """One value for every row of ``Bulk.rows``."""

    __slots__ = ("value",)

    def __init__(self, value) -> None:
        self.value = value


def _sqlite_adapter(column_type):
    """Store values the way SQLAlchemy's SQLite dialect does, so both paths read back alike."""
    if isinstance(column_type, DateTime):
        return lambda v: v.strftime("%Y-%m-%d %H:%M:%S.%f") if v is not None else None
    if isinstance(column_type, Date):
        return lambda v: v.isoformat() if v is not None else None
    if isinstance(column_type, Numeric):
        return lambda v: str(v) if v is not None else None
    return None


# ``_sqlite_adapter``'s conversions for columns without None, as C functions (``Bulk.rows``).
_PLAIN_ADAPTERS = {Date: methodcaller("isoformat"), Numeric: str}


def _adapt(row: tuple, adapters) -> tuple:
    values = list(row)
    for i, fn in adapters:
        values[i] = fn(values[i])
    return tuple(values)


def child_rows(ids, brands, repaired, sources, insurers) -> dict[str, list[tuple]]:
    """The child rows of dealers ``ids`` from their lists, column by column: brands sold then
    repaired numbered in one sequence (position), sources, insurers in order."""
    return {
        "brands": [(i, "sold", b, n) for i, bs in zip(ids, brands) if bs for n, b in enumerate(bs)]
                  + [(i, "repaired", b, n) for i, bs, rs in zip(ids, brands, repaired) if rs for n, b in enumerate(rs, len(bs))],
        "sources": [(i, source) for i, listed in zip(ids, sources) if listed for source in listed],
        "insurers": [(i, share.insurer, share.share, n, share.fee_terms, share.repair_terms, share.other_terms)
                     for i, shares in zip(ids, insurers) if shares for n, share in enumerate(shares)],
    }


def insert_children(bulk: Bulk, out: dict) -> None:
    bulk.insert(m.DealerBrand.__table__, ("dealer_id", "kind", "brand", "position"), out["brands"])
    bulk.insert(m.DealerSource.__table__, ("dealer_id", "source"), out["sources"])
    bulk.insert(m.DealerInsurer.__table__, ("dealer_id", "insurer", "share", "position", "fee_terms", "repair_terms",
                                            "other_terms"), out["insurers"])


def dealer_values(ctx: ServiceContext, fields: list[tuple], fast: bool) -> list[tuple]:
    """The dealers' rows (without id) in DEALER_COLUMNS order from their values column by column
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
    if ctx.office:
        # An office database stamps who and when on every update and tells every client about it:
        # storing the keys later would read as a colleague's edit of each new dealer.
        keys = list(map(pinyin_keys, fields[_LEGAL], fields[_SHORT]))
        full, initials = map(itemgetter(0), keys), map(itemgetter(1), keys)
    else:
        # No pinyin keys yet: '' until services/dealers/keys.py stores them (the dealer list computes
        # them meanwhile) — about a fifth of a big import that nobody needs to wait for.
        full, initials = repeat("", n), repeat("", n)
    now, user = ctx.now(), ctx.user
    stamp = _sqlite_adapter(table.c.created_at.type)(now) if fast else now
    return list(zip(*columns, repeat(False, n), full, initials,
                    repeat(1, n), repeat(stamp, n), repeat(user, n), repeat(stamp, n), repeat(user, n)))


def apply_updates(ctx: ServiceContext, s: Session, bulk: Bulk, chunk: list[PlannedLine], import_id: int, log: list) -> None:
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
            insurers = carry_terms(p.stored["insurers"], final["insurers"]) if "insurers" in changed else final["insurers"]
            replaced.append({**final, "insurers": insurers, "id": p.dealer_id})
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
    children = child_rows(replace_ids, [d["brands"] for d in replaced], [d["brands_repaired"] for d in replaced],
                           [()] * len(replaced), [d["insurers"] for d in replaced])
    children["sources"] = added_sources
    insert_children(bulk, children)
