"""The bundled CJK font, registered once with ReportLab and embedded as a subset in every PDF.

WenQuanYi Micro Hei ships as a TrueType collection; face 0 is the proportional face. It has
no bold or italic face, so the family maps every style to the one face and the documents
build their hierarchy from size, colour and rules instead of weight. ReportLab always
embeds TrueType fonts as subsets (``ABCDEF+Name``) with a ToUnicode map, which is what lets
``pdftotext`` return the Chinese exactly as written. Safe to call from any thread.

Documents are laid out on worker threads, several at once. ReportLab's font face cuts the
subset at save time by reading the font file through one shared cursor (``seek``/``read``),
so two saves at once moved each other's cursor; the face's ``makeSubset`` is therefore
wrapped in a lock. Layout itself keeps its state per document and runs in parallel.
"""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.paths import resource

FONT = "DealerDeskSans"
FONT_FILE = ("fonts", "wqy-microhei.ttc")
FACE_INDEX = 0

_lock = threading.Lock()
_registered = False


class FontMissingError(RuntimeError):
    """The bundled font file is missing or unreadable (a broken installation)."""


def register() -> str:
    """Register the bundled font (idempotent) and return its ReportLab name."""
    global _registered
    if _registered:
        return FONT
    with _lock:
        if _registered:
            return FONT
        path = resource(*FONT_FILE)
        try:
            face = TTFont(FONT, str(path), subfontIndex=FACE_INDEX)
        except (OSError, ValueError) as err:
            raise FontMissingError(f"cannot load the bundled font {path}: {err}") from err
        _serialise_subsetting(face.face)
        pdfmetrics.registerFont(face)
        # One face for every style: <b> or <i> in our own markup must never look up a face
        # that does not exist.
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT, italic=FONT, boldItalic=FONT)
        _registered = True
    return FONT


def _serialise_subsetting(face) -> None:
    cut = face.makeSubset
    lock = threading.Lock()

    def make_subset(subset):
        with lock:
            return cut(subset)

    face.makeSubset = make_subset


def font_path() -> str:
    return str(resource(*FONT_FILE))
