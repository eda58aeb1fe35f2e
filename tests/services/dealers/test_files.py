"""Dealer files on a real SQLite file: save/read, versions, stale edits, USCC, archive, delete, search."""

from __future__ import annotations

import time
from datetime import date, datetime
from decimal import Decimal

import pytest

from desktop.rules.dealers import records as r
from desktop.rules.errors import RuleError
from desktop.rules.dealers.uscc import make_uscc
from desktop.services.dealers import files as dealers
from desktop.services.dealers import listing
from desktop.services.office import staff
from desktop.services.context import ServiceContext
from desktop.errors import ConflictError, InUseError, NotFoundError

USCC_A = make_uscc("91330100MA2AAAAAA")
USCC_B = make_uscc("91500100MA2BBBBBB")


@pytest.fixture
def other(db_url, ctx) -> ServiceContext:
    """A second user, 'alice', working on the same database file."""
    context = ServiceContext.open(db_url, "alice")
    yield context
    context.dispose()


@pytest.fixture
def visitors(ctx) -> list[r.Staff]:
    return [staff.save(ctx, r.Staff(name=n, rank_code=k, line="channel")) for n, k in
            (("王强", "team_manager"), ("李娜", "specialist"), ("赵磊", "specialist"))]


def full_dealer(visitor_ids=()) -> r.Dealer:
    return r.Dealer(
        legal_name="杭州丰田汽车销售服务有限公司", short_name="杭州丰田", uscc=USCC_A, province="浙江省", city="杭州",
        district="西湖区", address="浙江省杭州市西湖区文三路 100 号", brands=["丰田", "雷克萨斯"], main_models="凯美瑞、RAV4",
        annual_sales=2400, dealer_type="4s", founded_on=date(2008, 6, 18), contact_name="张伟",
        contact_phone="0571-8888 6666 转 12", sources=["web", "government"], premium_scale=Decimal("3600000"),
        business_structure="新车六成，续保四成", new_car_rate=Decimal("85"), renewal_rate="62.5%",
        repair_needs="每月送修 80 台", brands_repaired=["丰田"], entity_structure="独立法人", willingness="high",
        licence_no="330100123456789", licence_expiry=date(2027, 12, 31),
        insurers=[r.InsurerShare("人保财险", Decimal("60")), r.InsurerShare("平安产险", Decimal("30"))],
        notes="首次走访顺利",
        people=[
            r.KeyPerson(name="陈总", gender="male", birth_year=1972, position="总经理", role="decision_maker",
                        background="财务出身", highlights="集团十佳", hobbies="钓鱼", phone="13812345678"),
            r.KeyPerson(name="刘经理", gender="female", position="保险部经理", role="insurance_head", phone="13900001111"),
        ],
        visits=[r.Visit(visited_on=date(2026, 11, 2), visitor_ids=list(visitor_ids), people_met="陈总、刘经理",
                        findings="续保率偏低", next_step="送方案", next_date=date(2026, 11, 20))],
    )


# --- create and read ----------------------------------------------------------------------------


