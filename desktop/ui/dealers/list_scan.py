"""The dealer list's search, a slice at a time: the first screenful at once, the rest between events.

A keystroke at 100,000 dealers has megabytes of text to scan (tens of milliseconds on a busy
machine, more than the repaint it waits for). The rows are scanned in the order the list shows them
(row order, or the sort's order), so the first matches found are the first rows of the whole answer:
they are shown as soon as a screenful is found, and the rest is found in slices between events on
the GUI thread. No worker thread fights the GUI thread for the GIL on every keystroke (on two cores
that made the window stall for hundreds of milliseconds), and no slice holds the GUI thread long.

A query that extends the previous one (typing on) scans only what the previous one kept — its
matches so far and the part of its pool it had not reached yet — in the same order.

Pure (no Qt): the model (``table_model.py``) drives it.
"""

from __future__ import annotations

from time import perf_counter

from desktop.rules.dealers.records import DealerLine
from desktop.rules.dealers.search import SearchIndex
from desktop.services.dealers.listing import DealerFilter

FIRST = 200  # matches shown at once: more rows than any screen shows
WHOLE_BUDGET_S = 0.008  # a search found whole in this time is shown whole (one paint, the final count)
FIRST_BUDGET_S = 0.015  # … else the first FIRST matches, or what was found in this time; the rest follows
FIRST_SLICE = 2_000  # rows scanned by the first step (doubled at each step until a screenful is found)
SLICE = 20_000  # rows scanned per step after the first screenful (a few ms each)
COLUMNS = ("legal_name", "short_name", "city", "district", "brands", "dealer_type", "annual_sales",
           "contact_name", "contact_phone", "verified", "updated_at")


class Scan:
    """The rows of ``pool`` (row indices, in the order shown) matching every word of ``words``."""

    def __init__(self, index: SearchIndex, words: list[str], pool: list[int], key: tuple) -> None:
        self.index, self.words, self.pool, self.key = index, list(words), pool, key
        self.pos = 0  # pool[:pos] scanned
        self.found: list[int] = []  # the matches in pool[:pos], in pool order

    @classmethod
    def finished(cls, index: SearchIndex, words: list[str], found: list[int], key: tuple) -> "Scan":
        """A scan whose answer is known already (computed on a worker, or patched)."""
        scan = cls(index, words, found, key)
        scan.found, scan.pos = list(found), len(found)
        return scan

    @property
    def done(self) -> bool:
        return self.pos >= len(self.pool)

    def step(self, rows: int) -> None:
        chunk = self.pool[self.pos:self.pos + rows]
        self.pos += len(chunk)
        self.found += self.index.find(self.words, chunk) if self.words else chunk

    def first(self, want: int | None = None) -> None:
        """Scan until the pool ends, or — once WHOLE_BUDGET_S is spent — until ``want`` matches are
        found, or FIRST_BUDGET_S is spent: a search that takes a few milliseconds is shown whole."""
        if not self.words:
            self.step(len(self.pool))
            return
        want = FIRST if want is None else want
        started, size = perf_counter(), FIRST_SLICE
        while not self.done:
            self.step(size)
            size *= 2
            spent = perf_counter() - started
            if spent > FIRST_BUDGET_S or (spent > WHOLE_BUDGET_S and len(self.found) >= want):
                break

    def reach(self, rows: list[int]) -> None:
        """Scan at least as far as ``rows`` stand in the pool (a few C scans of the pool to place them)."""
        end = self.pos
        for row in rows:
            try:
                end = max(end, self.pool.index(row) + 1)
            except ValueError:  # not in the pool: not in the answer
                pass
        if end > self.pos:
            self.step(end - self.pos)

    def finish(self) -> None:
        if not self.done:
            self.step(len(self.pool))

    def extended_pool(self) -> list[int]:
        """What a query extending this one has to scan: the matches so far, then the rest unscanned."""
        return self.found + self.pool[self.pos:]


def extends(words: list[str], previous: list[str]) -> bool:
    """True when every previous word is contained in the word at the same place (typing on)."""
    return bool(previous) and len(words) >= len(previous) and all(p in w for p, w in zip(previous, words))


def has_facets(flt: DealerFilter) -> bool:
    return bool(flt.city or flt.brand or flt.dealer_type or flt.verified is not None or flt.ids is not None)


def base_rows(rows: list[DealerLine], flt: DealerFilter, column: int, descending: bool) -> list[int] | None:
    """The rows the filter's facets (city, brand, type, verified, batch) let through, in the order of
    the sort (``column`` < 0: row order); ``None`` for every row in row order. A Python call per row
    (~0.1–0.5 s at 100,000 dealers): a worker's job from ASYNC_FROM rows on. Pure: any thread."""
    if not has_facets(flt) and column < 0:
        return None
    pool = [i for i, row in enumerate(rows) if flt.accepts(row)] if has_facets(flt) else list(range(len(rows)))
    sort_indices(rows, pool, column, descending)
    return pool


def sort_indices(rows: list[DealerLine], visible: list[int], column: int, descending: bool) -> None:
    if column < 0:
        return
    col = COLUMNS[column]

    def key(i: int):
        value = getattr(rows[i], col)
        empty = value is None or value == ""
        return (empty, 0 if empty else value)  # blanks last, never compared with values

    visible.sort(key=key, reverse=descending)
