"""The wizard's commit when the database moved on since the preview: a coded conflict, nothing written."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from desktop.persistence.models import rosters as rm
from desktop.rules.dealers import records as r
from desktop.services.dealers import files as dealers
from desktop.services.dealers import listing
from desktop.services.rosters import bulk as roster_bulk, read as roster_import, commit as roster_write
from desktop.errors import ServiceError
from tests.spreadsheets import roster_files as rf

HEAD = ["车商名称", "统一社会信用代码", "城市", "经营品牌"]


def _plan(ctx, path):
    return roster_import.analyse(ctx, roster_import.open_roster(ctx, path))


def _imports(ctx) -> int:
    with ctx.unit() as s:
        return s.scalar(select(func.count()).select_from(rm.RosterImport))


@pytest.mark.parametrize("fast", [True, False], ids=["sqlite-fast", "portable"])
def test_a_code_taken_since_the_preview_writes_nothing(ctx, tmp_path, monkeypatch, fast):
    monkeypatch.setattr(roster_bulk, "FAST_SQLITE", fast)
    rows = [HEAD] + [[f"第{n}号汽车有限公司", rf.uscc(n), "杭州", "丰田"] for n in range(1, 3001)]
    plan = _plan(ctx, rf.write_xlsx(tmp_path / "taken.xlsx", rows))
    dealers.save(ctx, r.Dealer(legal_name="别家汽车有限公司", city="宁波", uscc=rf.uscc(2999)))
    with pytest.raises(ServiceError) as caught:
        roster_write.commit(ctx, plan)
    assert caught.value.code == "roster.conflict.taken", f"a code taken since the preview: a coded conflict, not the driver's error ({caught.value.code})"
    assert caught.value.params == {"n": 1, "rows": "3000"}, f"it says how many and which rows: {caught.value.params}"
    assert [d.legal_name for d in listing.list_rows(ctx)] == ["别家汽车有限公司"], "none of the roster's 3,000 dealers was written"
    assert _imports(ctx) == 0, "no import recorded"
    again = roster_write.commit(ctx, _plan(ctx, rf.write_xlsx(tmp_path / "again.xlsx", rows))).counts
    assert (again["created"], again["updated"]) == (2999, 1), f"a fresh preview imports at once (the code's owner updated): {again}"


@pytest.mark.parametrize("fast", [True, False], ids=["sqlite-fast", "portable"])
def test_a_dealer_changed_since_the_preview_writes_nothing(ctx, tmp_path, monkeypatch, fast):
    monkeypatch.setattr(roster_bulk, "FAST_SQLITE", fast)
    stored = dealers.save(ctx, r.Dealer(legal_name="甲汽车有限公司", city="杭州", uscc=rf.uscc(1), brands=["丰田"]))
    rows = [HEAD, ["甲汽车有限公司", rf.uscc(1), "杭州", "大众"], ["乙汽车有限公司", rf.uscc(2), "杭州", "本田"]]
    plan = _plan(ctx, rf.write_xlsx(tmp_path / "stale.xlsx", rows))
    dealers.save(ctx, r.Dealer(**{**dealers.get(ctx, stored.id).__dict__, "notes": "同事刚改过"}))
    with pytest.raises(ServiceError) as caught:
        roster_write.commit(ctx, plan)
    assert caught.value.code == "roster.conflict.changed", f"a stale plan is refused: {caught.value.code}"
    assert dealers.get(ctx, stored.id).brands == ["丰田"] and len(listing.list_rows(ctx)) == 1, "nothing written"
    assert _imports(ctx) == 0, "no import recorded"


def test_a_refusal_by_the_database_still_counts_the_rows(ctx, tmp_path, monkeypatch):
    """Behind the re-check (another program writing meanwhile), the database's own unique key
    refuses the row: the message still gives the number of rows, never '?'."""
    from desktop.i18n import t

    rows = [HEAD] + [[f"第{n}号汽车有限公司", rf.uscc(n), "杭州", "丰田"] for n in range(1, 6)]
    plan = _plan(ctx, rf.write_xlsx(tmp_path / "taken.xlsx", rows))
    dealers.save(ctx, r.Dealer(legal_name="别家汽车有限公司", city="宁波", uscc=rf.uscc(4)))
    monkeypatch.setattr(roster_write, "_refuse_taken", lambda *_args: None)
    with pytest.raises(ServiceError) as caught:
        roster_write.commit(ctx, plan)
    assert (caught.value.code, caught.value.params) == ("roster.conflict.taken", {"n": 1, "rows": "5"}), \
        f"the refused row is counted and named: {caught.value.code} {caught.value.params}"
    assert "?" not in t(caught.value.code, "zh_CN", **caught.value.params), "no '?' in the message"
    assert _imports(ctx) == 0, "nothing written"
