"""Who is signed in, and the names behind logins.

``current_identity`` is what the status bar shows and what the windows ask before enabling an action
(``identity.may(action)``, ``identity.who_may(action)`` for the tooltip). On the embedded database
the one local person holds every role under the profile name from Settings. Runs on any thread
(one short query on an office database; call it off the GUI thread).
"""

from __future__ import annotations

from sqlalchemy import select, text

from desktop.persistence.models import office as om
from desktop.rules.office.identity import Identity, single_user
from desktop.rules.office.permissions import ROLES
from desktop.services.context import ServiceContext


def database_label(ctx: ServiceContext) -> str:
    """'dealerdesk @ db.branch.local:5432' (no login, no password) or '' on SQLite."""
    url = ctx.engine.url
    if url.get_backend_name() == "sqlite":
        return ""
    return f"{url.database} @ {url.host or 'localhost'}:{url.port or 5432}"


def current_identity(ctx: ServiceContext) -> Identity:
    """The signed-in person: login, display name, group roles, team, and the extra contract grants."""
    if not ctx.office:
        return single_user(ctx.user)
    with ctx.unit() as s:
        login, owner, name, team, roles = s.execute(text(
            "SELECT session_user::text, office.is_owner(), coalesce(u.display_name, ''), coalesce(u.team, ''),"
            " ARRAY(SELECT r FROM unnest(CAST(:roles AS text[])) r WHERE pg_has_role(session_user, r, 'MEMBER'))"
            " FROM (SELECT 1) one LEFT JOIN public.app_users u ON u.login = session_user::text"),
            {"roles": list(ROLES)}).one()
        grants = tuple((a, r) for a, r in s.execute(text("SELECT action, role FROM office.permissions WHERE NOT fixed")))
    held = ROLES if owner else tuple(r for r in ROLES if r in set(roles))
    return Identity(login=login, display_name=name or login, roles=held, team=team, is_office=True,
                    database=database_label(ctx), grants=grants)


def directory(ctx: ServiceContext) -> dict[str, str]:
    """login → display name of everyone known to this database (for history and audit lines)."""
    with ctx.unit() as s:
        names = {u.login: u.display_name or u.login for u in s.scalars(select(om.AppUser))}
    if not ctx.office:
        names.setdefault(ctx.user, ctx.user)
    return names


def display_name(names: dict[str, str], login: str) -> str:
    return names.get(login, login)
