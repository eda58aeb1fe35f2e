"""Money, percentages, ratios and dates as Chinese documents write them; amounts in capitals."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop.rules.money import capitals, fmt_day, fmt_percent, fmt_times, fmt_yuan, fmt_yuan_with_capitals, with_unit


@pytest.mark.parametrize("amount, expected", [
    (0, "人民币零元整"),
    (Decimal("0.05"), "人民币伍分"),
    (Decimal("0.50"), "人民币伍角整"),
    (Decimal("10.00"), "人民币壹拾元整"),
    (Decimal("1000000.01"), "人民币壹佰万元零壹分"),
    (100_010_000, "人民币壹亿零壹万元整"),
    (150_000, "人民币壹拾伍万元整"),
    (1_010, "人民币壹仟零壹拾元整"),
    (1_001, "人民币壹仟零壹元整"),
    (100_000_001, "人民币壹亿零壹元整"),
    (20_001_000, "人民币贰仟万零壹仟元整"),
    (Decimal("3605.10"), "人民币叁仟陆佰零伍元壹角整"),
    (Decimal("12345678.91"), "人民币壹仟贰佰叁拾肆万伍仟陆佰柒拾捌元玖角壹分"),
    ("1,000,000.01", "人民币壹佰万元零壹分"),
])
def test_capitals(amount, expected):
    assert capitals(amount) == expected, f"{amount} in capitals"


def test_capitals_round_to_the_fen_and_refuse_nothing_silently():
    assert capitals(Decimal("0.005")) == "人民币壹分", "half a fen rounds up"
    assert capitals(None) == "" and capitals("") == "", "no amount, no capitals"
    assert capitals(-5) == "人民币负伍元整", "a negative amount says so"


@pytest.mark.parametrize("amount, zh, en", [
    (None, "—", "—"),
    (0, "0元", "¥0"),
    (Decimal("0.05"), "0.05元", "¥0.05"),
    (Decimal("8500"), "8,500元", "¥8,500"),
    (Decimal("9999.99"), "9,999.99元", "¥9,999.99"),
    (Decimal("10000"), "1万元", "¥10,000"),
    (Decimal("12000"), "1.2万元", "¥12,000"),
    (Decimal("12345"), "1.23万元", "¥12,345"),
    (Decimal("18650000"), "1,865万元", "¥18.65 m"),
    (Decimal("100010000"), "10,001万元", "¥100.01 m"),
])
def test_one_money_rule(amount, zh, en):
    assert fmt_yuan(amount, "zh_CN") == zh, f"{amount}: 元 below 1万, 万元 above"
    assert fmt_yuan(amount, "en") == en, f"{amount} in English"


def test_exact_amounts_for_contracts():
    assert fmt_yuan(Decimal("12345.67"), "zh_CN", exact=True) == "1.234567万元", "a contract keeps every digit"
    assert fmt_yuan_with_capitals(150_000, "zh_CN") == "15万元（人民币壹拾伍万元整）", "figure and capitals"
    assert fmt_yuan_with_capitals(150_000, "en") == "¥150,000.00", "English: the exact figure only"


def test_percent_ratio_units_and_days():
    assert [fmt_percent(v) for v in (15, Decimal("12.50"), Decimal("86.54"), None)] == ["15%", "12.5%", "86.54%", "—"], \
        "no space before %"
    assert fmt_times(Decimal("0.60"), "zh_CN") == "0.6倍" and fmt_times(1, "en") == "1×", "ratios"
    assert with_unit("3,494", "台") == "3,494台" and with_unit("3,494", "cars / year") == "3,494 cars / year", "units"
    assert fmt_day(date(2026, 12, 7), "zh_CN") == "2026年12月7日" and fmt_day(date(2026, 12, 7), "en") == "7 Dec 2026"
