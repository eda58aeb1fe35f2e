"""PostgreSQL DDL of the office database, part 4: grants, row-level security, the masked key people.

Generated from the one permissions table (``rules.office.permissions``) and the table catalogue:
every group role reads every business table (row-level security narrows the rows), and writes
the tables of the actions it may take. Data scope: a dealer is seen by the branch-wide roles and by
the members of its team; a child row by whoever sees its dealer (through its parent). Key people:
the roles that may not read the sensitive fields hold no SELECT on those columns of
``public.key_people``; every app login reads ``office_masked.key_people`` first on its search path
(set by ``office.add_user``), a view showing those fields masked to them ('***', birth year empty),
written through by INSTEAD OF triggers — so the ORM works unchanged for every role.
"""

from __future__ import annotations

from sqlalchemy import Integer

from desktop.persistence.office import catalog
from desktop.rules.office.masking import MASK, MASKED_YEAR
from desktop.rules.office.permissions import ROLES, Action, roles_that_may

ADMIN_FUNCTIONS = ("office.add_user(text, text, text[], text, text)", "office.set_roles(text, text[])",
                   "office.update_user(text, text, text)", "office.set_login_enabled(text, boolean)",
                   "office.set_password(text, text)", "office.grant_action(text, text, boolean)")
VERIFY_FUNCTIONS = ("office.verify_history()",)


def _roles(names) -> str:
    return ", ".join(names)


def _writers(table: str, extra) -> list[str]:
    allowed = set()
    for action in catalog.TABLE_ACTIONS.get(table, ()):
        allowed |= set(roles_that_may(action, extra))
    return [r for r in ROLES if r in allowed]


