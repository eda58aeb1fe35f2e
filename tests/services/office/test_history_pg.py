"""The history on PostgreSQL: written by triggers for every business table (a whole demo territory
accounted for, entry by entry), attributed to the login, append-only for every role, hash-chained
so that verify-history catches an altered, a removed and a cut-off entry; read back in words, with
sensitive fields only for those who may see them; a record and a dealer file as they were."""

from __future__ import annotations

from dataclasses import replace

import psycopg
import pytest

from desktop.cli import main
from desktop.persistence.office import catalog
from desktop.rules import records as r
from desktop.services import dealers
from desktop.services.office import history
from desktop.services.office.snapshots import dealer_as_of
from tests.services.office import pg


def test_every_business_table_has_the_history_trigger(office_db):
    with office_db.connect() as conn:
        public = {t for (t,) in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}
        with_trigger = {t for (t,) in conn.execute("SELECT c.relname FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid"
                                                   " WHERE g.tgname = 'office_history'")}
    expected = public - catalog.NO_HISTORY - {"alembic_version"}
    assert with_trigger == expected, f"missing: {expected - with_trigger}, unexpected: {with_trigger - expected}"


@pytest.fixture(scope="module")
def demo_office():
    """A second office database holding a demo territory generated as the owner after init."""
    if not pg.PG_URL:
        pytest.skip("set DEALERDESK_TEST_PG_URL")
    from desktop.services import demo
    from desktop.services.context import ServiceContext

    db = pg.create("h")
    before = _counts(db)
    ctx = ServiceContext.open(db.owner_url, "")
    try:
        demo.generate(ctx, 40, seed=5)
    finally:
        ctx.dispose()
    yield db, before
    pg.drop(db)


def _counts(db) -> dict[str, tuple[int, int]]:
    """table → (rows, inserts − deletes in the history)."""
    with db.connect() as conn:
        logged = dict(conn.execute("SELECT table_name, sum(CASE op WHEN 'I' THEN 1 WHEN 'D' THEN -1 ELSE 0 END)"
                                   " FROM history GROUP BY table_name").fetchall())
        return {t: (conn.execute(f'SELECT count(*) FROM public."{t}"').fetchone()[0], int(logged.get(t, 0)))
                for t in catalog.history_tables()}


def test_a_demo_territory_is_accounted_for_entry_by_entry(demo_office):
    db, before = demo_office
    after = _counts(db)
    wrong = {t: (after[t][0] - before[t][0], after[t][1] - before[t][1]) for t in after
             if after[t][0] - before[t][0] != after[t][1] - before[t][1]}
    assert not wrong, f"rows added vs history entries (inserts − deletes) per table: {wrong}"
    touched = {t for t in after if after[t][0] != before[t][0]}
    assert len(touched) >= 25, f"the demo touches most business tables: {sorted(touched)}"


def test_verify_history_catches_an_altered_a_removed_and_a_cut_off_entry(demo_office, capsys):
    db, _ = demo_office
    assert main(["office", "verify-history", "--db", db.url("admin")]) == 0, "intact"
    assert "intact" in capsys.readouterr().out
    with db.connect() as conn:
        first, middle, last = conn.execute("SELECT min(id), (min(id) + max(id)) / 2, max(id) FROM history").fetchone()
        saved = conn.execute(f"SELECT {SAVED} FROM history WHERE id IN (%s, %s) ORDER BY id", [middle, last]).fetchall()
        conn.execute("SET session_replication_role = replica")  # a superuser going around the triggers
        conn.execute("UPDATE history SET changes = changes || '{\"notes\": [\"\", \"改过\"]}' WHERE id = %s", [first])
        conn.commit()
    try:
        assert main(["office", "verify-history", "--db", db.url("admin"), "--json"]) == 1, "exit 1: altered"
        out = capsys.readouterr().out
        assert f'"broken_id": {first}' in out and '"problem": "altered"' in out, out
        verdict = _verdict(db)
        assert (verdict.broken_id, verdict.problem) == (first, "altered"), verdict
        _sql(db, "UPDATE history SET changes = changes - 'notes' WHERE id = %s", first)
        assert _verdict(db).intact, "put back: intact again"
        _sql(db, "DELETE FROM history WHERE id = %s", middle)
        verdict = _verdict(db)
        assert verdict.problem == "chain" and verdict.broken_id > middle, verdict
        assert "删除" in verdict.message("zh_CN"), verdict.message("zh_CN")
        _restore(db, saved[:1])
        _sql(db, "DELETE FROM history WHERE id = %s", last)
        verdict = _verdict(db)
        assert (verdict.problem, verdict.broken_id) == ("missing", last), verdict
    finally:
        _sql(db, "DELETE FROM history WHERE id IN (%s, %s)", middle, last)
        _restore(db, saved)
    assert _verdict(db).intact, "all put back"


