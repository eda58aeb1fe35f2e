"""The change history on the embedded SQLite database: the same ``history`` table, written by SQLite
triggers generated from the models (every insert, update and delete of a business record, whoever
writes it), then sealed by the services in the same transaction (``seal``: the single user's name
and the SHA-256 chain, which SQLite cannot compute itself). Sealed entries are never updated or
deleted (triggers refuse). ``install`` (re)creates the triggers when the models changed.
"""

from __future__ import annotations

import hashlib
import json
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from sqlalchemy import LargeBinary, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import OperationalError

# ``catalog`` (every model) is imported by the functions that generate the triggers' SQL, not here:
# ``seal`` ends every unit of work, and a command whose units touch a few tables (``import-claims``)
# need not load every area's models for it.

PREFIX = "dd_hist_"
META_KEY = "history_triggers"
HEAD_KEY = "history_head"
BULK_KEY = "history_bulk"  # present (inside one write transaction only) while bulk_inserts runs
VERSION = 2
SEAL_CHUNK = 20_000  # entries read and sealed at a time
_AT = "strftime('%Y-%m-%d %H:%M:%f', 'now')"


def _catalog():
    from desktop.persistence.office import catalog

    return catalog


def _columns(table: str) -> tuple[list[str], list[str]]:
    """(public fields, sensitive fields) a history entry records for ``table``."""
    catalog = _catalog()
    t = catalog.tables()[table]
    sensitive = catalog.SENSITIVE.get(table, ())
    kept = [c.name for c in t.columns if c.name not in catalog.SKIPPED_FIELDS and not isinstance(c.type, LargeBinary)]
    return [c for c in kept if c not in sensitive], [c for c in kept if c in sensitive]


def _pairs_object(cols: list[str], old: str | None, new: str | None, *, only_changed: bool, empty_null: bool) -> str:
    """A JSON object {field: [old, new]} for ``cols`` (changed ones only on update)."""
    if not cols:
        return "NULL"

    def side(prefix, c):
        return f"{prefix}.{c}" if prefix else "NULL"

    if not only_changed:  # insert or delete: every field, one plain call (no subquery: it runs per row)
        pairs = [f"'{c}', json_array({side(old, c)}, {side(new, c)})" for c in cols]
        chunks = [f"json_object({', '.join(pairs[i:i + 40])})" for i in range(0, len(pairs), 40)]
        body = chunks[0] if len(chunks) == 1 else f"json_patch({chunks[0]}, {chunks[1]})" if len(chunks) == 2 else \
            "json_patch(" + chunks[0] + ", " + _patch(chunks[1:]) + ")"
        return body
    rows = " UNION ALL ".join(f"SELECT '{c}' AS k, {side(old, c)} AS o, {side(new, c)} AS n" for c in cols)
    agg = "json_group_object(k, json_array(o, n))"
    if empty_null:
        agg = f"CASE WHEN count(*) > 0 THEN {agg} END"
    return f"(SELECT {agg} FROM ({rows}) WHERE o IS NOT n)"


def _patch(chunks: list[str]) -> str:
    return chunks[0] if len(chunks) == 1 else f"json_patch({chunks[0]}, {_patch(chunks[1:])})"


def _record_id(table: str, ref: str) -> str:
    return " || '/' || ".join(f"CAST({ref}.{c} AS TEXT)" for c in _catalog().primary_key(table))


def _dealer(table: str, ref: str) -> str:
    scope = _catalog().scope(table)
    if scope == ("self",):
        return f"{ref}.id"
    if scope == ("dealer_id",):
        return f"{ref}.dealer_id"
    if scope:
        _, parent, column = scope
        return f"(SELECT dealer_id FROM {parent} WHERE id = {ref}.{column})"
    return "NULL"


def _entry(table: str, op: str, ref: str) -> tuple[str, str, str, str]:
    """SQL for an entry's record id, dealer, changes and private changes, the record being ``ref``
    (NEW/OLD in a trigger; the table's own name when ``bulk_inserts`` reads its rows back)."""
    public, private = _columns(table)
    old, new = ("OLD", "NEW") if op == "U" else ((ref, None) if op == "D" else (None, ref))
    changes = _pairs_object(public, old, new, only_changed=op == "U", empty_null=False)
    if op == "U":
        changes = f"coalesce({changes}, '{{}}')"
    priv = _pairs_object(private, old, new, only_changed=op == "U", empty_null=True)
    return _record_id(table, ref), _dealer(table, ref), changes, priv


