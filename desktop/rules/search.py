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


class SearchIndex:
    """Fast matching over many haystacks (the dealer list's search).

    Most queries are pinyin, initials or phone digits. Those words are looked for only in an
    ASCII-only copy of each haystack, which Python stores one byte per character (a haystack
    with any Chinese in it takes two or four) — half the bytes to scan or less. Longer words,
    which match few rows, are found with C-level ``str.find`` over all rows joined into one
    string, jumping to the next row on each hit; short ones by a plain scan of the rows.
    """

    def __init__(self, haystacks: list[str]) -> None:
        self.haystacks = [h.replace("\n", " ") for h in haystacks]
        self.ascii = [_NON_ASCII.sub("\x1f", h) for h in self.haystacks]
        self._joined: dict[bool, tuple[str, list[int]]] = {}

    def _joined_text(self, ascii_only: bool) -> tuple[str, list[int]]:
        if ascii_only not in self._joined:
            rows = self.ascii if ascii_only else self.haystacks
            starts, pos = [], 0
            for hay in rows:
                starts.append(pos)
                pos += len(hay) + 1
            self._joined[ascii_only] = ("\n".join(rows), starts)
        return self._joined[ascii_only]

    def rows_containing(self, word: str) -> list[int]:
        from bisect import bisect_right

        text, starts = self._joined_text(word.isascii())
        find = text.find
        found: list[int] = []
        last = len(starts) - 1
        pos = find(word)
        while pos != -1:
            row = bisect_right(starts, pos) - 1
            found.append(row)
            if row == last:
                break
            pos = find(word, starts[row + 1])
        return found

    def _rows(self, word: str, pool) -> list[int]:
        rows = self.ascii if word.isascii() else self.haystacks
        return [i for i in pool if word in rows[i]]

    def find(self, words: list[str], candidates: list[int] | None = None) -> list[int]:
        """Rows matching every word, in row order (or in ``candidates``' order when given)."""
        if not words:
            return list(range(len(self.haystacks))) if candidates is None else list(candidates)
        words = sorted(words, key=len, reverse=True)  # the longest word narrows most
        first, rest = words[0], words[1:]
        if candidates is None and len(first) >= 3:
            rows = self.rows_containing(first)
        else:
            rows = self._rows(first, range(len(self.haystacks)) if candidates is None else candidates)
        for word in rest:
            rows = self._rows(word, rows)
        return rows


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
