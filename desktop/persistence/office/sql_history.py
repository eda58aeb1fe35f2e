"""PostgreSQL DDL of the office database, part 3: the change history and its notices.

An AFTER trigger on every business table hands the row to ``office.record_change`` (SECURITY
DEFINER: nobody holds a grant to write ``history``), which keeps the changed fields old → new
(every field on insert and delete; key people's sensitive fields apart in ``private``), takes
the history's advisory lock for the rest of the transaction — so entries chain in commit order —
hashes the entry with the previous one's hash (SHA-256, ``office.entry_hash``), moves the head
(``office.history_head``: removing the newest entries is caught too) and sends
``pg_notify('dealerdesk_changes', {table, id, op, login, at, dealer_id})``, delivered at commit.
Update and delete on ``history`` are refused for every role, the owner included.
"""

from __future__ import annotations

from desktop.persistence.office import catalog
from desktop.persistence.office.sql_guards import trigger_sql

CHANNEL = "dealerdesk_changes"
LOCK_KEY = 4_242_011  # pg_advisory_xact_lock key of the history chain

FUNCTIONS = r"""
CREATE OR REPLACE FUNCTION office.entry_hash(prev text, id bigint, at timestamp, login text, tbl text, rid text,
                                             did integer, op text, changes jsonb, priv jsonb)
RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT encode(sha256(convert_to(concat_ws('|', prev, id::text, (extract(epoch FROM at) * 1000000)::bigint::text,
                  login, tbl, rid, coalesce(did::text, ''), op, changes::text, coalesce(priv::text, '')), 'UTF8')), 'hex')
$$;

CREATE OR REPLACE FUNCTION office.record_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public AS $$
DECLARE
    pk text[] := string_to_array(TG_ARGV[0], ',');
    scope_kind text := TG_ARGV[1];
    parent_table text := TG_ARGV[2];
    parent_column text := TG_ARGV[3];
    sensitive text[] := coalesce(string_to_array(nullif(TG_ARGV[4], ''), ','), '{}');
    skipped text[] := string_to_array(TG_ARGV[5], ',');
    o jsonb;
    n jsonb;
    r jsonb;
    k text;
    diff jsonb := '{}';
    priv jsonb;
    rid text;
    did integer;
    who text := office.login();
    at timestamp := office.now_utc();
    op text := left(TG_OP, 1);
    prev text;
    new_id bigint;
    h text;
BEGIN
    IF TG_OP <> 'INSERT' THEN o := to_jsonb(OLD); END IF;
    IF TG_OP <> 'DELETE' THEN n := to_jsonb(NEW); END IF;
    r := coalesce(n, o);
    FOR k IN SELECT jsonb_object_keys(r) LOOP
        CONTINUE WHEN k = ANY(skipped);
        CONTINUE WHEN TG_OP = 'UPDATE' AND (o -> k) IS NOT DISTINCT FROM (n -> k);
        IF k = ANY(sensitive) THEN
            priv := coalesce(priv, '{}'::jsonb) || jsonb_build_object(k, jsonb_build_array(o -> k, n -> k));
        ELSE
            diff := diff || jsonb_build_object(k, jsonb_build_array(o -> k, n -> k));
        END IF;
    END LOOP;
    IF TG_OP = 'UPDATE' AND diff = '{}'::jsonb AND priv IS NULL THEN RETURN NULL; END IF;
    SELECT string_agg(r ->> u.col, '/' ORDER BY u.ord) INTO rid FROM unnest(pk) WITH ORDINALITY AS u(col, ord);
    IF scope_kind = 'self' THEN
        did := (r ->> 'id')::integer;
    ELSIF scope_kind = 'dealer_id' THEN
        did := (r ->> 'dealer_id')::integer;
    ELSIF scope_kind = 'parent' THEN
        EXECUTE format('SELECT dealer_id FROM public.%I WHERE id = $1', parent_table) INTO did
            USING (r ->> parent_column)::integer;
    END IF;
    PERFORM pg_advisory_xact_lock(__LOCK__);
    SELECT last_hash INTO prev FROM office.history_head;
    new_id := nextval(pg_get_serial_sequence('public.history', 'id'));
    h := office.entry_hash(prev, new_id, at, who, TG_TABLE_NAME, rid, did, op, diff, priv);
    INSERT INTO public.history (id, at, login, table_name, record_id, dealer_id, op, changes, private, prev_hash, hash)
        VALUES (new_id, at, who, TG_TABLE_NAME, rid, did, op, diff, priv, prev, h);
    UPDATE office.history_head SET last_id = new_id, last_hash = h;
    PERFORM pg_notify('__CHANNEL__', json_build_object('table', TG_TABLE_NAME, 'id', rid, 'op', op, 'login', who,
                      'at', to_char(at, 'YYYY-MM-DD"T"HH24:MI:SS.US'), 'dealer_id', did)::text);
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION office.history_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = 'DD003', MESSAGE = 'office.history_append_only';
END $$;

-- The first entry that does not hold: 'chain' (its predecessor is not the entry before it: one was
-- removed), 'altered' (its content no longer gives its hash) or 'missing' (entries after the last
-- one were removed). NULL broken_id: intact.
CREATE OR REPLACE FUNCTION office.verify_history(OUT checked bigint, OUT broken_id bigint, OUT problem text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    e record;
    prev text := '';
    last_seen bigint := 0;
    head record;
BEGIN
    PERFORM office.require('verify_history');
    checked := 0;
    FOR e IN SELECT * FROM public.history ORDER BY id LOOP
        IF e.prev_hash IS DISTINCT FROM prev THEN
            broken_id := e.id; problem := 'chain'; RETURN;
        END IF;
        IF e.hash IS DISTINCT FROM office.entry_hash(prev, e.id, e.at, e.login, e.table_name, e.record_id, e.dealer_id,
                                                     e.op, e.changes, e.private) THEN
            broken_id := e.id; problem := 'altered'; RETURN;
        END IF;
        prev := e.hash;
        last_seen := e.id;
        checked := checked + 1;
    END LOOP;
    SELECT * INTO head FROM office.history_head;
    IF head.last_id <> last_seen OR head.last_hash <> prev THEN
        broken_id := head.last_id; problem := 'missing';
    END IF;
END $$;
""".replace("__LOCK__", str(LOCK_KEY)).replace("__CHANNEL__", CHANNEL)