def _trigger(table: str, op: str) -> str:
    public, private = _columns(table)
    ref = "OLD" if op == "D" else "NEW"
    event = {"I": "INSERT", "U": "UPDATE", "D": "DELETE"}[op]
    when = ""
    if op == "U":
        when = " WHEN " + " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in public + private)
    elif op == "I":  # a bulk insert records its rows itself (the key exists only inside its transaction)
        when = f" WHEN NOT EXISTS (SELECT 1 FROM app_meta WHERE key = '{BULK_KEY}')"
    record_id, dealer, changes, priv = _entry(table, op, ref)
    return (f"CREATE TRIGGER {PREFIX}{table}_{op.lower()} AFTER {event} ON {table}{when} BEGIN "
            f"INSERT INTO history (at, login, table_name, record_id, dealer_id, op, changes, private, prev_hash, hash) "
            f"VALUES ({_AT}, '', '{table}', {record_id}, {dealer}, "
            f"'{op}', {changes}, {priv}, '', NULL); END")


def statements() -> list[str]:
    out = []
    for table in _catalog().history_tables():
        out += [_trigger(table, op) for op in ("I", "U", "D")]
    out.append(f"CREATE TRIGGER {PREFIX}guard_u BEFORE UPDATE ON history WHEN OLD.hash IS NOT NULL "
               "BEGIN SELECT RAISE(ABORT, 'office.history_append_only'); END")
    out.append(f"CREATE TRIGGER {PREFIX}guard_d BEFORE DELETE ON history "
               "BEGIN SELECT RAISE(ABORT, 'office.history_append_only'); END")
    return out


@lru_cache(maxsize=1)
def fingerprint() -> str:
    return hashlib.sha256((f"{VERSION}\n" + "\n".join(statements())).encode()).hexdigest()


# The modules the triggers' SQL follows from (every one that importing ``catalog`` and this module
# loads; a test keeps the list complete). While their source, SQLAlchemy's version and VERSION are
# what they were when the triggers were last checked, the triggers are current: a start need not
# load every area's models to generate the SQL again (``install``'s fast path).
SOURCE_KEY = "history_triggers_source"
SOURCE_MODULES = (
    "desktop", "desktop.errors", "desktop.persistence", "desktop.persistence.all_models", "desktop.persistence.base",
    "desktop.persistence.models", "desktop.persistence.models.aftersales", "desktop.persistence.models.contracts",
    "desktop.persistence.models.dealers", "desktop.persistence.models.meetings", "desktop.persistence.models.negotiation",
    "desktop.persistence.models.office", "desktop.persistence.models.rosters", "desktop.persistence.office",
    "desktop.persistence.office.catalog", "desktop.persistence.office.sqlite_history", "desktop.rules",
    "desktop.rules.office", "desktop.rules.office.permissions",
)
_PACKAGE = Path(__file__).resolve().parents[2]  # desktop/


def _source_file(module: str) -> Path:
    parts = module.split(".")[1:]
    if parts:
        single = _PACKAGE.joinpath(*parts[:-1], parts[-1] + ".py")
        if single.is_file():
            return single
    return _PACKAGE.joinpath(*parts, "__init__.py")


@lru_cache(maxsize=1)
def source_stamp() -> str | None:
    """A digest of ``SOURCE_MODULES``' source (None when any cannot be read, as in a frozen build)."""
    import sqlalchemy

    digest = hashlib.sha256(f"{VERSION}\n{sqlalchemy.__version__}\n".encode())
    try:
        for module in SOURCE_MODULES:
            digest.update(module.encode() + b"\0" + _source_file(module).read_bytes() + b"\0")
    except OSError:
        return None
    return digest.hexdigest()


def install(conn: Connection) -> bool:
    """Create (or replace) the triggers when they are missing or out of date; True when it did."""
    if not conn.execute(text("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'history'")).scalar():
        return False
    stored = dict(conn.execute(text("SELECT key, value FROM app_meta WHERE key IN (:a, :b)"),
                               {"a": META_KEY, "b": SOURCE_KEY}).all())
    have, stamp = stored.get(META_KEY), source_stamp()
    if have is not None and stamp is not None and stored.get(SOURCE_KEY) == f"{stamp}:{have}":
        return False  # made from these very sources: current, without generating their SQL
    wanted = fingerprint()
    changed = have != wanted
    if changed:
        for (name,) in conn.execute(text(f"SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '{PREFIX}%'")).all():
            conn.exec_driver_sql(f'DROP TRIGGER IF EXISTS "{name}"')
        for sql in statements():
            conn.exec_driver_sql(sql)
        _put(conn, META_KEY, wanted)
    if stamp is not None:
        try:
            _put(conn, SOURCE_KEY, f"{stamp}:{wanted}")
        except OperationalError:  # a read-only file whose triggers are current: checked again next time
            if changed:
                raise
    return changed


