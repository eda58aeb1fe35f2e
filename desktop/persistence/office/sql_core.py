"""PostgreSQL DDL of the office database, part 1: the ``office`` schema, its bookkeeping tables and
the helper functions every check uses.

Who a check asks about is always the *login* (``session_user``): a SECURITY DEFINER function or
view runs as the owner, yet the rules follow the person who connected. ``office.login()`` is the
name written into stamps and history — the login, or for the owner only, ``dealerdesk.acting_as``
(``office import-from --as LOGIN``). The owner (the login that ran ``office init``, and superusers)
passes every permission check: it is the maintenance account; immutability holds for it too.

Refusals are raised with SQLSTATEs of their own class ``DD`` and an i18n key as the message, so
the client maps them to translated messages and never shows driver text:
DD001 not permitted (DETAIL: the action) · DD002 approving one's own submission · DD003 a record
that never changes · DD004 above a fee cap (DETAIL: the lines) · DD005 a move the lifecycle does
not allow · DD006 a sensitive field written by a role that may not see it · DD007 bad input to a
user-management function (DETAIL: the value) · DD008 a contract submitted or signed with a blank
or a missing required document (DETAIL: the gaps, see ``sql_completeness``).
"""

from __future__ import annotations

SCHEMA = """
CREATE SCHEMA IF NOT EXISTS office;
CREATE SCHEMA IF NOT EXISTS office_masked;
CREATE TABLE IF NOT EXISTS office.components (
    name text PRIMARY KEY, sha256 text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE IF NOT EXISTS office.permissions (
    action text NOT NULL, role text NOT NULL, fixed boolean NOT NULL DEFAULT true, PRIMARY KEY (action, role));
CREATE TABLE IF NOT EXISTS office.history_head (
    one boolean PRIMARY KEY DEFAULT true CHECK (one), last_id bigint NOT NULL DEFAULT 0, last_hash text NOT NULL DEFAULT '');
INSERT INTO office.history_head (one) VALUES (true) ON CONFLICT DO NOTHING;
CREATE TABLE IF NOT EXISTS office.imported (
    source text NOT NULL, table_name text NOT NULL, source_key text NOT NULL, target_key text NOT NULL,
    at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (source, table_name, source_key));
"""

