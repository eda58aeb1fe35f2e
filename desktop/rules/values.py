"""Numbers, amounts, percentages and dates as people type them (and as rosters carry them).

Each ``parse_*`` accepts the native type too, returns a normal value, or raises RuleError
with a code from the i18n catalogue.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation

from desktop.rules.errors import FieldProblem, RuleError
from desktop.rules.text import fold
from desktop.rules.units import MONEY, PERCENT, read_quantity


def _fail(code: str, value) -> RuleError:
    return RuleError(FieldProblem("value", code, {"value": value}))


def parse_decimal(raw, *, code: str = "value.number") -> Decimal:
    """'1.2万' → 12000, '12,345.5' → 12345.5, '￥3,000元' → 3000 (an approximation such as
    约3000 or 3000左右 is refused: value.approximate)."""
    return read_quantity(raw, code=code)[0]


def parse_amount(raw) -> Decimal:
    """A non-negative money amount in yuan, two decimals ('1.2万元', '¥3,000', '500块')."""
    value = read_quantity(raw, code="value.amount", units=MONEY)[0]
    if value < 0:
        raise _fail("value.negative", raw)
    try:
        return value.quantize(Decimal("0.01"))
    except InvalidOperation:  # more digits than the context holds ('1e400')
        raise _fail("value.amount", raw) from None


def parse_count(raw, units: tuple[str, ...] = ()) -> int:
    """A non-negative whole number ('1.2万' is fine: 12000), optionally followed by one of
    ``units`` ('3494台' where ``units`` is VEHICLES); any other unit is refused naming it."""
    value = read_quantity(raw, code="value.count", units=units)[0]
    if value < 0:
        raise _fail("value.negative", raw)
    if value != value.to_integral_value():
        raise _fail("value.count", raw)
    return int(value)


def parse_percent(raw) -> Decimal:
    """A percentage 0–100. '85%' and 85 mean 85; a bare fraction ≤ 1 (0.85) means 85 too."""
    value, unit = read_quantity(raw, code="value.percent", units=PERCENT, scales=False)
    text = fold(raw) if not isinstance(raw, (int, float, Decimal)) else None
    if not unit and Decimal(0) < value <= Decimal(1) and not (text and text in {"1", "1.0"}):
        value *= 100
    if value < 0 or value > 100:
        raise _fail("value.percent_range", raw)
    return value.quantize(Decimal("0.01"))


_DATE_TEXT = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
# Excel's CSV exports often carry a time of day after the date: keep the date.
_TIME_TAIL = re.compile(r"(?:[ T]|\s+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$")
_EXCEL_EPOCH = date(1899, 12, 30)


def parse_date(raw) -> date:
    """2026-11-26, 2026/11/26, 2026.11.26, 2026年11月26日, an Excel serial, or a date."""
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        if 1 <= raw < 2958466:  # Excel's 9999-12-31
            return _EXCEL_EPOCH + timedelta(days=int(raw))
        raise _fail("value.date", raw)
    text = _TIME_TAIL.sub("", fold(raw))
    if re.fullmatch(r"\d{5}(\.0+)?", text):
        return parse_date(float(text))
    match = _DATE_TEXT.match(text) or re.match(r"^(\d{4})(\d{2})(\d{2})$", text)
    if not match:
        raise _fail("value.date", raw)
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        raise _fail("value.date", raw) from None
