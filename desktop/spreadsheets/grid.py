"""One sheet's cells, streamed: the first rows kept for header detection and the mapping step,
the rest read row by row from calamine's own (Rust) copy of the sheet when the import runs.

Holding the whole sheet as Python objects would cost ~3× the memory of a 50,000-row roster.
Cell values: str, int, float, bool, date, datetime, time or timedelta; '' when empty.
"""

from __future__ import annotations

from itertools import islice
from typing import Iterator

HEAD_ROWS = 40


class Grid:
    """Rows of one sheet; row index i is Excel row i + 1. Merged areas carry their top-left value."""

    def __init__(self, sheet: str, *, rows: list[list] | None = None, source=None, first_col: int = 0, merged=()) -> None:
        self.sheet = sheet
        self.first_col = first_col
        self._rows = rows  # CSV: every row in memory
        self._source = source  # calamine sheet: rows on demand
        self._merged = sorted(((r0, c0 - first_col, r1, c1 - first_col) for (r0, c0), (r1, c1) in merged), key=lambda m: m[0])
        self.head: list[list] = list(islice(self.iter_rows(), HEAD_ROWS))

    @property
    def height(self) -> int:
        if self._rows is not None:
            return len(self._rows)
        return self._source.start[0] + self._source.height if self._source.height else 0

    def excel_row(self, index: int) -> int:
        return index + 1

    def iter_rows(self, start: int = 0) -> Iterator[list]:
        """Rows from index ``start`` on (fresh lists, merged areas filled)."""
        rows = iter(self._rows) if self._rows is not None else self._source.iter_rows()
        if not self._merged:
            yield from islice(rows, start, None)
            return
        pending = list(self._merged)
        active: list[tuple[int, int, int, object]] = []
        for index, row in enumerate(rows):
            while pending and pending[0][0] == index:
                r0, c0, r1, c1 = pending.pop(0)
                if 0 <= c0 < len(row):
                    active.append((r1, c0, c1, row[c0]))
            while pending and pending[0][0] < index:
                pending.pop(0)
            if active:
                active = [a for a in active if a[0] >= index]
                row = list(row)
                for _r1, c0, c1, value in active:
                    for c in range(max(c0, 0), min(c1, len(row) - 1) + 1):
                        if row[c] == "":
                            row[c] = value
            if index >= start:
                yield row

    @property
    def rows(self) -> list[list]:
        """Every row as a list (small sheets and tests; the import streams instead)."""
        return list(self.iter_rows())

    def is_empty(self) -> bool:
        return not any(any(v != "" and v is not None for v in row) for row in self.iter_rows())
