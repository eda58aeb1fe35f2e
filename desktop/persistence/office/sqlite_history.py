"""The change history on the embedded SQLite database: the same ``history`` table, written by SQLite
triggers generated from the models (every insert, update and delete of a business record, whoever
writes it), then sealed by the services in the same transaction (``seal``: the single user's name
and the SHA-256 chain, which SQLite cannot compute itself). Sealed entries are never updated or
deleted (triggers refuse). ``install`` (re)creates the triggers when the models changed.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import LargeBinary, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import OperationalError

from desktop.persistence.office import catalog

PREFIX = "dd_hist_"
META_KEY = "history_triggers"
HEAD_KEY = "history_head"
VERSION = 1
SEAL_CHUNK = 20_000  # entries read and sealed at a time


def _columns(table: str) -> tuple[list[str], list[str]]:
    """(public fields, sensitive fields) a history entry records for ``table``."""
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
    return " || '/' || ".join(f"CAST({ref}.{c} AS TEXT)" for c in catalog.primary_key(table))


def _dealer(table: str, ref: str) -> str:
    scope = catalog.scope(table)
    if scope == ("self",):
        return f"{ref}.id"
    if scope == ("dealer_id",):
        return f"{ref}.dealer_id"
    if scope:
        _, parent, column = scope
        return f"(SELECT dealer_id FROM {parent} WHERE id = {ref}.{column})"
    return "NULL"


def _trigger(table: str, op: str) -> str:
    public, private = _columns(table)
    ref = "OLD" if op == "D" else "NEW"
    old, new = ("OLD", "NEW") if op == "U" else (("OLD", None) if op == "D" else (None, "NEW"))
    event = {"I": "INSERT", "U": "UPDATE", "D": "DELETE"}[op]
    when = ""
    if op == "U":
        when = " WHEN " + " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in public + private)
    changes = _pairs_object(public, old, new, only_changed=op == "U", empty_null=False)
    if op == "U":
        changes = f"coalesce({changes}, '{{}}')"
    priv = _pairs_object(private, old, new, only_changed=op == "U", empty_null=True)
    return (f"CREATE TRIGGER {PREFIX}{table}_{op.lower()} AFTER {event} ON {table}{when} BEGIN "
            f"INSERT INTO history (at, login, table_name, record_id, dealer_id, op, changes, private, prev_hash, hash) "
            f"VALUES (strftime('%Y-%m-%d %H:%M:%f', 'now'), '', '{table}', {_record_id(table, ref)}, {_dealer(table, ref)}, "
            f"'{op}', {changes}, {priv}, '', NULL); END")


def statements() -> list[str]:
    out = []
    for table in catalog.history_tables():
        out += [_trigger(table, op) for op in ("I", "U", "D")]
    out.append(f"CREATE TRIGGER {PREFIX}guard_u BEFORE UPDATE ON history WHEN OLD.hash IS NOT NULL "
               "BEGIN SELECT RAISE(ABORT, 'office.history_append_only'); END")
    out.append(f"CREATE TRIGGER {PREFIX}guard_d BEFORE DELETE ON history "
               "BEGIN SELECT RAISE(ABORT, 'office.history_append_only'); END")
    return out


def fingerprint() -> str:
    return hashlib.sha256((f"{VERSION}\n" + "\n".join(statements())).encode()).hexdigest()


def install(conn: Connection) -> bool:
    """Create (or replace) the triggers when they are missing or out of date; True when it did."""
    if not conn.execute(text("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'history'")).scalar():
        return False
    wanted = fingerprint()
    have = conn.execute(text("SELECT value FROM app_meta WHERE key = :k"), {"k": META_KEY}).scalar()
    if have == wanted:
        return False
    for (name,) in conn.execute(text(f"SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '{PREFIX}%'")).all():
        conn.exec_driver_sql(f'DROP TRIGGER IF EXISTS "{name}"')
    for sql in statements():
        conn.exec_driver_sql(sql)
    conn.execute(text("DELETE FROM app_meta WHERE key = :k"), {"k": META_KEY})
    conn.execute(text("INSERT INTO app_meta (key, value, updated_at) VALUES (:k, :v, CURRENT_TIMESTAMP)"),
                 {"k": META_KEY, "v": wanted})
    return True


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
    conn.execute(text("DELETE FROM app_meta WHERE key = :k"), {"k": HEAD_KEY})
    conn.execute(text("INSERT INTO app_meta (key, value, updated_at) VALUES (:k, :v, CURRENT_TIMESTAMP)"),
                 {"k": HEAD_KEY, "v": f"{last_id}:{prev}"})
    return total


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
