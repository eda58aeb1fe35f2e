"""The demo territory: deterministic, valid by the app's own rules, only for an empty database."""

from __future__ import annotations

import random
import re

import pytest
from sqlalchemy import func, select

from desktop.persistence.models import dealers as m
from desktop.rules.dealers.validation import validate_dealer, validate_person, validate_staff, validate_visit
from desktop.rules.dealers.phones import normalise_phone
from desktop.rules.dealers.uscc import normalise_uscc
from desktop.services.dealers import files as dealers
from desktop.services.dealers import listing
from desktop.services.demo import territory as demo
from desktop.services.office import staff
from desktop.services.context import ServiceContext


def _open(tmp_path, name: str) -> ServiceContext:
    return ServiceContext.open("sqlite:///" + (tmp_path / name).as_posix(), "demo")


def snapshot(ctx: ServiceContext) -> dict:
    """What a user would see of the territory, independent of timestamps."""
    with ctx.unit() as s:
        return {
            "dealers": s.execute(select(m.Dealer.id, m.Dealer.legal_name, m.Dealer.uscc, m.Dealer.city, m.Dealer.contact_name,
                                        m.Dealer.contact_phone, m.Dealer.annual_sales).order_by(m.Dealer.id)).all(),
            "people": s.execute(select(m.KeyPerson.dealer_id, m.KeyPerson.name, m.KeyPerson.role, m.KeyPerson.phone)
                                .order_by(m.KeyPerson.id)).all(),
            "visits": s.execute(select(m.Visit.dealer_id, m.Visit.visited_on, m.Visit.findings).order_by(m.Visit.id)).all(),
            "staff": s.execute(select(m.Staff.name, m.Staff.rank_code, m.Staff.phone).order_by(m.Staff.id)).all(),
            "relationships": s.execute(select(m.Relationship.staff_id, m.Relationship.key_person_id, m.Relationship.strength)
                                       .order_by(m.Relationship.id)).all(),
        }


def test_same_seed_gives_the_same_territory(tmp_path):
    first, second, third = _open(tmp_path, "a.sqlite3"), _open(tmp_path, "b.sqlite3"), _open(tmp_path, "c.sqlite3")
    try:
        result_a = demo.generate(first, 60, seed=5)
        result_b = demo.generate(second, 60, seed=5)
        demo.generate(third, 60, seed=6)
        a, b, c = snapshot(first), snapshot(second), snapshot(third)
    finally:
        for ctx in (first, second, third):
            ctx.dispose()
    assert result_a == result_b, f"same seed, same counts: {result_a} vs {result_b}"
    for key in a:
        assert a[key] == b[key], f"same seed must give the same {key}"
    assert [d.legal_name for d in a["dealers"]] != [d.legal_name for d in c["dealers"]], "another seed, other dealers"
    assert [d.uscc for d in a["dealers"]] != [d.uscc for d in c["dealers"]], "another seed, other USCCs"


def test_counts_match_what_was_written(tmp_path):
    ctx = _open(tmp_path, "counts.sqlite3")
    try:
        result = demo.generate(ctx, 50, seed=3)
        with ctx.unit() as s:
            stored = [s.scalar(select(func.count()).select_from(t)) for t in (m.Dealer, m.KeyPerson, m.Visit, m.Staff, m.Relationship)]
    finally:
        ctx.dispose()
    assert stored == [result.dealers, result.people, result.visits, result.staff, result.relationships], (
        f"the reported counts {result} must match the database {stored}")
    assert result.dealers == 50 and result.people >= 50 and result.staff > 0, f"a populated territory: {result}"


def test_every_uscc_is_valid_and_unique(demo_ctx):
    with demo_ctx.unit() as s:
        codes = list(s.scalars(select(m.Dealer.uscc)))
    assert len(codes) == 120, f"every demo dealer has a USCC: {len(codes)}"
    bad = [code for code in codes if normalise_uscc(code) != code]
    assert not bad, f"invalid or non-normal USCCs in the demo: {bad[:5]}"
    assert len(set(codes)) == len(codes), "USCCs are unique"
    assert all(code[2:8].isdigit() and code[:2] == "91" for code in codes), "companies (91) with a division code"


