"""validate_dealer/person/visit/staff/relationship: normal forms, and every field at fault at once."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from desktop.rules.dealers import records as r
from desktop.rules.dealers.validation import (
    birth_year_from_age,
    validate_dealer,
    validate_person,
    validate_relationship,
    validate_staff,
    validate_visit,
)
from desktop.rules.errors import RuleError
from desktop.rules.dealers.uscc import make_uscc
from desktop.rules.dealers.vocab import DEFAULT_RANKS

RANKS = [code for code, *_ in DEFAULT_RANKS]
USCC = make_uscc("91330100MA2AAAAAA")


def problems_of(fn, *args) -> list[tuple[str, str]]:
    with pytest.raises(RuleError) as info:
        fn(*args)
    return [(p.field, p.code) for p in info.value.problems]


# --- dealer -------------------------------------------------------------------------------------


def good_dealer(**kw) -> r.Dealer:
    base = dict(
        legal_name="杭州丰田汽车销售服务有限公司", short_name="杭州丰田", uscc=USCC, city="杭州",
        contact_name="张伟", contact_phone="138 1234 5678", dealer_type="4s", willingness="high",
        brands=["丰田"], sources=["web", "government"], annual_sales=2400, premium_scale=Decimal("1200000"),
        new_car_rate="85%", renewal_rate=Decimal("0.6"), founded_on=date(2010, 5, 1),
    )
    base.update(kw)
    return r.Dealer(**base)


def test_a_good_dealer_is_normalised():
    out = validate_dealer(good_dealer(
        legal_name="  杭州丰田汽车销售服务有限公司 ", uscc=USCC.lower(), brands=["丰田", " 丰田", "", "雷克萨斯"],
        sources=["web", "bogus", "government", "web"], contact_phone="+86 138-1234-5678",
        insurers=[r.InsurerShare(" ", Decimal(5)), r.InsurerShare("人保财险", "60%"), r.InsurerShare("平安产险", "0.3")],
    ))
    assert out.legal_name == "杭州丰田汽车销售服务有限公司", f"names are trimmed, got {out.legal_name!r}"
    assert out.uscc == USCC, f"the USCC is upper-cased, got {out.uscc}"
    assert out.brands == ["丰田", "雷克萨斯"], f"brands are trimmed, de-duplicated, empties dropped: {out.brands}"
    assert out.sources == ["government", "web"], f"sources keep vocabulary order, unknown and repeats dropped: {out.sources}"
    assert out.contact_phone == "13812345678", f"the phone is normalised, got {out.contact_phone}"
    assert out.new_car_rate == Decimal("85.00") and out.renewal_rate == Decimal("60.00"), (
        f"rates become percentages: {out.new_car_rate}, {out.renewal_rate}")
    assert [(i.insurer, i.share) for i in out.insurers] == [("人保财险", Decimal("60.00")), ("平安产险", Decimal("30.00"))], (
        f"insurers without a name are dropped and shares normalised: {out.insurers}")


def test_optional_fields_may_stay_empty():
    out = validate_dealer(r.Dealer(legal_name="某车行"))
    assert (out.uscc, out.contact_phone, out.new_car_rate, out.dealer_type) == ("", "", None, ""), (
        f"an empty USCC, phone, rate and type are allowed: {out}")


def test_every_dealer_field_at_fault_is_reported_at_once():
    bad = r.Dealer(
        legal_name="  ", short_name="x" * 201, uscc="91330100MA2AAAAAA0", province="省" * 41,
        contact_phone="88886666", dealer_type="5s", willingness="maybe", new_car_rate="150",
        renewal_rate="abc", annual_sales=-1, premium_scale=Decimal("-5"),
        founded_on=date.today() + timedelta(days=3),
        insurers=[r.InsurerShare("人保", Decimal(80)), r.InsurerShare("平安", Decimal(30))],
    )
    found = problems_of(validate_dealer, bad)
    expected = {
        ("legal_name", "required"),
        ("short_name", "value.too_long"),
        ("province", "value.too_long"),
        ("uscc", "uscc.check"),
        ("contact_phone", "phone.area_code"),
        ("dealer_type", "value.choice"),
        ("willingness", "value.choice"),
        ("new_car_rate", "value.percent_range"),
        ("renewal_rate", "value.percent"),
        ("annual_sales", "value.negative"),
        ("premium_scale", "value.negative"),
        ("founded_on", "value.date"),
        ("insurers", "value.share_total"),
    }
    assert set(found) == expected, f"missing {expected - set(found)}, unexpected {set(found) - expected}"
    assert len(found) == len(expected), f"each field reported once: {found}"


def test_one_bad_insurer_share_names_the_insurers_field():
    found = problems_of(validate_dealer, good_dealer(insurers=[r.InsurerShare("人保", "120%")]))
    assert found == [("insurers", "value.percent_range")], f"got {found}"


def test_messages_by_field_are_translated():
    with pytest.raises(RuleError) as info:
        validate_dealer(good_dealer(legal_name="", contact_phone="0571-888"))
    en, zh = info.value.messages("en"), info.value.messages("zh_CN")
    assert set(en) == {"legal_name", "contact_phone"}, f"one message per field at fault: {en}"
    assert en["legal_name"] == "This field is required" and zh["legal_name"] == "此项必填", f"required: {en}, {zh}"
    assert "0571-888" in zh["contact_phone"] and "固定电话" in zh["contact_phone"], f"Chinese phone message: {zh}"


# --- key people ---------------------------------------------------------------------------------


def test_a_good_person_is_normalised():
    out = validate_person(r.KeyPerson(name=" 李总 ", gender="male", birth_year=1975, role="decision_maker",
                                      phone="0571 8888 6666 转 8"))
    assert (out.name, out.phone) == ("李总", "0571-88886666-8"), f"name trimmed, phone normalised: {out}"


def test_every_person_field_at_fault_is_reported_at_once():
    this_year = date.today().year
    found = problems_of(validate_person, r.KeyPerson(
        name="", position="p" * 101, phone="88886666", gender="x", role="boss", birth_year=this_year - 5))
    expected = {("name", "required"), ("position", "value.too_long"), ("phone", "phone.area_code"),
                ("gender", "value.choice"), ("role", "value.choice"), ("birth_year", "value.year")}
    assert set(found) == expected, f"missing {expected - set(found)}, unexpected {set(found) - expected}"


@pytest.mark.parametrize("year, ok", [(1919, False), (1920, True), (1980, True), (date.today().year - 14, True),
                                      (date.today().year - 13, False)])
def test_birth_year_bounds(year, ok):
    person = r.KeyPerson(name="王", birth_year=year)
    if ok:
        assert validate_person(person).birth_year == year, f"{year} is a plausible birth year"
    else:
        assert problems_of(validate_person, person) == [("birth_year", "value.year")], f"{year} is implausible"


def test_birth_year_from_age():
    assert birth_year_from_age(45, date(2026, 11, 26)) == 1981, "45 years old in 2026 → born 1981"


# --- visits -------------------------------------------------------------------------------------


def test_visit_rules():
    ok = r.Visit(visited_on=date(2026, 11, 1), next_date=date(2026, 11, 20))
    assert validate_visit(ok) == ok, "a dated visit with a later next step is fine"
    same_day = r.Visit(visited_on=date(2026, 11, 1), next_date=date(2026, 11, 1))
    assert validate_visit(same_day) == same_day, "the next step may fall on the visit day"
    found = problems_of(validate_visit, r.Visit(visited_on=date(2026, 11, 1), next_date=date(2026, 10, 1)))
    assert found == [("next_date", "value.date")], f"a next step before the visit is refused: {found}"
    found = problems_of(validate_visit, r.Visit(visited_on=None, next_date=date(2026, 10, 1)))
    assert found == [("visited_on", "required")], f"a visit needs its date: {found}"


# --- staff and relationships --------------------------------------------------------------------


def test_a_good_staff_member_is_normalised():
    out = validate_staff(r.Staff(name=" 王强 ", rank_code="team_manager", line="channel", phone="+86 139 0000 1111"), RANKS)
    assert (out.name, out.phone) == ("王强", "13900001111"), f"name trimmed, phone normalised: {out}"


def test_every_staff_field_at_fault_is_reported_at_once():
    found = problems_of(validate_staff, r.Staff(name="", title="t" * 101, rank_code="emperor", line="sales", phone="1"), RANKS)
    expected = {("name", "required"), ("title", "value.too_long"), ("rank", "value.choice"),
                ("line", "value.choice"), ("phone", "phone.mobile")}
    assert set(found) == expected, f"missing {expected - set(found)}, unexpected {set(found) - expected}"


def test_rank_must_be_on_the_configured_scale():
    staff = r.Staff(name="王强", rank_code="specialist")
    assert validate_staff(staff, RANKS).rank_code == "specialist", "a rank on the scale is accepted"
    assert problems_of(validate_staff, staff, ["leadership"]) == [("rank", "value.choice")], (
        "a rank the branch removed from its scale is refused")


@pytest.mark.parametrize("strength", [1, 2, 3, 4, 5])
def test_relationship_strengths(strength):
    rel = r.Relationship(staff_id=1, key_person_id=2, strength=strength)
    assert validate_relationship(rel).strength == strength, f"strength {strength} is on the 1–5 scale"


@pytest.mark.parametrize("strength", [0, 6, -1, 10, None, "strong"])
def test_relationship_strength_out_of_scale(strength):
    found = problems_of(validate_relationship, r.Relationship(staff_id=1, key_person_id=2, strength=strength))
    assert found == [("strength", "value.strength")], f"strength {strength!r} must be refused, got {found}"