def test_create_and_read_back_everything(ctx, visitors):
    saved = dealers.save(ctx, full_dealer([visitors[0].id, visitors[1].id]))
    again = dealers.get(ctx, saved.id)
    assert again == saved, "get must return what save returned"
    assert saved.id is not None and saved.uscc == USCC_A, f"id assigned and USCC kept: {saved.id}, {saved.uscc}"
    assert saved.contact_phone == "0571-88886666-12", f"the phone is stored normalised: {saved.contact_phone}"
    assert saved.brands == ["丰田", "雷克萨斯"] and saved.brands_repaired == ["丰田"], (
        f"sold and repaired brands stay apart and in order: {saved.brands}, {saved.brands_repaired}")
    assert saved.sources == ["government", "web"] and saved.verified, f"two sources → verified: {saved.sources}"
    assert saved.renewal_rate == Decimal("62.50") and saved.new_car_rate == Decimal("85.00"), "rates stored as percentages"
    assert saved.premium_scale == Decimal("3600000.00"), f"premium scale kept exactly: {saved.premium_scale!r}"
    assert [(i.insurer, i.share) for i in saved.insurers] == [("人保财险", Decimal("60.00")), ("平安产险", Decimal("30.00"))], (
        f"insurers and shares in order: {saved.insurers}")
    assert (saved.founded_on, saved.licence_expiry) == (date(2008, 6, 18), date(2027, 12, 31)), "dates kept"
    assert [p.name for p in saved.people] == ["陈总", "刘经理"], f"people kept in order: {saved.people}"
    boss = saved.people[0]
    assert (boss.birth_year, boss.background, boss.highlights, boss.hobbies) == (1972, "财务出身", "集团十佳", "钓鱼"), (
        "the sensitive fields are stored (documents decide whether to show them)")
    visit = saved.visits[0]
    assert visit.visitor_ids == [visitors[0].id, visitors[1].id], f"visitors are our staff: {visit.visitor_ids}"
    assert visit.visitor_names == ["王强", "李娜"], f"visitor names filled in: {visit.visitor_names}"
    assert (visit.findings, visit.next_date) == ("续保率偏低", date(2026, 11, 20)), "visit details kept"


def test_a_new_record_starts_at_version_one_stamped_with_the_user(ctx, visitors):
    saved = dealers.save(ctx, full_dealer([visitors[0].id]))
    audits = [saved.audit] + [p.audit for p in saved.people] + [v.audit for v in saved.visits]
    assert [a.version for a in audits] == [1] * len(audits), f"every new record starts at version 1: {[a.version for a in audits]}"
    assert all(a.created_by == a.updated_by == "tester" for a in audits), "created/updated by the context's user"
    assert all(isinstance(a.created_at, datetime) and a.created_at == a.updated_at for a in audits), (
        "a new record was created and last updated at the same moment")


def test_a_new_dealer_with_only_a_uscc_saves(ctx):
    saved = dealers.save(ctx, r.Dealer(legal_name="某车行", uscc=USCC_B.lower()))
    assert (saved.uscc, saved.audit.version) == (USCC_B, 1), f"USCC upper-cased, version 1: {saved.uscc}, {saved.audit.version}"


# --- updates and versions -------------------------------------------------------------------------


@pytest.mark.parametrize("change", ["scalar", "brands", "sources", "insurers", "person", "add_person", "remove_person",
                                    "visit", "visitors", "add_visit", "remove_visit", "everything"])
def test_each_save_with_a_change_bumps_the_version_by_exactly_one(ctx, visitors, change):
    d = full_dealer([visitors[0].id])
    if change == "remove_visit":
        d.visits.append(r.Visit(visited_on=date(2026, 10, 1), visitor_ids=[visitors[2].id]))
    d = dealers.save(ctx, d)
    for round_ in range(2):
        before = d.audit.version
        if change in ("scalar", "everything"):
            d.notes = f"round {round_}"
        if change in ("brands", "everything"):
            d.brands = d.brands + [f"品牌{round_}"]
        if change == "sources":
            d.sources = ["field"] if round_ == 0 else ["field", "media"]
        if change == "insurers":
            d.insurers = [r.InsurerShare("太平洋产险", Decimal(10 + round_))]
        if change in ("person", "everything"):
            d.people[0].notes = f"round {round_}"
        if change == "add_person":
            d.people.append(r.KeyPerson(name=f"新人{round_}"))
        if change == "remove_person":
            d.people.pop()
        if change in ("visit", "everything"):
            d.visits[0].findings = f"round {round_}"
        if change in ("visitors", "everything"):
            d.visits[0].visitor_ids = [visitors[1].id] if round_ == 0 else [visitors[1].id, visitors[2].id]
        if change == "add_visit":
            d.visits.append(r.Visit(visited_on=date(2026, 11, 10 + round_), visitor_ids=[visitors[2].id]))
        if change == "remove_visit":
            d.visits.pop(0)
        d = dealers.save(ctx, d)
        assert d.audit.version == before + 1, f"{change}, save {round_ + 1}: version {before} → {d.audit.version}, expected +1"
        assert d.audit.updated_by == "tester", "the saver is stamped"


