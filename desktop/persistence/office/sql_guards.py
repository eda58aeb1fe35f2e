"""PostgreSQL DDL of the office database, part 2: the checks on state changes, as triggers.

Policy versions: a new row is a draft; submitting and approving pass the fee caps; approving needs
``approve_policy`` and another login than the submitter; who submitted and approved, and when, come
from the server; an approved version never changes. Contracts: past draft only the lifecycle moves,
each move needs its action (the date-driven ones also come from ``office.advance_contracts``);
a contract past draft is never deleted, its scans never change, its stored packs never change.
Dealers: moving one to another team needs ``assign_team``; a new dealer of a team member lands in
the member's team. Work: someone without ``assign_work`` may only mark their own item done.
"""

from __future__ import annotations

POLICY = r"""
CREATE OR REPLACE FUNCTION office.guard_policy() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    lifecycle text[] := ARRAY['status', 'submitted_by', 'submitted_at', 'approved_by', 'approved_at', 'approver_role',
                              'version', 'created_at', 'created_by', 'updated_at', 'updated_by'];
    who text := office.login();
    breaches text;
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.status = 'approved' THEN PERFORM office.refuse('office.policy_final', 'DD003', OLD.number::text); END IF;
        RETURN OLD;
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF office.is_owner() THEN RETURN NEW; END IF;
        PERFORM office.require('draft_policy');
        IF NEW.status <> 'draft' THEN PERFORM office.refuse('office.bad_transition', 'DD005', 'new>' || NEW.status); END IF;
        NEW.submitted_by := ''; NEW.submitted_at := NULL;
        NEW.approved_by := ''; NEW.approved_at := NULL; NEW.approver_role := '';
        RETURN NEW;
    END IF;
    IF OLD.status = 'approved' THEN PERFORM office.refuse('office.policy_final', 'DD003', OLD.number::text); END IF;
    IF office.is_owner() THEN RETURN NEW; END IF;
    IF NEW.status IS NOT DISTINCT FROM OLD.status THEN
        PERFORM office.require('draft_policy');
        IF OLD.status <> 'draft' AND (to_jsonb(NEW) - lifecycle) IS DISTINCT FROM (to_jsonb(OLD) - lifecycle) THEN
            PERFORM office.refuse('office.policy_locked', 'DD003', OLD.number::text);
        END IF;
    ELSE
        IF (to_jsonb(NEW) - lifecycle) IS DISTINCT FROM (to_jsonb(OLD) - lifecycle) THEN
            PERFORM office.refuse('office.bad_transition', 'DD005', OLD.status || '>' || NEW.status);
        END IF;
        IF OLD.status = 'draft' AND NEW.status = 'submitted' THEN
            PERFORM office.require('draft_policy');
            breaches := office.cap_breaches(NEW);
            IF breaches <> '' THEN PERFORM office.refuse('office.cap_exceeded', 'DD004', breaches); END IF;
            NEW.submitted_by := who; NEW.submitted_at := office.now_utc();
        ELSIF OLD.status = 'submitted' AND NEW.status = 'draft' THEN
            IF NOT (office.may('draft_policy') OR office.may('approve_policy')) THEN
                PERFORM office.require('draft_policy');
            END IF;
        ELSIF OLD.status = 'submitted' AND NEW.status = 'approved' THEN
            PERFORM office.require('approve_policy');
            IF OLD.submitted_by = who THEN PERFORM office.refuse('office.approve_own', 'DD002', who); END IF;
            breaches := office.cap_breaches(NEW);
            IF breaches <> '' THEN PERFORM office.refuse('office.cap_exceeded', 'DD004', breaches); END IF;
            NEW.approved_by := who; NEW.approved_at := office.now_utc();
            NEW.approver_role := coalesce((SELECT p.role FROM office.permissions p WHERE p.action = 'approve_policy'
                                           AND pg_has_role(session_user, p.role, 'MEMBER')
                                           ORDER BY p.role = 'leadership' DESC, p.role LIMIT 1), '');
        ELSE
            PERFORM office.refuse('office.bad_transition', 'DD005', OLD.status || '>' || NEW.status);
        END IF;
        RETURN NEW;
    END IF;
    NEW.submitted_by := OLD.submitted_by; NEW.submitted_at := OLD.submitted_at;
    NEW.approved_by := OLD.approved_by; NEW.approved_at := OLD.approved_at; NEW.approver_role := OLD.approver_role;
    RETURN NEW;
END $$;
"""

