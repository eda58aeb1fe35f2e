"""Units typed after a number: understood when they fit the field, refused by name when they do
not; approximations refused as such."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop.i18n import t
from desktop.rules.errors import RuleError
from desktop.rules.units import CLAIMS, COMPANIES, PEOPLE, VEHICLES, read_quantity
from desktop.rules.values import parse_amount, parse_count, parse_percent


def _problem(fn, raw):
    with pytest.raises(RuleError) as info:
        fn(raw)
    (problem,) = info.value.problems
    return problem


@pytest.mark.parametrize("raw, expected", [
    ("3494台", 3494), ("3494辆", 3494), ("3,494 台", 3494), ("1.2万台", 12000), ("0.35万", 3500), ("３４９４台", 3494),
    ("3494", 3494), (3494, 3494),
])
def test_vehicles(raw, expected):
    assert parse_count(raw, VEHICLES) == expected, f"{raw!r} under 年销量(台)"


@pytest.mark.parametrize("raw, units, expected", [
    ("12家", COMPANIES, 12), ("5人", PEOPLE, 5), ("5名", PEOPLE, 5), ("30件", CLAIMS, 30), ("1.5万人", PEOPLE, 15000),
])
def test_companies_people_claims(raw, units, expected):
    assert parse_count(raw, units) == expected, f"{raw!r}"


@pytest.mark.parametrize("raw, expected", [
    ("3000元", Decimal("3000.00")), ("1.2万元", Decimal("12000.00")), ("1.2万", Decimal("12000.00")),
    ("1.5亿", Decimal("150000000.00")), ("2亿元", Decimal("200000000.00")), ("¥3,000", Decimal("3000.00")),
    ("500块", Decimal("500.00")), ("人民币3000元", Decimal("3000.00")),
])
def test_money(raw, expected):
    assert parse_amount(raw) == expected, f"{raw!r} is an amount"


@pytest.mark.parametrize("raw, expected", [("85%", Decimal("85.00")), ("８５％", Decimal("85.00")), ("0.85", Decimal("85.00")),
                                           ("85", Decimal("85.00"))])
def test_percent(raw, expected):
    assert parse_percent(raw) == expected, f"{raw!r} is a percentage"


@pytest.mark.parametrize("fn, raw, unit", [
    (lambda v: parse_count(v, VEHICLES), "3494元", "元"),
    (lambda v: parse_count(v, VEHICLES), "¥3494", "元"),
    (lambda v: parse_count(v, VEHICLES), "3494家", "家"),
    (parse_amount, "3494台", "台"),
    (parse_percent, "85台", "台"),
    (parse_percent, "8万%", "万%"),
])
def test_a_unit_that_does_not_fit_is_named(fn, raw, unit):
    problem = _problem(fn, raw)
    assert problem.code == "value.unit" and problem.params["unit"] == unit, f"{raw!r}: {problem}"
    message = t(problem.code, "zh_CN", **problem.params)
    assert f"“{unit}”不是此项的单位" in message and raw in message, message


def test_a_field_without_units_says_so():
    problem = _problem(parse_count, "3494台")
    assert problem.code == "value.no_unit" and "不带“台”" in t(problem.code, "zh_CN", **problem.params), problem


@pytest.mark.parametrize("raw", ["约3000", "3000左右", "3000+", "3000多台", "3000余辆", "近3000", "3000-4000", "3000～4000",
                                 "超过3000", "3000台以上", "不到3000", "大约3千"])
def test_approximations_are_refused_as_such(raw):
    problem = _problem(lambda v: parse_count(v, VEHICLES), raw)
    assert problem.code == "value.approximate", f"{raw!r}: {problem}"
    assert "是约数" in t(problem.code, "zh_CN", **problem.params), "the message says it is an approximation"


def test_the_general_number_reading_keeps_currency_and_nothing_else():
    assert read_quantity("1.2万元")[0] == Decimal("12000"), "currency is fine in a general number"
    assert _problem(read_quantity, "3494台").code == "value.number", "a unit there is no number"