def test_a_save_without_changes_keeps_the_version(ctx, visitors):
    d = dealers.save(ctx, full_dealer([visitors[0].id]))
    again = dealers.save(ctx, d)
    assert again.audit.version == d.audit.version == 1, f"nothing changed, the version stays: {again.audit.version}"
    assert again.audit.updated_at == d.audit.updated_at, "nothing changed, updated_at stays"


def test_changed_children_are_stamped_by_who_changed_them(ctx, other, visitors):
    d = dealers.save(ctx, full_dealer([visitors[0].id]))
    theirs = dealers.get(other, d.id)
    theirs.people[1].phone = "13700002222"
    theirs.visits[0].next_step = "签约"
    saved = dealers.save(other, theirs)
    assert (saved.people[1].audit.updated_by, saved.people[1].audit.version) == ("alice", 2), (
        f"the changed person is stamped by alice at version 2: {saved.people[1].audit}")
    assert (saved.visits[0].audit.updated_by, saved.visits[0].audit.version) == ("alice", 2), (
        f"the changed visit is stamped by alice at version 2: {saved.visits[0].audit}")
    assert (saved.people[0].audit.updated_by, saved.people[0].audit.version) == ("tester", 1), (
        "an unchanged person keeps its stamp")
    assert saved.audit.created_by == "tester" and saved.audit.updated_by == "alice", "creator kept, updater is alice"


def test_removing_children_deletes_them(ctx, visitors):
    d = dealers.save(ctx, full_dealer([visitors[0].id]))
    d.people = [d.people[1]]
    d.visits = []
    saved = dealers.save(ctx, d)
    assert [p.name for p in saved.people] == ["刘经理"] and saved.visits == [], "removed people and visits are gone"


# --- two users, one file --------------------------------------------------------------------------


def test_stale_edit_is_refused_naming_who_and_when(ctx, other, visitors):
    mine = dealers.save(ctx, full_dealer([visitors[0].id]))
    theirs = dealers.get(other, mine.id)
    theirs.contact_name = "王五"
    theirs = dealers.save(other, theirs)
    mine.notes = "my edit"
    with pytest.raises(ConflictError) as info:
        dealers.save(ctx, mine)
    err = info.value
    assert err.user == "alice", f"the conflict names who changed the record: {err.user}"
    assert err.when == theirs.audit.updated_at, f"and when: {err.when} vs {theirs.audit.updated_at}"
    assert err.current_version == theirs.audit.version == 2, f"and the version now stored: {err.current_version}"
    assert "alice" in err.message("en") and "Reload" in err.message("en"), f"English message: {err.message('en')}"
    assert "alice" in err.message("zh_CN") and "重新加载" in err.message("zh_CN"), f"Chinese message: {err.message('zh_CN')}"
    stored = dealers.get(ctx, mine.id)
    assert (stored.contact_name, stored.notes) == ("王五", "首次走访顺利"), "the refused save changed nothing"
    reloaded = dealers.get(ctx, mine.id)
    reloaded.notes = "my edit"
    assert dealers.save(ctx, reloaded).audit.version == 3, "after reloading, the edit saves"


def test_stale_child_edit_is_refused(ctx, other, visitors):
    mine = dealers.save(ctx, full_dealer([visitors[0].id]))
    theirs = dealers.get(other, mine.id)
    theirs.people[0].hobbies = "高尔夫"
    dealers.save(other, theirs)
    mine.people[0].hobbies = "围棋"
    with pytest.raises(ConflictError):
        dealers.save(ctx, mine)
    assert dealers.get(ctx, mine.id).people[0].hobbies == "高尔夫", "alice's edit stands"


def test_conflict_time_is_shown_in_local_time(monkeypatch):
    if not hasattr(time, "tzset"):
        pytest.skip("needs time.tzset")
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    try:
        err = ConflictError("alice", datetime(2026, 11, 26, 2, 5), 3)  # stored times are UTC
        assert "2026-11-26 10:05" in err.message("en"), f"UTC 02:05 is 10:05 in Beijing: {err.message('en')}"
    finally:
        monkeypatch.undo()
        time.tzset()


