"""The columns of a monthly new-car sales sheet (a dealer, a month, the cars sold) and how their
cells are read (pure). A cell that cannot be read gives a RuleError with a message code."""

from __future__ import annotations

import re
from datetime import date, datetime

from desktop.rules.errors import FieldProblem, RuleError
from desktop.rules.text import clean, to_halfwidth

# field → the headers that name it (the display header first)
SALES_FIELDS: dict[str, tuple[str, ...]] = {
    "dealer_name": ("车商名称", "车商", "经销商", "经销商名称", "4S店", "门店", "门店名称", "dealer", "dealer name", "name"),
    "uscc": ("统一社会信用代码", "信用代码", "社会信用代码", "USCC", "credit code"),
    "code": ("代理点代码", "渠道代码", "代码", "车商代码", "agency code", "code"),
    "month": ("月份", "销售月份", "年月", "统计月份", "month"),
    "units": ("新车销量", "销量", "新车销售台数", "销售台数", "台数", "新车台数", "new cars sold", "units", "sales"),
}
MATCH = ("code", "uscc", "dealer_name")
_MONTH = re.compile(r"^(\d{4})\s*(?:[-/.年]\s*)?(\d{1,2})\s*月?(?:[-/.]\s*\d{1,2}\s*日?)?$")


def header_names() -> list[tuple[str, str]]:
    return [(alias, name) for name, aliases in SALES_FIELDS.items() for alias in aliases]


def read_month(raw) -> str:
    """'2026-03', '2026/3', '2026年3月', 202603, a date cell → '2026-03'."""
    if isinstance(raw, (date, datetime)):
        return f"{raw.year:04}-{raw.month:02}"
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    text = to_halfwidth(clean(str(raw)))
    if isinstance(raw, int) and 190001 <= raw <= 299912:
        text = f"{raw // 100}-{raw % 100}"
    found = _MONTH.match(text)
    if found is None or not 1 <= int(found.group(2)) <= 12 or not 1900 <= int(found.group(1)) <= 2999:
        raise RuleError(FieldProblem("month", "aftersales.sales.bad_month", {"value": text}))
    return f"{int(found.group(1)):04}-{int(found.group(2)):02}"


def read_units(raw) -> int:
    """A whole number of cars, 0 to 1,000,000 ('120', '120台', 120.0)."""
    if isinstance(raw, bool):
        raise RuleError(FieldProblem("units", "aftersales.sales.bad_units", {"value": str(raw)}))
    if isinstance(raw, (int, float)):
        value = raw
    else:
        text = to_halfwidth(clean(str(raw))).replace(",", "").removesuffix("台").removesuffix("辆").strip()
        try:
            value = float(text)
        except ValueError:
            raise RuleError(FieldProblem("units", "aftersales.sales.bad_units", {"value": clean(str(raw))})) from None
    if value != int(value) or not 0 <= value <= 1_000_000:
        raise RuleError(FieldProblem("units", "aftersales.sales.bad_units", {"value": str(raw)}))
    return int(value)