def _put(conn: Connection, key: str, value: str) -> None:
    conn.execute(text("DELETE FROM app_meta WHERE key = :k"), {"k": key})
    conn.execute(text("INSERT INTO app_meta (key, value, updated_at) VALUES (:k, :v, CURRENT_TIMESTAMP)"), {"k": key, "v": value})


def entry_hash(prev: str, entry_id: int, at: str, login: str, table: str, record_id: str, dealer_id, op: str,
               changes: str, private) -> str:
    parts = [prev, str(entry_id), at, login, table, record_id, "" if dealer_id is None else str(dealer_id), op,
             changes or "", private or ""]
    return hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()


def _head(conn: Connection) -> tuple[int, str]:
    value = conn.execute(text("SELECT value FROM app_meta WHERE key = :k"), {"k": HEAD_KEY}).scalar() or "0:"
    last, _, digest = value.partition(":")
    return int(last), digest


def seal(conn: Connection, login: str) -> int:
    """Chain the entries the triggers wrote in this transaction, signed with ``login``; how many.

    Reads and seals ``SEAL_CHUNK`` entries at a time (oldest first, through the unsealed-entries
    index), so a transaction that wrote millions of them (a big demo territory, a big import) is
    sealed in memory bounded by the chunk; calling it again mid-transaction seals what came since."""
    try:
        if conn.execute(text("SELECT 1 FROM history WHERE hash IS NULL LIMIT 1")).first() is None:
            return 0  # the usual case of a unit that only read: no lock taken
    except OperationalError as err:  # a database from before the history (not upgraded): nothing to seal
        if "no such table" in str(err):
            return 0
        raise
    # Another unit may be sealing the same entries (left by another program) right now: take the write
    # lock first (a write that changes nothing), then read what is still unsealed under it.
    conn.execute(text("UPDATE app_meta SET key = key WHERE key = :k"), {"k": HEAD_KEY})
    _last, prev = _head(conn)
    total, last_id = 0, None
    cursor = conn.connection.driver_connection.cursor()  # the driver's own executemany: thousands of rows at once
    try:
        while True:
            rows = conn.execute(text("SELECT id, at, table_name, record_id, dealer_id, op, changes, private FROM history"
                                     " WHERE hash IS NULL ORDER BY id LIMIT :n"), {"n": SEAL_CHUNK}).all()
            if not rows:
                break
            sealed = []
            for entry_id, at, table, record_id, dealer_id, op, changes, private in rows:
                digest = entry_hash(prev, entry_id, at, login, table, record_id, dealer_id, op, changes, private)
                sealed.append((login, prev, digest, entry_id))
                prev = digest
            cursor.executemany("UPDATE history SET login = ?, prev_hash = ?, hash = ? WHERE id = ?", sealed)
            total, last_id = total + len(rows), rows[-1][0]
            if len(rows) < SEAL_CHUNK:
                break
    finally:
        cursor.close()
    if not total:
        return 0
    _set_head(conn, last_id, prev)
    return total


def _set_head(conn: Connection, last: int, digest: str) -> None:
    conn.execute(text("DELETE FROM app_meta WHERE key = :k"), {"k": HEAD_KEY})
    conn.execute(text("INSERT INTO app_meta (key, value, updated_at) VALUES (:k, :v, CURRENT_TIMESTAMP)"),
                 {"k": HEAD_KEY, "v": f"{last}:{digest}"})


