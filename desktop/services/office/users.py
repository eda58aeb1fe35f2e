"""用户与权限: the administrator's list of logins, their roles, teams, passwords.

Every change goes through the database's own SECURITY DEFINER functions (``office.add_user`` & co,
see ``persistence.office.sql_users``), which check that the signed-in login may ``manage_users``;
a refusal arrives as OfficeRefused. Passwords are hashed here (SCRAM) before they leave. On the
embedded database there is one local user and nothing to manage (``office.single_user``). Each
function is one unit of work on the calling thread (call them off the GUI thread).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import text

from desktop.errors import ServiceError
from desktop.rules.office.permissions import GRANTABLE, ROLES
from desktop.services.context import ServiceContext
from desktop.services.office.passwords import check_strength, scram

LOGIN = re.compile(r"^[a-z_][a-z0-9_.-]{0,59}$")


@dataclass(frozen=True)
class OfficeUser:
    login: str
    display_name: str
    team: str
    roles: tuple[str, ...]
    disabled: bool
    can_login: bool


def _office(ctx: ServiceContext) -> None:
    if not ctx.office:
        raise ServiceError("office.single_user")


def check_login(login: str) -> str:
    login = (login or "").strip()
    if not LOGIN.match(login):
        raise ServiceError("office.bad_login", value=login)
    return login


def check_roles(roles) -> list[str]:
    roles = [r.strip() for r in roles if r and r.strip()]
    if not roles:
        raise ServiceError("office.no_role")
    for r in roles:
        if r not in ROLES:
            raise ServiceError("office.bad_role", value=r)
    return list(dict.fromkeys(roles))


def list_users(ctx: ServiceContext) -> list[OfficeUser]:
    """Everyone in app_users with the group roles PostgreSQL says they hold, by login."""
    if not ctx.office:
        return [OfficeUser(ctx.user, ctx.user, "", ROLES, False, True)]
    with ctx.unit() as s:
        rows = s.execute(text(
            "SELECT u.login, u.display_name, u.team, u.disabled, coalesce(r.rolcanlogin, false),"
            " ARRAY(SELECT g.rolname::text FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid"
            "       WHERE m.member = r.oid AND g.rolname = ANY(CAST(:roles AS text[])))"
            " FROM public.app_users u LEFT JOIN pg_roles r ON r.rolname = u.login ORDER BY u.login"),
            {"roles": list(ROLES)}).all()
    order = {r: i for i, r in enumerate(ROLES)}
    return [OfficeUser(login, name, team, tuple(sorted(roles, key=order.get)), disabled, can_login)
            for login, name, team, disabled, can_login, roles in rows]


def get_user(ctx: ServiceContext, login: str) -> OfficeUser:
    for user in list_users(ctx):
        if user.login == login:
            return user
    raise ServiceError("office.unknown_user", value=login)


def add_user(ctx: ServiceContext, login: str, display_name: str, roles, team: str = "",
             password: str | None = None) -> OfficeUser:
    """A new login with ``roles``; ``password`` None: the company directory authenticates it (LDAP/GSSAPI)."""
    _office(ctx)
    login, roles = check_login(login), check_roles(roles)
    if password is not None:
        check_strength(password)
    with ctx.unit() as s:
        conn = s.connection()
        secret = scram(conn, login, password) if password is not None else None
        conn.execute(text("SELECT office.add_user(:l, :n, CAST(:r AS text[]), :t, :p)"),
                     {"l": login, "n": (display_name or "").strip(), "r": roles, "t": (team or "").strip(), "p": secret})
    return get_user(ctx, login)


def set_roles(ctx: ServiceContext, login: str, roles) -> OfficeUser:
    """Replace the user's group roles (refused when it would leave no administrator)."""
    _office(ctx)
    with ctx.unit() as s:
        s.execute(text("SELECT office.set_roles(:l, CAST(:r AS text[]))"), {"l": login, "r": check_roles(roles)})
    return get_user(ctx, login)


def update_user(ctx: ServiceContext, login: str, *, display_name: str | None = None, team: str | None = None) -> OfficeUser:
    _office(ctx)
    with ctx.unit() as s:
        s.execute(text("SELECT office.update_user(:l, :n, :t)"),
                  {"l": login, "n": None if display_name is None else display_name.strip(),
                   "t": None if team is None else team.strip()})
    return get_user(ctx, login)


def set_enabled(ctx: ServiceContext, login: str, enabled: bool) -> OfficeUser:
    """Disable (NOLOGIN; the history keeps the name) or enable a login."""
    _office(ctx)
    with ctx.unit() as s:
        s.execute(text("SELECT office.set_login_enabled(:l, :e)"), {"l": login, "e": enabled})
    return get_user(ctx, login)


def reset_password(ctx: ServiceContext, login: str, password: str | None) -> None:
    """The administrator sets someone's password (None: password sign-in off)."""
    _office(ctx)
    if password is not None:
        check_strength(password)
    with ctx.unit() as s:
        conn = s.connection()
        conn.execute(text("SELECT office.set_password(:l, :p)"),
                     {"l": login, "p": scram(conn, login, password) if password is not None else None})


def change_own_password(ctx: ServiceContext, password: str) -> None:
    """The signed-in person changes their own password (PostgreSQL lets every login do that)."""
    _office(ctx)
    check_strength(password)
    with ctx.unit() as s:
        conn = s.connection()
        from psycopg import sql  # identifiers quoted by the driver, never by hand

        stmt = sql.SQL("ALTER ROLE {} PASSWORD {}").format(sql.Identifier(ctx.user), sql.Literal(scram(conn, ctx.user, password)))
        with conn.connection.driver_connection.cursor() as cur:
            cur.execute(stmt)


def grant_action(ctx: ServiceContext, action: str, role: str, granted: bool = True) -> None:
    """Extend a contract action (sign, activate, terminate) to another role, or take it back."""
    _office(ctx)
    if action not in {a.value for a in GRANTABLE}:
        raise ServiceError("office.not_grantable", value=action)
    with ctx.unit() as s:
        s.execute(text("SELECT office.grant_action(:a, :r, :g)"), {"a": action, "r": check_roles([role])[0], "g": granted})