HELPERS = r"""
CREATE OR REPLACE FUNCTION office.owner_name() RETURNS text LANGUAGE sql STABLE AS
$$ SELECT pg_get_userbyid(nspowner)::text FROM pg_namespace WHERE nspname = 'office' $$;

CREATE OR REPLACE FUNCTION office.is_owner() RETURNS boolean LANGUAGE sql STABLE AS
$$ SELECT pg_has_role(session_user, (SELECT nspowner FROM pg_namespace WHERE nspname = 'office'), 'MEMBER') $$;

CREATE OR REPLACE FUNCTION office.login() RETURNS text LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN coalesce(current_setting('dealerdesk.acting_as', true), '') <> '' AND office.is_owner()
                THEN current_setting('dealerdesk.acting_as', true) ELSE session_user::text END $$;

CREATE OR REPLACE FUNCTION office.may(action text) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT office.is_owner() OR EXISTS (SELECT 1 FROM office.permissions p
           WHERE p.action = $1 AND pg_has_role(session_user, p.role, 'MEMBER')) $$;

CREATE OR REPLACE FUNCTION office.my_team() RETURNS text LANGUAGE sql STABLE AS $$
    SELECT coalesce((SELECT u.team FROM public.app_users u WHERE u.login = session_user::text AND NOT u.disabled), '') $$;

CREATE OR REPLACE FUNCTION office.refuse(code text, state text, detail text DEFAULT '') RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = state, MESSAGE = code, DETAIL = coalesce(detail, '');
END $$;

CREATE OR REPLACE FUNCTION office.require(action text) RETURNS void LANGUAGE plpgsql STABLE AS $$
BEGIN
    IF NOT office.may(action) THEN
        RAISE EXCEPTION USING ERRCODE = 'DD001', MESSAGE = 'office.denied', DETAIL = action;
    END IF;
END $$;

CREATE OR REPLACE FUNCTION office.now_utc() RETURNS timestamp LANGUAGE sql STABLE AS
$$ SELECT now() AT TIME ZONE 'UTC' $$;

-- created/updated by and at, from the server: nobody writes someone else's name or another time.
CREATE OR REPLACE FUNCTION office.stamp() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    who text := office.login();
    at timestamp := office.now_utc();
BEGIN
    IF office.is_owner() THEN  -- maintenance and import keep what they were given, fill what is empty
        IF coalesce(NEW.created_by, '') = '' THEN NEW.created_by := who; END IF;
        IF coalesce(NEW.updated_by, '') = '' THEN NEW.updated_by := who; END IF;
        NEW.created_at := coalesce(NEW.created_at, at);
        NEW.updated_at := coalesce(NEW.updated_at, at);
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
        NEW.created_by := who;
        NEW.created_at := at;
    ELSE
        NEW.created_by := OLD.created_by;
        NEW.created_at := OLD.created_at;
    END IF;
    NEW.updated_by := who;
    NEW.updated_at := at;
    RETURN NEW;
END $$;

-- One "who" column outside the audit set (TG_ARGV[0]), written on insert, or on update when
-- TG_ARGV[1] (a "when" column) changes.
CREATE OR REPLACE FUNCTION office.stamp_column() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF office.is_owner() THEN RETURN NEW; END IF;
    IF TG_OP = 'INSERT' OR (to_jsonb(NEW) -> TG_ARGV[1]) IS DISTINCT FROM (to_jsonb(OLD) -> TG_ARGV[1]) THEN
        NEW := jsonb_populate_record(NEW, jsonb_build_object(TG_ARGV[0], office.login()));
    ELSE
        NEW := jsonb_populate_record(NEW, jsonb_build_object(TG_ARGV[0], to_jsonb(OLD) ->> TG_ARGV[0]));
    END IF;
    RETURN NEW;
END $$;
"""

# The fee caps (报行合一) as rules.negotiation.caps.check_caps computes them: a line's rate plus the bonus points
# paid on it, against the cap of the first region that has one (the version's, the dealer's city, its
# province, then ''). Returns '' or "line:total>cap;…".
CAPS = r"""
CREATE OR REPLACE FUNCTION office.cap_breaches(p public.policy_versions) RETURNS text LANGUAGE plpgsql STABLE AS $$
DECLARE
    d record;
    regions text[];
    ln text;
    total numeric;
    cap_value numeric;
    found text[] := '{}';
BEGIN
    SELECT city, province INTO d FROM public.dealers WHERE id = p.dealer_id;
    regions := array_remove(ARRAY[nullif(p.region, ''), nullif(d.city, ''), nullif(d.province, '')], NULL) || ARRAY[''];
    FOREACH ln IN ARRAY ARRAY['compulsory', 'commercial', 'other'] LOOP
        total := CASE ln WHEN 'compulsory' THEN p.compulsory_rate WHEN 'commercial' THEN p.commercial_rate
                         ELSE p.other_rate END;
        total := coalesce(total, 0) + coalesce((SELECT sum((b ->> 'rate')::numeric)
                   FROM json_array_elements(coalesce(p.bonuses, '[]'::json)) b
                   WHERE b ->> 'line' = ln AND coalesce(b ->> 'rate', '') <> ''), 0);
        SELECT f.cap INTO cap_value FROM public.fee_caps f JOIN unnest(regions) WITH ORDINALITY AS r(region, ord)
               ON f.region = r.region WHERE f.line = ln ORDER BY r.ord LIMIT 1;
        IF cap_value IS NOT NULL AND total > cap_value THEN
            found := found || (ln || ':' || total::text || '>' || cap_value::text);
        END IF;
    END LOOP;
    RETURN array_to_string(found, ';');
END $$;
"""


def components() -> list[tuple[str, str]]:
    return [("schema", SCHEMA), ("helpers", HELPERS), ("caps", CAPS)]