def test_stale_archive_is_refused(ctx, other):
    mine = dealers.save(ctx, r.Dealer(legal_name="某车行"))
    theirs = dealers.get(other, mine.id)
    theirs.city = "宁波"
    dealers.save(other, theirs)
    with pytest.raises(ConflictError) as info:
        dealers.set_archived(ctx, mine.id, mine.audit.version, True)
    assert info.value.user == "alice", "archiving a stale copy names who changed it"
    assert not dealers.get(ctx, mine.id).archived, "the stale archive changed nothing"


# --- USCC, archive, delete ------------------------------------------------------------------------


def test_duplicate_uscc_is_refused(ctx):
    first = dealers.save(ctx, r.Dealer(legal_name="杭州丰田汽车销售服务有限公司", uscc=USCC_A))
    with pytest.raises(RuleError) as info:
        dealers.save(ctx, r.Dealer(legal_name="另一家", uscc=USCC_A.lower()))
    problems = [(p.field, p.code, p.params) for p in info.value.problems]
    assert problems == [("uscc", "dealer.duplicate_uscc", {"name": first.legal_name})], f"got {problems}"
    second = dealers.save(ctx, r.Dealer(legal_name="另一家", uscc=USCC_B))
    second.uscc = USCC_A
    with pytest.raises(RuleError, match="dealer.duplicate_uscc"):
        dealers.save(ctx, second)
    assert dealers.get(ctx, second.id).uscc == USCC_B, "the refused update changed nothing"
    first.notes = "still mine"
    assert dealers.save(ctx, first).uscc == USCC_A, "a dealer keeps its own USCC on update"
    assert dealers.count(ctx) == 2, "no dealer was added by the refused saves"


def test_several_dealers_may_have_no_uscc(ctx):
    for name in ("甲车行", "乙车行"):
        assert dealers.save(ctx, r.Dealer(legal_name=name)).uscc == "", "an empty USCC is stored as none"
    assert dealers.count(ctx) == 2, "two dealers without a USCC coexist"


def test_validation_names_the_person_and_visit_at_fault(ctx):
    d = r.Dealer(legal_name="", people=[r.KeyPerson(name="好人"), r.KeyPerson(name="", phone="12")],
                 visits=[r.Visit(visited_on=None)])
    with pytest.raises(RuleError) as info:
        dealers.save(ctx, d)
    fields = {(p.field, p.code) for p in info.value.problems}
    assert fields == {("legal_name", "required"), ("people[1].name", "required"), ("people[1].phone", "phone.mobile"),
                      ("visits[0].visited_on", "required")}, (
        f"the dealer's own fields, people and visits are all reported at once, by index: {fields}")
    assert dealers.count(ctx) == 0, "nothing saved"


def test_archive_and_unarchive(ctx):
    d = dealers.save(ctx, r.Dealer(legal_name="温州吉利汽车有限公司", city="温州"))
    archived = dealers.set_archived(ctx, d.id, d.audit.version, True)
    assert archived.archived and archived.audit.version == 2, "archived, and the version moved"
    assert d.id not in [row.id for row in listing.list_rows(ctx)], "the list leaves archived dealers out"
    assert d.id in [row.id for row in listing.list_rows(ctx, include_archived=True)], "unless asked for them"
    assert listing.search(ctx, listing.DealerFilter(text="wzjl")) == [], "search leaves archived dealers out"
    restored = dealers.set_archived(ctx, d.id, archived.audit.version, False)
    assert not restored.archived and restored.audit.version == 3, "unarchived, version moved again"
    assert [row.id for row in listing.search(ctx, listing.DealerFilter(text="wzjl"))] == [d.id], "found again"


