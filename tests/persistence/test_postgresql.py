"""The same schema and services on PostgreSQL (the shared office database to come).

Runs when DEALERDESK_TEST_PG_URL names an empty scratch database, e.g.
``postgresql+psycopg://postgres@127.0.0.1:55432/dd_test`` (.ci/run starts one when it can).
"""

from __future__ import annotations

import os
from dataclasses import replace

import pytest

from desktop.persistence.migrate import HEAD, current_revision, downgrade, upgrade
from desktop.rules.dealers import records as r
from desktop.services.dealers import files as dealers
from desktop.services.dealers import listing
from desktop.services.demo import territory as demo
from desktop.services.office import staff
from desktop.errors import ConflictError

URL = os.environ.get("DEALERDESK_TEST_PG_URL")
pytestmark = pytest.mark.skipif(not URL, reason="set DEALERDESK_TEST_PG_URL to test on PostgreSQL")


@pytest.fixture
def pg(pg_ctx):
    return pg_ctx


def test_migrations_round_trip(pg):
    assert current_revision(pg.engine) == HEAD, "upgraded to head on PostgreSQL"
    downgrade(pg.engine, "base")
    assert current_revision(pg.engine) is None, "downgraded to base"
    upgrade(pg.engine)
    assert current_revision(pg.engine) == HEAD, "upgraded again"


def test_demo_search_and_conflicts(pg):
    result = demo.generate(pg, 60, seed=3)
    assert result.dealers == 60, "the demo territory loads on PostgreSQL"
    rows = listing.search(pg, listing.DealerFilter(text="cq"))
    assert any(row.city == "重庆" for row in rows), "pinyin search works on PostgreSQL data"
    first = dealers.get(pg, rows[0].id)
    dealers.save(pg, replace(first, notes="甲"))
    with pytest.raises(ConflictError):
        dealers.save(pg, replace(first, notes="乙"))
    member = staff.save(pg, r.Staff(name="测试", rank_code="specialist", line="channel"))
    assert member.audit.version == 1, "a new record starts at version 1"
