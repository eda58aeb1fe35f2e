"""Fixtures of the office tests: one initialised office database per test session (see pg.py)."""

from __future__ import annotations

import pytest

from tests.services.office import pg


@pytest.fixture(scope="session")
def office_db():
    if not pg.PG_URL:
        pytest.skip("set DEALERDESK_TEST_PG_URL to test the office database on PostgreSQL")
    db = pg.create("s")
    yield db
    pg.drop(db)


@pytest.fixture
def office_ctx_of(office_db):
    """office_ctx_of(key) → a ServiceContext signed in as that login (closed after the test)."""
    from desktop.services.context import ServiceContext

    opened = []

    def open_as(key: str | None = None) -> ServiceContext:
        ctx = ServiceContext.open(office_db.url(key) if key else office_db.owner_url, "")
        opened.append(ctx)
        return ctx

    yield open_as
    for ctx in opened:
        ctx.dispose()


@pytest.fixture(scope="session")
def seed(office_db):
    """The session's shared records (tests.services.office.seed); tests that change them roll back."""
    from desktop.services.context import ServiceContext
    from tests.services.office import seed as seeding

    owner = ServiceContext.open(office_db.owner_url, "")
    chan2 = ServiceContext.open(office_db.url("chan2"), "")
    try:
        return seeding.build(owner, chan2)
    finally:
        owner.dispose()
        chan2.dispose()


@pytest.fixture
def private_pg():
    """A private server with SCRAM passwords and TLS (the sign-in tests; see private_server.py)."""
    from tests.services.office import private_server

    server = private_server.shared()
    if server is None:
        pytest.skip("PostgreSQL (initdb) and openssl are needed for the sign-in tests")
    return server
