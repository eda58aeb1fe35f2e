"""Our staff, the rank scale and relationships (人脉) on a real SQLite file."""

from __future__ import annotations

import pytest

from desktop.rules.dealers import records as r
from desktop.rules.errors import RuleError
from desktop.rules.dealers.vocab import DEFAULT_RANKS
from desktop.services.dealers import files as dealers
from desktop.services.office import staff
from desktop.services.context import ServiceContext
from desktop.errors import ConflictError, NotFoundError


@pytest.fixture
def other(db_url, ctx) -> ServiceContext:
    context = ServiceContext.open(db_url, "alice")
    yield context
    context.dispose()


def test_ranks_run_most_senior_first(ctx):
    ranks = staff.ranks(ctx)
    assert [x.code for x in ranks] == ["leadership", "department_head", "team_manager", "specialist"], (
        f"the SOP's scale, most senior first: {[x.code for x in ranks]}")
    levels = [x.level for x in ranks]
    assert levels == sorted(levels, reverse=True) and len(set(levels)) == len(levels), f"strictly descending levels: {levels}"
    assert [(x.name("en"), x.name("zh_CN")) for x in ranks] == [(en, zh) for _, en, zh, _ in DEFAULT_RANKS], (
        "each rank has its English and Chinese name")


def test_save_new_and_read_back(ctx):
    saved = staff.save(ctx, r.Staff(name=" 王强 ", title="车商部总经理", rank_code="department_head", line="channel",
                                    phone="+86 139 0000 1111"))
    assert saved.id is not None and saved.name == "王强" and saved.phone == "13900001111", f"normalised: {saved}"
    assert (saved.audit.version, saved.audit.created_by, saved.audit.updated_by) == (1, "tester", "tester"), (
        f"a new staff member starts at version 1, stamped with the user: {saved.audit}")
    assert staff.get(ctx, saved.id) == saved, "get returns what save returned"


def test_update_bumps_the_version_by_one(ctx, other):
    saved = staff.save(ctx, r.Staff(name="李娜", rank_code="specialist"))
    theirs = staff.get(other, saved.id)
    theirs.rank_code, theirs.title = "team_manager", "团队经理"
    promoted = staff.save(other, theirs)
    assert (promoted.rank_code, promoted.audit.version) == ("team_manager", 2), f"promoted at version 2: {promoted}"
    assert (promoted.audit.created_by, promoted.audit.updated_by) == ("tester", "alice"), "creator kept, updater stamped"
    again = staff.save(other, promoted)
    assert again.audit.version == 3, f"each save moves the version by one: {again.audit.version}"


def test_stale_staff_edit_is_refused(ctx, other):
    mine = staff.save(ctx, r.Staff(name="赵磊"))
    theirs = staff.get(other, mine.id)
    theirs.phone = "13700002222"
    theirs = staff.save(other, theirs)
    mine.title = "渠道专员"
    with pytest.raises(ConflictError) as info:
        staff.save(ctx, mine)
    assert (info.value.user, info.value.when) == ("alice", theirs.audit.updated_at), "the conflict names who and when"
    assert "alice" in info.value.message("zh_CN"), f"the message names alice: {info.value.message('zh_CN')}"
    stored = staff.get(ctx, mine.id)
    assert (stored.phone, stored.title) == ("13700002222", ""), "alice's edit stands, mine was not written"


def test_staff_validation(ctx):
    with pytest.raises(RuleError) as info:
        staff.save(ctx, r.Staff(name="", rank_code="emperor", line="nowhere", phone="12"))
    fields = {(p.field, p.code) for p in info.value.problems}
    assert fields == {("name", "required"), ("rank", "value.choice"), ("line", "value.choice"), ("phone", "phone.mobile")}, (
        f"every field at fault at once: {fields}")
    assert staff.list_staff(ctx) == [], "nothing saved"


def test_missing_staff_is_not_found(ctx):
    with pytest.raises(NotFoundError) as info:
        staff.get(ctx, 404)
    assert info.value.message("en") == "No staff member with id 404", f"message: {info.value.message('en')}"
    with pytest.raises(NotFoundError):
        staff.save(ctx, r.Staff(id=404, name="幽灵", audit=r.Audit(version=1)))


def test_list_search_and_archive(ctx):
    wang = staff.save(ctx, r.Staff(name="王强", title="车商部总经理", rank_code="department_head"))
    li = staff.save(ctx, r.Staff(name="李娜", phone="13900001111"))
    assert [s.name for s in staff.list_staff(ctx)] == ["王强", "李娜"], "listed in creation order"
    assert [s.name for s in staff.list_staff(ctx, text="wq")] == ["王强"], "found by pinyin initials"
    assert [s.name for s in staff.list_staff(ctx, text="lina")] == ["李娜"], "found by full pinyin"
    assert [s.name for s in staff.list_staff(ctx, text="1390000")] == ["李娜"], "found by phone"
    assert [s.name for s in staff.list_staff(ctx, text="总经理")] == ["王强"], "found by title"
    wang.archived = True
    staff.save(ctx, wang)
    assert [s.id for s in staff.list_staff(ctx)] == [li.id], "archived staff are left out"
    assert {s.id for s in staff.list_staff(ctx, include_archived=True)} == {wang.id, li.id}, "unless asked for"


