"""Who is who in a roster: exact duplicates and near-duplicates, in the file and in the database.

Same dealer: the same 统一社会信用代码; else the same normalised name (legal-form words such as
有限公司/有限责任公司/股份/分公司, brackets of either width and spaces ignored) in the same city.
Near-duplicate: the same "core" name (also without the place names and trade words such as
汽车销售服务) in the same city — flagged for a person, never merged. Runs on the caller's thread.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache, partial

from typing import TYPE_CHECKING

from desktop.rules.text import joined_pass, to_halfwidth

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

LEGAL_FORMS = ("股份有限公司", "有限责任公司", "有限公司", "股份公司", "分公司", "公司", "股份")
TRADE_WORDS = ("汽车销售服务", "汽车销售", "汽车服务", "汽车贸易", "销售服务", "汽车", "销售", "服务", "贸易", "实业", "发展", "集团", "有限", "责任")
_PUNCT = re.compile(r"[\s()\[\]{}<>【】《》〔〕·.,，、\-_'\"“”]+")
_FORMS = re.compile("|".join(LEGAL_FORMS))
_TRADE = re.compile("|".join(TRADE_WORDS))
_PLACE_SUFFIX = re.compile(r"(省|市|自治区|特别行政区|区|县|新区)$")
_LEADING_SUFFIX = re.compile(r"^(省|市|自治区|区|县)")


def norm_name(name: str) -> str:
    """'杭州宏达（集团）汽车销售服务有限责任公司' → '杭州宏达集团汽车销售服务'."""
    return _FORMS.sub("", _PUNCT.sub("", to_halfwidth(name or "").lower()))


def norm_names(names: list[str]) -> list[str]:
    """``norm_name`` of many names (a roster chunk) in one pass; the same results."""
    return joined_pass(norm_name, names)


@lru_cache(maxsize=4096)
def norm_city(city: str) -> str:
    return _PLACE_SUFFIX.sub("", _PUNCT.sub("", to_halfwidth(city or "")))


@lru_cache(maxsize=4096)
def _place_prefixes(places: tuple[str, ...]) -> tuple[str, ...]:
    found = {v for p in places for v in (p or "", norm_city(p)) if len(v) >= 2}
    return tuple(sorted(found, key=len, reverse=True))


@lru_cache(maxsize=4096)
def _place_prefix(places: tuple[str, ...]):
    """``match`` of the first of ``_place_prefixes`` a text starts with (alternatives are tried in
    order, as the loop over them would), or None when there are none."""
    prefixes = _place_prefixes(places)
    return re.compile("|".join(map(re.escape, prefixes))).match if prefixes else None


def core_name(name: str, *places: str, normalised: str | None = None) -> str:
    """The distinctive part of a name: no place names, legal forms or trade words ('' when too short)."""
    text = _TRADE.sub("", _without_places(norm_name(name) if normalised is None else normalised, places))
    return text if len(text) >= 2 else ""


def core_names(normalised: list[str], places: list[tuple[str, ...]]) -> list[str]:
    """``core_name`` of many normalised names, each with its places; trade words go in one pass."""
    texts = joined_pass(partial(_TRADE.sub, ""), [_without_places(text, p) for text, p in zip(normalised, places)])
    return [text if len(text) >= 2 else "" for text in texts]


def _without_places(text: str, places: tuple[str, ...]) -> str:
    match = _place_prefix(places)
    if match is not None:
        for _ in range(len(places)):
            found = match(text)
            if found is None:
                break
            text = _LEADING_SUFFIX.sub("", text[found.end():])
    return text


@dataclass
class Known:
    """A dealer already in the database, as matching sees it."""

    id: int
    legal_name: str
    city: str
    uscc: str
    version: int


@dataclass
class DealerIndex:
    by_id: dict[int, Known] = field(default_factory=dict)
    by_uscc: dict[str, int] = field(default_factory=dict)
    by_name: dict[tuple[str, str], list[int]] = field(default_factory=lambda: defaultdict(list))
    by_core: dict[tuple[str, str], list[int]] = field(default_factory=lambda: defaultdict(list))

    def add(self, known: Known, short_name: str, province: str, district: str) -> None:
        self.by_id[known.id] = known
        if known.uscc:
            self.by_uscc[known.uscc] = known.id
        city = norm_city(known.city)
        normalised = norm_name(known.legal_name)
        self.by_name[(normalised, city)].append(known.id)
        for core in cores(known.legal_name, short_name, province, known.city, district, normalised=normalised):
            self.by_core[(core, city)].append(known.id)


def cores(legal_name: str, short_name: str, province: str, city: str, district: str, *, normalised: str | None = None,
          core: str | None = None) -> set[str]:
    """The name's core and the short name's (``core``: the name's, when already known)."""
    found = {core_name(legal_name, province, city, district, normalised=normalised) if core is None else core}
    if short_name:
        found.add(_short_core(short_name, province, city, district))
    found.discard("")
    return found


@lru_cache(maxsize=16384)
def _short_core(short_name: str, province: str, city: str, district: str) -> str:
    return core_name(short_name, province, city, district)


def load_index(s: Session, ids: list[int] | None = None) -> DealerIndex:
    """Every dealer (archived ones too: their codes are still taken), or only those of ``ids``."""
    # Imported here: the command line's import loads this module while its file is still being
    # read, and the name functions above need no database.
    from sqlalchemy import select

    from desktop.persistence.models import dealers as m

    d = m.Dealer
    index = DealerIndex()
    stmt = select(d.id, d.legal_name, d.short_name, d.province, d.city, d.district, d.uscc, d.version)
    chunks = [stmt] if ids is None else [stmt.where(d.id.in_(ids[i:i + 900])) for i in range(0, len(ids), 900)]
    for chunk in chunks:
        for i, legal, short, province, city, district, uscc, version in s.execute(chunk):
            index.add(Known(i, legal, city, uscc or "", version), short, province, district)
    return index


def versions(index: DealerIndex) -> dict[int, int]:
    """id → version of the dealers an index was made from (what a preview compared against)."""
    return {i: known.version for i, known in index.by_id.items()}
