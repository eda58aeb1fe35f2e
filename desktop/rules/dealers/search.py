"""Dealer search: one lower-case haystack per record, matched by every word of the query.

The haystack holds the names, address, contact and phone, plus the pinyin of the names in
full (hangzhoufengtian) and as initials (hzft). pypinyin's phrase dictionary picks the right
reading of heteronyms in context (重庆 → chongqing, 银行 → yinhang).
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress, repeat
from operator import contains

from desktop.rules.text import to_halfwidth

# pypinyin loads a 40,000-phrase dictionary (~0.3 s): done on first use, on the worker thread
# that computes search keys, never while the windows start.
Style = PHRASES_DICT = RE_HANS = _default_convert = _PREFIXES = _RUNS = None


def _load_pypinyin() -> None:
    global Style, PHRASES_DICT, RE_HANS, _default_convert, _PREFIXES, _RUNS
    if _RUNS is not None:
        return
    from pypinyin import Style as style
    from pypinyin.constants import PHRASES_DICT as phrases, RE_HANS as hans
    from pypinyin.core import _default_convert as convert
    from pypinyin.seg.mmseg import seg as mmseg

    Style, PHRASES_DICT, RE_HANS, _default_convert = style, phrases, hans, convert
    _PREFIXES = mmseg._prefix_set._set
    _RUNS = re.compile("{0}+|[^{1}]+".format(hans.pattern[4:-3], hans.pattern[5:-4]))


# lazy_pinyin(text) costs ~200 µs a name, too slow for a 50,000-row roster import. The same
# result, ~10× faster: pypinyin's own forward-maximum-match (mmseg, strict phrases) re-done
# without generators over its prefix set, and each segment's conversion cached.
_SEGMENT_CACHE: dict[str, list[str]] = {}
# FMM decides each word from the text to its right only, so the syllables of a run's tail are the
# same whatever precedes it: tails up to this length are remembered (names share 汽车销售服务有限公司).
_TAIL_CACHE: dict[str, tuple[str, str]] = {}
_KEY_CACHE: dict[str, tuple[str, str]] = {}
_TAIL_MAX = 16


def _step(run: str, i: int, n: int) -> tuple[list[str], int]:
    """One step of pypinyin's ``mmseg.seg.cut`` (strict phrases) at position ``i``: (words, next position)."""
    valid_end = 0
    j = i + 1
    while j <= n:
        word = run[i:j]
        if word not in _PREFIXES:
            break
        if word in PHRASES_DICT:
            valid_end = j
        j += 1
    else:  # every longer prefix matched: the longest phrase, else all remaining single characters
        if valid_end:
            return [run[i:valid_end]], valid_end
        return list(run[i:]), n
    if valid_end:
        return [run[i:valid_end]], valid_end
    return [run[i]], i + 1


def _cut(run: str) -> list[str]:
    """Split a run of Hanzi exactly as pypinyin's ``mmseg.seg.cut`` does."""
    out: list[str] = []
    i, n = 0, len(run)
    while i < n:
        words, i = _step(run, i, n)
        out.extend(words)
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
    _load_pypinyin()
    out: list[str] = []
    for run in _RUNS.findall(text):
        for word in _cut(run) if RE_HANS.match(run) else (run,):
            out.extend(_segment_pinyin(word))
    return out


def _syllable_keys(syllable: str) -> tuple[str, str]:
    # Latin runs and digits (4S, BMW) stay whole in the initials; syllables give their first letter.
    full = syllable.lower().replace(" ", "")
    if not syllable.strip():
        return full, ""
    initial = syllable.lower() if not syllable.islower() or not syllable.isalpha() else syllable[0]
    return full, initial.replace(" ", "")


def _segment_keys(segment: str) -> tuple[str, str]:
    found = _KEY_CACHE.get(segment)
    if found is None:
        pairs = [_syllable_keys(s) for s in _segment_pinyin(segment)]
        found = ("".join(p[0] for p in pairs), "".join(p[1] for p in pairs))
        if len(_KEY_CACHE) > 200_000:
            _KEY_CACHE.clear()
        _KEY_CACHE[segment] = found
    return found


