"""Finding the header row (below titles, blank lines, "制表人/日期" lines) and mapping columns to fields.

A mapping is a list, one entry per grid column: the dealer field it feeds, or None (ignored).
A layout signature identifies files with the same headers, so a corrected mapping is reused.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from desktop import i18n
from desktop.rules.text import clean, fold
from desktop.spreadsheets.aliases import ALIASES, IGNORED
from desktop.spreadsheets.columns import COLUMNS, FIELDS

SCAN_ROWS = 30  # header rows are searched among the first rows only
MIN_MATCHES = 2
_NOISE = re.compile(r"[\s*:：#＊]+")
_UNIT = re.compile(r"[(\[【{][^()\[\]【】{}]*[)\]】}]$")


def header_key(text) -> str:
    """Normalised header text: half-width, lower case, no spaces, stars or colons."""
    return _NOISE.sub("", fold(text if isinstance(text, str) else ("" if text is None else str(text)))).lower()


def alias_table(names: Iterable[tuple[str, str]], ignored: tuple[str, ...] = IGNORED) -> dict[str, str]:
    """Header key → field from (header text, field) pairs, the first pair naming a key winning:
    the roster's table below, and the same for any other list the import machinery reads."""
    table: dict[str, str] = {}
    for text, field_name in names:
        table.setdefault(header_key(text), field_name)
    for name in ignored:
        table.pop(header_key(name), None)
    return table


@lru_cache(maxsize=1)
def _alias_table() -> dict[str, str]:
    headers = [(column.header(lang), column.field) for column in COLUMNS for lang in ("zh_CN", "en")]
    return alias_table(headers + [(name, f) for f, names in ALIASES.items() for name in names])


def field_for(header, table: dict[str, str] | None = None) -> str | None:
    """The field a header names in ``table`` (default: the roster's), or None."""
    key = header_key(header)
    if not key:
        return None
    table = _alias_table() if table is None else table
    found = table.get(key)
    if found is None:
        stripped = _UNIT.sub("", key)
        found = table.get(stripped) if stripped != key else None
    return found


def unit_multiplier(header) -> int:
    """万元/亿元/千元 in an amount column's header scale its values to yuan."""
    text = fold(header)
    for unit, factor in (("亿元", 100_000_000), ("万元", 10_000), ("千元", 1000)):
        if unit in text:
            return factor
    return 1


@dataclass
class HeaderGuess:
    index: int  # row index in the grid (0-based)
    headers: list[str]
    mapping: list[str | None]

    @property
    def matched(self) -> int:
        return sum(1 for f in self.mapping if f)


def map_headers(cells: list, table: dict[str, str] | None = None) -> list[str | None]:
    """Field per column; when two columns name the same field the first keeps it."""
    seen: set[str] = set()
    out: list[str | None] = []
    for cell in cells:
        found = field_for(cell, table)
        if found in seen:
            found = None
        if found:
            seen.add(found)
        out.append(found)
    return out


def detect(rows: list[list], table: dict[str, str] | None = None) -> HeaderGuess | None:
    """The row among the first SCAN_ROWS naming the most fields of ``table`` (default: the
    roster's; at least MIN_MATCHES)."""
    best: HeaderGuess | None = None
    for index, row in enumerate(rows[:SCAN_ROWS]):
        if sum(1 for v in row if v != "" and v is not None) < MIN_MATCHES:
            continue
        mapping = map_headers(row, table)
        guess = HeaderGuess(index, [header_text(v) for v in row], mapping)
        if guess.matched >= MIN_MATCHES and (best is None or guess.matched > best.matched):
            best = guess
    return best


def header_text(value) -> str:
    return clean("" if value is None else str(value))


def signature(headers: list[str]) -> str:
    """Identifies a header layout: same headers in the same order, whatever the data below."""
    keys = [header_key(h) for h in headers]
    while keys and not keys[-1]:
        keys.pop()
    return hashlib.sha256("\x1f".join(keys).encode("utf-8")).hexdigest()


def field_label(field_name: str, lang: str | None = None) -> str:
    return i18n.t(f"field.{field_name}", lang)


def known_fields() -> tuple[str, ...]:
    return FIELDS
