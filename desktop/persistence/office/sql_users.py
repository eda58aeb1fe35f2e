"""PostgreSQL DDL of the office database, part 5: the administrator's user management.

Why SECURITY DEFINER functions and not CREATEROLE for the administrators: on PostgreSQL 15 a
CREATEROLE login may grant itself any non-superuser role (pg_execute_server_program, the owner's
own role…), which is nearly a superuser; these functions, owned by the owner (which holds
CREATEROLE), do only what an app administrator needs — create a login with some of the six group
roles, change its roles, team or name, disable it, reset its password, extend a contract action to
another role — and refuse any other role, the owner and superusers. EXECUTE is granted to the roles
that may ``manage_users`` only; each function checks it again.

Passwords arrive already hashed (``SCRAM-SHA-256$…``, computed by the client's libpq), so the
clear text never travels nor reaches a log; NULL means no password (LDAP/GSSAPI authentication).
"""

from __future__ import annotations

from desktop.rules.office.permissions import GRANTABLE, ROLES

_ROLES = "ARRAY[" + ", ".join(f"'{r}'" for r in ROLES) + "]"
_GRANTABLE = "ARRAY[" + ", ".join(f"'{a.value}'" for a in GRANTABLE) + "]"

USERS = r"""
CREATE OR REPLACE FUNCTION office.check_login(p_login text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF p_login IS NULL OR p_login !~ '^[a-z_][a-z0-9_.-]{0,59}$' THEN
        PERFORM office.refuse('office.bad_login', 'DD007', coalesce(p_login, ''));
    END IF;
    IF p_login = ANY(__ROLES__) OR p_login LIKE 'pg\_%' OR p_login IN ('public', 'postgres') THEN
        PERFORM office.refuse('office.reserved_login', 'DD007', p_login);
    END IF;
END $$;

CREATE OR REPLACE FUNCTION office.check_roles(p_roles text[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE r text;
BEGIN
    IF p_roles IS NULL OR cardinality(p_roles) = 0 THEN PERFORM office.refuse('office.no_role', 'DD007', ''); END IF;
    FOREACH r IN ARRAY p_roles LOOP
        IF NOT r = ANY(__ROLES__) THEN PERFORM office.refuse('office.bad_role', 'DD007', r); END IF;
    END LOOP;
END $$;

CREATE OR REPLACE FUNCTION office.check_password(p_password text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF p_password IS NOT NULL AND p_password !~ '^SCRAM-SHA-256\$' THEN
        PERFORM office.refuse('office.password_not_hashed', 'DD007', '');
    END IF;
END $$;

-- A login this database manages: listed in app_users, not the owner, not a superuser.
CREATE OR REPLACE FUNCTION office.managed(p_login text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM public.app_users WHERE login = p_login)
       OR EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login AND rolsuper)
       OR p_login = office.owner_name() THEN
        PERFORM office.refuse('office.unknown_user', 'DD007', p_login);
    END IF;
END $$;

CREATE OR REPLACE FUNCTION office.admins_left(p_without text) RETURNS integer LANGUAGE sql STABLE AS $$
    SELECT count(*)::integer FROM public.app_users u JOIN pg_roles r ON r.rolname = u.login
    WHERE u.login <> p_without AND NOT u.disabled AND r.rolcanlogin AND pg_has_role(r.oid, 'admin', 'MEMBER') $$;

CREATE OR REPLACE FUNCTION office.add_user(p_login text, p_name text, p_roles text[], p_team text, p_password text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE r text;
BEGIN
    PERFORM office.require('manage_users');
    PERFORM office.check_login(p_login);
    PERFORM office.check_roles(p_roles);
    PERFORM office.check_password(p_password);
    IF EXISTS (SELECT 1 FROM public.app_users WHERE login = p_login) THEN
        PERFORM office.refuse('office.user_exists', 'DD007', p_login);
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
        -- A login the company directory already made (LDAP/GSSAPI): adopt it, never a superuser.
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login AND (rolsuper OR rolcreaterole OR rolreplication
                   OR rolbypassrls)) OR p_login = office.owner_name() THEN
            PERFORM office.refuse('office.reserved_login', 'DD007', p_login);
        END IF;
        EXECUTE format('ALTER ROLE %I LOGIN', p_login);
        IF p_password IS NOT NULL THEN EXECUTE format('ALTER ROLE %I PASSWORD %L', p_login, p_password); END IF;
    ELSIF p_password IS NULL THEN
        EXECUTE format('CREATE ROLE %I LOGIN INHERIT', p_login);
    ELSE
        EXECUTE format('CREATE ROLE %I LOGIN INHERIT PASSWORD %L', p_login, p_password);
    END IF;
    FOREACH r IN ARRAY p_roles LOOP
        EXECUTE format('GRANT %I TO %I', r, p_login);
    END LOOP;
    EXECUTE format('ALTER ROLE %I IN DATABASE %I SET search_path = office_masked, public', p_login, current_database());
    INSERT INTO public.app_users (login, display_name, team, disabled, version, created_at, created_by, updated_at, updated_by)
        VALUES (p_login, coalesce(p_name, ''), coalesce(p_team, ''), false, 1, office.now_utc(), office.login(),
                office.now_utc(), office.login());
END $$;

CREATE OR REPLACE FUNCTION office.set_roles(p_login text, p_roles text[]) RETURNS void LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE r text;
BEGIN
    PERFORM office.require('manage_users');
    PERFORM office.managed(p_login);
    PERFORM office.check_roles(p_roles);
    IF NOT 'admin' = ANY(p_roles) AND pg_has_role(p_login, 'admin', 'MEMBER') AND office.admins_left(p_login) = 0 THEN
        PERFORM office.refuse('office.last_admin', 'DD007', p_login);
    END IF;
    FOREACH r IN ARRAY __ROLES__ LOOP
        IF r = ANY(p_roles) THEN
            EXECUTE format('GRANT %I TO %I', r, p_login);
        ELSIF EXISTS (SELECT 1 FROM pg_auth_members m WHERE m.roleid = r::regrole AND m.member = p_login::regrole) THEN
            EXECUTE format('REVOKE %I FROM %I', r, p_login);
        END IF;
    END LOOP;
    UPDATE public.app_users SET version = version + 1 WHERE login = p_login;  -- the change shows in the history
END $$;

CREATE OR REPLACE FUNCTION office.update_user(p_login text, p_name text, p_team text) RETURNS void LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    PERFORM office.require('manage_users');
    PERFORM office.managed(p_login);
    UPDATE public.app_users SET display_name = coalesce(p_name, display_name), team = coalesce(p_team, team),
                                version = version + 1 WHERE login = p_login;
END $$;

CREATE OR REPLACE FUNCTION office.set_login_enabled(p_login text, p_enabled boolean) RETURNS void LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    PERFORM office.require('manage_users');
    PERFORM office.managed(p_login);
    IF NOT p_enabled AND p_login = session_user::text THEN PERFORM office.refuse('office.disable_self', 'DD007', p_login); END IF;
    IF NOT p_enabled AND pg_has_role(p_login, 'admin', 'MEMBER') AND office.admins_left(p_login) = 0 THEN
        PERFORM office.refuse('office.last_admin', 'DD007', p_login);
    END IF;
    EXECUTE format('ALTER ROLE %I %s', p_login, CASE WHEN p_enabled THEN 'LOGIN' ELSE 'NOLOGIN' END);
    UPDATE public.app_users SET disabled = NOT p_enabled, version = version + 1 WHERE login = p_login;
END $$;

CREATE OR REPLACE FUNCTION office.set_password(p_login text, p_password text) RETURNS void LANGUAGE plpgsql
SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    PERFORM office.require('manage_users');
    PERFORM office.managed(p_login);
    PERFORM office.check_password(p_password);
    IF p_password IS NULL THEN
        EXECUTE format('ALTER ROLE %I PASSWORD NULL', p_login);
    ELSE
        EXECUTE format('ALTER ROLE %I PASSWORD %L', p_login, p_password);
    END IF;
END $$;

-- "Leadership, or a role the administrator grants": extend (or take back) a contract action.
CREATE OR REPLACE FUNCTION office.grant_action(p_action text, p_role text, p_granted boolean) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    PERFORM office.require('manage_users');
    IF NOT p_action = ANY(__GRANTABLE__) THEN PERFORM office.refuse('office.not_grantable', 'DD007', p_action); END IF;
    PERFORM office.check_roles(ARRAY[p_role]);
    IF p_granted THEN
        INSERT INTO office.permissions (action, role, fixed) VALUES (p_action, p_role, false) ON CONFLICT DO NOTHING;
        EXECUTE format('GRANT UPDATE ON public.contracts TO %I', p_role);
    ELSE
        DELETE FROM office.permissions WHERE action = p_action AND role = p_role AND NOT fixed;
    END IF;
END $$;
""".replace("__ROLES__", _ROLES).replace("__GRANTABLE__", _GRANTABLE)


def components() -> list[tuple[str, str]]:
    return [("users", USERS)]
