"""Our advantages for step 4 of the negotiation (优势介绍), as the SOP names them: brand, market rank,
claims-service rank, 闪赔, 车商客户出险双调度, 赔款集中支付, 信息共享 (车易保).

Each is a figure the branch states in its own words, with where it comes from and the month it
holds for, so what the main negotiator says can be backed up. A figure given without its source or
its month is refused (a claim nobody can check wins no meeting); one never set prints as 未填写 in
the packet and is a readiness gap. Pure functions, no Qt, no SQLAlchemy.
"""

from __future__ import annotations

import re
from dataclasses import replace

from desktop.rules.dealers.validation import safe_text
from desktop.rules.errors import Problems
from desktop.rules.negotiation.records import Advantage
from desktop.rules.text import clean, to_halfwidth

CODES = ("brand", "market_rank", "claims_rank", "flash_claims", "dual_dispatch", "central_payment", "info_sharing")
MAX_VALUE, MAX_SOURCE = 300, 120

_MONTH = re.compile(r"^\s*(\d{4})\s*(?:[-./年]\s*(\d{1,2})\s*月?(?:\s*[-./]?\s*\d{1,2}\s*日?)?)\s*$")


def parse_month(raw: str) -> str:
    """'2026-10', '2026.10', '2026/10', '2026年10月' (a full date keeps its month) → '2026-10'; ValueError."""
    match = _MONTH.match(to_halfwidth(clean(raw)))
    if not match:
        raise ValueError(raw)
    year, month = int(match.group(1)), int(match.group(2))
    if not (2000 <= year <= 2100 and 1 <= month <= 12):
        raise ValueError(raw)
    return f"{year:04d}-{month:02d}"


def fmt_month(as_of: str, lang: str) -> str:
    """'2026-10' → '2026年10月' / 'Oct 2026' ('' stays '')."""
    if not as_of:
        return ""
    year, month = as_of.split("-")
    if lang == "zh_CN":
        return f"{int(year)}年{int(month)}月"
    names = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
    return f"{names[int(month) - 1]} {year}"


def validate(items: list[Advantage]) -> list[Advantage]:
    """The figures cleaned, one per code in CODES order; RuleError with fields like 'flash_claims.source'."""
    p = Problems()
    given = {a.code: a for a in items}
    for code in given:
        if code not in CODES:
            p.add(f"{code}.value", "value.choice", value=code)
    out = []
    for code in CODES:
        a = given.get(code) or Advantage(code)
        value = safe_text(p, f"{code}.value", clean(a.value))
        source = safe_text(p, f"{code}.source", clean(a.source))
        month = ""
        if clean(a.as_of):
            try:
                month = parse_month(a.as_of)
            except ValueError:
                p.add(f"{code}.as_of", "advantage.bad_month", value=clean(a.as_of))
        if len(value) > MAX_VALUE:
            p.add(f"{code}.value", "value.too_long", max=MAX_VALUE)
        if len(source) > MAX_SOURCE:
            p.add(f"{code}.source", "value.too_long", max=MAX_SOURCE)
        if value and not source:
            p.add(f"{code}.source", "advantage.no_source")
        if value and not clean(a.as_of):
            p.add(f"{code}.as_of", "advantage.no_month")
        if not value and (source or clean(a.as_of)):
            p.add(f"{code}.value", "advantage.no_value")
        out.append(replace(a, code=code, value=value, source=source, as_of=month))
    p.raise_if_any()
    return out


def unset(items: list[Advantage]) -> list[str]:
    """The codes of CODES with no figure yet, in order."""
    done = {a.code for a in items if a.is_set}
    return [code for code in CODES if code not in done]