def _run_keys(run: str) -> tuple[str, str]:
    """(full, initials) of a run of Hanzi; tails of known runs come from the cache."""
    fulls: list[str] = []
    inits: list[str] = []
    tails: list[tuple[int, int]] = []
    i, n = 0, len(run)
    while i < n:
        if n - i <= _TAIL_MAX:
            known = _TAIL_CACHE.get(run[i:])
            if known is not None:
                fulls.append(known[0])
                inits.append(known[1])
                break
            tails.append((i, len(fulls)))
        words, i = _step(run, i, n)
        for word in words:
            full, initials = _segment_keys(word)
            fulls.append(full)
            inits.append(initials)
    if len(_TAIL_CACHE) > 200_000:
        _TAIL_CACHE.clear()
    for start, k in tails:
        _TAIL_CACHE[run[start:]] = ("".join(fulls[k:]), "".join(inits[k:]))
    return "".join(fulls), "".join(inits)


@lru_cache(maxsize=65536)
def _pinyin_pair(text: str) -> tuple[str, str]:
    # Per-syllable keys concatenate to the keys of the whole (lower() and removing spaces work
    # character by character), so each run's keys are built from cached pieces.
    _load_pypinyin()
    fulls, inits = [], []
    for run in _RUNS.findall(text):
        full, initials = _run_keys(run) if RE_HANS.match(run) else _segment_keys(run)
        fulls.append(full)
        inits.append(initials)
    return "".join(fulls), "".join(inits)


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
    with any Chinese in it takes two or four) — half the bytes to scan or less. Every scan runs
    in C (``compress`` over ``map(contains, …)``: no Python bytecode per row, ~30–60 ns a row),
    so even a whole 100,000-row scan is a few milliseconds and can run where the user waits.
    """

    def __init__(self, haystacks: list[str]) -> None:
        self.haystacks = [h.replace("\n", " ") for h in haystacks]
        self.ascii = [_NON_ASCII.sub("\x1f", h) for h in self.haystacks]
        self.all = list(range(len(self.haystacks)))  # every row, in row order (its ints made once)

    def patched(self, replaced: dict[int, str], removed: list[int], added: list[str]) -> SearchIndex:
        """A new index with rows ``replaced`` (position → haystack), then ``removed`` (positions in the
        old numbering) dropped and ``added`` appended — as the caller changes its rows. This one is left
        as it is: a worker may be reading it. A few rows cost a list copy, not a rebuild."""
        new = SearchIndex([])
        hay, asc = list(self.haystacks), list(self.ascii)
        for i, text in replaced.items():
            hay[i] = text.replace("\n", " ")
            asc[i] = _NON_ASCII.sub("\x1f", hay[i])
        for i in sorted(removed, reverse=True):
            del hay[i], asc[i]
        for text in added:
            hay.append(text.replace("\n", " "))
            asc.append(_NON_ASCII.sub("\x1f", hay[-1]))
        new.haystacks, new.ascii = hay, asc
        new.all = self.all if len(hay) == len(self.all) else list(range(len(hay)))
        return new

    def rows_containing(self, word: str) -> list[int]:
        """Every row containing ``word``, in row order."""
        return self._rows(word, None)

    def _rows(self, word: str, pool: list[int] | None) -> list[int]:
        rows = self.ascii if word.isascii() else self.haystacks
        if pool is None:  # the whole list: the haystacks in row order, no lookups
            return list(compress(self.all, map(contains, rows, repeat(word))))
        return list(compress(pool, map(contains, map(rows.__getitem__, pool), repeat(word))))

    def find(self, words: list[str], candidates: list[int] | None = None) -> list[int]:
        """Rows matching every word, in row order (or in ``candidates``' order when given)."""
        if not words:
            return list(self.all) if candidates is None else list(candidates)
        words = sorted(words, key=len, reverse=True)  # the longest word narrows most
        rows = self._rows(words[0], candidates)
        for word in words[1:]:
            rows = self._rows(word, rows)
        return rows


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