@pytest.fixture
def person_and_staff(ctx):
    dealer = dealers.save(ctx, r.Dealer(legal_name="杭州丰田汽车销售服务有限公司", short_name="杭州丰田",
                                        people=[r.KeyPerson(name="陈总", role="decision_maker"), r.KeyPerson(name="刘经理")]))
    members = [staff.save(ctx, r.Staff(name=n)) for n in ("王强", "李娜")]
    return dealer, members


@pytest.mark.parametrize("strength", [1, 2, 3, 4, 5])
def test_relationships_of_every_strength(ctx, person_and_staff, strength):
    dealer, members = person_and_staff
    rel = staff.save_relationship(ctx, r.Relationship(staff_id=members[0].id, key_person_id=dealer.people[0].id,
                                                      strength=strength, note="老同学"))
    assert (rel.strength, rel.note, rel.staff_name, rel.person_name) == (strength, "老同学", "王强", "陈总"), f"saved: {rel}"
    assert (rel.dealer_id, rel.dealer_name) == (dealer.id, "杭州丰田"), f"the dealer is named by its short name: {rel}"
    assert rel.audit.version == 1 and rel.audit.created_by == "tester", f"a new relationship is version 1: {rel.audit}"


@pytest.mark.parametrize("strength", [0, 6, -1])
def test_relationship_strength_outside_1_to_5_is_refused(ctx, person_and_staff, strength):
    dealer, members = person_and_staff
    with pytest.raises(RuleError) as info:
        staff.save_relationship(ctx, r.Relationship(staff_id=members[0].id, key_person_id=dealer.people[0].id,
                                                    strength=strength))
    assert [(p.field, p.code) for p in info.value.problems] == [("strength", "value.strength")], f"strength {strength}"
    assert staff.relationships(ctx) == [], "nothing saved"


def test_relationships_listed_strongest_first_and_filtered(ctx, person_and_staff):
    dealer, (wang, li) = person_and_staff
    boss, head = dealer.people
    other_dealer = dealers.save(ctx, r.Dealer(legal_name="宁波宝马", people=[r.KeyPerson(name="周总")]))
    staff.save_relationship(ctx, r.Relationship(staff_id=wang.id, key_person_id=boss.id, strength=2))
    staff.save_relationship(ctx, r.Relationship(staff_id=li.id, key_person_id=head.id, strength=5))
    staff.save_relationship(ctx, r.Relationship(staff_id=li.id, key_person_id=other_dealer.people[0].id, strength=4))
    everything = staff.relationships(ctx)
    assert [x.strength for x in everything] == [5, 4, 2], f"strongest first: {[x.strength for x in everything]}"
    assert [x.person_name for x in staff.relationships(ctx, dealer_id=dealer.id)] == ["刘经理", "陈总"], "by dealer"
    assert [x.person_name for x in staff.relationships(ctx, staff_id=li.id)] == ["刘经理", "周总"], "by staff member"


def test_relationship_update_conflict_and_delete(ctx, other, person_and_staff):
    dealer, (wang, _li) = person_and_staff
    mine = staff.save_relationship(ctx, r.Relationship(staff_id=wang.id, key_person_id=dealer.people[0].id, strength=3))
    theirs = next(x for x in staff.relationships(other) if x.id == mine.id)
    theirs.strength = 5
    theirs = staff.save_relationship(other, theirs)
    assert (theirs.strength, theirs.audit.version, theirs.audit.updated_by) == (5, 2, "alice"), f"updated: {theirs}"
    mine.strength = 1
    with pytest.raises(ConflictError) as info:
        staff.save_relationship(ctx, mine)
    assert info.value.user == "alice", "a stale relationship edit names who changed it"
    assert staff.relationships(ctx)[0].strength == 5, "alice's strength stands"
    staff.delete_relationship(ctx, mine.id)
    assert staff.relationships(ctx) == [], "deleted"


def test_deleting_a_key_person_removes_their_relationships(ctx, person_and_staff):
    dealer, (wang, li) = person_and_staff
    staff.save_relationship(ctx, r.Relationship(staff_id=wang.id, key_person_id=dealer.people[0].id, strength=4))
    staff.save_relationship(ctx, r.Relationship(staff_id=li.id, key_person_id=dealer.people[1].id, strength=2))
    d = dealers.get(ctx, dealer.id)
    d.people = [d.people[1]]
    dealers.save(ctx, d)
    left = staff.relationships(ctx)
    assert [(x.staff_name, x.person_name) for x in left] == [("李娜", "刘经理")], f"only the remaining person's: {left}"
