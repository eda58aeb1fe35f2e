"""``office init``: make a PostgreSQL database an office database, or bring one up to date.

Run by the branch's administrator with the owner login (a superuser, or better a login that owns the
database and holds CREATEROLE). Upgrades the schema (Alembic), creates the six group roles, installs
functions, triggers, row-level security, the masked view and the grants — each only when it changed —
and creates the first administrator. Safe to run again. Runs on the calling thread.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import text

from desktop.errors import ServiceError
from desktop.i18n import t
from desktop.persistence.engine import make_engine
from desktop.persistence.migrate import current_revision, upgrade
from desktop.persistence.office import install as ddl
from desktop.services.office.errors import map_db_error
from desktop.services.office.passwords import check_strength, scram


@dataclass
class InitReport:
    revision_before: str | None
    revision_after: str | None
    created_roles: list[str] = field(default_factory=list)
    applied: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    admin: str = ""
    admin_created: bool = False

    def lines(self, lang: str | None = None) -> list[str]:
        """What it did, one line per kind of change, in the user's language."""
        out = []
        if self.revision_before == self.revision_after:
            out.append(t("office.init.schema_current", lang, revision=self.revision_after))
        else:
            out.append(t("office.init.schema_upgraded", lang, before=self.revision_before or "—", after=self.revision_after))
        if self.created_roles:
            out.append(t("office.init.roles_created", lang, roles=", ".join(self.created_roles)))
        if self.applied:
            out.append(t("office.init.applied", lang, parts=", ".join(self.applied)))
        if self.unchanged and not self.applied:
            out.append(t("office.init.nothing_changed", lang))
        if self.admin:
            out.append(t("office.init.admin_created" if self.admin_created else "office.init.admin_exists", lang,
                         login=self.admin))
        return out


def init_office(url: str, *, admin: str = "", admin_name: str = "", admin_password=None,
                admin_team: str = "") -> InitReport:
    """Create or upgrade the office database at ``url`` (connected as its owner).

    ``admin``: the first administrator's login, created with ``admin_password`` — a string, or a
    function asked only when the login is really created (None: no password, the company directory
    authenticates it) — unless it exists already. Raises ServiceError
    (office.needs_postgresql, office.owner_cannot_create_roles, office.not_owner, office.*) or
    DatabaseError when the server cannot be used; on failure nothing of this run is kept.
    """
    engine = make_engine(url)
    try:
        if engine.url.get_backend_name() != "postgresql":
            raise ServiceError("office.needs_postgresql")
        before = current_revision(engine)
        with engine.connect() as conn:
            if not ddl.owner_can_manage_roles(conn):
                raise ServiceError("office.owner_cannot_create_roles", login=conn.execute(text("SELECT current_user")).scalar())
            if ddl.is_office(conn) and not conn.execute(text("SELECT office.is_owner()")).scalar():
                raise ServiceError("office.not_owner", owner=conn.execute(text("SELECT office.owner_name()")).scalar())
        upgrade(engine)
        try:
            with engine.begin() as conn:
                done = ddl.install(conn)
                report = InitReport(before, current_revision_on(conn), done.created_roles, done.applied, done.unchanged,
                                    admin=admin)
                if admin:
                    exists = conn.execute(text("SELECT count(*) FROM public.app_users WHERE login = :l"), {"l": admin}).scalar()
                    if not exists:
                        password = admin_password() if callable(admin_password) else admin_password
                        if password is not None:
                            check_strength(password)
                        secret = scram(conn, admin, password) if password is not None else None
                        conn.execute(text("SELECT office.add_user(:l, :n, ARRAY['admin'], :t, :p)"),
                                     {"l": admin, "n": admin_name or admin, "t": admin_team, "p": secret})
                        report.admin_created = True
        except Exception as err:
            mapped = map_db_error(err)
            if mapped is not err:
                raise mapped from err
            raise
        return report
    finally:
        engine.dispose()


def current_revision_on(conn) -> str | None:
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
