"""Draft policies: rates and ratios as typed, regulatory caps per line and region, status flow, economics."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop.rules.errors import RuleError
from desktop.rules.negotiation.policy_records import Bonus, FeeCap, PolicyVersion
from desktop.rules.negotiation.caps import cap_for, check_caps, line_totals
from desktop.rules.negotiation.policy import (
    economics,
    next_status,
    parse_rate,
    parse_ratio,
    validate_policy,
)

CAPS = [FeeCap(1, "", "compulsory", Decimal(4)), FeeCap(2, "", "commercial", Decimal(15)),
        FeeCap(3, "杭州", "commercial", Decimal(12)), FeeCap(4, "江苏省", "commercial", Decimal(18))]


def pv(**kw) -> PolicyVersion:
    return PolicyVersion(dealer_id=1, **kw)


@pytest.mark.parametrize("raw,value", [("15", Decimal("15.00")), ("15%", Decimal("15.00")), ("12.5％", Decimal("12.50")),
                                       (0.5, Decimal("0.50")), ("0", Decimal("0.00")), (100, Decimal("100.00"))])
def test_rates_as_typed(raw, value):
    assert parse_rate(raw) == value, f"{raw!r} → {value} (a bare 0.5 stays 0.5 %)"


@pytest.mark.parametrize("raw", ["abc", "101", "-1", "", "15%%"])
def test_bad_rates_are_refused(raw):
    with pytest.raises(RuleError) as err:
        parse_rate(raw)
    assert err.value.problems[0].code == "policy.bad_rate", f"{raw!r}: a clear rate message"


@pytest.mark.parametrize("raw,value", [("0.6", Decimal("0.600")), ("1:1", Decimal("1.000")), ("3：5", Decimal("0.600")), (2, Decimal("2.000"))])
def test_ratios_as_typed(raw, value):
    assert parse_ratio(raw) == value, f"{raw!r} → {value}"


@pytest.mark.parametrize("raw", ["1:0", "x:1", "11", "-0.1"])
def test_bad_ratios_are_refused(raw):
    with pytest.raises(RuleError) as err:
        parse_ratio(raw)
    assert err.value.problems[0].code == "policy.bad_ratio", f"{raw!r} refused"


CAP_CASES = [
    # (case, rates, bonuses, regions, breached lines)
    ("below every cap", {"compulsory": 3, "commercial": 14}, [], ["宁波", "浙江省"], []),
    ("equal to the cap is allowed", {"compulsory": 4, "commercial": 15}, [], ["宁波", "浙江省"], []),
    ("commercial above the default cap", {"commercial": Decimal("15.01")}, [], ["宁波", "浙江省"], ["commercial"]),
    ("compulsory above its cap", {"compulsory": 5}, [], [], ["compulsory"]),
    ("the city's own cap is lower", {"commercial": 13}, [], ["杭州", "浙江省"], ["commercial"]),
    ("the province's cap applies when the city has none", {"commercial": 17}, [], ["苏州", "江苏省"], []),
    ("a bonus rate counts toward its line", {"commercial": 14}, [Bonus("季度奖", "commercial", Decimal(2))], [], ["commercial"]),
    ("a fixed bonus amount is not a rate", {"commercial": 14}, [Bonus("年终奖", "", None, Decimal(50000))], [], []),
    ("a line without a cap is not limited", {"other": 40}, [], [], []),
]


@pytest.mark.parametrize("case,rates,bonuses,regions,breached", CAP_CASES, ids=[c[0] for c in CAP_CASES])
def test_caps(case, rates, bonuses, regions, breached):
    version = pv(rates={k: Decimal(str(v)) for k, v in rates.items()}, bonuses=bonuses)
    found = check_caps(version, CAPS, regions)
    assert [b.line for b in found] == breached, f"{case}: breaches {[(b.line, b.rate, b.cap) for b in found]}"


def test_cap_lookup_order_and_breach_words():
    assert cap_for(CAPS, ["杭州", "浙江省"], "commercial").cap == 12, "the city first"
    assert cap_for(CAPS, ["宁波", "浙江省"], "commercial").cap == 15, "then '' (everywhere)"
    breach = check_caps(pv(rates={"commercial": Decimal(16)}), CAPS, [])[0]
    assert breach.fact().text("en") == "Commercial: 16% is above the cap of 15%", breach.fact().text("en")
    assert breach.fact().text("zh_CN") == "商业险：16% 超过上限 15%", breach.fact().text("zh_CN")


def test_line_totals_add_bonus_points():
    totals = line_totals(pv(rates={"commercial": Decimal(10), "compulsory": None},
                            bonuses=[Bonus("a", "commercial", Decimal(1)), Bonus("b", "compulsory", Decimal("0.5"))]))
    assert totals == {"commercial": Decimal(11), "compulsory": Decimal("0.5")}, f"rate plus bonus points per line: {totals}"


def test_validation_names_every_field_at_fault():
    with pytest.raises(RuleError) as err:
        validate_policy(pv(rates={"commercial": "abc"}, bonuses=[Bonus("", "commercial", None, None), Bonus("x", "", Decimal(1))],
                           vehicle_types=["tractor"], max_vehicle_age=40, new_car_ratio="zz",
                           mix={"compulsory": 50, "commercial": 60}))
    fields = {p.field for p in err.value.problems}
    for name in ("rates.commercial", "bonuses[0].label", "bonuses[0].rate", "bonuses[1].line", "vehicle_types",
                 "max_vehicle_age", "new_car_ratio", "mix.commercial"):
        assert name in fields, f"{name} reported among {sorted(fields)}"


def test_validation_normalises():
    out = validate_policy(pv(rates={"commercial": "15%", "compulsory": "4"}, vehicle_types=["truck", "private_car", "truck"],
                             exclusions=[" 改装车 ", ""], referral_brands=["丰田", "丰田 "], take_up="60", average_premium="5,200元"))
    assert out.rates == {"compulsory": Decimal("4.00"), "commercial": Decimal("15.00"), "other": None}, out.rates
    assert out.vehicle_types == ["private_car", "truck"] and out.exclusions == ["改装车"], "lists cleaned and in vocabulary order"
    assert out.referral_brands == ["丰田"] and out.average_premium == Decimal("5200.00"), "brands unique, amounts parsed"


@pytest.mark.parametrize("status,action,target", [
    ("draft", "submit", "submitted"), ("submitted", "return", "draft"), ("submitted", "approve", "approved")])
def test_allowed_transitions(status, action, target):
    assert next_status(status, action) == target, f"{status} --{action}→ {target}"


@pytest.mark.parametrize("status,action", [
    ("draft", "approve"), ("approved", "submit"), ("approved", "return"), ("approved", "approve"), ("draft", "return"), ("draft", "fly")])
def test_refused_transitions(status, action):
    with pytest.raises(RuleError) as err:
        next_status(status, action)
    assert err.value.problems[0].code == "policy.bad_transition", f"{status} cannot {action}"


def test_economics():
    version = validate_policy(pv(
        rates={"compulsory": 4, "commercial": 15, "other": 20}, bonuses=[Bonus("年终奖", "", None, Decimal(50000))],
        take_up=50, average_premium=5000, renewal_premium=1_000_000, new_car_ratio="0.6", renewal_ratio="1:1",
        mix={"compulsory": 20, "commercial": 75}, min_monthly_premium=150_000))
    eco = economics(version, 2000, Decimal(8_000_000), Decimal("70.5"))
    # new-car premium 2000 × 50 % × 5000 = 5,000,000; total with renewals 6,000,000
    assert eco.new_car_premium == Decimal("5000000.00") and eco.expected_premium == Decimal("6000000.00"), eco
    # commission 6,000,000 × (20 % × 4 % + 75 % × 15 % + 5 % × 20 %) = 6,000,000 × 0.1305
    assert eco.commission_cost == Decimal("783000.00"), f"commission by line mix: {eco.commission_cost}"
    assert eco.effective_rate == Decimal("13.88"), f"(783,000 + 50,000) / 6,000,000: {eco.effective_rate}"
    assert eco.referral_value == Decimal("4000000.00"), f"5,000,000 × 0.6 + 1,000,000 × 1: {eco.referral_value}"
    assert eco.share_of_current == Decimal("75.00") and eco.current_new_car_rate == Decimal("70.5"), "against current figures"
    assert eco.referral_conditions_met is True, "416,667 a month ≥ 150,000"
    assert not eco.missing, eco.missing


def test_economics_says_what_is_missing():
    eco = economics(pv(rates={"commercial": Decimal(10)}), None, None, None)
    assert eco.missing == ["annual_sales", "take_up", "average_premium"], eco.missing
    assert eco.expected_premium == 0 and eco.effective_rate is None and eco.share_of_current is None, eco
