"""The single user's history on the embedded SQLite database: the same table written by triggers
whoever writes (the services, a bulk statement, another SQLite tool), sealed with the user's name
and the chain, append-only, checked by verify-history; as it was on a date."""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from sqlalchemy import event, text

from desktop.cli import main
from desktop.persistence.office import catalog, sqlite_history
from desktop.rules.dealers import records as r
from desktop.services.dealers import files as dealers
from desktop.services.context import ServiceContext
from desktop.services.office import history
from desktop.services.office.snapshots import dealer_as_of


def _file(ctx) -> str:
    return ctx.engine.url.database


def test_the_single_user_gets_history_with_their_name(ctx):
    d = dealers.save(ctx, r.Dealer(legal_name="宁波甬通汽车销售服务有限公司", city="宁波",
                                   people=[r.KeyPerson(name="陈静", role="decision_maker", hobbies="登山")]))
    dealers.save(ctx, replace(dealers.get(ctx, d.id), address="宁波市鄞州区天童南路 8 号"))
    entries = history.history_of_dealer(ctx, d.id, "zh_CN")
    assert [(e.table, e.op) for e in entries][:1] == [("dealers", "U")], entries
    assert {e.login for e in entries} == {"tester"}, "sealed with the single user's name"
    changed = entries[0]
    assert [c.field for c in changed.changes] == ["address"], f"only the changed field: {changed.changes}"
    assert changed.lines("zh_CN") == ["地址：（空） → 宁波市鄞州区天童南路 8 号"], changed.lines("zh_CN")
    created = next(e for e in entries if e.table == "key_people")
    assert any("兴趣爱好：登山" == line for line in created.lines("zh_CN")), "the single user sees everything"
    plain = dealers.save(ctx, r.Dealer(legal_name="台州台通汽车有限公司", city="台州"))
    dealers.delete(ctx, plain.id)
    gone = history.history_of(ctx, "dealers", plain.id)
    assert gone[0].op == "D" and any(c.field == "legal_name" and c.old == "台州台通汽车有限公司"
                                     for c in gone[0].changes), "a deleted record keeps its last values"


def test_coded_values_are_said_in_words_not_as_codes(ctx):
    d = dealers.save(ctx, r.Dealer(legal_name="绍兴越通汽车销售服务有限公司", city="绍兴", dealer_type="4s", willingness="high",
                                   sources=["media", "field"],
                                   people=[r.KeyPerson(name="陈静", role="aftersales_head", gender="female")]))
    lines = [line for e in history.history_of_dealer(ctx, d.id, "zh_CN") for line in e.lines("zh_CN")]
    for said in ("角色：售后负责人", "性别：女", "车商类型：4S店", "合作意愿：强烈"):
        assert said in lines, f"{said!r} among {lines}"
    assert any(line.endswith("：媒体") or line.endswith("：实地走访") for line in lines), lines
    codes = [line for line in lines if any(code in line for code in ("aftersales_head", "female", "media", "field", "high"))]
    assert not codes, f"codes shown as stored: {codes}"
    assert f"车商：{d.id}" not in lines, f"a person or source of this dealer does not repeat the dealer's number: {lines}"


def test_writes_by_another_program_are_recorded_and_sealed_later(ctx):
    d = dealers.save(ctx, r.Dealer(legal_name="外部工具写入的车商", city="杭州"))
    con = sqlite3.connect(_file(ctx))
    con.execute("UPDATE dealers SET notes = '别的程序改的' WHERE id = ?", (d.id,))
    con.commit()
    con.close()
    with ctx.engine.connect() as conn:
        pending = conn.execute(text("SELECT count(*) FROM history WHERE hash IS NULL")).scalar()
    assert pending == 1, "the trigger recorded it; nobody has sealed it yet"
    dealers.get(ctx, d.id)  # the next unit of work seals it
    assert [c.new for c in history.latest_change(ctx, "dealers", d.id).changes] == ["别的程序改的"]
    assert history.verify(ctx).intact