def _sql(db, sql, *params):
    with db.connect() as conn:
        conn.execute("SET session_replication_role = replica")
        conn.execute(sql, list(params))
        conn.commit()


COLUMNS = ("id", "at", "login", "table_name", "record_id", "dealer_id", "op", "changes", "private", "prev_hash", "hash")
SAVED = ", ".join(f"{c}::text" if c in ("changes", "private") else c for c in COLUMNS)  # JSON exactly as stored


def _restore(db, rows):
    with db.connect() as conn:
        conn.execute("SET session_replication_role = replica")
        values = ", ".join("%s::jsonb" if c in ("changes", "private") else "%s" for c in COLUMNS)
        for row in rows:
            conn.execute(f"INSERT INTO history ({', '.join(COLUMNS)}) VALUES ({values})", list(row))
        conn.commit()


def _verdict(db):
    from desktop.services.context import ServiceContext

    ctx = ServiceContext.open(db.url("admin"), "")
    try:
        return history.verify(ctx)
    finally:
        ctx.dispose()


def test_history_is_append_only_for_every_role(office_db, seed):
    for key in ("admin", "lead", "chan"):
        with office_db.connect(key) as conn:
            for sql in ("UPDATE history SET login = 'x'", "DELETE FROM history", "TRUNCATE history",
                        "INSERT INTO history (at, login, table_name, record_id, op, changes, prev_hash)"
                        " VALUES (now(), 'x', 'dealers', '1', 'U', '{}', '')"):
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    conn.execute(sql)
                conn.rollback()
    with office_db.connect() as conn:  # even the owner, a superuser, is refused by the trigger
        for sql in ("UPDATE history SET login = 'x'", "DELETE FROM history", "TRUNCATE history"):
            with pytest.raises(psycopg.Error) as err:
                conn.execute(sql)
            assert err.value.sqlstate == "DD003", sql
            conn.rollback()


def test_read_back_in_words_with_sensitive_fields_only_for_those_who_may(office_ctx_of, office_db, seed):
    tm, spec, spec_b = office_ctx_of("tm"), office_ctx_of("spec"), office_ctx_of("spec_b")
    d = dealers.get(tm, seed.dealer_a)
    dealers.save(tm, replace(d, address="杭州市上城区望江路 9 号", people=[replace(d.people[0], hobbies="钓鱼、高尔夫")]))
    newest = history.latest_change(tm, "dealers", seed.dealer_a, "zh_CN")
    assert newest.login == office_db.logins["tm"] and newest.who == "测试tm", newest
    assert "修改了车商" in newest.title("zh_CN"), newest.title("zh_CN")
    assert any(line.startswith("地址：") and line.endswith("→ 杭州市上城区望江路 9 号") for line in newest.lines("zh_CN")), \
        newest.lines("zh_CN")
    person = str(d.people[0].id)
    seen_by_tm = history.history_of(tm, "key_people", person, "zh_CN")[0]
    assert any("兴趣爱好" in line and "钓鱼、高尔夫" in line for line in seen_by_tm.lines("zh_CN")), seen_by_tm.lines("zh_CN")
    seen_by_spec = history.history_of(spec, "key_people", person, "zh_CN")
    assert all("钓鱼" not in line for e in seen_by_spec for line in e.lines("zh_CN")), "no sensitive change for a specialist"
    assert history.history_of_dealer(spec_b, seed.dealer_a) == [], "another team sees none of it"
    assert history.history_of_dealer(spec, seed.dealer_a), "the own team does"


def test_a_record_and_a_dealer_file_as_they_were(office_ctx_of, seed):
    tm = office_ctx_of("tm")
    d = dealers.get(tm, seed.dealer_a)
    dealers.save(tm, replace(d, contact_name="第一版联系人"))
    moment = history.latest_change(tm, "dealers", seed.dealer_a).at
    with tm.unit() as s:  # the next change must come later than that moment on the server's clock
        from sqlalchemy import text

        s.execute(text("SELECT pg_sleep(0.01)"))
    d = dealers.get(tm, seed.dealer_a)
    dealers.save(tm, replace(d, contact_name="第二版联系人", people=d.people + [r.KeyPerson(name="新来的", role="sales_head")]))
    assert history.as_of(tm, "dealers", seed.dealer_a, moment)["contact_name"] == "第一版联系人"
    then = dealer_as_of(tm, seed.dealer_a, moment)
    assert then.contact_name == "第一版联系人" and "新来的" not in [p.name for p in then.people], then.people
    assert dealers.get(tm, seed.dealer_a).contact_name == "第二版联系人", "today's file is untouched"
    now = dealers.get(tm, seed.dealer_a)
    dealers.save(tm, replace(now, people=[p for p in now.people if p.name != "新来的"]))
