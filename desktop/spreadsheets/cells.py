"""Cell values as rosters carry them → dealer field values (the import's normalisation step).

Numbers stored as text, 全角 characters, Chinese units (1.2万), thousands separators, percentages
(85%, 0.85, 85), phone formats and dates (Excel serials, 2026/11/26, 2026年11月26日 …) all go
through the foundation's parsers in ``desktop.rules``; this module only decides which parser a
column needs (``rows`` remembers the answers for values that repeat). Free text (notes, business
structure …) keeps its Chinese punctuation: only surrounding spaces go.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from desktop.rules.dealers import records as r
from desktop.rules.errors import FieldProblem, RuleError
from desktop.rules.text import clean, fold
from desktop.rules.units import FIELD_UNITS
from desktop.rules.values import parse_amount, parse_count, parse_date
from desktop.rules.dealers.vocab import VOCABULARIES, label
from desktop.spreadsheets.columns import BY_FIELD, Column

CELL_LIMIT = 32_767  # characters an Excel cell holds: Excel and WPS cut longer texts when they open the file

_SPLIT = re.compile(r"\s*[、,，;；/|\n]\s*")
_INSURER = re.compile(r"^(.*?)[\s:：(（]*([0-9.]+\s*[%％]?)?[)）]?$")

# Words people write for vocabulary codes besides the app's own labels.
_SYNONYMS = {
    "dealer_type": {"4s": "4s", "4s店": "4s", "4s store": "4s", "3s": "3s", "3s店": "3s", "2s": "2s", "2s店": "2s",
                    "集团": "group", "经销集团": "group", "汽车集团": "group", "group": "group", "other": "other"},
    "willingness": {"强": "high", "高": "high", "强烈": "high", "strong": "high", "high": "high", "中": "medium",
                    "一般": "medium", "moderate": "medium", "medium": "medium", "弱": "low", "低": "low", "较弱": "low",
                    "weak": "low", "low": "low", "无": "none", "没有": "none", "none": "none", "未知": "", "unknown": ""},
    "source": {"政府": "government", "协会": "association", "行业协会": "association", "媒体": "media", "网络": "web",
               "互联网": "web", "网上": "web", "杂志": "magazine", "报纸": "newspaper", "报刊": "newspaper",
               "实地": "field", "走访": "field", "上门": "field", "实地走访": "field", "上门走访": "field"},
}


def _lookup(kind: str) -> dict[str, str]:
    table = {}
    for code in VOCABULARIES[kind]:
        if code:
            table[code.lower()] = code
        for lang in ("zh_CN", "en"):
            table[fold(label(kind, code, lang)).lower()] = code
    table.update(_SYNONYMS.get(kind, {}))
    return table


def _problem(code: str, value) -> RuleError:
    return RuleError(FieldProblem("value", code, {"value": value}))


def is_blank(raw) -> bool:
    return raw is None or raw == "" or (isinstance(raw, str) and not raw.strip())


def as_text(raw) -> str:
    """A cell as text: 13812345678.0 → '13812345678', a date → '2026-11-26'."""
    if isinstance(raw, str):
        return raw
    if isinstance(raw, bool):
        return "TRUE" if raw else "FALSE"
    if isinstance(raw, float):
        return str(int(raw)) if raw.is_integer() and abs(raw) < 1e16 else repr(raw)
    if isinstance(raw, datetime):
        return raw.isoformat(sep=" ") if raw.time() != time(0) else raw.date().isoformat()
    if isinstance(raw, (date, time)):
        return raw.isoformat()
    if isinstance(raw, timedelta):
        return str(raw)
    return "" if raw is None else str(raw)


class ColumnReader:
    """Turns the cells of one column into values for its field; raises RuleError(code, value=…)."""

    def __init__(self, column: Column, header: str = "", multiplier: int = 1) -> None:
        self.column = column
        self.field = column.field
        self.multiplier = multiplier
        self._convert = getattr(self, f"_{column.kind}")
        if column.kind in ("text", "name", "code", "phone"):
            self._convert = as_text  # what _text does, a call less per cell (roster imports read 50,000)
        self.read = self._convert  # the same, without the method in between
        if column.kind == "choice":
            self._table = _lookup(column.vocab)
        elif column.kind == "sources":
            self._table = _lookup("source")

    def read(self, raw):
        """The field value of one non-blank cell; raises RuleError."""
        return self._convert(raw)

    # --- one method per column kind ------------------------------------------------------------
    def _text(self, raw) -> str:
        # validate_dealer cleans these fields (trim, one space; kept as typed) — no need to do it twice.
        return as_text(raw)

    _name = _text
    _code = _text
    _phone = _text

    def _note(self, raw) -> str:
        return as_text(raw).replace("\r\n", "\n").replace("\r", "\n").strip()

    def _count(self, raw) -> int:
        return parse_count(raw, FIELD_UNITS.get(self.field, ()))  # 3494台 under 年销量, never 3494元

    def _amount(self, raw) -> Decimal:
        value = parse_amount(raw)
        return (value * self.multiplier).quantize(Decimal("0.01")) if self.multiplier != 1 else value

    def _percent(self, raw):
        # Left for validate_dealer to parse once (85%, 0.85 and 85 all mean 85).
        return raw if isinstance(raw, (int, float)) and not isinstance(raw, bool) else clean(as_text(raw))

    def _date(self, raw) -> date:
        return parse_date(raw)

    def _choice(self, raw) -> str:
        text = fold(as_text(raw)).lower()
        if text not in self._table:
            raise _problem("value.choice", as_text(raw))
        return self._table[text]

    def _list(self, raw) -> list[str]:
        return [v for v in (clean(p) for p in _SPLIT.split(as_text(raw))) if v]

    def _sources(self, raw) -> list[str]:
        codes = []
        for part in self._list(raw):
            code = self._table.get(fold(part).lower())
            if code is None:
                raise _problem("roster.value.source", part)
            if code not in codes:
                codes.append(code)
        return codes

    def _insurers(self, raw) -> list[r.InsurerShare]:
        shares = []
        for part in self._list(raw):
            match = _INSURER.match(part)
            name, share = (match.group(1).strip(), match.group(2)) if match else (part, None)
            if not name:
                raise _problem("roster.value.insurer", part)
            shares.append(r.InsurerShare(name, share.replace(" ", "") if share else None))
        return shares


def reader_for(field_name: str, header: str = "", multiplier: int = 1) -> ColumnReader:
    return ColumnReader(BY_FIELD[field_name], header, multiplier)