def test_two_units_sealing_the_same_entries_at_once_both_succeed(ctx):
    """Entries another program left unsealed are sealed by whichever unit comes next; two windows'
    units at once must not both chain them (the second was refused by the append-only guard)."""
    d = dealers.save(ctx, r.Dealer(legal_name="两个窗口同时读到的车商", city="杭州"))
    con = sqlite3.connect(_file(ctx))
    con.execute("UPDATE dealers SET notes = '别的程序改的' WHERE id = ?", (d.id,))
    con.commit()
    con.close()
    other: dict = {}

    def other_window():
        try:
            other["dealer"] = dealers.get(ctx, d.id)  # a unit of its own, which seals
        except Exception as err:  # noqa: BLE001 - reported below
            other["error"] = err

    def meanwhile(conn, _cursor, statement, *_args):
        if "WHERE hash IS NULL ORDER BY id" in statement and "thread" not in other:
            other["thread"] = threading.Thread(target=other_window)
            other["thread"].start()
            other["thread"].join(2)  # finishes at once unless this unit holds the write lock

    with ctx.unit() as s:
        event.listen(s.connection(), "after_cursor_execute", meanwhile)
        s.execute(text("SELECT count(*) FROM dealers")).scalar()
    other["thread"].join(30)
    assert "error" not in other, f"the other unit failed: {other.get('error')!r}"
    assert other["dealer"].notes == "别的程序改的"
    assert history.verify(ctx).intact
    with ctx.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM history WHERE hash IS NULL")).scalar() == 0


def test_append_only_and_verify_catches_tampering(ctx, capsys):
    d = dealers.save(ctx, r.Dealer(legal_name="绍兴越通汽车有限公司", city="绍兴"))
    dealers.save(ctx, replace(dealers.get(ctx, d.id), notes="第一次"))
    db = ["--db", "sqlite:///" + _file(ctx)]
    assert main(["office", "verify-history", *db]) == 0
    con = sqlite3.connect(_file(ctx))
    for sql in ("UPDATE history SET login = 'x'", "DELETE FROM history"):
        with pytest.raises(sqlite3.DatabaseError, match="office.history_append_only"):
            con.execute(sql)
    con.execute("DROP TRIGGER dd_hist_guard_u")  # someone with a SQLite tool goes around it
    first = con.execute("SELECT min(id) FROM history").fetchone()[0]
    con.execute("UPDATE history SET changes = replace(changes, '绍兴', '杭州') WHERE id = ?", (first,))
    con.commit()
    con.close()
    capsys.readouterr()
    assert main(["office", "verify-history", *db, "--lang", "zh_CN"]) == 1, "altered: exit 1"
    assert f"第 {first} 条" in capsys.readouterr().out


def test_triggers_are_installed_once_and_cover_every_business_table(ctx):
    with ctx.engine.begin() as conn:
        assert sqlite_history.install(conn) is False, "already current: nothing to do"
        names = {n for (n,) in conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))}
    for table in catalog.history_tables():
        assert {f"dd_hist_{table}_{op}" for op in "iud"} <= names, f"{table} lacks its history triggers"


def test_a_dealer_file_as_it_was(ctx):
    d = dealers.save(ctx, r.Dealer(legal_name="湖州湖通汽车有限公司", city="湖州", contact_name="甲"))
    with ctx.engine.connect() as conn:
        moment = datetime.fromisoformat(conn.execute(text("SELECT max(at) FROM history")).scalar())
    later = dealers.save(ctx, replace(dealers.get(ctx, d.id), contact_name="乙",
                                      people=[r.KeyPerson(name="后来的人", role="sales_head")]))
    assert later.contact_name == "乙"
    then = dealer_as_of(ctx, d.id, moment + timedelta(microseconds=1))
    assert (then.contact_name, then.people) == ("甲", []), then
    assert dealer_as_of(ctx, d.id, moment - timedelta(days=1)) is None, "it did not exist the day before"