def test_delete_is_refused_with_history_and_allowed_without(ctx, visitors):
    with_people = dealers.save(ctx, r.Dealer(legal_name="有人车行", people=[r.KeyPerson(name="王总")]))
    with_visit = dealers.save(ctx, r.Dealer(legal_name="走访车行", visits=[r.Visit(visited_on=date(2026, 1, 5))]))
    for d in (with_people, with_visit):
        with pytest.raises(InUseError) as info:
            dealers.delete(ctx, d.id)
        assert info.value.code == "dealer.has_history", f"{d.legal_name}: refused as having history"
        assert d.legal_name in info.value.message("zh_CN") and "归档" in info.value.message("zh_CN"), (
            f"the message names the dealer and suggests archiving: {info.value.message('zh_CN')}")
        assert dealers.get(ctx, d.id).legal_name == d.legal_name, "the refused delete kept the dealer"
    bare = dealers.save(ctx, r.Dealer(legal_name="空车行", brands=["丰田"], insurers=[r.InsurerShare("人保", Decimal(50))]))
    dealers.delete(ctx, bare.id)
    with pytest.raises(NotFoundError):
        dealers.get(ctx, bare.id)
    assert dealers.count(ctx) == 2, "only the dealer without history was deleted"


def test_missing_dealers_are_not_found(ctx):
    for call in (lambda: dealers.get(ctx, 999), lambda: dealers.delete(ctx, 999),
                 lambda: dealers.set_archived(ctx, 999, 1, True)):
        with pytest.raises(NotFoundError) as info:
            call()
        assert info.value.message("en") == "No dealer with id 999", f"message: {info.value.message('en')}"
        assert info.value.message("zh_CN") == "找不到编号为 999 的车商", f"Chinese: {info.value.message('zh_CN')}"


# --- list and search ------------------------------------------------------------------------------


@pytest.fixture
def territory(ctx):
    made = [
        r.Dealer(legal_name="杭州丰田汽车销售服务有限公司", short_name="杭州丰田", city="杭州", district="西湖区",
                 address="文三路 100 号", brands=["丰田"], dealer_type="4s", contact_name="张伟",
                 contact_phone="13812345678", sources=["web", "media"]),
        r.Dealer(legal_name="重庆长安汽车销售有限公司", short_name="重庆长安", city="重庆", district="渝北区",
                 address="金开大道 8 号", brands=["长安", "深蓝"], dealer_type="group", contact_name="李娜",
                 contact_phone="023-68886666", sources=["web"]),
        r.Dealer(legal_name="杭州大众汽车有限公司", short_name="杭州大众", city="杭州", district="滨江区",
                 address="江南大道 9 号", brands=["大众"], dealer_type="4s", contact_name="刘洋",
                 contact_phone="0571-88886666"),
    ]
    return [dealers.save(ctx, d) for d in made]


def _names(rows) -> list[str]:
    return [row.short_name for row in rows]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("hzft", ["杭州丰田"]),  # initials
        ("hangzhoufengtian", ["杭州丰田"]),  # full pinyin
        ("hz", ["杭州丰田", "杭州大众"]),
        ("chongqing", ["重庆长安"]),  # heteronym 重
        ("cqca", ["重庆长安"]),
        ("13812345678", ["杭州丰田"]),  # phone
        ("6888", ["重庆长安"]),
        ("李娜", ["重庆长安"]),  # contact
        ("江南大道", ["杭州大众"]),  # address
        ("深蓝", ["重庆长安"]),  # second brand
        ("hz dazhong", ["杭州大众"]),  # several words: all must match
        ("ＨＺＦＴ", ["杭州丰田"]),  # full-width
        ("", ["杭州丰田", "重庆长安", "杭州大众"]),
        ("nothing-like-this", []),
    ],
)
def test_search(ctx, territory, text, expected):
    found = _names(listing.search(ctx, listing.DealerFilter(text=text)))
    assert found == expected, f"search {text!r}: expected {expected}, found {found}"