def test_every_phone_is_valid(demo_ctx):
    with demo_ctx.unit() as s:
        phones = (list(s.scalars(select(m.Dealer.contact_phone))) + list(s.scalars(select(m.KeyPerson.phone)))
                  + list(s.scalars(select(m.Staff.phone))))
    phones = [p for p in phones if p]
    assert len(phones) > 200, f"the demo has phones to check: {len(phones)}"
    bad = [p for p in phones if normalise_phone(p) != p]
    assert not bad, f"demo phones that are not valid normal forms: {bad[:5]}"
    assert any("-" in p for p in phones) and any(len(p) == 11 and p.startswith("1") for p in phones), (
        "both landlines and mobiles occur")


def test_every_demo_record_passes_the_rules(demo_ctx):
    rank_codes = [x.code for x in staff.ranks(demo_ctx)]
    for member in staff.list_staff(demo_ctx, include_archived=True):
        validate_staff(member, rank_codes)
    for row in listing.list_rows(demo_ctx, include_archived=True):
        d = dealers.get(demo_ctx, row.id)
        validate_dealer(d)
        for person in d.people:
            validate_person(person)
        for visit in d.visits:
            validate_visit(visit)
            assert visit.visitor_names, f"{d.legal_name}: a visit names our visitors"
        # Version 1 as generated; later areas' demo extensions may complete a file once more.
        assert d.audit.version >= 1 and d.audit.created_by == d.audit.updated_by == "demo", (
            f"{d.legal_name}: made and last changed by 'demo': {d.audit}")
        assert re.search(r"[\u4e00-\u9fff]", d.legal_name) and d.legal_name.endswith("公司"), (
            f"a realistic Chinese company name: {d.legal_name}")
        assert any(p.role == "decision_maker" for p in d.people), f"{d.legal_name}: a decision-maker is known"


def test_demo_is_searchable_like_saved_dealers(demo_ctx):
    rows = listing.list_rows(demo_ctx)
    hangzhou = [row for row in rows if row.city == "杭州"]
    assert hangzhou, "the demo has dealers in 杭州"
    found = {row.id for row in listing.search(demo_ctx, listing.DealerFilter(text="hangzhou"))}
    assert {row.id for row in hangzhou} <= found, "every 杭州 dealer is found by the city's pinyin"


def test_refuses_a_database_that_has_dealers(demo_ctx):
    before = snapshot(demo_ctx)
    with pytest.raises(demo.DemoRefused):
        demo.generate(demo_ctx, 10, seed=1)
    assert snapshot(demo_ctx) == before, "a refused demo adds nothing"


def test_cancelling_leaves_the_database_empty(ctx):
    calls = []

    def progress(done, total):
        calls.append((done, total))
        return False

    with pytest.raises(demo.Cancelled):
        demo.generate(ctx, demo.CHUNK + 10, seed=1, progress=progress)
    assert calls == [(demo.CHUNK, demo.CHUNK + 10)], f"progress reported after the first chunk: {calls}"
    assert dealers.count(ctx) == 0 and staff.list_staff(ctx) == [], "a cancelled demo leaves nothing behind"
    demo.generate(ctx, 5, seed=1)
    assert dealers.count(ctx) == 5, "after a cancel the demo can still be generated"


def test_demo_legal_names_are_unique(tmp_path):
    """Small territories too: a clash brings in the district or another trade name."""
    from desktop.services.dealers import listing
    from desktop.services.demo import territory as demo
    from desktop.services.context import ServiceContext

    ctx = ServiceContext.open("sqlite:///" + (tmp_path / "names.sqlite3").as_posix(), "demo")
    demo.generate(ctx, 1000, seed=7)
    names = [row.legal_name for row in listing.list_rows(ctx)]
    assert len(names) == len(set(names)) == 1000, "no two demo dealers share a legal name"
    ctx.dispose()


# --- legal names at and past the end of the vocabulary (issue 15: demo-data 100,000 never ended) ---

