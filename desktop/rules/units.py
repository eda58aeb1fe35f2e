"""Numbers as people type them with their unit: 3494台, 1.2万台, 85%, ¥3,000元, 12家, 5人.

:func:`read_quantity` splits a typed value into number, scale (万, 亿, 千, k, w), currency and
unit, and checks the unit against the ones the field allows: "3494台" under 年销量 is 3494, but
"3494元" there is refused naming the unit, and an approximation (约3000, 3000左右, 3000多台,
3000+, 3000-4000) is refused as one — a roster cell or a form field is a figure, not an
estimate. The roster import and the forms call it through ``values.parse_*``. Pure.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from desktop.rules.errors import FieldProblem, RuleError
from desktop.rules.text import fold

VEHICLES = ("台", "辆", "部")
MONEY = ("元", "块", "块钱")
PERCENT = ("%",)
COMPANIES = ("家",)
PEOPLE = ("人", "名", "位")
CLAIMS = ("件", "起", "单", "宗")
YEARS = ("年",)
# The unit each dealer field is counted in (roster columns and form fields alike).
FIELD_UNITS = {"annual_sales": VEHICLES, "premium_scale": MONEY, "new_car_rate": PERCENT, "renewal_rate": PERCENT}

_SCALES = {"万": Decimal(10_000), "亿": Decimal(100_000_000), "千": Decimal(1000), "k": Decimal(1000), "w": Decimal(10_000)}
_CURRENCY_BEFORE = re.compile(r"^(?:¥|￥|rmb|cny|人民币)", re.IGNORECASE)
_CURRENCY_AFTER = re.compile(r"(?:元|块钱|块|rmb|cny)$", re.IGNORECASE)
_APPROXIMATE = re.compile(
    r"约|大约|大概|左右|上下|以上|以下|以内|开外|多|余|来|许|近|将近|接近|超过|不到|不足|至少|最少|最多|至多|几"
    r"|[+~≈<>≥≤?]|\d\s*[-—–至到]\s*\d")
_NUMBER = re.compile(r"(?P<num>[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)(?P<scale>[万亿千kw]*)(?P<unit>.*)", re.IGNORECASE)


def _fail(code: str, raw, **params) -> RuleError:
    return RuleError(FieldProblem("value", code, {"value": raw, **params}))


def read_quantity(raw, *, code: str = "value.number", units: tuple[str, ...] | None = None,
                  scales: bool = True) -> tuple[Decimal, str]:
    """(value, unit as typed) of a typed quantity; the native number types pass through.

    ``units``: the units the field allows besides none (None: any currency, nothing else — the
    general reading of a number). A currency (¥, 元, 人民币 …) counts as the unit 元. Raises
    RuleError: ``code`` when it is no number, value.approximate, value.unit / value.no_unit.
    """
    if isinstance(raw, bool):
        raise _fail(code, raw)
    if isinstance(raw, (int, float, Decimal)):
        value = Decimal(str(raw))
        if not value.is_finite():  # a spreadsheet's NaN / inf
            raise _fail(code, raw)
        return value, ""
    text = fold(raw).replace(",", "").replace(" ", "")
    if _APPROXIMATE.search(text) and re.search(r"\d", text):
        raise _fail("value.approximate", raw)
    currency = bool(_CURRENCY_BEFORE.match(text))
    match = _NUMBER.fullmatch(_CURRENCY_BEFORE.sub("", text))
    if not match:
        raise _fail(code, raw)
    scale, unit = match.group("scale"), match.group("unit")
    if _CURRENCY_AFTER.fullmatch(unit):  # 3000元, 1.2万元, 500块
        currency, unit = True, ""
    if scale and not scales:  # a percentage has no 万
        scale, unit = "", scale + unit
    unit = unit or ("元" if currency else "")
    if unit and not (units is None and unit == "元"):
        if units is None:  # the general reading of a number: a currency and nothing else
            raise _fail(code, raw)
        if unit not in units:
            if units:
                raise _fail("value.unit", raw, unit=unit, units="、".join(units))
            raise _fail("value.no_unit", raw, unit=unit)
    try:
        value = Decimal(match.group("num"))
        for ch in scale.lower():
            value *= _SCALES[ch]
    except InvalidOperation:
        raise _fail(code, raw) from None
    if not value.is_finite():
        raise _fail(code, raw)
    return value, unit
