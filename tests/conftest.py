"""Shared fixtures: a real SQLite file per test, the service context, an isolated user folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from desktop import i18n
from desktop.services.context import ServiceContext


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """Settings, logs and the default database go to a fresh folder, never the real user's."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("DEALERDESK_HOME", str(home))
    monkeypatch.delenv("DEALERDESK_DATABASE_URL", raising=False)
    i18n.set_language("en")
    yield home


@pytest.fixture
def db_url(tmp_path) -> str:
    return "sqlite:///" + (tmp_path / "dealerdesk.sqlite3").as_posix()


@pytest.fixture
def ctx(db_url) -> ServiceContext:
    """A migrated database file and a service context acting as user 'tester'."""
    context = ServiceContext.open(db_url, "tester")
    yield context
    context.dispose()


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory) -> str:
    """A migrated SQLite file holding a 120-dealer demo territory (seed 7), built once per run.

    Tests that change data must copy it first (``demo_copy``).
    """
    from desktop.services.demo import territory as demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    url = "sqlite:///" + path.as_posix()
    context = ServiceContext.open(url, "demo")
    demo.generate(context, 120, seed=7)
    context.dispose()
    return url


@pytest.fixture
def demo_ctx(demo_db, tmp_path) -> ServiceContext:
    """A private copy of the demo territory."""
    import shutil

    src = demo_db.removeprefix("sqlite:///")
    dst = tmp_path / "demo-copy.sqlite3"
    shutil.copy(src, dst)
    context = ServiceContext.open("sqlite:///" + dst.as_posix(), "tester")
    yield context
    context.dispose()


PG_URL = os.environ.get("DEALERDESK_TEST_PG_URL")


@pytest.fixture
def pg_ctx():
    """An empty migrated PostgreSQL database (when DEALERDESK_TEST_PG_URL names a scratch one)."""
    if not PG_URL:
        pytest.skip("set DEALERDESK_TEST_PG_URL to test on PostgreSQL")
    from sqlalchemy import text

    from desktop.persistence.migrate import upgrade

    context = ServiceContext.open(PG_URL, "tester", migrate=False)
    with context.engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    upgrade(context.engine)
    yield context
    context.dispose()
