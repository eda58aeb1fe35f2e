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

_UNITS = {"万": Decimal(10_000), "亿": Decimal(100_000_000), "千": Decimal(1000), "k": Decimal(1000), "w": Decimal(10_000)}
_CURRENCY = re.compile(r"^(?:¥|￥|rmb|cny|人民币)|(?:元|块|rmb|cny)$", re.IGNORECASE)


def _fail(code: str, value) -> RuleError:
    return RuleError(FieldProblem("value", code, {"value": value}))


def parse_decimal(raw, *, code: str = "value.number") -> Decimal:
    """'1.2万' → 12000, '12,345.5' → 12345.5, '￥3,000元' → 3000."""
    if isinstance(raw, bool):
        raise _fail(code, raw)
    if isinstance(raw, (int, float, Decimal)):
        value = Decimal(str(raw))
        if not value.is_finite():  # a spreadsheet's NaN / inf
            raise _fail(code, raw)
        return value
    text = fold(raw).replace(",", "").replace("，", "").replace(" ", "")
    text = _CURRENCY.sub("", text)
    multiplier = Decimal(1)
    while text and text[-1].lower() in _UNITS:
        multiplier *= _UNITS[text[-1].lower()]
        text = text[:-1]
    try:
        value = Decimal(text) * multiplier
    except InvalidOperation:
        raise _fail(code, raw) from None
    if not value.is_finite():
        raise _fail(code, raw)
    return value


def parse_amount(raw) -> Decimal:
    """A non-negative money amount in yuan, two decimals."""
    value = parse_decimal(raw, code="value.amount")
    if value < 0:
        raise _fail("value.negative", raw)
    try:
        return value.quantize(Decimal("0.01"))
    except InvalidOperation:  # more digits than the context holds ('1e400')
        raise _fail("value.amount", raw) from None


def parse_count(raw) -> int:
    """A non-negative whole number ('1.2万' is fine: 12000)."""
    value = parse_decimal(raw, code="value.count")
    if value < 0:
        raise _fail("value.negative", raw)
    if value != value.to_integral_value():
        raise _fail("value.count", raw)
    return int(value)


def parse_percent(raw) -> Decimal:
    """A percentage 0–100. '85%' and 85 mean 85; a bare fraction ≤ 1 (0.85) means 85 too."""
    text = fold(raw) if not isinstance(raw, (int, float, Decimal)) else None
    if text is not None and text.endswith(("%", "％")):
        value = parse_decimal(text[:-1], code="value.percent")
    else:
        value = parse_decimal(raw, code="value.percent")
        if Decimal(0) < value <= Decimal(1) and not (text and text in {"1", "1.0"}):
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
