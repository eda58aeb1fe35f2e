"""Dealer search: one lower-case haystack per record, matched by every word of the query.

The haystack holds the names, address, contact and phone, plus the pinyin of the names in
full (hangzhoufengtian) and as initials (hzft). pypinyin's phrase dictionary picks the right
reading of heteronyms in context (重庆 → chongqing, 银行 → yinhang).
"""

from __future__ import annotations

from functools import lru_cache

from pypinyin import Style, lazy_pinyin

from desktop.rules.text import to_halfwidth


@lru_cache(maxsize=65536)
def _pinyin_pair(text: str) -> tuple[str, str]:
    syllables = lazy_pinyin(text, style=Style.NORMAL, errors="default")
    full = "".join(syllables).lower().replace(" ", "")
    # Latin runs and digits (4S, BMW) stay whole in the initials; syllables give their first letter.
    initials = "".join(
        s.lower() if not s.islower() or not s.isalpha() else s[0] for s in syllables if s.strip()
    ).replace(" ", "")
    return full, initials


def pinyin_keys(*names: str) -> tuple[str, str]:
    """(full pinyin, initials) of the names, each name's keys separated by a space."""
    fulls, inits = [], []
    for name in names:
        if name:
            full, initials = _pinyin_pair(name)
            fulls.append(full)
            inits.append(initials)
    return " ".join(fulls), " ".join(inits)


def normalise_query(text: str) -> list[str]:
    """Lower-case, half-width words of a query; empty words dropped."""
    return [w for w in to_halfwidth(text).lower().split() if w]


def haystack(*fields: str) -> str:
    """Join searchable fields into one lower-case string ('\\x1f' keeps words from running together)."""
    return "\x1f".join(to_halfwidth(f).lower() for f in fields if f)


def matches(words: list[str], hay: str) -> bool:
    return all(w in hay for w in words)


def filter_indices(words: list[str], haystacks: list[str], candidates=None) -> list[int]:
    """Indices of haystacks matching every word, optionally only among ``candidates``."""
    pool = range(len(haystacks)) if candidates is None else candidates
    if not words:
        return list(pool)
    if len(words) == 1:
        w = words[0]
        return [i for i in pool if w in haystacks[i]]
    return [i for i in pool if all(w in haystacks[i] for w in words)]