class BulkHistory:
    """What ``bulk_inserts`` yields: ``record`` writes the entries of rows inserted inside it."""

    def __init__(self, conn: Connection, login: str, active: bool) -> None:
        self.conn, self.login, self.active = conn, login, active

    def record(self, table: str, where: str, params: tuple, children: tuple[tuple[str, str], ...] = (),
               extra: dict[str, str] | None = None) -> int:
        """Write, sealed, the insert entries of ``table``'s rows matching ``where`` (driver SQL with
        ``?`` for ``params``), in the order they were inserted; how many. Nothing when inactive
        (the triggers recorded them already, or the database keeps no history).

        ``children``: (child table, its column naming the row) whose rows inserted with each record go
        into that record's entry instead of one entry each — under the child table's name, the list
        of the very entries' changes the triggers would have written for them, in insert order (a big
        import writes one entry per new dealer, not six). ``extra``: more fields of every entry,
        {name: value} as [null, value] (e.g. which import created the records)."""
        if not self.active:
            return 0
        record_id, dealer, changes, priv = _entry(table, "I", table)
        raw = self.conn.connection.driver_connection
        key = _catalog().primary_key(table)[0]  # what children's rows name their record by (with ``children``)
        rows = raw.execute(f"SELECT {_AT}, {record_id}, {dealer}, {changes}, {priv}, {table}.{key} FROM {table}"
                           f" WHERE {where} ORDER BY rowid", params).fetchall()
        if not rows:
            return 0
        if children or extra:
            rows = self._with_lists(table, where, params, rows, children, extra or {})
        last, prev = _head(self.conn)
        entry_id = max(last, raw.execute("SELECT coalesce(max(id), 0) FROM history").fetchone()[0])
        login, sha256, entries = self.login, hashlib.sha256, []
        for at, rid, did, ch, pv, _key in rows:
            entry_id += 1
            # entry_hash, inlined: hundreds of thousands of entries
            digest = sha256("|".join((prev, str(entry_id), at, login, table, rid, "" if did is None else str(did), "I",
                                      ch or "", pv or "")).encode("utf-8")).hexdigest()
            entries.append((entry_id, at, login, table, rid, did, "I", ch, pv, prev, digest))
            prev = digest
        raw.executemany("INSERT INTO history (id, at, login, table_name, record_id, dealer_id, op, changes, private,"
                        " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", entries)
        _set_head(self.conn, entry_id, prev)
        return len(entries)

    def _with_lists(self, table: str, where: str, params: tuple, rows: list, children, extra: dict) -> list[tuple]:
        """``rows`` with their children's entries and ``extra`` appended to their changes' JSON object
        (text joined, not parsed again: the object ends in ']}', every value being [old, new])."""
        raw = self.conn.connection.driver_connection
        key = _catalog().primary_key(table)[0]
        lists = []
        for child, column in children:
            _rid, _dealer, child_changes, child_private = _entry(child, "I", child)
            if child_private != "NULL":  # sensitive fields stay in their own entries (the private column)
                raise ValueError(f"{child}: has sensitive fields, record it on its own")
            found: dict = {}
            for parent, entry in raw.execute(f"SELECT {column}, {child_changes} FROM {child} WHERE {column} IN"
                                             f" (SELECT {key} FROM {table} WHERE {where}) ORDER BY rowid", params):
                found.setdefault(parent, []).append(entry)
            lists.append((f',"{child}":[null,[', found))
        tail = "".join(f",{json.dumps(name)}:[null,{json.dumps(value, ensure_ascii=False)}]" for name, value in extra.items()) + "}"
        out = []
        for at, rid, did, ch, pv, parent in rows:
            parts = [ch[:-1]]
            for head, found in lists:
                parts += (head, ",".join(found.get(parent, ())), "]]")
            parts.append(tail)
            out.append((at, rid, did, "".join(parts), pv, parent))
        return out


@contextmanager
def bulk_inserts(conn: Connection, login: str) -> Iterator[BulkHistory]:
    """Inserts made inside skip the history's insert triggers; the caller then writes their entries
    with ``record`` (after leaving: the triggers are back for anything else). The unit must hold
    the write lock (SQLite: one writer, and the key below is never seen outside this transaction;
    it is gone before the unit commits, and a rollback takes it away with the rest)."""
    active = conn.execute(text("SELECT value FROM app_meta WHERE key = :k"), {"k": META_KEY}).scalar() == fingerprint()
    if active:
        seal(conn, login)  # what the triggers wrote so far first: the chain follows the ids
        conn.execute(text("INSERT INTO app_meta (key, value, updated_at) VALUES (:k, '1', CURRENT_TIMESTAMP)"), {"k": BULK_KEY})
    try:
        yield BulkHistory(conn, login, active)
    except BaseException:
        if active:
            try:  # the unit rolls back anyway; never hide the error behind a second one
                conn.execute(text("DELETE FROM app_meta WHERE key = :k"), {"k": BULK_KEY})
            except Exception:
                pass
        raise
    if active:
        conn.execute(text("DELETE FROM app_meta WHERE key = :k"), {"k": BULK_KEY})


def verify(conn: Connection) -> tuple[int, int | None, str]:
    """(entries checked, first broken id or None, 'chain'|'altered'|'missing'|'') — as office.verify_history."""
    prev, last, checked = "", 0, 0
    for entry_id, at, login, table, record_id, dealer_id, op, changes, private, prev_hash, digest in conn.execute(text(
            "SELECT id, at, login, table_name, record_id, dealer_id, op, changes, private, prev_hash, hash FROM history"
            " WHERE hash IS NOT NULL ORDER BY id")):
        if prev_hash != prev:
            return checked, entry_id, "chain"
        if digest != entry_hash(prev, entry_id, at, login, table, record_id, dealer_id, op, changes, private):
            return checked, entry_id, "altered"
        prev, last, checked = digest, entry_id, checked + 1
    head_id, head_hash = _head(conn)
    if (head_id, head_hash) != (last, prev) and head_id:
        return checked, head_id, "missing"
    return checked, None, ""
