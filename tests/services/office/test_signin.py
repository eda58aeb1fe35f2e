"""Signing in to an office database as one's own login, on a real server with passwords and TLS:
each way it fails has its own kind (the window words it), and a good sign-in opens the database."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

from desktop.persistence.migrate import upgrade
from desktop.services.context import ServiceContext
from desktop.services.office import users
from desktop.services.office.setup import init_office
from desktop.services.office.signin import OfficeAddress, SignInError, classify, open_office
from tests.services.office.private_server import SUPERUSER_PASSWORD

LOGIN, PASSWORD = "oui_chen", "Chen-2026!pw"


@pytest.fixture(scope="module")
def office_server():
    from tests.services.office import private_server

    server = private_server.shared()
    if server is None:
        pytest.skip("PostgreSQL (initdb) and openssl are needed for the sign-in tests")
    server.psql("DROP DATABASE IF EXISTS office_ui_signin WITH (FORCE)")
    server.psql("DROP DATABASE IF EXISTS office_ui_empty WITH (FORCE)")
    server.psql("CREATE DATABASE office_ui_signin")
    server.psql("CREATE DATABASE office_ui_empty")
    server.psql("DROP DATABASE IF EXISTS office_ui_plain WITH (FORCE)")
    server.psql("CREATE DATABASE office_ui_plain")
    owner_url = f"postgresql+psycopg://postgres:{SUPERUSER_PASSWORD}@127.0.0.1:{server.port}"
    init_office(f"{owner_url}/office_ui_signin", admin="oui_admin", admin_password="Admin-2026!pw")
    ctx = ServiceContext.open(f"{owner_url}/office_ui_signin", "postgres", migrate=False)
    for login in (LOGIN, "oui_gone"):
        try:
            users.add_user(ctx, login, login, ["specialist"], password=PASSWORD)
        except Exception:  # there from an earlier run on this server
            users.reset_password(ctx, login, PASSWORD)
    users.set_enabled(ctx, "oui_gone", False)
    ctx.dispose()
    plain = create_engine(f"{owner_url}/office_ui_plain")
    upgrade(plain)  # DealerDesk's schema, but never 'office init'
    plain.dispose()
    return server


def address(server, **changes) -> OfficeAddress:
    values = dict(host="127.0.0.1", port=server.port, database="office_ui_signin", login=LOGIN, ca_file="")
    values.update(changes)
    return OfficeAddress(**values)


def kind_of(addr: OfficeAddress, password: str) -> str:
    with pytest.raises(SignInError) as caught:
        open_office(addr, password)
    return caught.value.kind


def test_the_right_password_opens_the_database_as_that_login(office_server):
    ctx = open_office(address(office_server), PASSWORD)
    try:
        with ctx.engine.connect() as conn:
            assert conn.execute(text("SELECT current_user")).scalar() == LOGIN, "connected as the person's own login"
        assert ctx.office and ctx.user == LOGIN, "an office database: changes are the login's"
    finally:
        ctx.dispose()


def test_with_a_ca_file_the_connection_is_tls_and_verified(office_server):
    addr = address(office_server, host="localhost", ca_file=str(office_server.ca_file))
    assert dict(addr.url("x").query)["sslmode"] == "verify-full", "a CA file means verify-full"
    ctx = open_office(addr, PASSWORD)
    try:
        with ctx.engine.connect() as conn:
            assert conn.execute(text("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")).scalar() is True
    finally:
        ctx.dispose()


@pytest.mark.parametrize("case, expected", [
    ("wrong password", "wrong_password"),
    ("unknown login", "wrong_password"),
    ("disabled login", "login_disabled"),
    ("nothing listening", "unreachable"),
    ("unknown host", "unreachable"),
    ("no such database", "no_database"),
    ("not set up", "not_office"),
    ("DealerDesk but no office init", "not_office"),
    ("CA that did not sign the server", "tls"),
    ("name not in the certificate", "tls"),
    ("CA file gone", "tls"),
])
def test_each_failure_has_its_kind(office_server, tmp_path, case, expected):
    s = office_server
    addr, password = {
        "wrong password": (address(s), "not-it"),
        "unknown login": (address(s, login="oui_nobody"), PASSWORD),
        "disabled login": (address(s, login="oui_gone"), PASSWORD),
        "nothing listening": (address(s, port=1), PASSWORD),
        "unknown host": (address(s, host="no-such-host.invalid"), PASSWORD),
        "no such database": (address(s, database="office_ui_nowhere"), PASSWORD),
        "not set up": (address(s, database="office_ui_empty"), PASSWORD),
        "DealerDesk but no office init": (address(s, database="office_ui_plain"), PASSWORD),
        "CA that did not sign the server": (address(s, host="localhost", ca_file=str(s.other_ca_file)), PASSWORD),
        "name not in the certificate": (address(s, host="127.0.0.2", ca_file=str(s.ca_file)), PASSWORD),
        "CA file gone": (address(s, host="localhost", ca_file=str(tmp_path / "gone.crt")), PASSWORD),
    }[case]
    assert kind_of(addr, password) == expected, case


def test_tls_demanded_of_a_server_without_it_is_a_tls_failure():
    """The shared test server runs without TLS: asking for verify-full there must say TLS, not 'unreachable'."""
    import os

    from sqlalchemy.engine import make_url

    url = os.environ.get("DEALERDESK_TEST_PG_URL")
    if not url:
        pytest.skip("set DEALERDESK_TEST_PG_URL")
    parsed = make_url(url)
    from tests.services.office import private_server

    server = private_server.shared()
    if server is None:
        pytest.skip("openssl needed for a CA file")
    addr = OfficeAddress(parsed.host, parsed.port or 5432, parsed.database, parsed.username or "postgres", str(server.ca_file))
    with pytest.raises(SignInError) as caught:
        open_office(addr, "")
    assert caught.value.kind == "tls", caught.value.detail


def test_an_address_round_trips_through_the_settings_without_a_password():
    addr = OfficeAddress("db.branch.local", 5433, "dealerdesk", "wangcm", "/etc/ca.crt")
    assert OfficeAddress.from_settings(addr.to_settings()) == addr
    assert "password" not in addr.to_settings()
    assert addr.label() == "dealerdesk@db.branch.local:5433"
    assert OfficeAddress.from_settings({}) is None and OfficeAddress.from_settings({"host": "x"}) is None


def test_an_unexpected_driver_message_is_other():
    assert classify(RuntimeError("something new")) == "other"