def _meta(conn, key):
    return conn.execute(text("SELECT value FROM app_meta WHERE key = :k"), {"k": key}).scalar()


def test_the_triggers_are_current_while_their_sources_are_the_same(ctx):
    """A start trusts the stored digest of the triggers' sources only while it names the triggers
    stored; any other digest (the code changed) checks the triggers' SQL again, as before."""
    with ctx.engine.begin() as conn:
        assert _meta(conn, sqlite_history.SOURCE_KEY) == f"{sqlite_history.source_stamp()}:{sqlite_history.fingerprint()}"
        conn.execute(text("UPDATE app_meta SET value = 'other-sources:x' WHERE key = :k"), {"k": sqlite_history.SOURCE_KEY})
    with ctx.engine.begin() as conn:
        assert sqlite_history.install(conn) is False, "other sources, same triggers: nothing to reinstall"
        assert _meta(conn, sqlite_history.SOURCE_KEY) == f"{sqlite_history.source_stamp()}:{sqlite_history.fingerprint()}"
    with ctx.engine.begin() as conn:  # triggers of older models (one of them gone), the sources' digest of those
        conn.execute(text("UPDATE app_meta SET value = 'old' WHERE key = :k"), {"k": sqlite_history.META_KEY})
        conn.execute(text("UPDATE app_meta SET value = 'old-sources:old' WHERE key = :k"), {"k": sqlite_history.SOURCE_KEY})
        conn.exec_driver_sql("DROP TRIGGER dd_hist_dealers_i")
    with ctx.engine.begin() as conn:
        assert sqlite_history.install(conn) is True, "triggers of other sources are made again"
        assert conn.execute(text("SELECT count(*) FROM sqlite_master WHERE name = 'dd_hist_dealers_i'")).scalar() == 1
    with ctx.engine.begin() as conn:  # this code's digest, but naming other triggers than those stored
        conn.execute(text("UPDATE app_meta SET value = 'tampered' WHERE key = :k"), {"k": sqlite_history.META_KEY})
    with ctx.engine.begin() as conn:
        assert sqlite_history.install(conn) is True, "the digest vouches only for the triggers it names"
        assert _meta(conn, sqlite_history.META_KEY) == sqlite_history.fingerprint()


def test_the_sources_digest_covers_every_module_the_triggers_follow_from(tmp_path):
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[3]
    script = ("import json, sys; import desktop.persistence.office.catalog, desktop.persistence.office.sqlite_history; "
              "print(json.dumps(sorted(m for m in sys.modules if m == 'desktop' or m.startswith('desktop.'))))")
    done = subprocess.run([sys.executable, "-c", script], cwd=root, env=dict(os.environ, PYTHONPATH=str(root)),
                          capture_output=True, text=True, timeout=300)
    loaded = json.loads(done.stdout)
    assert sorted(sqlite_history.SOURCE_MODULES) == loaded, (
        f"missing from SOURCE_MODULES: {sorted(set(loaded) - set(sqlite_history.SOURCE_MODULES))}; "
        f"listed but not loaded: {sorted(set(sqlite_history.SOURCE_MODULES) - set(loaded))}")
    assert sqlite_history.source_stamp() is not None, "every source file is readable in a source tree"


def test_every_table_and_field_the_history_can_show_has_chinese_words():
    """The 变更记录 tab showed 'fee_terms: （空） → …' for a dealer's insurer terms: every table the
    history records and every field it writes (all but the skipped ones) needs its words."""
    from desktop.persistence.office import catalog
    from desktop.services.office.history import field_label, table_label

    missing = []
    for table in catalog.history_tables():
        if table_label(table, "zh_CN") == table:
            missing.append(table)
        for column in catalog.tables()[table].columns:
            if column.name not in catalog.SKIPPED_FIELDS and field_label(column.name, "zh_CN") == column.name:
                missing.append(f"{table}.{column.name}")
    assert not missing, f"shown raw in the history: {missing}"