def grants(extra: list[tuple[str, str]]) -> str:
    everyone = _roles(ROLES)
    out = [f"REVOKE CREATE ON SCHEMA public FROM PUBLIC;",
           f"GRANT USAGE ON SCHEMA public, office, office_masked TO {everyone};",
           f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC, {everyone};",
           f"REVOKE ALL ON ALL TABLES IN SCHEMA office FROM PUBLIC, {everyone};",
           f"GRANT SELECT ON public.alembic_version, office.permissions TO {everyone};",
           f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {everyone};"]
    seeing = roles_that_may(Action.VIEW_SENSITIVE, extra)
    masked = [r for r in ROLES if r not in seeing]
    tables = catalog.tables()
    for table in catalog.business_tables():
        private = list(catalog.SENSITIVE.get(table, ())) + (["private"] if table == "history" else [])
        if private and masked:
            public_columns = ", ".join(c for c in tables[table].c.keys() if c not in private)
            out.append(f"GRANT SELECT ({public_columns}) ON public.{table} TO {_roles(masked)};")
            out.append(f"GRANT SELECT ON public.{table} TO {_roles(seeing)};")
        else:
            out.append(f"GRANT SELECT ON public.{table} TO {everyone};")
        writers = _writers(table, extra)
        if writers:
            if table in catalog.SENSITIVE and masked:  # masked writers never overwrite what they cannot see
                open_columns = ", ".join(c for c in tables[table].c.keys() if c not in private)
                out.append(f"GRANT INSERT, DELETE ON public.{table} TO {_roles(writers)};")
                out.append(f"GRANT UPDATE ({open_columns}) ON public.{table} TO {_roles([r for r in writers if r in masked])};")
                if [r for r in writers if r in seeing]:
                    out.append(f"GRANT UPDATE ON public.{table} TO {_roles([r for r in writers if r in seeing])};")
            else:
                out.append(f"GRANT INSERT, UPDATE, DELETE ON public.{table} TO {_roles(writers)};")
    for table, columns, action in catalog.COLUMN_GRANTS:
        out.append(f"GRANT UPDATE ({', '.join(columns)}) ON public.{table} TO {_roles(roles_that_may(action, extra))};")
    # Anyone marks the work assigned to them done (office.guard_work keeps it to their own).
    out.append(f"GRANT UPDATE (done_on, version, updated_at, updated_by) ON public.work_assignments TO {everyone};")
    out.append(f"GRANT SELECT ON office_masked.key_people TO {everyone};")
    key_writers = _writers("key_people", extra)
    if key_writers:
        out.append(f"GRANT INSERT, UPDATE, DELETE ON office_masked.key_people TO {_roles(key_writers)};")
    out.append(f"REVOKE ALL ON ALL FUNCTIONS IN SCHEMA office FROM PUBLIC;")
    out.append(f"GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA office TO {everyone};")
    for functions, action in ((ADMIN_FUNCTIONS, Action.MANAGE_USERS), (VERIFY_FUNCTIONS, Action.VERIFY_HISTORY)):
        for fn in functions:
            out.append(f"REVOKE EXECUTE ON FUNCTION {fn} FROM {everyone};")
            out.append(f"GRANT EXECUTE ON FUNCTION {fn} TO {_roles(roles_that_may(action, extra))};")
    return "\n".join(out) + "\n"


def _policy_expression(table: str) -> str:
    branch = "(SELECT office.may('see_branch'))"
    kind = catalog.scope(table)
    if kind == ("self",):
        return f"{branch} OR (dealers.team <> '' AND dealers.team = (SELECT office.my_team()))"
    if kind == ("dealer_id",):
        own = f"EXISTS (SELECT 1 FROM public.dealers d WHERE d.id = {table}.dealer_id)"
        if table == "history":
            return f"{branch} OR history.dealer_id IS NULL OR {own}"
        return f"{branch} OR {own}"
    _, parent, column = kind
    return f"{branch} OR EXISTS (SELECT 1 FROM public.{parent} p WHERE p.id = {table}.{column})"


def row_security() -> str:
    out = []
    for table in catalog.business_tables():
        if not catalog.scope(table):
            continue
        expr = _policy_expression(table)
        out.append(f"ALTER TABLE public.{table} ENABLE ROW LEVEL SECURITY;")
        # FORCE: the owner's SECURITY DEFINER view and functions see only what the login may see.
        # Not on history: its writer and verifier must see the whole chain.
        out.append(f"ALTER TABLE public.{table} {'NO FORCE' if table == 'history' else 'FORCE'} ROW LEVEL SECURITY;")
        out.append(f"DROP POLICY IF EXISTS office_scope ON public.{table};")
        out.append(f"CREATE POLICY office_scope ON public.{table} USING ({expr}) WITH CHECK ({expr});")
    return "\n".join(out) + "\n"


# The view's own scope test, spelled out: the view runs with its owner's rights, and an owner that is
# a superuser is never subject to row-level security, FORCE or not.
SCOPE_OF_PERSON = ("EXISTS (SELECT 1 FROM public.dealers d WHERE d.id = k.dealer_id AND ((SELECT office.may('see_branch'))"
                   " OR (d.team <> '' AND d.team = (SELECT office.my_team()))))")


def masking() -> str:
    """The view office_masked.key_people and its INSTEAD OF trigger."""
    table = catalog.tables()["key_people"]
    hidden = catalog.SENSITIVE["key_people"]
    may = "(SELECT office.may('view_sensitive'))"
    shown = []
    for c in table.columns:
        if c.name not in hidden:
            shown.append(f"k.{c.name}")
        elif isinstance(c.type, Integer):
            shown.append(f"CASE WHEN {may} OR k.{c.name} IS NULL THEN k.{c.name} ELSE {MASKED_YEAR} END AS {c.name}")
        else:
            shown.append(f"CASE WHEN {may} OR coalesce(k.{c.name}, '') = '' THEN k.{c.name} ELSE '{MASK}' END AS {c.name}")
    names = [c.name for c in table.columns]
    open_names = [n for n in names if n not in hidden and n != "id"]

    def value(n: str, *, masked: bool) -> str:
        col = table.c[n]
        if masked and n in hidden:
            return "NULL" if isinstance(col.type, Integer) else "''"
        if n in hidden and not isinstance(col.type, Integer):
            return f"coalesce(NEW.{n}, '')"
        return f"NEW.{n}"

    def insert(masked: bool) -> str:
        cols = ["id"] + [n for n in names if n != "id"]
        vals = ["coalesce(NEW.id, nextval(pg_get_serial_sequence('public.key_people', 'id')))"] + \
               [value(n, masked=masked) for n in names if n != "id"]
        return f"INSERT INTO public.key_people ({', '.join(cols)}) VALUES ({', '.join(vals)}) RETURNING id INTO NEW.id;"

    def update(masked: bool) -> str:
        cols = open_names if masked else [n for n in names if n != "id"]
        return f"UPDATE public.key_people SET {', '.join(f'{n} = NEW.{n}' for n in cols)} WHERE id = OLD.id;"

    touched_new = " OR ".join(f"NEW.{n} IS NOT NULL AND NEW.{n}::text <> ''" for n in hidden)
    touched_upd = " OR ".join(f"NEW.{n} IS DISTINCT FROM OLD.{n}" for n in hidden)
    return f"""
DROP VIEW IF EXISTS office_masked.key_people CASCADE;
CREATE VIEW office_masked.key_people WITH (security_barrier) AS SELECT {', '.join(shown)} FROM public.key_people k
    WHERE {SCOPE_OF_PERSON};

CREATE OR REPLACE FUNCTION office.key_people_write() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    sees boolean := office.may('view_sensitive');
BEGIN
    IF TG_OP = 'DELETE' THEN
        DELETE FROM public.key_people WHERE id = OLD.id;
        IF NOT FOUND THEN RETURN NULL; END IF;
        RETURN OLD;
    END IF;
    IF NOT sees AND ((TG_OP = 'INSERT' AND ({touched_new})) OR (TG_OP = 'UPDATE' AND ({touched_upd}))) THEN
        RAISE EXCEPTION USING ERRCODE = 'DD006', MESSAGE = 'office.sensitive_refused', DETAIL = 'view_sensitive';
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF sees THEN {insert(False)} ELSE {insert(True)} END IF;
        RETURN NEW;
    END IF;
    IF sees THEN {update(False)} ELSE {update(True)} END IF;
    IF NOT FOUND THEN RETURN NULL; END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER office_write INSTEAD OF INSERT OR UPDATE OR DELETE ON office_masked.key_people
    FOR EACH ROW EXECUTE FUNCTION office.key_people_write();
"""
