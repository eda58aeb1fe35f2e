"""A bulk roster import on SQLite writes its change history itself (``sqlite_history.bulk_inserts``):
one entry per new dealer — the dealer's entry as its trigger writes it, carrying the entries the
triggers would write for its brands, sources and insurers and naming the import — already sealed
with the user's name and chained, in one insert each (no update pass over the history), and the
triggers back for everything else (undo included).

Why one entry per dealer and not one per row: the history's own writing was the largest part of a
big import (issue 15: ~300,000 entries for 50,000 dealers, each with its JSON, two hashes and four
index entries); the lists of a dealer created together are one event in its file's 变更记录."""

from __future__ import annotations

import json
import sqlite3
from datetime import timedelta

from sqlalchemy import text

from desktop.persistence.office import sqlite_history
from desktop.rules.dealers import records as r
from desktop.services.context import ServiceContext
from desktop.services.dealers import files as dealers
from desktop.services.office import history, snapshots
from desktop.services.rosters import bulk as roster_bulk, commit as roster_write, history as roster_history
from tests.services.rosters.test_import import plan_of
from tests.spreadsheets import roster_files as rf

HEAD = ["车商名称", "统一社会信用代码", "省份", "城市", "区县", "联系电话", "年新车销量", "经营品牌", "摸底来源", "备注", "现合作保险公司及份额"]
ROWS = [
    ["甲汽车销售服务有限公司", rf.uscc(1), "浙江省", "杭州", "西湖区", "13812345678", "800", "丰田、雷克萨斯", "协会、网络", "备注一",
     "平安产险 40%、人保财险 35%"],
    ["乙汽车有限公司", rf.uscc(2), "浙江省", "宁波", "鄞州区", "0574-87654321", "1,200", "大众", "", "", ""],
    ["丙汽车贸易有限公司", "", "江苏省", "南京", "", "", "", "", "网络", "无代码", "太保产险"],
]


def roster(tmp_path, rows, name="r.xlsx"):
    return rf.write_xlsx(tmp_path / name, [HEAD, *rows])


def _entries(ctx: ServiceContext) -> list[tuple]:
    with ctx.engine.connect() as conn:
        return [tuple(row) for row in conn.execute(text(
            "SELECT table_name, record_id, dealer_id, op, changes, private, login, hash IS NOT NULL FROM history"
            " WHERE table_name LIKE 'dealer%' ORDER BY id"))]


def _statements(ctx: ServiceContext) -> list[str]:
    """Every statement the context's connections run from now on (the pool is emptied first)."""
    seen: list[str] = []
    ctx.engine.dispose()

    def trace(dbapi_conn, _record):
        dbapi_conn.set_trace_callback(seen.append)

    from sqlalchemy import event

    event.listen(ctx.engine, "connect", trace)
    return seen


def test_bulk_import_history_is_one_entry_per_dealer_carrying_what_the_triggers_write(tmp_path, monkeypatch):
    path = roster(tmp_path, ROWS)
    fast = ServiceContext.open(f"sqlite:///{tmp_path / 'fast.sqlite3'}", "tester")
    slow = ServiceContext.open(f"sqlite:///{tmp_path / 'slow.sqlite3'}", "tester")
    try:
        seen = _statements(fast)
        batch = roster_write.commit(fast, plan_of(fast, path)).import_id
        monkeypatch.setattr(roster_bulk, "FAST_SQLITE", False)  # the portable path: every row through the triggers
        roster_write.commit(slow, plan_of(slow, path))
        got, want = _entries(fast), _entries(slow)
        lists = ("dealer_brands", "dealer_sources", "dealer_insurers")
        assert {e[0] for e in want} == {"dealers", *lists}, want
        assert [e[0] for e in got] == ["dealers"] * len(ROWS), "one entry per new dealer, none per list row"
        for entry in got:
            mine = [e for e in want if e[2] == entry[2]]
            expected = json.loads(mine[0][4])
            for child in lists:  # the triggers' entries of its rows, in their order, under the table's name
                expected[child] = [None, [json.loads(e[4]) for e in mine if e[0] == child]]
            expected["roster_imports"] = [None, f"#{batch} r.xlsx"]
            assert json.loads(entry[4]) == expected, entry
            assert entry[:4] + entry[5:] == mine[0][:4] + mine[0][5:], "same record, dealer, op, login; sealed"
        assert any(json.loads(e[4])["dealer_brands"][1] for e in got) and any(json.loads(e[4])["dealer_insurers"][1] for e in got)
        with fast.engine.connect() as conn:
            dealer_entries = {str(i) for (i,) in conn.execute(text("SELECT id FROM history WHERE table_name LIKE 'dealer%'"))}
        updated = {s.rsplit("WHERE id = ", 1)[-1].strip() for s in seen if s.lstrip().upper().startswith("UPDATE HISTORY")}
        assert not updated & dealer_entries, \
            "the bulk path writes the dealers' entries sealed: no update pass over them (the batch record's are sealed as usual)"
        assert [s for s in seen if "INSERT INTO history" in s], "…but it does write them"
        assert history.verify(fast).intact and history.verify(slow).intact
        with fast.engine.connect() as conn:
            left = conn.execute(text("SELECT count(*) FROM app_meta WHERE key = :k"), {"k": sqlite_history.BULK_KEY}).scalar()
        assert left == 0, "the triggers' stand-aside key never outlives the import"
    finally:
        fast.dispose()
        slow.dispose()


