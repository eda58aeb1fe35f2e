"""Amounts, counts, percentages and dates as people type them and as rosters carry them."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from desktop.rules.errors import RuleError
from desktop.rules.values import parse_amount, parse_count, parse_date, parse_decimal, parse_percent


def _code(fn, raw) -> str:
    with pytest.raises(RuleError) as info:
        fn(raw)
    problems = info.value.problems
    assert len(problems) == 1, f"{fn.__name__}({raw!r}): one problem expected, got {problems}"
    return problems[0].code


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("1.2万", Decimal("12000")),
        ("3亿", Decimal("300000000")),
        ("0.5亿", Decimal("50000000")),
        ("5千", Decimal("5000")),
        ("1.5w", Decimal("15000")),
        ("2k", Decimal("2000")),
        ("12,345.5", Decimal("12345.5")),
        ("1,234,567", Decimal("1234567")),
        ("1，234", Decimal("1234")),  # full-width comma
        ("￥3,000元", Decimal("3000")),
        ("¥3000", Decimal("3000")),
        ("3000元", Decimal("3000")),
        ("人民币 3,000 元", Decimal("3000")),
        ("RMB 500", Decimal("500")),
        ("１２３４", Decimal("1234")),
        ("  42  ", Decimal("42")),
        (7, Decimal("7")),
        (1.5, Decimal("1.5")),
        (Decimal("2.25"), Decimal("2.25")),
    ],
)
def test_decimals(raw, expected):
    assert parse_decimal(raw) == expected, f"{raw!r} should read as {expected}"


@pytest.mark.parametrize("raw", ["", "abc", "1万2", "十万", "NaN", "inf", "1..2", True, float("nan"), float("inf")])
def test_not_numbers(raw):
    assert _code(parse_decimal, raw) == "value.number", f"{raw!r} is not a number"


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("1.2万", Decimal("12000.00")),
        ("￥3,000元", Decimal("3000.00")),
        ("3,000.00元", Decimal("3000.00")),
        ("1,000.456", Decimal("1000.46")),
        ("0", Decimal("0.00")),
        (1500, Decimal("1500.00")),
        ("2.5亿元", Decimal("250000000.00")),
    ],
)
def test_amounts(raw, expected):
    value = parse_amount(raw)
    assert value == expected, f"{raw!r} should be the amount {expected}, got {value}"
    assert value.as_tuple().exponent == -2, f"{raw!r}: amounts carry two decimals, got {value}"


@pytest.mark.parametrize("raw", ["-5", -5, "-1.2万", "￥-300", Decimal("-0.01")])
def test_negative_amounts_are_refused(raw):
    assert _code(parse_amount, raw) == "value.negative", f"{raw!r} is negative and must be refused"


@pytest.mark.parametrize("raw", ["abc", "", "NaN", float("nan"), float("inf"), "1e400"])
def test_not_amounts(raw):
    assert _code(parse_amount, raw) == "value.amount", f"{raw!r} is not an amount"


@pytest.mark.parametrize(
    "raw, expected", [("1.2万", 12000), ("12,000", 12000), (7, 7), (3.0, 3), ("0", 0), ("3千", 3000)]
)
def test_counts(raw, expected):
    value = parse_count(raw)
    assert value == expected and isinstance(value, int), f"{raw!r} should count {expected}, got {value!r}"


@pytest.mark.parametrize("raw, code", [("3.5", "value.count"), ("x", "value.count"), ("-1", "value.negative"), (-2, "value.negative")])
def test_not_counts(raw, code):
    assert _code(parse_count, raw) == code, f"{raw!r} must be refused with {code}"


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("85%", "85.00"),
        ("85％", "85.00"),  # full-width percent sign
        (" 85 % ", "85.00"),
        ("85", "85.00"),
        (85, "85.00"),
        ("0.85", "85.00"),  # a bare fraction is a share
        (0.85, "85.00"),
        (Decimal("0.85"), "85.00"),
        ("0.5", "50.00"),
        ("0.5%", "0.50"),  # with the sign it means what it says
        ("1%", "1.00"),
        ("1", "1.00"),  # typed "1" is one per cent
        (1.0, "100.00"),  # a spreadsheet's 100% cell holds 1.0
        ("100%", "100.00"),
        ("100", "100.00"),
        ("0", "0.00"),
        ("0%", "0.00"),
        ("62.5", "62.50"),
    ],
)
def test_percentages(raw, expected):
    assert parse_percent(raw) == Decimal(expected), f"{raw!r} should be {expected}%, got {parse_percent(raw)}"


@pytest.mark.parametrize("raw", ["101", "100.5", "150%", "-1", "-0.5", -10, 250, "1e400"])
def test_percentages_out_of_range(raw):
    assert _code(parse_percent, raw) == "value.percent_range", f"{raw!r} is outside 0–100"


@pytest.mark.parametrize("raw", ["abc", "", None, "%", float("nan")])
def test_not_percentages(raw):
    assert _code(parse_percent, raw) == "value.percent", f"{raw!r} is not a percentage"


NOV26 = date(2026, 11, 26)


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("2026-11-26", NOV26),
        ("2026/11/26", NOV26),
        ("2026.11.26", NOV26),
        ("2026年11月26日", NOV26),
        ("2026年11月26", NOV26),
        ("2026 年 11 月 26 日", NOV26),
        ("20261126", NOV26),
        ("2026-1-5", date(2026, 1, 5)),
        ("2026年1月5日", date(2026, 1, 5)),
        ("２０２６－１１－２６", NOV26),
        ("2024-02-29", date(2024, 2, 29)),
        (NOV26, NOV26),
        (datetime(2026, 11, 26, 10, 30), NOV26),
        # Excel serial day numbers (1900 date system): 46352 is 2026-11-26
        (46352, NOV26),
        (46352.0, NOV26),
        (46352.75, NOV26),  # a date-time serial: the day
        ("46352", NOV26),
        ("46352.0", NOV26),
        (45292, date(2024, 1, 1)),
        (36526, date(2000, 1, 1)),
        (61, date(1900, 3, 1)),
    ],
)
def test_dates(raw, expected):
    assert parse_date(raw) == expected, f"{raw!r} should be {expected}, got {parse_date(raw)}"


@pytest.mark.parametrize(
    "raw",
    ["", None, "abc", "2026-02-30", "2025-02-29", "2026-13-01", "2026-00-10", "26/11/2026", "11/26/2026",
     "2026-11", 0, -1, True, 2958466, "1234"],
)
def test_not_dates(raw):
    assert _code(parse_date, raw) == "value.date", f"{raw!r} is not a date"


def test_problem_quotes_the_value_and_translates():
    with pytest.raises(RuleError) as info:
        parse_amount("-300")
    problem = info.value.problems[0]
    assert problem.params == {"value": "-300"}, f"the problem must quote what was typed, got {problem.params}"
    assert problem.message("en") == "'-300' must not be negative", f"English: {problem.message('en')}"
    assert problem.message("zh_CN") == "“-300”不能为负数", f"Chinese: {problem.message('zh_CN')}"


@pytest.mark.parametrize("text", ["2026-11-26 10:30:00", "2026/11/26 9:05", "2026-11-26T10:30", "2026-11-26 10:30:00.5"])
def test_dates_with_a_time_of_day_keep_the_date(text):
    from datetime import date

    from desktop.rules.values import parse_date

    assert parse_date(text) == date(2026, 11, 26), f"{text!r}: Excel CSV exports carry a time after the date"
