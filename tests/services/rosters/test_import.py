"""Planning and committing roster imports: modes, duplicates, near-duplicates, changes, conflicts."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from desktop.persistence.models import dealers as m
from desktop.persistence.models import rosters as rm
from desktop.rules.dealers import records as r
from desktop.services.dealers import files as dealers
from desktop.services.dealers import listing
from desktop.services.rosters import bulk as roster_bulk, read as roster_import, commit as roster_write
from desktop.services.rosters.plan import ImportCancelled
from desktop.errors import ServiceError
from desktop.services.dealers import keys as dealer_keys
from desktop.spreadsheets.errors import UnusableFile
from tests.spreadsheets import roster_files as rf

HEAD = ["车商名称", "统一社会信用代码", "省份", "城市", "区县", "联系电话", "年新车销量", "经营品牌", "摸底来源", "备注"]


def roster(tmp_path, rows, name="r.xlsx"):
    return rf.write_xlsx(tmp_path / name, [HEAD, *rows])


def plan_of(ctx, path, mode="upsert"):
    return roster_import.analyse(ctx, roster_import.open_roster(ctx, path), mode)


def statuses(plan):
    return [(p.row, p.status) for p in plan.rows]


def count(ctx, model=m.Dealer) -> int:
    with ctx.unit() as s:
        return s.scalar(select(func.count()).select_from(model))


def save(ctx, legal_name, city="杭州", uscc="", **kw):
    return dealers.save(ctx, r.Dealer(legal_name=legal_name, city=city, uscc=uscc, **kw))


def test_new_rows_are_created_with_audit_and_search_keys(ctx, tmp_path):
    path = roster(tmp_path, [["重庆长安汽车销售有限公司", rf.uscc(1, "500100"), "重庆市", "重庆", "渝中区", "023-66668888", "1.2万", "长安", "协会", ""]])
    plan = plan_of(ctx, path)
    assert statuses(plan) == [(2, "new")], "one new dealer planned"
    result = roster_write.commit(ctx, plan)
    assert result.counts["created"] == 1, "one created"
    row = listing.list_rows(ctx)[0]
    stored = dealers.get(ctx, row.id)
    assert stored.annual_sales == 12000 and stored.contact_phone == "023-66668888", "values normalised"
    assert stored.audit.version == 1 and stored.audit.created_by == "tester" and stored.audit.updated_by == "tester", "audit stamped"
    assert listing.search(ctx, listing.DealerFilter(text="cqca")), "the new dealer is found by its initials at once"
    with ctx.unit() as s:
        keys = s.execute(select(m.Dealer.name_pinyin, m.Dealer.name_initials)).one()
    assert keys == ("", ""), f"the import leaves the pinyin keys for later (dealers/keys.py), got {keys}"
    assert dealer_keys.complete(ctx) == 1, "completing stores the one dealer's keys"
    with ctx.unit() as s:
        keys = s.execute(select(m.Dealer.name_pinyin, m.Dealer.name_initials)).one()
    assert keys[0].startswith("chongqingchangan") and keys[1].startswith("cqca"), f"pinyin search keys stored, got {keys}"
    assert listing.search(ctx, listing.DealerFilter(text="cqca")), "and found by its initials from the stored keys"


@pytest.mark.parametrize("variant", [
    "杭州宏达丰田汽车销售服务有限责任公司", "杭州宏达丰田汽车销售服务股份有限公司", "杭州 宏达丰田汽车销售服务有限公司",
    "杭州宏达丰田汽车销售服务公司", "杭州宏达丰田汽车销售服务分公司", "（杭州）宏达丰田汽车销售服务有限公司",
])
def test_same_normalised_name_same_city_is_one_dealer(ctx, tmp_path, variant):
    save(ctx, "杭州宏达丰田汽车销售服务有限公司")
    plan = plan_of(ctx, roster(tmp_path, [[variant, "", "", "杭州市", "", "", "", "", "", "新备注"]]))
    assert statuses(plan) == [(2, "update")], f"{variant} in 杭州市 matches the stored dealer"
    assert plan.rows[0].changes == [("notes", "", "新备注")], "only the provided, different field changes"


def test_same_name_other_city_is_another_dealer(ctx, tmp_path):
    save(ctx, "宏达丰田汽车销售服务有限公司", city="杭州")
    plan = plan_of(ctx, roster(tmp_path, [["宏达丰田汽车销售服务有限公司", "", "", "宁波", "", "", "", "", "", ""]]))
    assert statuses(plan) == [(2, "new")], "the same name in another city is a different dealer"


def test_uscc_identifies_even_after_a_rename(ctx, tmp_path):
    save(ctx, "杭州宏达汽车有限公司", uscc=rf.uscc(5))
    plan = plan_of(ctx, roster(tmp_path, [["杭州宏达丰田汽车销售服务有限公司", rf.uscc(5), "", "杭州", "", "", "", "", "", ""]]))
    assert statuses(plan) == [(2, "update")] and plan.rows[0].changes[0][0] == "legal_name", "matched by code, the name is updated"


def test_duplicates_inside_the_file(ctx, tmp_path):
    rows = [
        ["甲汽车有限公司", rf.uscc(1), "", "杭州", "", "", "", "", "", ""],
        ["乙汽车有限公司", rf.uscc(1), "", "杭州", "", "", "", "", "", ""],
        ["甲汽车有限责任公司", "", "", "杭州", "", "", "", "", "", ""],
        ["丙汽车有限公司", rf.uscc(2), "", "杭州", "", "", "", "", "", ""],
        ["丙汽车有限公司", rf.uscc(3), "", "杭州", "", "", "", "", "", ""],
    ]
    plan = plan_of(ctx, roster(tmp_path, rows))
    assert statuses(plan) == [(2, "new"), (3, "duplicate"), (4, "duplicate"), (5, "new"), (6, "new")], \
        f"same code and same normalised name+city are duplicates; two distinct codes are two entities: {statuses(plan)}"
    messages = [e["message"] for e in plan.errors()]
    assert any("row 2" in msg for msg in messages), "the duplicate names the row it repeats"


def test_near_duplicates_are_flagged_never_merged(ctx, tmp_path):
    stored = save(ctx, "杭州宏达丰田汽车销售服务有限公司", district="西湖区", province="浙江省")
    rows = [
        ["杭州宏达丰田汽车服务有限公司", "", "浙江省", "杭州", "", "", "", "", "", ""],
        ["宁波鑫盛宝马汽车有限公司", "", "浙江省", "宁波", "", "", "", "", "", ""],
        ["宁波鑫盛宝马汽车销售有限公司", "", "浙江省", "宁波", "", "", "", "", "", ""],
    ]
    plan = plan_of(ctx, roster(tmp_path, rows))
    assert statuses(plan) == [(2, "similar"), (3, "new"), (4, "similar")], f"similar names in the same city are flagged: {statuses(plan)}"
    assert f"ID {stored.id}" in plan.errors()[0]["message"], "the flag names the existing dealer"
    result = roster_write.commit(ctx, plan)
    assert result.counts == dict(created=1, updated=0, unchanged=0, duplicates=2, invalid=0, excluded=0), "flagged rows are not written"
    assert count(ctx) == 2, "nothing merged into the stored dealer"


def test_a_person_can_accept_a_near_duplicate_and_exclude_rows(ctx, tmp_path):
    save(ctx, "杭州宏达丰田汽车销售服务有限公司")
    rows = [["杭州宏达丰田汽车服务有限公司", "", "", "杭州", "", "", "", "", "", ""], ["温州某汽车有限公司", "", "", "温州", "", "", "", "", "", ""]]
    plan = plan_of(ctx, roster(tmp_path, rows))
    counts = plan.counts(exclude={3}, accept_similar={2})
    assert counts["created"] == 1 and counts["excluded"] == 1, f"the preview counts follow the person's choices: {counts}"
    roster_write.commit(ctx, plan, exclude={3}, accept_similar={2})
    names = sorted(row.legal_name for row in listing.list_rows(ctx))
    assert names == ["杭州宏达丰田汽车服务有限公司", "杭州宏达丰田汽车销售服务有限公司"], f"accepted row created, excluded row not: {names}"


def test_modes(ctx, tmp_path):
    save(ctx, "甲汽车有限公司")
    rows = [["甲汽车有限公司", "", "", "杭州", "", "13812345678", "", "", "", ""], ["乙汽车有限公司", "", "", "杭州", "", "", "", "", "", ""]]
    path = roster(tmp_path, rows)
    assert statuses(plan_of(ctx, path, "create")) == [(2, "duplicate"), (3, "new")], "create-only leaves existing dealers alone"
    assert statuses(plan_of(ctx, path, "update")) == [(2, "update"), (3, "invalid")], "update-only creates none"
    assert statuses(plan_of(ctx, path, "upsert")) == [(2, "update"), (3, "new")], "upsert does both"


def test_blank_cells_keep_stored_values_and_sources_add_up(ctx, tmp_path):
    stored = save(ctx, "甲汽车有限公司", contact_phone="13812345678", sources=["government"], brands=["丰田"])
    plan = plan_of(ctx, roster(tmp_path, [["甲汽车有限公司", "", "", "杭州", "", "", "", "丰田、雷克萨斯", "网络", ""]]))
    assert {f for f, _b, _a in plan.rows[0].changes} == {"brands", "sources"}, "blank phone is not a change"
    roster_write.commit(ctx, plan)
    after = dealers.get(ctx, stored.id)
    assert after.contact_phone == "13812345678", "a blank cell never erases a stored value"
    assert sorted(after.sources) == ["government", "web"] and after.verified, "sources add up (and make the dealer verified)"
    assert after.brands == ["丰田", "雷克萨斯"] and after.audit.version == stored.audit.version + 1, "brands replaced, version bumped"


def test_unchanged_rows(ctx, tmp_path):
    save(ctx, "甲汽车有限公司", contact_phone="0571-88886666", annual_sales=1200)
    plan = plan_of(ctx, roster(tmp_path, [["甲汽车有限公司", "", "", "杭州", "", "0571 8888 6666", "1,200", "", "", ""]]))
    assert statuses(plan) == [(2, "unchanged")], "the same values written differently are no change"


def test_invalid_rows_with_every_problem(ctx, tmp_path):
    plan = plan_of(ctx, roster(tmp_path, [["", "bad", "", "杭州", "", "12345", "很多", "", "火星", ""]]))
    columns = sorted(e["column"] for e in plan.errors())
    assert columns == sorted(["车商名称", "统一社会信用代码", "联系电话", "年新车销量", "摸底来源"]), f"every faulty cell reported: {columns}"
    assert all(e["sheet"] == "名录" and e["row"] == 2 for e in plan.errors()), "sheet and Excel row given"


def test_errors_in_the_ui_language(ctx, tmp_path):
    plan = plan_of(ctx, roster(tmp_path, [["甲汽车有限公司", "", "", "杭州", "", "12345", "", "", "", ""]]))
    assert "手机号码" in plan.errors("zh_CN")[0]["message"] and "mobile" in plan.errors("en")[0]["message"], "messages in either language"


def test_no_name_column_and_no_rows(ctx, tmp_path):
    path = rf.write_xlsx(tmp_path / "x.xlsx", [["城市", "联系电话"], ["杭州", "13812345678"]])
    with pytest.raises(UnusableFile) as caught:
        plan_of(ctx, path)
    assert caught.value.code == "roster.file.no_name_column", "without a dealer-name column nothing can be imported"
    with pytest.raises(UnusableFile) as caught:
        plan_of(ctx, rf.write_xlsx(tmp_path / "y.xlsx", [HEAD, ["制表人：张三"]]))
    assert caught.value.code == "roster.file.no_rows", "a header and a note line hold no dealers"


def test_remembered_mapping(ctx, tmp_path):
    path = rf.write_xlsx(tmp_path / "odd.xlsx", [["车商名称", "城市", "老板电话"], ["甲汽车有限公司", "杭州", "13812345678"]])
    source = roster_import.open_roster(ctx, path)
    assert source.mapping == ["legal_name", "city", None] and not source.remembered, "an unknown header is unmapped at first"
    source.mapping = ["legal_name", "city", "contact_phone"]
    roster_write.commit(ctx, roster_import.analyse(ctx, source))
    again = roster_import.open_roster(ctx, rf.write_xlsx(tmp_path / "odd2.xlsx", [["车商名称", "城市", "老板电话"], ["乙汽车有限公司", "杭州", ""]]))
    assert again.remembered and again.mapping == ["legal_name", "city", "contact_phone"], "the corrected mapping is reused for the same layout"


def test_changed_since_preview_writes_nothing(ctx, tmp_path):
    stored = save(ctx, "甲汽车有限公司")
    plan = plan_of(ctx, roster(tmp_path, [["甲汽车有限公司", "", "", "杭州", "", "13812345678", "", "", "", ""], ["乙汽车有限公司", "", "", "杭州", "", "", "", "", "", ""]]))
    current = dealers.get(ctx, stored.id)
    current.notes = "someone else"
    dealers.save(ctx, current)
    with pytest.raises(ServiceError) as caught:
        roster_write.commit(ctx, plan)
    assert caught.value.code == "roster.conflict.changed", "a dealer changed since the preview stops the import"
    assert count(ctx) == 1 and count(ctx, rm.RosterImport) == 0, "nothing written, no batch recorded"


def test_cancel_writes_nothing(ctx, tmp_path, monkeypatch):
    monkeypatch.setattr(roster_write, "CHUNK", 2)
    rows = [[f"车商{n}汽车有限公司", "", "", "杭州", "", "", "", "", "", ""] for n in range(7)]
    plan = plan_of(ctx, roster(tmp_path, rows))
    calls = []

    def progress(done, total):
        calls.append(done)
        return done < 4

    with pytest.raises(ImportCancelled):
        roster_write.commit(ctx, plan, progress=progress)
    assert calls and count(ctx) == 0 and count(ctx, rm.RosterImport) == 0, "cancelled mid-way: the database is as it was"


def test_portable_core_path_matches_the_sqlite_fast_path(ctx, tmp_path, monkeypatch):
    rows = [["甲汽车有限公司", rf.uscc(9), "浙江省", "杭州", "西湖区", "13812345678", "800", "丰田、雷克萨斯", "协会、网络", "备注"]]
    path = roster(tmp_path, rows)
    roster_write.commit(ctx, plan_of(ctx, path))
    fast = dealers.get(ctx, listing.list_rows(ctx)[0].id)
    dealers.delete(ctx, fast.id)
    monkeypatch.setattr(roster_bulk, "FAST_SQLITE", False)
    roster_write.commit(ctx, plan_of(ctx, path))
    core = dealers.get(ctx, listing.list_rows(ctx)[0].id)
    keys = ("legal_name", "uscc", "province", "city", "district", "contact_phone", "annual_sales", "brands", "sources", "notes")
    assert all(getattr(fast, k) == getattr(core, k) for k in keys), "both write paths store the same values"
    assert type(fast.audit.created_at) is type(core.audit.created_at) and core.audit.version == 1, "timestamps read back alike"


def test_rates_dates_and_amounts_round_to_storage(ctx, tmp_path):
    path = rf.write_xlsx(tmp_path / "n.xlsx", [["车商名称", "城市", "新车承保率", "续保率", "自有保费规模（万元）", "代理资质有效期至"],
                                              ["甲汽车有限公司", "杭州", "85.3%", 0.456, 123.45, "2027年12月31日"]])
    roster_write.commit(ctx, plan_of(ctx, path))
    d = dealers.get(ctx, listing.list_rows(ctx)[0].id)
    assert (d.new_car_rate, d.renewal_rate, d.premium_scale) == (Decimal("85.30"), Decimal("45.60"), Decimal("1234500.00")), \
        f"percentages and 万元 amounts stored in their units: {(d.new_car_rate, d.renewal_rate, d.premium_scale)}"
    assert d.licence_expiry.isoformat() == "2027-12-31", "a Chinese date is a date"