def test_the_dealer_file_says_who_created_it_by_which_import_with_every_value_and_undo_is_recorded(ctx, tmp_path):
    batch = roster_write.commit(ctx, plan_of(ctx, roster(tmp_path, ROWS, name="名录.xlsx"))).import_id
    dealer_id = dealers_named(ctx, "甲汽车销售服务有限公司")
    entries = history.history_of_dealer(ctx, dealer_id, "zh_CN")
    assert [(e.op, e.who, e.table) for e in entries] == [("I", "tester", "dealers")], entries
    lines = entries[0].lines("zh_CN")
    for wanted in ("车商名称：甲汽车销售服务有限公司", "城市：杭州", "联系电话：13812345678",
                   "经营品牌：类型=经营，品牌=丰田；类型=经营，品牌=雷克萨斯", "摸底来源：来源=", "合作保险公司：保险公司=平安产险，份额（%）=40；保险公司=人保财险，份额（%）=35", f"名录导入：#{batch} 名录.xlsx"):
        assert any(line.startswith(wanted) for line in lines), (wanted, lines)
    when = entries[0].at
    file_then = snapshots.dealer_as_of(ctx, dealer_id, when)
    assert file_then is not None and file_then.brands == ["丰田", "雷克萨斯"], "the file as it was right after the import"
    assert snapshots.dealer_as_of(ctx, dealer_id, when - timedelta(seconds=1)) is None, "before the import it did not exist"

    roster_history.undo(ctx, batch)
    after = history.history_of_dealer(ctx, dealer_id, "zh_CN")
    deleted = sorted(e.table for e in after if e.op == "D")
    assert deleted == ["dealer_brands", "dealer_brands", "dealer_insurers", "dealer_insurers", "dealer_sources", "dealer_sources",
                       "dealers"], after
    assert history.verify(ctx).intact, "the import's entries and the undo's (by the triggers) chain in id order"


def dealers_named(ctx: ServiceContext, name: str) -> int:
    with ctx.engine.connect() as conn:
        return conn.execute(text("SELECT id FROM dealers WHERE legal_name = :n"), {"n": name}).scalar_one()


def test_triggers_record_again_after_a_bulk_import_and_the_chain_holds(ctx, tmp_path):
    before = dealers.save(ctx, r.Dealer(legal_name="先存的车商有限公司", city="杭州"))
    con = sqlite3.connect(ctx.engine.url.database)  # another program: an entry left unsealed
    con.execute("UPDATE dealers SET notes = '别的程序改的' WHERE id = ?", (before.id,))
    con.commit()
    con.close()
    roster_write.commit(ctx, plan_of(ctx, roster(tmp_path, ROWS)))
    after = dealers.save(ctx, r.Dealer(legal_name="后存的车商有限公司", city="杭州"))
    assert [e.op for e in history.history_of(ctx, "dealers", after.id)] == ["I"], "a later insert is recorded by its trigger"
    assert history.verify(ctx).intact, "the other program's entry, the import's and the later ones chain in id order"
    imported = [e for e in _entries(ctx) if e[0] == "dealers" and e[3] == "I"]
    assert len(imported) == 2 + len(ROWS) and all(e[6] == "tester" and e[7] for e in imported), imported