def test_search_filters(ctx, territory):
    def names(**kw):
        return _names(listing.search(ctx, listing.DealerFilter(**kw)))

    assert names(city="杭州") == ["杭州丰田", "杭州大众"], "city filter"
    assert names(brand="深蓝") == ["重庆长安"], "brand filter matches any of the dealer's brands"
    assert names(dealer_type="4s", text="hz") == ["杭州丰田", "杭州大众"], "type filter with text"
    assert names(verified=True) == ["杭州丰田"], "verified needs two sources"
    assert names(verified=False) == ["重庆长安", "杭州大众"], "one source or none is not verified"
    assert _names(listing.search(ctx, listing.DealerFilter(text="hz"), limit=1)) == ["杭州丰田"], "limit"


def test_list_rows_carry_a_full_haystack(ctx, territory):
    rows = {row.short_name: row for row in listing.list_rows(ctx)}
    row = rows["杭州丰田"]
    for piece in ("杭州丰田汽车销售服务有限公司", "西湖区", "文三路 100 号", "张伟", "13812345678", "丰田",
                  "hangzhoufengtian", "hzft"):
        assert piece.lower() in row.haystack, f"the haystack must hold {piece!r}: {row.haystack!r}"
    assert (row.brands, row.verified, row.dealer_type) == ("丰田", True, "4s"), f"list columns: {row}"
    assert rows["重庆长安"].brands == "长安、深蓝", f"brands joined in order: {rows['重庆长安'].brands}"
    assert "chongqing" in rows["重庆长安"].haystack and "zhongqing" not in rows["重庆长安"].haystack, (
        "the heteronym 重 reads chong in 重庆")


def test_renaming_updates_the_search_keys(ctx, territory):
    d = dealers.get(ctx, territory[2].id)
    d.legal_name, d.short_name = "宁波宝马汽车有限公司", "宁波宝马"
    dealers.save(ctx, d)
    assert _names(listing.search(ctx, listing.DealerFilter(text="nbbm"))) == ["宁波宝马"], "new name found by initials"
    assert _names(listing.search(ctx, listing.DealerFilter(text="hzdz"))) == [], "old initials no longer match"


def test_facets(ctx, territory):
    facets = dealers.facets(ctx)
    assert facets["cities"] == sorted(["杭州", "重庆"]), f"distinct cities: {facets['cities']}"
    assert set(facets["brands"]) == {"丰田", "长安", "深蓝", "大众"}, f"distinct sold brands: {facets['brands']}"


def test_search_in_the_demo_territory(demo_ctx):
    rows = listing.list_rows(demo_ctx)
    assert len(rows) == 120, f"the demo territory has 120 dealers, listed {len(rows)}"
    target = next(row for row in rows if row.city == "重庆")
    found = listing.search(demo_ctx, listing.DealerFilter(text="chongqing"))
    assert target.id in [row.id for row in found], "a 重庆 dealer is found by chongqing"
    assert all(row.city == "重庆" or "chongqing" in row.haystack for row in found), "every hit matches chongqing"
    by_phone = listing.search(demo_ctx, listing.DealerFilter(text=target.contact_phone))
    assert target.id in [row.id for row in by_phone], "found by the contact's phone"


def _without_people_and_visits(s, dealer_id: int, *, people: bool = True) -> None:
    """Remove a demo dealer's visits and relationships (and, with ``people``, its key people), so what is
    left to make it history is what the test is about."""
    from sqlalchemy import delete as sql_delete, select

    from desktop.persistence.models import dealers as m

    s.execute(sql_delete(m.Relationship).where(m.Relationship.key_person_id.in_(
        select(m.KeyPerson.id).where(m.KeyPerson.dealer_id == dealer_id))))
    s.execute(sql_delete(m.Visit).where(m.Visit.dealer_id == dealer_id))
    if people:
        s.execute(sql_delete(m.KeyPerson).where(m.KeyPerson.dealer_id == dealer_id))


