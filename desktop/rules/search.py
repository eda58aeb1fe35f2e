"""Dealer search: one lower-case haystack per record, matched by every word of the query.

The haystack holds the names, address, contact and phone, plus the pinyin of the names in
full (hangzhoufengtian) and as initials (hzft). pypinyin's phrase dictionary picks the right
reading of heteronyms in context (重庆 → chongqing, 银行 → yinhang).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pypinyin import Style
from pypinyin.constants import PHRASES_DICT, RE_HANS
from pypinyin.core import _default_convert
from pypinyin.seg.mmseg import seg as _mmseg

from desktop.rules.text import to_halfwidth


# lazy_pinyin(text) costs ~200 µs a name, too slow for a 50,000-row roster import. The same
# result, ~10× faster: pypinyin's own forward-maximum-match (mmseg, strict phrases) re-done
# without generators over its prefix set, and each segment's conversion cached.
_PREFIXES = _mmseg._prefix_set._set
_RUNS = re.compile("{0}+|[^{1}]+".format(RE_HANS.pattern[4:-3], RE_HANS.pattern[5:-4]))
_SEGMENT_CACHE: dict[str, list[str]] = {}


def _cut(run: str) -> list[str]:
    """Split a run of Hanzi exactly as pypinyin's ``mmseg.seg.cut`` does."""
    out: list[str] = []
    i, n = 0, len(run)
    while i < n:
        valid_end = 0
        j = i + 1
        while j <= n:
            word = run[i:j]
            if word not in _PREFIXES:
                break
            if word in PHRASES_DICT:
                valid_end = j
            j += 1
        else:  # every longer prefix matched: take the longest phrase, else all single characters
            if valid_end:
                out.append(run[i:valid_end])
                i = valid_end
                continue
            out.extend(run[i:])
            break
        if valid_end:
            out.append(run[i:valid_end])
            i = valid_end
        else:
            out.append(run[i])
            i += 1
    return out


def _segment_pinyin(segment: str) -> list[str]:
    found = _SEGMENT_CACHE.get(segment)
    if found is None:
        if len(_SEGMENT_CACHE) > 200_000:
            _SEGMENT_CACHE.clear()
        found = [p[0] for p in _default_convert.convert(segment, Style.NORMAL, False, "default", strict=True)]
        _SEGMENT_CACHE[segment] = found
    return found


def syllables(text: str) -> list[str]:
    """``lazy_pinyin(text, style=Style.NORMAL)`` — the same list, computed faster."""
    out: list[str] = []
    for run in _RUNS.findall(text):
        if RE_HANS.match(run):
            for word in _cut(run):
                out.extend(_segment_pinyin(word))
        else:
            out.extend(_segment_pinyin(run))
    return out


@lru_cache(maxsize=65536)
def _pinyin_pair(text: str) -> tuple[str, str]:
    syllables_ = syllables(text)
    full = "".join(syllables_).lower().replace(" ", "")
    # Latin runs and digits (4S, BMW) stay whole in the initials; syllables give their first letter.
    initials = "".join(
        s.lower() if not s.islower() or not s.isalpha() else s[0] for s in syllables_ if s.strip()
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
