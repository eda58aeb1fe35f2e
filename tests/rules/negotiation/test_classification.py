"""Target classification (SOP step 3): every rule, its boundaries, and the words that explain it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop.rules.negotiation.classification import (
    classify,
    months_before,
    newly_mainstream,
    quality,
    scale,
    validate_settings,
)
from desktop.rules.facts import fmt_number
from desktop.rules.errors import RuleError
from desktop.rules.negotiation.records import ClassificationInput, ClassificationSettings

TODAY = date(2026, 11, 26)
CFG = ClassificationSettings(
    loss_ratio_max=Decimal(65), rating_min=3, sales_large_min=1500, premium_large_min=Decimal(5_000_000), scale_rule="any",
    new_within_months=24, mainstream_brands=["丰田", "大众"],
)
OLD = date(2015, 3, 1)


def inp(**kw) -> ClassificationInput:
    base = dict(dealer_id=1, name="测试车商", brands=["现代"], founded_on=OLD, annual_sales=None, premium_scale=None)
    base.update(kw)
    return ClassificationInput(**base)


RULES = [
    # (case, input fields, tier, rule)
    ("good quality, large by sales", dict(loss_ratio=50, manager_rating=4, annual_sales=2000), "key", "good_large"),
    ("good quality, large by premium", dict(loss_ratio=50, manager_rating=4, annual_sales=100, premium_scale=6_000_000), "key", "good_large"),
    ("good quality, small", dict(loss_ratio=50, manager_rating=4, annual_sales=800, premium_scale=1_000_000), "secondary", "good_small"),
    ("good quality, scale unknown counts as small", dict(loss_ratio=50, manager_rating=4), "secondary", "good_small"),
    ("new mainstream dealer, nothing else known", dict(brands=["丰田"], founded_on=date(2025, 6, 1)), "key", "new_mainstream"),
    ("new mainstream beats poor quality", dict(brands=["现代", "大众"], founded_on=date(2026, 1, 1), loss_ratio=90), "key", "new_mainstream"),
    ("new but not mainstream", dict(brands=["现代"], founded_on=date(2026, 1, 1)), "none", "otherwise"),
    ("mainstream but old", dict(brands=["丰田"], founded_on=OLD), "none", "otherwise"),
    ("poor loss ratio, terms could change", dict(loss_ratio=80, manager_rating=4, terms_changeable=True), "general", "poor_changeable"),
    ("poor rating, business could be selected", dict(loss_ratio=40, manager_rating=2, business_selectable=True), "general", "poor_changeable"),
    ("poor quality, large, nothing changeable", dict(loss_ratio=80, manager_rating=1, annual_sales=5000), "none", "otherwise"),
    ("quality unknown", dict(annual_sales=5000), "none", "otherwise"),
    ("quality unknown but changeable is still not a target", dict(terms_changeable=True), "none", "otherwise"),
    ("only the loss ratio known, good", dict(loss_ratio=30, annual_sales=3000), "key", "good_large"),
    ("only the rating known, poor", dict(manager_rating=1, business_selectable=True), "general", "poor_changeable"),
]


@pytest.mark.parametrize("case,fields,tier,rule", RULES, ids=[r[0] for r in RULES])
def test_every_rule(case, fields, tier, rule):
    result = classify(inp(**fields), CFG, TODAY)
    assert (result.tier, result.rule) == (tier, rule), f"{case}: expected {tier}/{rule}, got {result.tier}/{result.rule}"
    assert result.facts, f"{case}: a result always says why"


BOUNDARIES = [
    # (case, fields, expected tier) — thresholds are inclusive: at the limit counts as good / large
    ("loss ratio at the limit is good", dict(loss_ratio=65, manager_rating=3, annual_sales=2000), "key"),
    ("loss ratio just above is poor", dict(loss_ratio=Decimal("65.01"), manager_rating=3, annual_sales=2000), "none"),
    ("rating at the minimum is good", dict(loss_ratio=10, manager_rating=3, annual_sales=2000), "key"),
    ("rating just below is poor", dict(loss_ratio=10, manager_rating=2, annual_sales=2000), "none"),
    ("sales at the limit are large", dict(loss_ratio=10, manager_rating=5, annual_sales=1500), "key"),
    ("sales just below are small", dict(loss_ratio=10, manager_rating=5, annual_sales=1499), "secondary"),
    ("premium at the limit is large", dict(loss_ratio=10, manager_rating=5, premium_scale=5_000_000), "key"),
    ("premium a yuan below is small", dict(loss_ratio=10, manager_rating=5, premium_scale=Decimal("4999999.99")), "secondary"),
    ("founded exactly 24 months ago is new", dict(brands=["丰田"], founded_on=date(2024, 11, 26)), "key"),
    ("founded a day earlier is not", dict(brands=["丰田"], founded_on=date(2024, 11, 25)), "none"),
    ("founded today is new", dict(brands=["丰田"], founded_on=TODAY), "key"),
    ("a founding date in the future is not new", dict(brands=["丰田"], founded_on=date(2027, 1, 1)), "none"),
]


@pytest.mark.parametrize("case,fields,tier", BOUNDARIES, ids=[b[0] for b in BOUNDARIES])
def test_boundaries(case, fields, tier):
    assert classify(inp(**fields), CFG, TODAY).tier == tier, f"{case}: expected {tier}"


@pytest.mark.parametrize("sales,premium,any_rule,all_rule", [
    (2000, 6_000_000, "large", "large"),
    (2000, 1_000_000, "large", "small"),
    (100, 6_000_000, "large", "small"),
    (100, 1_000, "small", "small"),
    (2000, None, "large", "unknown"),
    (100, None, "small", "small"),
    (None, None, "unknown", "unknown"),
])
def test_scale_rule_any_or_all(sales, premium, any_rule, all_rule):
    i = inp(annual_sales=sales, premium_scale=premium)
    assert scale(i, CFG)[0] == any_rule, f"'any': sales {sales}, premium {premium} → {any_rule}"
    cfg_all = ClassificationSettings(**{**CFG.__dict__, "scale_rule": "all"})
    assert scale(i, cfg_all)[0] == all_rule, f"'all': sales {sales}, premium {premium} → {all_rule}"


def test_quality_reports_what_it_did_not_know():
    verdict, facts, missing = quality(inp(), CFG)
    assert verdict == "unknown" and missing == ["loss_ratio", "manager_rating"], f"nothing assessed: {verdict}, {missing}"
    assert facts[0].code == "cls.fact.quality_unknown", "the fact says quality was not assessed"


def test_the_explanation_names_the_rule_and_the_values():
    result = classify(inp(loss_ratio=Decimal("52.5"), manager_rating=4, annual_sales=2300), CFG, TODAY)
    en = result.explain("en")
    zh = result.explain("zh_CN")
    assert en.startswith("Key target — good quality and large scale"), f"the rule in words: {en}"
    for value in ("52.5% ≤ 65%", "rating 4 ≥ 3", "2,300 ≥ 1,500"):
        assert value in en, f"the value {value!r} the rule fired on is named: {en}"
    assert "重点公关对象" in zh and "赔付率 52.5% ≤ 65%" in zh, f"the same in Chinese: {zh}"


def test_new_mainstream_explanation_names_brand_and_date():
    text = classify(inp(brands=["丰田"], founded_on=date(2025, 8, 1)), CFG, TODAY).explain("en")
    assert "丰田" in text and "2025-08-01" in text and "24 months" in text, f"brand, date and window named: {text}"


def test_poor_quality_explanation_says_what_could_change():
    text = classify(inp(loss_ratio=80, manager_rating=4, terms_changeable=True), CFG, TODAY).explain("en")
    assert "80% > 65%" in text and "terms could change" in text, f"the failing value and the reason: {text}"
    text = classify(inp(loss_ratio=80, manager_rating=4), CFG, TODAY).explain("en")
    assert "Not a target for now" in text and "neither terms nor business" in text, f"why not a target: {text}"


def test_mainstream_list_is_a_setting():
    i = inp(brands=["现代"], founded_on=date(2026, 1, 1))
    assert newly_mainstream(i, CFG, TODAY) is None, "现代 is not on the default list here"
    cfg = ClassificationSettings(**{**CFG.__dict__, "mainstream_brands": ["现代"]})
    assert classify(i, cfg, TODAY).tier == "key", "once the branch adds 现代 the same dealer is a key target"


@pytest.mark.parametrize("day,months,expected", [
    (date(2026, 3, 31), 1, date(2026, 2, 28)),
    (date(2024, 3, 31), 1, date(2024, 2, 29)),
    (date(2026, 1, 15), 24, date(2024, 1, 15)),
    (date(2026, 1, 15), 13, date(2024, 12, 15)),
    (date(2026, 5, 31), 0, date(2026, 5, 31)),
])
def test_months_before_clamps_to_month_end(day, months, expected):
    assert months_before(day, months) == expected, f"{months} months before {day}"


@pytest.mark.parametrize("value,text", [(Decimal("12345.50"), "12,345.5"), (1500, "1,500"), (Decimal("65.00"), "65"), (0.6, "0.6")])
def test_number_format_in_facts(value, text):
    assert fmt_number(value) == text, f"{value!r} shown as {text}"


@pytest.mark.parametrize("field,value", [
    ("loss_ratio_max", Decimal(-1)), ("rating_min", 6), ("rating_min", 0), ("sales_large_min", -5),
    ("scale_rule", "most"), ("new_within_months", 300), ("repair_years", 0),
])
def test_settings_validation(field, value):
    cfg = ClassificationSettings(**{**CFG.__dict__, field: value})
    with pytest.raises(RuleError) as err:
        validate_settings(cfg)
    assert field in {p.field for p in err.value.problems}, f"{field}={value!r} is refused and named"


def test_settings_validation_cleans_the_brand_list():
    cfg = validate_settings(ClassificationSettings(**{**CFG.__dict__, "mainstream_brands": [" 丰田", "丰田", "", "Ｔｅｓｌａ"]}))
    assert cfg.mainstream_brands == ["丰田", "Tesla"], f"trimmed, half-width, unique: {cfg.mainstream_brands}"