def test_delete_refused_when_contracts_refer_to_the_dealer(demo_ctx):
    """A dealer with only contracts (no visits or people) is history too: one clear message."""
    from sqlalchemy import select

    from desktop.persistence.models import contracts as cm
    from desktop.errors import InUseError

    with demo_ctx.unit() as s:
        dealer_id = s.scalar(select(cm.ContractRow.dealer_id).limit(1))
        _without_people_and_visits(s, dealer_id)
    with pytest.raises(InUseError) as caught:
        dealers.delete(demo_ctx, dealer_id)
    assert caught.value.code == "dealer.has_history", "contracts make the dealer's delete refused as history"
    assert dealers.get(demo_ctx, dealer_id).id == dealer_id, "the dealer is still there"


def test_delete_refused_when_negotiation_records_exist(demo_ctx):
    """Classifications, policies, meetings are history: deleting would have cascaded them away."""
    from sqlalchemy import select

    from desktop.persistence.models import meetings as mm
    from desktop.errors import InUseError

    with demo_ctx.unit() as s:
        dealer_id = s.scalar(select(mm.MeetingRow.dealer_id).limit(1))
        _without_people_and_visits(s, dealer_id, people=False)
    with pytest.raises(InUseError):
        dealers.delete(demo_ctx, dealer_id)
    with demo_ctx.unit() as s:
        assert s.scalar(select(mm.MeetingRow.id).where(mm.MeetingRow.dealer_id == dealer_id).limit(1)), \
            "the meetings are still there"


def test_delete_many_is_all_or_nothing(ctx):
    from desktop.rules.dealers import records as rr
    from desktop.errors import InUseError

    plain = [dealers.save(ctx, rr.Dealer(legal_name=f"空档案{i}汽车有限公司", city="杭州")).id for i in range(2)]
    busy = dealers.save(ctx, rr.Dealer(legal_name="有走访汽车有限公司", city="杭州", people=[rr.KeyPerson(name="王总")])).id
    with pytest.raises(InUseError) as caught:
        dealers.delete_many(ctx, plain + [busy])
    assert "有走访汽车有限公司" in caught.value.message(), "the message names the dealer with history"
    assert len(listing.list_rows(ctx)) == 3, "nothing was deleted when one could not be"
    assert dealers.delete_many(ctx, plain) == 2, "dealers without history are deleted together"
    assert [r.id for r in listing.list_rows(ctx)] == [busy], "only the one with history remains"


def test_set_archived_many_stamps_each(ctx):
    from desktop.rules.dealers import records as rr

    ids = [dealers.save(ctx, rr.Dealer(legal_name=f"归档{i}汽车有限公司", city="宁波")).id for i in range(3)]
    assert dealers.set_archived_many(ctx, ids, True) == 3, "three archived"
    for dealer_id in ids:
        record = dealers.get(ctx, dealer_id)
        assert record.archived and record.audit.version == 2, "archived, version moved by one"
    assert listing.list_rows(ctx) == [], "archived dealers leave the list"


def test_uscc_taken_meanwhile_is_a_field_error_not_a_crash(ctx, monkeypatch):
    """Two users saving the same code at once: the loser gets the duplicate-code message."""
    from desktop.rules.dealers import records as rr
    from desktop.rules.dealers.uscc import make_uscc
    from desktop.services.dealers import files as service, write as dealers_write

    code = make_uscc("91330100MA2B3C4D5")
    service.save(ctx, rr.Dealer(legal_name="先保存汽车有限公司", city="杭州", uscc=code))
    monkeypatch.setattr(dealers_write, "select", _blind_first_uscc_check(dealers_write.select))
    with pytest.raises(RuleError) as caught:
        service.save(ctx, rr.Dealer(legal_name="后保存汽车有限公司", city="杭州", uscc=code))
    assert caught.value.problems[0].code == "dealer.duplicate_uscc", "the database's unique code becomes the field message"


def _blind_first_uscc_check(real_select):
    """Let the service's own duplicate check miss once, as if the other save had not committed yet."""
    state = {"hidden": False}

    def select(*args, **kwargs):
        stmt = real_select(*args, **kwargs)
        if not state["hidden"] and args and getattr(args[0], "__name__", "") == "Dealer":
            state["hidden"] = True
            return stmt.where(False)
        return stmt

    return select
