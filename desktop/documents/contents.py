"""Headings that feed the outline and a table of contents laid out in a single pass.

ReportLab's ``TableOfContents`` needs a second layout pass to learn the page numbers. Our
canvas already holds every page until the document is saved (for "page X of Y"), so the
contents page is reserved during layout and filled in at save time, when every heading's
page is known: one pass, half the work for packets that are printed eight at a time.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak

from desktop.documents import styles as S
from desktop.documents.fonts import draw_string, string_width
from desktop.documents.linebreak import DeskParagraph
from desktop.documents.styles import Palette, Styles
from desktop.documents.text import clean, escape, fit

_keys = itertools.count(1)
TITLE_SPACE = 46.0  # points taken by the contents title and the space below it


def heading(text: str, style, level: int = 0, *, toc: bool = True) -> DeskParagraph:
    """A heading (user text escaped) that becomes a contents entry and a PDF bookmark."""
    flowable = DeskParagraph(escape(text), style)
    if toc:
        flowable.toc_level = level
        flowable.toc_text = clean(text).replace("\n", " ")
        flowable.toc_key = f"dd{next(_keys)}"
    return flowable


@dataclass
class Contents:
    """What the layout learns: the headings with their pages, and the pages reserved for the list."""

    title: str
    st: Styles
    entries: list[tuple[int, str, int, str]] = field(default_factory=list)  # level, text, page, key
    pages: list[tuple[int, float, float]] = field(default_factory=list)  # page, x, top y


class _Reserve(Flowable):
    """Takes a whole frame and remembers where it landed."""

    def __init__(self, contents: Contents):
        super().__init__()
        self.contents = contents

    def wrap(self, avail_width, avail_height):
        self.width, self.height = avail_width, avail_height
        return avail_width, avail_height - 1  # -1: never overflow a frame by rounding

    def draw(self):
        x, y = self.canv.absolutePosition(0, self.height)
        self.contents.pages.append((self.canv.getPageNumber(), x, y))


def line_height(st: Styles, level: int) -> float:
    return st.toc_levels[min(level, len(st.toc_levels) - 1)].leading


def reserve(contents: Contents, levels: list[int]) -> list[Flowable]:
    """Enough whole pages for ``levels`` (one per expected heading), each followed by a page break."""
    needed = sum(line_height(contents.st, lv) for lv in levels) + TITLE_SPACE
    body_height = S.PAGE_SIZE[1] - S.MARGIN_TOP - S.MARGIN_BOTTOM
    flowables: list[Flowable] = []
    for _ in range(max(1, math.ceil(needed / (body_height - 2)))):
        flowables += [_Reserve(contents), PageBreak()]
    return flowables


def toc_levels(story: list[Flowable]) -> list[int]:
    return [f.toc_level for f in story if getattr(f, "toc_level", None) is not None]


def draw(canv: Canvas, contents: Contents, page: int, width: float, font: str) -> None:
    """Draw the slice of the contents list that belongs on ``page`` (called at save time)."""
    slots = [p for p, _x, _y in contents.pages]
    if page not in slots:
        return
    index = slots.index(page)
    _, x, top = contents.pages[index]
    bottom = S.MARGIN_BOTTOM
    y = top
    if index == 0:
        canv.setFont(font, contents.st.h1.fontSize + 3)
        canv.setFillColor(Palette.navy)
        draw_string(canv, x, y - 20, contents.title, contents.st.h1.fontSize + 3, font=font)
        canv.setStrokeColor(Palette.navy)
        canv.setLineWidth(0.8)
        canv.line(x, y - 28, x + width, y - 28)
        y -= TITLE_SPACE
    for level, text, target, key in _slice(contents, index, top, bottom):
        style = contents.st.toc_levels[min(level, len(contents.st.toc_levels) - 1)]
        y -= style.leading
        _entry(canv, style, font, x + style.leftIndent, y + (style.leading - style.fontSize) / 2,
               width - style.leftIndent, text, str(target))
        canv.linkRect("", key, (x, y, x + width, y + style.leading), relative=0, thickness=0)


def _slice(contents: Contents, index: int, top: float, bottom: float):
    """The entries that fall on the index-th reserved page (same greedy fill as the drawing)."""
    y, current, placed = top - TITLE_SPACE, 0, []
    for entry in contents.entries:
        h = line_height(contents.st, entry[0])
        if y - h < bottom:
            current, y = current + 1, top
        y -= h
        placed.append((current, entry))
    return [e for page, e in placed if page == index]


def _entry(canv: Canvas, style, font: str, x: float, y: float, width: float, text: str, number: str) -> None:
    size = style.fontSize
    number_w = stringWidth(number, font, size)
    label = fit(text, font, size, width - number_w - 30)
    canv.setFont(font, size)
    canv.setFillColor(style.textColor)
    draw_string(canv, x, y, label, size, font=font)
    canv.drawRightString(x + width, y, number)
    start = x + string_width(label, size, font) + 6
    end = x + width - number_w - 6
    if end - start > 6:  # a dotted leader drawn as a line, so it stays out of the text layer
        canv.saveState()
        canv.setStrokeColor(Palette.rule)
        canv.setLineWidth(0.9)
        canv.setLineCap(1)
        canv.setDash([0.01, 3.2])
        canv.line(start, y + 1.5, end, y + 1.5)
        canv.restoreState()
