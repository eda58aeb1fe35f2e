"""The page machinery shared by every document: A4 frames, running header, traceable footer,
"第 X 页 / 共 Y 页", an optional diagonal watermark, PDF outline and table of contents.

Page totals come from a deferring canvas: pages are held until ``save()``, then each is
finished knowing the total — and the contents page is filled in at the same moment — so
one layout pass is enough. Watermark and footer are drawn last, over the content, so no
table background can hide them. Pure ReportLab: runs on any worker thread, never on Qt.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import landscape
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageTemplate

from desktop.documents import contents as toc
from desktop.documents import styles as S
from desktop.documents import watermark
from desktop.documents.fonts import check_document, draw_string, register
from desktop.documents.styles import Palette, styles_for
from desktop.documents.text import clean, fit, fmt_date
from desktop.files import replacing
from desktop.i18n import t

Target = str | os.PathLike | BinaryIO
MM = 72 / 25.4
heading = toc.heading


def landscape_width() -> float:
    """The text width of a landscape page (for tables laid out across it)."""
    return S.PAGE_SIZE[1] - S.MARGIN_LEFT - S.MARGIN_RIGHT


def language(lang: str | None) -> str:
    """"zh_CN" or "en" from whatever the caller has ("zh", "zh-CN", None → the current language)."""
    from desktop.i18n import language as current

    value = (lang or current()).replace("-", "_").lower()
    return "zh_CN" if value.startswith("zh") else "en"


@dataclass
class DocMeta:
    """What the page furniture shows. ``holder`` turns on the traceable 'internal' footer."""

    title: str
    lang: str
    organisation: str = ""
    subject: str = ""
    holder: str = ""
    copy_no: int | None = None
    issued_on: date | None = None
    watermark: str = ""
    footer: str = ""  # left of the page number when there is no holder; default: "printed on …"
    flag: str = ""  # e.g. 未就绪: printed in a red box beside the holder mark on every page, the cover included
    landscape: bool = False


class _PagedCanvas(Canvas):
    """Holds every page until save(), then lets ``finish(canvas, page, total)`` draw on each."""

    def __init__(self, *args, finish: Callable[[Canvas, int, int], None], **kwargs):
        super().__init__(*args, **kwargs)
        self._held: list[dict] = []
        self._finish = finish

    def showPage(self):  # noqa: N802 (ReportLab's name)
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._held)
        for state in self._held:
            # Page state comes back, but document-wide counters must not run backwards.
            count = self._annotationCount
            self.__dict__.update(state)
            self._annotationCount = max(count, self._annotationCount)
            self._finish(self, self._pageNumber, total)
            Canvas.showPage(self)
        check_document(self._doc)  # a character no font has: refuse unless the caller allowed 〓
        Canvas.save(self)


class DeskDocTemplate(BaseDocTemplate):
    """A4 document with a cover template (no running header) and a body template."""

    def __init__(self, target, meta: DocMeta, *, cover: bool = False, contents: toc.Contents | None = None):
        self.meta = meta
        self.contents = contents
        self._outline_level = -1
        self.font = register()
        super().__init__(
            target, pagesize=landscape(S.PAGE_SIZE) if meta.landscape else S.PAGE_SIZE, leftMargin=S.MARGIN_LEFT, rightMargin=S.MARGIN_RIGHT,
            topMargin=S.MARGIN_TOP, bottomMargin=S.MARGIN_BOTTOM, title=clean(meta.title),
            author=clean(meta.organisation), subject=clean(meta.subject), creator="DealerDesk",
            lang="zh-CN" if meta.lang == "zh_CN" else "en", initialFontName=self.font,
        )
        body = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        cover_frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height + 8 * MM, id="cover",
                            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        templates = [PageTemplate("body", [body], onPage=_mark(False)),
                     PageTemplate("cover", [cover_frame], onPage=_mark(True))]
        self.addPageTemplates(templates[::-1] if cover else templates)  # the first one starts

    def afterFlowable(self, flowable):  # noqa: N802 (ReportLab's name)
        level = getattr(flowable, "toc_level", None)
        if level is None:
            return
        key = flowable.toc_key
        self.canv.bookmarkPage(key)
        # PDF outlines cannot skip a level (a level-1 heading before any level-0 one).
        outline_level = min(level, self._outline_level + 1)
        self._outline_level = outline_level
        self.canv.addOutlineEntry(flowable.toc_text, key, level=outline_level, closed=outline_level > 0)
        if self.contents is not None:
            self.contents.entries.append((level, flowable.toc_text, self.page, key))

    # -- page furniture, drawn once the total is known ------------------------------------
    def finish_page(self, canv: Canvas, page: int, total: int) -> None:
        meta = self.meta
        canv.saveState()
        if self.contents is not None:
            toc.draw(canv, self.contents, page, self.width, self.font)
        if meta.watermark:
            watermark.draw(canv, clean(meta.watermark).replace("\n", " "), *self.pagesize)
        left, right = self.leftMargin, self.pagesize[0] - self.rightMargin
        if not getattr(canv, "_dd_cover", False):
            top = self.pagesize[1] - 14 * MM
            canv.setFont(self.font, 8)
            canv.setFillColor(Palette.navy)
            draw_string(canv, left, top, fit(meta.organisation, self.font, 8, self.width * 0.55), 8)
            canv.setFillColor(Palette.muted)
            draw_string(canv, right, top, fit(meta.title, self.font, 8, self.width * 0.42), 8, anchor="right")
            canv.setStrokeColor(Palette.navy)
            canv.setLineWidth(0.8)
            canv.line(left, top - 4, right, top - 4)
        base = 12 * MM
        canv.setStrokeColor(Palette.rule)
        canv.setLineWidth(0.5)
        canv.line(left, base + 10, right, base + 10)
        number = t("doc.page_of", meta.lang, page=page, total=total)
        canv.setFont(self.font, 8)
        canv.setFillColor(Palette.muted)
        canv.drawRightString(right, base, number)
        room = self.width - stringWidth(number, self.font, 8) - 12
        if meta.flag:
            left, room = self._draw_flag(canv, left, base, room)
        if meta.holder:
            canv.setFillColor(Palette.accent)
            draw_string(canv, left, base, fit(trace_line(meta), self.font, 8, room), 8)
        else:
            footer = meta.footer or t("doc.generated", meta.lang, date=fmt_date(meta.issued_on or date.today(), meta.lang))
            draw_string(canv, left, base, fit(footer, self.font, 8, room), 8)
        canv.restoreState()


    def _draw_flag(self, canv: Canvas, left: float, base: float, room: float) -> tuple[float, float]:
        """The flag as white text on red, where the holder mark starts; returns where the mark goes now."""
        text = clean(self.meta.flag).strip()
        width = stringWidth(text, self.font, 8) + 8
        canv.setFillColor(Palette.accent)
        canv.rect(left, base - 3, width, 12, stroke=0, fill=1)
        canv.setFillColor(Palette.white)
        draw_string(canv, left + 4, base, text, 8)
        return left + width + 6, room - width - 6


def _mark(cover: bool):
    def on_page(canv, doc):
        canv._dd_cover = cover  # kept in the held page state, read back by finish_page

    return on_page


def trace_line(meta: DocMeta) -> str:
    """内部资料 · 仅供 <holder> 使用 · <date> · 第 N 份 — a copy found outside names its holder."""
    return t("doc.footer.internal", meta.lang, holder=clean(meta.holder).replace("\n", " ").strip(),
             date=fmt_date(meta.issued_on or date.today(), meta.lang), copy=meta.copy_no or 1)


def start_body() -> Flowable:
    """Placed on the cover: the pages after it use the body template (running header)."""
    return NextPageTemplate("body")


def build(target: Target, meta: DocMeta, story: Sequence[Flowable], *, cover: bool = False,
          contents_title: str | None = None) -> str:
    """Lay out ``story`` into ``target`` (a path or a binary file object); returns the path.

    ``contents_title`` reserves a contents page where the story holds a
    :func:`contents_marker` (or right at the start). A path is written through a temporary
    file beside it and renamed into place, so a failed render never leaves half a PDF.
    A file object is written as is; its ``name`` (or '') is returned.
    """
    if isinstance(target, (str, os.PathLike)):
        with replacing(target) as tmp, open(tmp, "xb") as handle:
            _lay_out(handle, meta, story, cover, contents_title)
        return str(Path(target))
    _lay_out(target, meta, story, cover, contents_title)
    return str(getattr(target, "name", ""))


class ContentsMarker(Flowable):
    """Where the contents pages go; replaced by reserved pages at build time."""

    def wrap(self, avail_width, avail_height):
        return 0, 0

    def draw(self):
        """Nothing to draw: the marker only holds a place in the story."""


def contents_marker() -> Flowable:
    return ContentsMarker()


def _lay_out(handle, meta: DocMeta, story: Sequence[Flowable], cover: bool, contents_title: str | None) -> None:
    flowables = list(story)
    contents = None
    if contents_title is not None:
        contents = toc.Contents(contents_title, styles_for(meta.lang))
        reserved = toc.reserve(contents, toc.toc_levels(flowables))
        at = next((i for i, f in enumerate(flowables) if isinstance(f, ContentsMarker)), None)
        flowables = flowables[:at] + reserved + flowables[at + 1:] if at is not None else reserved + flowables
    doc = DeskDocTemplate(handle, meta, cover=cover, contents=contents)
    doc.build(flowables, canvasmaker=partial(_PagedCanvas, finish=doc.finish_page))
