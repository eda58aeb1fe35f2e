"""PostgreSQL DDL of the office database, part 3: what the server itself checks before a contract
moves on or a packet's sensitive fields are ticked — so a client that skips the services (psql, a
script, an old build) cannot submit or sign a contract with a blank, nor sign one without its
required documents, nor tick key people's sensitive fields into a packet without the right to see
them.

``office.contract_gaps(contract, with_documents)`` mirrors ``rules.contracts.blanks``: the
placeholders the template's clauses use plus the annex terms, each empty; a run of underscores
left in a clause; and, for signing, each required document not attached. The refusal is DD008 with
the gaps as DETAIL ('name,clause:3,doc:business_licence'), put into words by
``services.office.errors``. The owner (maintenance, import) passes, as with every lifecycle guard.

Ticks: ``meetings.packet_sensitive`` changes only for a login that may view sensitive fields
(DD006), and ``packet_sensitive_by`` is written by the server (the login), never by the client.
"""

from __future__ import annotations

from desktop.rules.contracts.blanks import ANNEX_TERMS
from desktop.rules.contracts.lifecycle import REQUIRED_ATTACHMENTS


def _array(names) -> str:
    return "ARRAY[" + ", ".join(f"'{n}'" for n in names) + "]::text[]"


GAPS = r"""
CREATE OR REPLACE FUNCTION office.contract_values(c public.contracts) RETURNS jsonb LANGUAGE plpgsql STABLE AS $$
DECLARE
    t jsonb := coalesce(c.terms::jsonb, '{}'::jsonb);
    v jsonb;
    f jsonb;
BEGIN
    v := jsonb_build_object(
        'number', c.number, 'revision', c.revision::text,
        'dealer_name', c.dealer_name, 'dealer_uscc', c.dealer_uscc, 'dealer_legal_rep', c.dealer_legal_rep,
        'dealer_address', c.dealer_address, 'branch_name', c.branch_name, 'branch_uscc', c.branch_uscc,
        'branch_legal_rep', c.branch_legal_rep, 'branch_address', c.branch_address,
        'start', c.start_date::text, 'end', c.end_date::text,
        'term_months', CASE WHEN c.start_date IS NOT NULL AND c.end_date >= c.start_date THEN 'x' END,
        'compulsory_rate', t->'rates'->>'compulsory', 'commercial_rate', t->'rates'->>'commercial',
        'other_rate', t->'rates'->>'other', 'new_car_ratio', t->>'new_car_ratio', 'renewal_ratio', t->>'renewal_ratio',
        'min_monthly_premium', t->>'min_monthly_premium', 'min_sales_share', t->>'min_sales_share',
        'referral_brands', (SELECT string_agg(b, '、') FROM jsonb_array_elements_text(
                                CASE WHEN jsonb_typeof(t->'referral_brands') = 'array' THEN t->'referral_brands' ELSE '[]' END) b),
        'target_monthly_premium', t->>'target_monthly_premium', 'target_take_up', t->>'target_take_up',
        'target_renewal_rate', t->>'target_renewal_rate',
        'qualification_no', c.qualification_no, 'qualification_expiry', c.qualification_expiry::text);
    FOR f IN SELECT jsonb_array_elements(CASE WHEN jsonb_typeof(tp.fields::jsonb) = 'array' THEN tp.fields::jsonb ELSE '[]' END)
             FROM public.contract_templates tp WHERE tp.id = c.template_id LOOP
        v := v || jsonb_build_object(f->>'name', t->'extra'->>(f->>'name'));
    END LOOP;
    RETURN v;
END $$;

CREATE OR REPLACE FUNCTION office.contract_gaps(c public.contracts, with_documents boolean) RETURNS text
LANGUAGE plpgsql STABLE AS $$
DECLARE
    v jsonb := office.contract_values(c);
    used text[] := ARRAY[]::text[];
    gaps text[] := ARRAY[]::text[];
    clause jsonb;
    body text;
    k text;
    i int := 0;
BEGIN
    FOR clause IN SELECT jsonb_array_elements(CASE WHEN jsonb_typeof(tp.clauses::jsonb) = 'array' THEN tp.clauses::jsonb ELSE '[]' END)
                  FROM public.contract_templates tp WHERE tp.id = c.template_id LOOP
        SELECT used || array_agg(DISTINCT m[1]) FILTER (WHERE NOT m[1] = ANY(used)) INTO used
          FROM regexp_matches(coalesce(clause->>'text_zh', '') || coalesce(clause->>'heading_zh', '') ||
                              coalesce(clause->>'text_en', '') || coalesce(clause->>'heading_en', ''),
                              '\{([A-Za-z_][A-Za-z0-9_]*)\}', 'g') AS m;
        used := coalesce(used, ARRAY[]::text[]);
    END LOOP;
    FOREACH k IN ARRAY used || ANNEX LOOP
        IF v ? k AND btrim(coalesce(v->>k, '')) = '' AND NOT k = ANY(gaps) THEN gaps := gaps || k; END IF;
    END LOOP;
    FOR clause IN SELECT jsonb_array_elements(CASE WHEN jsonb_typeof(tp.clauses::jsonb) = 'array' THEN tp.clauses::jsonb ELSE '[]' END)
                  FROM public.contract_templates tp WHERE tp.id = c.template_id LOOP
        i := i + 1;
        body := coalesce(clause->>'text_zh', '');
        FOR k IN SELECT jsonb_object_keys(v) LOOP
            body := replace(body, '{' || k || '}', coalesce(v->>k, ''));
        END LOOP;
        IF body ~ '_{3,}|＿{2,}' THEN gaps := gaps || ('clause:' || i); END IF;
    END LOOP;
    IF with_documents THEN
        FOREACH k IN ARRAY REQUIRED LOOP
            IF NOT EXISTS (SELECT 1 FROM public.contract_attachments a WHERE a.contract_id = c.id AND a.doc_type = k) THEN
                gaps := gaps || ('doc:' || k);
            END IF;
        END LOOP;
    END IF;
    RETURN array_to_string(gaps, ',');
END $$;

CREATE OR REPLACE FUNCTION office.guard_contract_complete() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    gaps text;
BEGIN
    IF office.is_owner() OR NEW.status IS NOT DISTINCT FROM OLD.status THEN RETURN NEW; END IF;
    IF OLD.status = 'draft' AND NEW.status = 'under_review' THEN
        gaps := office.contract_gaps(NEW, false);
    ELSIF OLD.status = 'under_review' AND NEW.status IN ('signed', 'in_force', 'expiring', 'expired') THEN
        gaps := office.contract_gaps(NEW, true);
    END IF;
    IF coalesce(gaps, '') <> '' THEN PERFORM office.refuse('office.contract_incomplete', 'DD008', gaps); END IF;
    RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION office.guard_packet_ticks() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.packet_sensitive IS NOT DISTINCT FROM OLD.packet_sensitive THEN
        NEW.packet_sensitive_by := OLD.packet_sensitive_by;
        RETURN NEW;
    END IF;
    IF coalesce(NEW.packet_sensitive, '') = '' THEN
        NEW.packet_sensitive_by := '';
        RETURN NEW;
    END IF;
    IF NOT office.may('view_sensitive') THEN
        RAISE EXCEPTION USING ERRCODE = 'DD006', MESSAGE = 'office.sensitive_refused', DETAIL = 'view_sensitive';
    END IF;
    NEW.packet_sensitive_by := office.login();
    RETURN NEW;
END $$;
""".replace("ANNEX", _array(ANNEX_TERMS)).replace("REQUIRED", _array(REQUIRED_ATTACHMENTS))

# (trigger name, table, timing and events, function call) — after office_guard (triggers fire by name)
TRIGGERS: tuple[tuple[str, str, str, str], ...] = (
    ("office_guard_complete", "contracts", "BEFORE UPDATE", "office.guard_contract_complete()"),
    ("office_guard_ticks", "meetings", "BEFORE INSERT OR UPDATE", "office.guard_packet_ticks()"),
)


def components() -> list[tuple[str, str]]:
    return [("completeness", GAPS)]