from desktop.services.demo import names as demo_names  # noqa: E402
from desktop.services.demo.legal_names import LegalNames, branch_name, chinese_number  # noqa: E402


class _SameChoice(random.Random):
    """An adversarial generator: every choice is the first element, so every draw after the first clashes."""

    def choice(self, seq):
        return seq[0]


@pytest.mark.parametrize("count", [1, 2, 3, 4, 5, 6, 7, 50])
def test_names_stay_unique_across_the_pool_exhaustion_boundary(count):
    """One place, brand and suffix with two trade names and one extra: the pool of plain names
    is 3, so 3 and 4 straddle the boundary and 50 needs numbered branches (第二分公司 …)."""
    names = LegalNames(_SameChoice(1), trade_names=["骏通", "元通"], extra_trade_names=["恒达"], cities=1)
    made = [names.take(n, "杭州", "西湖区", "丰田", "汽车有限公司").legal for n in range(count)]
    assert len(set(made)) == count, f"{count} names, all different: {made}"
    assert all(name.startswith("杭州") and re.search(r"汽车有限公司(第[一二三四五六七八九十百千零]+分公司)?$", name)
               for name in made), f"natural Chinese company or branch names: {made}"
    if count == 50:
        assert "杭州西湖区骏通丰田汽车有限公司第二分公司" in made and any(n.endswith("第十七分公司") for n in made), (
            f"past the trade names, numbered branches follow: {made[-5:]}")


@pytest.mark.timeout(120)  # a hang guard: the old name loop never ended here
def test_a_territory_larger_than_its_vocabulary_is_generated(tmp_path, monkeypatch):
    """Every dealer in one city, district, brand and suffix with two classic trade names: the old
    loop redrew only the trade name and spun for ever once both were used."""
    monkeypatch.setattr(demo_names, "CITIES", [("浙江省", "杭州", "330100", ["西湖区"])])
    monkeypatch.setattr(demo_names, "BRANDS", {"丰田": ("凯美瑞、卡罗拉", True)})
    monkeypatch.setattr(demo_names, "SUFFIXES", ["汽车销售服务有限公司"])
    monkeypatch.setattr(demo_names, "TRADE_NAMES", ["骏通", "元通"])
    ctx = _open(tmp_path, "tiny-vocabulary.sqlite3")
    try:
        demo.generate(ctx, 600, seed=2)
        rows = listing.list_rows(ctx)
        found = {row.id for row in listing.search(ctx, listing.DealerFilter(text="dierfengongsi"))}
    finally:
        ctx.dispose()
    names = [row.legal_name for row in rows]
    assert len(names) == len(set(names)) == 600, f"600 different legal names: {len(set(names))}"
    branches = {row.id for row in rows if row.legal_name.endswith("第二分公司")}
    assert branches and branches <= found, "numbered branches are there and found by their pinyin"


def test_big_territory_names_are_unique_and_from_the_vocabulary():
    """The real vocabulary, 300,000 names (past the 167,040 place–trade–brand–suffix combinations
    of the classic trade names), drawn the way the demo draws them."""
    rng = random.Random(1)
    names = LegalNames(rng)
    made = set()
    brands = list(demo_names.BRANDS)
    for n in range(300_000):
        _province, city, _division, districts = rng.choice(demo_names.CITIES)
        made.add(names.take(n, city, rng.choice(districts), rng.choice(brands), rng.choice(demo_names.SUFFIXES)).legal)
    assert len(made) == 300_000, f"300,000 different names: {len(made)}"


@pytest.mark.parametrize("number, text", [(1, "一"), (2, "二"), (10, "十"), (12, "十二"), (20, "二十"), (105, "一百零五"),
                                          (110, "一百一十"), (2026, "二千零二十六"), (12345, "12345")])
def test_chinese_numbers_for_branches(number, text):
    assert chinese_number(number) == text, f"{number} in Chinese: {chinese_number(number)}"


def test_branch_names():
    assert (branch_name(0), branch_name(1), branch_name(9)) == ("", "第二分公司", "第十分公司"), "the company, then its branches"
