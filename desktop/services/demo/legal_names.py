"""Unique legal names for the demo's dealers, in time linear in their number, for any number.

A name is drawn at random from city, trade name, brand and suffix (the district joins it in
big territories or on a clash), retried a few times like a clerk picking another trade name.
When the draws keep clashing — a city–district–brand–suffix that has used up its trade names,
or a territory larger than the vocabulary — the name is taken from a deterministic enumeration
of that combination instead: each trade name, then more two-character trade names, then
numbered branches (第二分公司, 第三分公司 …). Every enumeration step yields a new candidate and
a cursor per combination never goes back, so each name costs O(1) amortised and the loop
always ends: there are infinitely many candidates and only finitely many names in use.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from desktop.services.demo import names as N

RETRIES = 8  # random draws before enumerating (keeps the territories of small seeds as they were)

# More trade names, for territories beyond the 36 classic ones: two characters a dealer group
# might choose (汇丰 excluded below if it already exists among the classics).
_FIRST = "骏元恒华金瑞永广尚正运润天远鑫东开长德星锦宏合和大盛信嘉豪泰"
_SECOND = "通达信丰泰祥源昌隆安顺利成兴茂鸿"
EXTRA_TRADE_NAMES = [a + b for a in _FIRST for b in _SECOND if a != b and a + b not in N.TRADE_NAMES]

_DIGITS = "零一二三四五六七八九"


def chinese_number(n: int) -> str:
    """1 → 一, 12 → 十二, 105 → 一百零五, 2026 → 二千零二十六; Arabic digits from 10,000 on."""
    if not 0 < n < 10_000:
        return str(n)
    out, zero = [], False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit, n = divmod(n, value)
        if digit:
            if zero and out:
                out.append("零")
            out.append(_DIGITS[digit] + unit)
            zero = False
        else:
            zero = True
    text = "".join(out)
    return text[1:] if text.startswith("一十") else text


def branch_name(round_: int) -> str:
    """'' for the company itself, then 第二分公司, 第三分公司 … (round 1 is the second office)."""
    return f"第{chinese_number(round_ + 1)}分公司" if round_ else ""


@dataclass(frozen=True)
class LegalName:
    legal: str
    trade: str
    parts: tuple[str, ...]  # what ``legal`` is made of, for the pinyin keys of each part


class LegalNames:
    """Hands out unique legal names; ``rng`` is the demo's own generator (same seed, same names)."""

    def __init__(self, rng: random.Random, trade_names: list[str] | None = None,
                 extra_trade_names: list[str] | None = None, cities: int | None = None) -> None:
        self.rng = rng
        self.trades = list(N.TRADE_NAMES if trade_names is None else trade_names)
        extras = EXTRA_TRADE_NAMES if extra_trade_names is None else extra_trade_names
        self.enumerated = list(dict.fromkeys([*self.trades, *extras]))
        self.district_from = (len(N.CITIES) if cities is None else cities) * len(self.trades)
        self.used: set[str] = set()
        self._cursor: dict[tuple[str, str, str, str], int] = {}

    def take(self, n: int, city: str, district: str, brand: str, suffix: str) -> LegalName:
        """The ``n``-th dealer's name (0-based), for the place, brand and suffix already drawn."""
        with_district = n >= self.district_from
        for _ in range(RETRIES):
            trade = self.rng.choice(self.trades)
            parts = (city, district, trade, brand, suffix) if with_district else (city, trade, brand, suffix)
            legal = "".join(parts)
            if legal not in self.used:
                return self._use(LegalName(legal, trade, parts))
            with_district = True
        return self._use(self._enumerate(city, district, brand, suffix))

    def _enumerate(self, city: str, district: str, brand: str, suffix: str) -> LegalName:
        key = (city, district, brand, suffix)
        cursor = self._cursor.get(key, 0)
        size = len(self.enumerated)
        while True:  # ends: each step is a new (trade, round), finitely many names are in use
            round_, index = divmod(cursor, size)
            cursor += 1
            trade = self.enumerated[index]
            parts = (city, district, trade, brand, suffix) + ((branch_name(round_),) if round_ else ())
            legal = "".join(parts)
            if legal not in self.used:
                self._cursor[key] = cursor
                return LegalName(legal, trade, parts)

    def _use(self, name: LegalName) -> LegalName:
        self.used.add(name.legal)
        return name