def _history_args(table: str) -> str:
    scope = catalog.scope(table)
    kind = scope[0] if scope else ""
    parent, column = (scope[1], scope[2]) if kind == "parent" else ("", "")
    columns = set(catalog.tables()[table].c.keys())
    skipped = [c for c in catalog.SKIPPED_FIELDS if c in columns] or ["-"]
    args = [",".join(catalog.primary_key(table)), kind, parent, column, ",".join(catalog.SENSITIVE.get(table, ())),
            ",".join(skipped)]
    return ", ".join("'" + a + "'" for a in args)


def triggers() -> str:
    """Stamps (BEFORE) and history (AFTER) on every business table; the history guard."""
    out = []
    for table in catalog.business_tables():
        if catalog.is_audited(table):
            out.append(trigger_sql("office_stamp", table, "BEFORE INSERT OR UPDATE", "office.stamp()"))
        if table in catalog.history_tables():
            out.append(trigger_sql("office_history", table, "AFTER INSERT OR UPDATE OR DELETE",
                                   f"office.record_change({_history_args(table)})"))
    out.append(trigger_sql("office_append_only", "history", "BEFORE UPDATE OR DELETE", "office.history_append_only()"))
    out.append(trigger_sql("office_no_truncate", "history", "BEFORE TRUNCATE", "office.history_append_only()",
                           for_each="STATEMENT"))
    return "".join(out)


def components() -> list[tuple[str, str]]:
    return [("history", FUNCTIONS)]