CONTRACT = r"""
CREATE OR REPLACE FUNCTION office.contract_move_action(move text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
        WHEN $1 IN ('draft>under_review', 'under_review>draft') THEN 'draft_contract'
        WHEN $1 IN ('under_review>signed', 'under_review>in_force', 'under_review>expiring', 'under_review>expired',
                    'signed>superseded', 'in_force>superseded', 'expiring>superseded',
                    'in_force>renewed', 'expiring>renewed', 'expired>renewed') THEN 'sign_contract'
        WHEN $1 IN ('signed>in_force', 'signed>expiring', 'signed>expired', 'in_force>expiring', 'in_force>expired',
                    'expiring>expired') THEN 'activate_contract'
        WHEN $1 IN ('signed>terminated', 'in_force>terminated', 'expiring>terminated') THEN 'terminate_contract'
    END $$;

CREATE OR REPLACE FUNCTION office.guard_contract() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    lifecycle text[] := ARRAY['status', 'signed_on', 'signed_by', 'terminated_on', 'termination_reason',
                              'version', 'created_at', 'created_by', 'updated_at', 'updated_by'];
    move text;
    action text;
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.status <> 'draft' THEN
            PERFORM office.refuse('office.contract_immutable', 'DD003', OLD.number || '/' || OLD.revision);
        END IF;
        RETURN OLD;
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW.status <> 'draft' AND NOT office.is_owner() THEN
            PERFORM office.refuse('office.bad_transition', 'DD005', 'new>' || NEW.status);
        END IF;
        RETURN NEW;
    END IF;
    IF OLD.status <> 'draft' AND (to_jsonb(NEW) - lifecycle) IS DISTINCT FROM (to_jsonb(OLD) - lifecycle) THEN
        PERFORM office.refuse('office.contract_immutable', 'DD003', OLD.number || '/' || OLD.revision);
    END IF;
    IF OLD.status NOT IN ('draft', 'under_review') THEN
        -- Once signed, the signature stays as written; the termination is written by the move to
        -- terminated and then stays. The owner (maintenance, import) may only fill in what is empty.
        IF office.is_owner() THEN
            IF (OLD.signed_on IS NOT NULL AND NEW.signed_on IS DISTINCT FROM OLD.signed_on)
               OR (coalesce(OLD.signed_by, '') <> '' AND NEW.signed_by IS DISTINCT FROM OLD.signed_by)
               OR (OLD.terminated_on IS NOT NULL AND NEW.terminated_on IS DISTINCT FROM OLD.terminated_on)
               OR (coalesce(OLD.termination_reason, '') <> ''
                   AND NEW.termination_reason IS DISTINCT FROM OLD.termination_reason) THEN
                PERFORM office.refuse('office.contract_immutable', 'DD003', OLD.number || '/' || OLD.revision);
            END IF;
        ELSIF (NEW.signed_on, NEW.signed_by) IS DISTINCT FROM (OLD.signed_on, OLD.signed_by)
              OR ((NEW.terminated_on, NEW.termination_reason) IS DISTINCT FROM (OLD.terminated_on, OLD.termination_reason)
                  AND (NEW.status <> 'terminated' OR OLD.status = 'terminated')) THEN
            PERFORM office.refuse('office.contract_immutable', 'DD003', OLD.number || '/' || OLD.revision);
        END IF;
    END IF;
    IF office.is_owner() THEN RETURN NEW; END IF;  -- maintenance and import: any move, the content still frozen
    IF NEW.status = OLD.status THEN
        IF OLD.status = 'draft' THEN PERFORM office.require('draft_contract'); END IF;
        RETURN NEW;
    END IF;
    move := OLD.status || '>' || NEW.status;
    action := office.contract_move_action(move);
    IF action IS NULL THEN PERFORM office.refuse('office.bad_transition', 'DD005', move); END IF;
    -- office.advance_contracts (SECURITY DEFINER: current_user is the owner) applies the moves due by date.
    IF NOT (action = 'activate_contract' AND current_user::text = office.owner_name()) THEN
        PERFORM office.require(action);
    END IF;
    IF action = 'sign_contract' AND OLD.status = 'under_review' THEN NEW.signed_by := office.login(); END IF;
    RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION office.guard_contract_parts() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    ids int[];
    state text;
BEGIN
    IF TG_OP = 'INSERT' AND (TG_TABLE_NAME = 'contract_packs' OR office.is_owner()) THEN RETURN NEW; END IF;
    ids := CASE TG_OP WHEN 'INSERT' THEN ARRAY[NEW.contract_id] WHEN 'DELETE' THEN ARRAY[OLD.contract_id]
                      ELSE ARRAY[OLD.contract_id, NEW.contract_id] END;
    SELECT c.status INTO state FROM public.contracts c WHERE c.id = ANY(ids) AND c.status <> 'draft' LIMIT 1;
    IF state IS NOT NULL THEN
        PERFORM office.refuse('office.contract_immutable', 'DD003', TG_TABLE_NAME);
    END IF;
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
END $$;

-- The moves due by date (rules.contracts.due_actions), for whoever opens the contracts: in force
-- on the start date, expiring within the reminder days, expired after the end.
CREATE OR REPLACE FUNCTION office.advance_contracts() RETURNS integer LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public AS $$
DECLARE
    days int := coalesce((SELECT reminder_days FROM public.contract_branch WHERE id = 1), 60);
    moved int := 0;
    c record;
    s text;
BEGIN
    FOR c IN SELECT id, status, start_date, end_date FROM public.contracts
             WHERE status IN ('signed', 'in_force', 'expiring') ORDER BY id FOR UPDATE SKIP LOCKED LOOP
        s := c.status;
        LOOP
            IF s = 'signed' AND c.start_date IS NOT NULL AND c.start_date <= current_date THEN s := 'in_force';
            ELSIF s IN ('in_force', 'expiring') AND c.end_date IS NOT NULL AND c.end_date < current_date THEN s := 'expired';
            ELSIF s = 'in_force' AND c.end_date IS NOT NULL AND c.end_date - current_date <= days THEN s := 'expiring';
            ELSE EXIT;
            END IF;
        END LOOP;
        IF s <> c.status THEN
            UPDATE public.contracts SET status = s, version = version + 1 WHERE id = c.id;
            moved := moved + 1;
        END IF;
    END LOOP;
    RETURN moved;
END $$;
"""

