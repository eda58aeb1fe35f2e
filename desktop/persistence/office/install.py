"""Install or bring up to date the PostgreSQL side of an office database, applying only what changed.

Each component is a piece of idempotent DDL; its SHA-256 (chained with the components before it, so
the grants follow any new function or table) is kept in ``office.components``. Group roles are
created when missing. Everything runs in the caller's transaction on one connection as the owner.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from sqlalchemy import text
from sqlalchemy.engine import Connection

from desktop.persistence.office import sql_completeness, sql_core, sql_guards, sql_history, sql_security, sql_users
from desktop.persistence.office.sql_guards import TRIGGERS, trigger_sql
from desktop.rules.office import permissions
from desktop.rules.office.permissions import ROLES

DDL_VERSION = 1  # bump to re-apply everything (e.g. after a fix that does not change the generated text)


@dataclass
class InstallReport:
    created_roles: list[str] = field(default_factory=list)
    applied: list[str] = field(default_factory=list)  # components (re)applied
    unchanged: list[str] = field(default_factory=list)


def run_ddl(conn: Connection, sql: str) -> None:
    """Send DDL as written (no parameters: '%' in format() calls must reach the server untouched)."""
    with conn.connection.driver_connection.cursor() as cur:
        cur.execute(sql)


def owner_can_manage_roles(conn: Connection) -> bool:
    return bool(conn.execute(text("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user")).scalar())


def ensure_roles(conn: Connection) -> list[str]:
    """Create the six group roles that do not exist yet (roles are shared by the whole cluster)."""
    have = set(conn.execute(text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:r)"), {"r": list(ROLES)}).scalars())
    made = []
    for role in ROLES:
        if role not in have:
            conn.exec_driver_sql(f'CREATE ROLE "{role}" NOLOGIN')
            made.append(role)
    return made


def extra_grants(conn: Connection) -> list[tuple[str, str]]:
    if not conn.execute(text("SELECT to_regclass('office.permissions') IS NOT NULL")).scalar():
        return []
    return [tuple(r) for r in conn.execute(text("SELECT action, role FROM office.permissions WHERE NOT fixed"))]


def _permissions_sql() -> str:
    rows = ", ".join(f"('{a}', '{r}', true)" for a, r in permissions.pairs())
    return ("DELETE FROM office.permissions WHERE fixed;\n"
            f"INSERT INTO office.permissions (action, role, fixed) VALUES {rows}\n"
            "ON CONFLICT (action, role) DO UPDATE SET fixed = true;\n")


def _triggers_sql() -> str:
    return sql_history.triggers() + "".join(trigger_sql(*t) for t in (*TRIGGERS, *sql_completeness.TRIGGERS))


def components(conn: Connection) -> list[tuple[str, str]]:
    extra = extra_grants(conn)
    return [*sql_core.components(), ("permissions", _permissions_sql()), *sql_guards.components(), *sql_completeness.components(),
            *sql_history.components(), *sql_users.components(), ("triggers", _triggers_sql()),
            ("row_security", sql_security.row_security()), ("masking", sql_security.masking()),
            ("grants", sql_security.grants(extra))]


def _applied(conn: Connection) -> dict[str, str]:
    if not conn.execute(text("SELECT to_regclass('office.components') IS NOT NULL")).scalar():
        return {}
    return dict(conn.execute(text("SELECT name, sha256 FROM office.components")).all())


def install(conn: Connection) -> InstallReport:
    """Roles, then every component whose text (or a component before it) changed. Raises on failure;
    the caller's transaction then leaves the database as it was."""
    report = InstallReport(created_roles=ensure_roles(conn))
    done = _applied(conn)
    chain = hashlib.sha256(f"dealerdesk office ddl {DDL_VERSION}".encode())
    for name, sql in components(conn):
        chain.update(name.encode() + b"\0" + sql.encode())
        digest = chain.hexdigest()
        if done.get(name) == digest:
            report.unchanged.append(name)
            continue
        run_ddl(conn, sql)
        conn.execute(text("INSERT INTO office.components (name, sha256) VALUES (:n, :h) ON CONFLICT (name) DO UPDATE"
                          " SET sha256 = excluded.sha256, applied_at = now()"), {"n": name, "h": digest})
        report.applied.append(name)
    return report


def is_office(conn: Connection) -> bool:
    """True when ``office init`` has run on this (PostgreSQL) database."""
    if conn.dialect.name != "postgresql":
        return False
    return bool(conn.execute(text("SELECT to_regclass('office.components') IS NOT NULL")).scalar())


def office_login(engine) -> tuple[str, bool] | None:
    """(login, is the owner) when ``engine`` is an office database, else None. Raises DatabaseError."""
    if engine.url.get_backend_name() != "postgresql":
        return None
    from desktop.persistence.errors import DatabaseError
    from desktop.persistence.driver_errors import one_line

    try:
        with engine.connect() as conn:
            if not is_office(conn):
                return None
            login, owner = conn.execute(text("SELECT session_user::text, office.is_owner()")).one()
            return login, bool(owner)
    except DatabaseError:
        raise
    except Exception as err:
        raise DatabaseError("db.cannot_read", reason=one_line(err)) from None
