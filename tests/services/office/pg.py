"""A real office database for the tests: a fresh PostgreSQL database made an office database by
``office init``, with a login for every role (password logins: CI's server authenticates them with
SCRAM). Needs DEALERDESK_TEST_PG_URL (a superuser URL; any database of that server).

Databases and logins are named ``office_db_…`` / ``oddb…_`` with this run's own number, because
logins are shared by the whole server; the six group roles may exist already and are kept.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

import psycopg
from sqlalchemy.engine import make_url

PG_URL = os.environ.get("DEALERDESK_TEST_PG_URL")
PASSWORD = "oddb-pass-123"
RUN = f"{os.getpid() % 100000}"

# key (the login's suffix) → (its one group role, team); chan2 is a second channel-department login
# (segregation of duties), spec_b a specialist of the other team.
PEOPLE = {
    "spec": ("specialist", "A组"),
    "tm": ("team_manager", "A组"),
    "chan": ("channel_dept", ""),
    "ops": ("operations_claims", ""),
    "lead": ("leadership", ""),
    "admin": ("admin", ""),
    "spec_b": ("specialist", "B组"),
    "chan2": ("channel_dept", ""),
}
KEY_OF_ROLE = {"specialist": "spec", "team_manager": "tm", "channel_dept": "chan", "operations_claims": "ops",
               "leadership": "lead", "admin": "admin"}


def server_url(database: str, login: str | None = None, password: str | None = None) -> str:
    url = make_url(PG_URL).set(database=database)
    if login is not None:
        url = url.set(username=login, password=password)
    return url.render_as_string(hide_password=False)


def libpq(url: str) -> str:
    """The SQLAlchemy URL as a libpq connection string for plain psycopg."""
    u = make_url(url)
    parts = [f"host={u.host or '127.0.0.1'}", f"port={u.port or 5432}", f"dbname={u.database}", f"user={u.username}"]
    if u.password:
        parts.append(f"password={u.password}")
    return " ".join(parts)


def admin_sql(*statements: str) -> None:
    """Run statements on the server's maintenance database as the superuser (autocommit)."""
    with psycopg.connect(libpq(server_url("postgres")), autocommit=True) as conn:
        for sql in statements:
            conn.execute(sql)


@dataclass
class OfficeDb:
    name: str
    logins: dict[str, str] = field(default_factory=dict)  # key (see PEOPLE) → login

    @property
    def owner_url(self) -> str:
        return server_url(self.name)

    def url(self, key: str) -> str:
        return server_url(self.name, self.logins[key], PASSWORD)

    def connect(self, key: str | None = None, **kw) -> psycopg.Connection:
        """A plain psycopg connection as that login (None: the owner, a superuser)."""
        return psycopg.connect(libpq(self.url(key) if key else self.owner_url), **kw)


def login_name(suffix: str, tag: str = "") -> str:
    """A login of this run (and of one test database, ``tag``: logins are server-wide)."""
    return f"oddb{RUN}{tag}_{suffix}"


def create(tag: str) -> OfficeDb:
    """A new database office_db_<tag><run>, initialised, with a login per role (see PEOPLE)."""
    from desktop.services.office import users
    from desktop.services.context import ServiceContext
    from desktop.services.office.setup import init_office

    db = OfficeDb(f"office_db_{tag}{RUN}")
    drop(db)
    admin_sql(f'CREATE DATABASE "{db.name}"')
    people = {key: login_name(key, tag) for key in PEOPLE}
    admin_sql(*[f'DROP ROLE IF EXISTS "{login}"' for login in people.values()])
    admin_login = people["admin"]
    init_office(db.owner_url, admin=admin_login, admin_name="管理员", admin_password=PASSWORD)
    db.logins = dict(people)
    ctx = ServiceContext.open(db.url("admin"), "")
    try:
        for key, login in people.items():
            if key != "admin":
                role, team = PEOPLE[key]
                users.add_user(ctx, login, f"测试{key}", [role], team, PASSWORD)
    finally:
        ctx.dispose()
    return db


def drop(db: OfficeDb) -> None:
    admin_sql(f'DROP DATABASE IF EXISTS "{db.name}" WITH (FORCE)')
    if db.logins:
        admin_sql(*[f'DROP ROLE IF EXISTS "{login}"' for login in db.logins.values()])
