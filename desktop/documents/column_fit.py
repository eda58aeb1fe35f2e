"""Column widths that never split a word: a short cell (a name, a rank, a label, a heading) gets a
column at least as wide as its text, taken from the columns with room to spare.

A table laid out by shares alone breaks 经理 into 经/理 when its column is a little too narrow; long
texts (notes, standards) wrap anyway, so only short, unbreakable texts set a minimum.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop.documents.text import clean

SHORT = 10  # characters: up to this a cell is one word that must stay on one line
PADDING = 10.5  # the grid's left and right padding, and a hair for rounding


def _short_width(text, font: str, size: float) -> float:
    if not isinstance(text, str):
        return 0.0
    value = clean(text).strip()
    if not value or "\n" in value or len(value) > SHORT:
        return 0.0
    return stringWidth(value, font, size) + PADDING


def fit_widths(widths: Sequence[float], header: Sequence, rows: Sequence[Sequence], font: str,
               size: float, head_size: float) -> list[float]:
    """``widths`` adjusted so each column holds its short texts on one line, the total unchanged.

    Columns that need more take it from the others in proportion to their spare width; when the
    table cannot hold every short text on one line the widths stay as they were.
    """
    need = [max([_short_width(h, font, head_size)] + [_short_width(r[i], font, size) for r in rows if i < len(r)])
            for i, h in enumerate(header)]
    out = list(widths)
    short = [max(n - w, 0.0) for n, w in zip(need, out)]
    missing = sum(short)
    if missing <= 0:
        return out
    spare = [max(w - n, 0.0) if s == 0 else 0.0 for w, n, s in zip(out, need, short)]
    room = sum(spare)
    if room < missing:
        return out
    return [w + s - (sp / room * missing) for w, s, sp in zip(out, short, spare)]
