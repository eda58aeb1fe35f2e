"""PDF pages as pixels (pdfium), for the in-app preview and for printing. No Qt here.

Runs on a worker thread; the UI turns each ``PageImage`` into a QImage.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import pypdfium2 as pdfium


class UnreadablePdf(Exception):
    """The file is not a PDF pdfium can open."""


@dataclass
class PageImage:
    index: int
    width: int
    height: int
    stride: int
    rgb: bytes  # 3 bytes a pixel, rows ``stride`` bytes apart


def page_count(path: str | Path) -> int:
    try:
        doc = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as err:
        raise UnreadablePdf(str(err)) from None
    try:
        return len(doc)
    finally:
        doc.close()


def render(path: str | Path, dpi: float, pages: list[int] | None = None, should_stop=None) -> Iterator[PageImage]:
    """Render the given 0-based pages (all by default) at ``dpi``; stops early when should_stop() is true."""
    try:
        doc = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as err:
        raise UnreadablePdf(str(err)) from None
    try:
        for index in pages if pages is not None else range(len(doc)):
            if should_stop is not None and should_stop():
                return
            page = doc[index]
            bitmap = page.render(scale=dpi / 72.0, rev_byteorder=True, draw_annots=True)
            try:
                yield PageImage(index, bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer))
            finally:
                bitmap.close()
                page.close()
    finally:
        doc.close()
