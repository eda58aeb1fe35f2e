"""Roster import, export, undo on PostgreSQL: the portable (non-SQLite) write path.

Runs when DEALERDESK_TEST_PG_URL names a scratch server database; this test works in its own
database beside it (``dd_roster_test``), created when missing, so it never touches that one.
"""

from __future__ import annotations

import os

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from desktop.persistence.migrate import upgrade
from desktop.rules.dealers import records as r
from desktop.services.dealers import files as dealers
from desktop.services.dealers import listing
from desktop.services.rosters import (
    history as roster_history,
    export as roster_export,
    read as roster_import,
    commit as roster_write,
)
from desktop.services.dealers import keys as dealer_keys
from desktop.services.context import ServiceContext
from tests.spreadsheets import roster_files as rf

URL = os.environ.get("DEALERDESK_TEST_PG_URL")
pytestmark = pytest.mark.skipif(not URL, reason="set DEALERDESK_TEST_PG_URL to test on PostgreSQL")


@pytest.fixture
def pg():
    url = make_url(URL).set(database="dd_roster_test")
    server = create_engine(make_url(URL), isolation_level="AUTOCOMMIT")
    with server.connect() as conn:
        if not conn.execute(text("SELECT 1 FROM pg_database WHERE datname = 'dd_roster_test'")).scalar():
            conn.execute(text("CREATE DATABASE dd_roster_test"))
    server.dispose()
    ctx = ServiceContext.open(url.render_as_string(hide_password=False), "tester", migrate=False)
    with ctx.engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    upgrade(ctx.engine)
    yield ctx
    ctx.dispose()


def _run(ctx, path):
    return roster_write.commit(ctx, roster_import.analyse(ctx, roster_import.open_roster(ctx, path)))


def test_import_export_undo_on_postgresql(pg, tmp_path):
    kept = dealers.save(pg, r.Dealer(legal_name="甲汽车有限公司", city="杭州", brands=["丰田"]))
    path = rf.write_xlsx(tmp_path / "pg.xlsx", [
        ["车商名称", "统一社会信用代码", "城市", "经营品牌", "现合作保险公司及份额", "新车承保率", "成立日期"],
        ["甲汽车有限公司", rf.uscc(1), "杭州", "丰田、雷克萨斯", "人保财险 60%", "85%", "2012-05-18"],
        ["乙汽车有限公司", rf.uscc(2), "杭州", "大众", "", 0.7, ""],
        ["丙汽车有限公司", "", "宁波", "", "平安产险", "", ""],
    ])
    result = _run(pg, path)
    assert (result.counts["created"], result.counts["updated"]) == (2, 1), f"two created, one updated: {result.counts}"
    later = dealers.save(pg, r.Dealer(legal_name="丁汽车有限公司", city="杭州"))
    assert later.id not in {row.id for row in listing.list_rows(pg) if row.legal_name != "丁汽车有限公司"}, \
        "ids come from the database's sequence: a later single insert does not collide"
    assert dealers.get(pg, kept.id).brands == ["丰田", "雷克萨斯"], "the update is written"
    assert [d.legal_name for d in listing.search(pg, listing.DealerFilter(text="yqc"))] == ["乙汽车有限公司"], \
        "a new dealer is found by its initials before its keys are stored"
    assert dealer_keys.complete(pg) == 2 and dealer_keys.missing(pg) == 0, "the keys the import left are stored on PostgreSQL"
    exported = tmp_path / "out.xlsx"
    roster_export.export(pg, exported)
    again = roster_import.analyse(pg, roster_import.open_roster(pg, exported)).counts()
    assert (again["created"], again["updated"], again["unchanged"]) == (0, 0, 4), f"the round trip holds on PostgreSQL: {again}"
    outcome = roster_history.undo(pg, result.import_id)
    assert (outcome.deleted, outcome.restored) == (2, 1), f"undo on PostgreSQL: {outcome}"
    assert dealers.get(pg, kept.id).brands == ["丰田"], "brands restored"


def test_rows_checked_for_an_update_stay_locked_until_the_commit(pg, tmp_path):
    from sqlalchemy.exc import OperationalError

    stored = dealers.save(pg, r.Dealer(legal_name="甲汽车有限公司", city="杭州", brands=["丰田"]))
    path = rf.write_xlsx(tmp_path / "lock.xlsx", [["车商名称", "城市", "经营品牌"], ["甲汽车有限公司", "杭州", "大众"]])
    plan = roster_import.analyse(pg, roster_import.open_roster(pg, path))
    other = create_engine(pg.engine.url)
    try:
        with pg.unit() as s:
            roster_write._check_versions(s, [p for p in plan.rows if p.status == "update"])
            with other.connect() as conn, pytest.raises(OperationalError):
                # Another user's save would wait here until the import commits; NOWAIT says so at once.
                conn.execute(text("SELECT id FROM dealers WHERE id = :id FOR UPDATE NOWAIT"), {"id": stored.id})
        with other.connect() as conn:
            locked = conn.execute(text("SELECT id FROM dealers WHERE id = :id FOR UPDATE NOWAIT"), {"id": stored.id}).scalar()
        assert locked == stored.id, "the lock goes with the import's transaction"
    finally:
        other.dispose()
