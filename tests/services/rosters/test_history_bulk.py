"""A bulk roster import on SQLite writes its change history itself (``sqlite_history.bulk_inserts``):
the same entries the triggers write, already sealed with the user's name and chained, in one
insert each — no update pass over the history — and the triggers back for everything else."""

from __future__ import annotations

import sqlite3

from sqlalchemy import text

from desktop.persistence.office import sqlite_history
from desktop.rules.dealers import records as r
from desktop.services.context import ServiceContext
from desktop.services.dealers import files as dealers
from desktop.services.office import history
from desktop.services.rosters import bulk as roster_bulk, commit as roster_write
from tests.services.rosters.test_import import plan_of, roster
from tests.spreadsheets import roster_files as rf

ROWS = [
    ["甲汽车销售服务有限公司", rf.uscc(1), "浙江省", "杭州", "西湖区", "13812345678", "800", "丰田、雷克萨斯", "协会、网络", "备注一"],
    ["乙汽车有限公司", rf.uscc(2), "浙江省", "宁波", "鄞州区", "0574-87654321", "1,200", "大众", "", ""],
    ["丙汽车贸易有限公司", "", "江苏省", "南京", "", "", "", "", "网络", "无代码"],
]


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


def test_bulk_import_history_equals_what_the_triggers_write(tmp_path, monkeypatch):
    path = roster(tmp_path, ROWS)
    fast = ServiceContext.open(f"sqlite:///{tmp_path / 'fast.sqlite3'}", "tester")
    slow = ServiceContext.open(f"sqlite:///{tmp_path / 'slow.sqlite3'}", "tester")
    try:
        seen = _statements(fast)
        roster_write.commit(fast, plan_of(fast, path))
        monkeypatch.setattr(roster_bulk, "FAST_SQLITE", False)  # the portable path: every row through the triggers
        roster_write.commit(slow, plan_of(slow, path))
        got, want = _entries(fast), _entries(slow)
        assert len(got) == len(want) > 3, (got, want)
        assert got == want, "the bulk path records the same entries (values, order, login, sealed) as the triggers"
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
