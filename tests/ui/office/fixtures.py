"""Fixtures of the office windows (imported by the conftest of each office area's tests): a private PostgreSQL with
passwords and TLS, a credential store in memory, the office database on the shared test server."""

from __future__ import annotations

import pytest

from tests.services.office import private_server


@pytest.fixture
def private_pg():
    server = private_server.shared()
    if server is None:
        pytest.skip("PostgreSQL (initdb) and openssl are needed for the sign-in tests")
    return server


@pytest.fixture
def memory_keyring():
    """keyring's store replaced by a dict for the test (the real one would be this machine's)."""
    import keyring
    from keyring.backend import KeyringBackend

    class MemoryKeyring(KeyringBackend):
        priority = 1

        def __init__(self) -> None:
            super().__init__()
            self.store: dict[tuple[str, str], str] = {}

        def get_password(self, service, username):
            return self.store.get((service, username))

        def set_password(self, service, username, password):
            self.store[(service, username)] = password

        def delete_password(self, service, username):
            from keyring.errors import PasswordDeleteError

            if self.store.pop((service, username), None) is None:
                raise PasswordDeleteError(username)

    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)


@pytest.fixture
def failing_keyring():
    """No usable credential store (keyring's own 'fail' backend raises on every call)."""
    import keyring
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


@pytest.fixture
def app_en(qtbot):
    """The QApplication in English (dialogs tested before any main window exists)."""
    from desktop.app import create_application

    return create_application(["dealerdesk-tests"], "en")


# --- the office database on the shared test server (DEALERDESK_TEST_PG_URL) ------------------------------
PEOPLE = {  # login → (name, roles, team)
    "oui_admin": ("系统管理员", ["admin"], ""),
    "oui_spec": ("沈明", ["specialist"], "杭州一组"),
    "oui_mgr": ("王春梅", ["team_manager"], "杭州一组"),
    "oui_chan": ("孙海燕", ["channel_dept"], ""),
    "oui_chan2": ("赵立", ["channel_dept"], ""),
    "oui_lead": ("周建国", ["leadership"], ""),
}
PASSWORD = "Office-2026!pw"


class OfficeDb:
    """A freshly initialised office database and a context per login (the shared server trusts logins)."""

    def __init__(self, url: str) -> None:
        from sqlalchemy.engine import make_url

        self.url = make_url(url)
        self.password = PASSWORD
        self.new_logins: list[str] = []
        self._open: list = []

    def url_for(self, login: str) -> str:
        return self.url.set(username=login, password=PASSWORD).render_as_string(hide_password=False)

    def ctx(self, login: str):
        from desktop.services.context import ServiceContext

        ctx = ServiceContext.open(self.url_for(login), login, migrate=False)
        self._open.append(ctx)
        return ctx

    def owner(self):
        from desktop.services.context import ServiceContext

        ctx = ServiceContext.open(self.url.render_as_string(hide_password=False), "", migrate=False)
        self._open.append(ctx)
        return ctx

    def address(self, login: str):
        from desktop.services.office.signin import OfficeAddress

        return OfficeAddress(self.url.host, self.url.port or 5432, self.url.database, login)

    def new_login(self, prefix: str) -> str:
        """A login name of this run only (dropped with the database afterwards)."""
        import os

        login = f"{prefix}{os.getpid()}_{len(self.new_logins)}"
        self.new_logins.append(login)
        return login

    def put_in_team(self, dealer_id: int, team: str) -> None:
        """The branch puts a dealer in a team (as the database's owner)."""
        from sqlalchemy import text

        with self.owner().engine.begin() as conn:
            conn.execute(text("UPDATE dealers SET team = :t WHERE id = :i"), {"t": team, "i": dealer_id})

    def close(self) -> None:
        for ctx in self._open:
            ctx.dispose()


@pytest.fixture
def office_db():
    """A fresh database office_ui_<pid> on the server DEALERDESK_TEST_PG_URL names, 'office init' run on
    it, the six people of PEOPLE added; dropped afterwards. Logins are server-wide: they are kept."""
    import os

    import psycopg
    from sqlalchemy.engine import make_url

    from desktop.services.context import ServiceContext
    from desktop.services.office import users
    from desktop.services.office.setup import init_office

    url = os.environ.get("DEALERDESK_TEST_PG_URL")
    if not url:
        pytest.skip("set DEALERDESK_TEST_PG_URL to test the office database")
    name = f"office_ui_{os.getpid()}"
    server = make_url(url)
    maintenance = f"host={server.host} port={server.port or 5432} dbname=postgres user={server.username}" + \
        (f" password={server.password}" if server.password else "")

    def admin_sql(sql: str) -> None:
        with psycopg.connect(maintenance, autocommit=True) as conn:
            conn.execute(sql)

    admin_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin_sql(f'CREATE DATABASE "{name}"')
    owner_url = server.set(database=name).render_as_string(hide_password=False)
    init_office(owner_url, admin="oui_admin", admin_name=PEOPLE["oui_admin"][0], admin_password=PASSWORD)
    db = OfficeDb(owner_url)
    owner = ServiceContext.open(owner_url, "", migrate=False)
    try:
        for login, (display, roles, team) in PEOPLE.items():
            if login == "oui_admin":
                continue
            users.add_user(owner, login, display, roles, team, PASSWORD)  # a login left from an earlier run is taken over
    finally:
        owner.dispose()
    yield db
    from desktop.ui.operations import wait_for_idle

    wait_for_idle()
    db.close()
    admin_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    for login in db.new_logins:
        admin_sql(f'DROP ROLE IF EXISTS "{login}"')


@pytest.fixture
def office_window(qtbot, office_db):
    """``office_window(login, lang='en')``: the main window signed in to the office database as ``login``."""
    from desktop.app import build_main_window, create_application
    from desktop.services.office.identity import current_identity

    made = []

    def make(login: str, lang: str = "en"):
        create_application(["dealerdesk-tests"], lang)
        ctx = office_db.ctx(login)
        window = build_main_window(ctx, lang, identity=current_identity(ctx), office=office_db.address(login))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        made.append(window)
        return window

    yield make
    from desktop.ui.operations import wait_for_idle

    wait_for_idle()
    for window in made:
        window.close()
    create_application(["dealerdesk-tests"], "en")