SCOPE = r"""
CREATE OR REPLACE FUNCTION office.guard_dealer_team() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF coalesce(NEW.team, '') = '' AND NOT office.may('see_branch') THEN NEW.team := office.my_team(); END IF;
    ELSIF NEW.team IS DISTINCT FROM OLD.team THEN
        PERFORM office.require('assign_team');
    END IF;
    RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION office.guard_work() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    mine text[] := ARRAY['done_on', 'version', 'updated_at', 'updated_by'];
BEGIN
    IF office.may('assign_work') THEN
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.owner = office.login()
            AND (to_jsonb(NEW) - mine) IS NOT DISTINCT FROM (to_jsonb(OLD) - mine) THEN
        RETURN NEW;
    END IF;
    PERFORM office.require('assign_work');
    RETURN NULL;
END $$;
"""

# (trigger name, table, timing and events, function call)
TRIGGERS: tuple[tuple[str, str, str, str], ...] = (
    ("office_guard", "policy_versions", "BEFORE INSERT OR UPDATE OR DELETE", "office.guard_policy()"),
    ("office_guard", "contracts", "BEFORE INSERT OR UPDATE OR DELETE", "office.guard_contract()"),
    ("office_guard", "contract_attachments", "BEFORE INSERT OR UPDATE OR DELETE", "office.guard_contract_parts()"),
    ("office_guard", "contract_packs", "BEFORE UPDATE OR DELETE", "office.guard_contract_parts()"),
    ("office_guard", "dealers", "BEFORE INSERT OR UPDATE", "office.guard_dealer_team()"),
    ("office_guard", "work_assignments", "BEFORE INSERT OR UPDATE OR DELETE", "office.guard_work()"),
    ("office_stamp_who", "contract_packs", "BEFORE INSERT OR UPDATE", "office.stamp_column('created_by', 'created_at')"),
    ("office_stamp_who", "roster_imports", "BEFORE INSERT OR UPDATE", "office.stamp_column('imported_by', 'imported_at')"),
    ("office_stamp_undo", "roster_imports", "BEFORE UPDATE", "office.stamp_column('undone_by', 'undone_at')"),
    ("office_stamp_who", "roster_mappings", "BEFORE INSERT OR UPDATE", "office.stamp_column('updated_by', 'updated_at')"),
)


def trigger_sql(name: str, table: str, when: str, call: str, *, for_each: str = "ROW") -> str:
    return (f"DROP TRIGGER IF EXISTS {name} ON public.{table};\n"
            f"CREATE TRIGGER {name} {when} ON public.{table} FOR EACH {for_each} EXECUTE FUNCTION {call};\n")


def components() -> list[tuple[str, str]]:
    return [("guards", POLICY + CONTRACT + SCOPE)]
