"""The bundled fonts, registered once with ReportLab and embedded as subsets in every PDF.

WenQuanYi Micro Hei (a TrueType collection; face 0 is the proportional face) sets every
document. It has no bold or italic face, so each family maps every style to its one face and
the documents build their hierarchy from size, colour and rules instead of weight.

It lacks rare Hanzi that names do hold: CJK Extension A (䶮 U+4DAE) and the supplementary
plane's Extensions B–F (𠮷 U+20BB7) that GB 18030-2022 requires. Two HanaMin faces (花園明朝,
``tools/fallback_fonts.py``) fill in: text is cut into runs by which face has the glyph
(:func:`runs`), paragraphs get ``<font>`` tags around fallback runs (``text.escape``) and
canvas strings are drawn run by run (:func:`draw_string`). HanaMinB (30 MB) loads only when a
supplementary-plane character first appears.

A character no bundled face has (an emoji, a private-use character) must not print as a
blank: :class:`DeskFont` draws it as the visible mark 〓 and notes it on the PDF document; the
document's save refuses with :class:`MissingGlyphs` unless the caller allowed the replacement
(:func:`replacement_allowed`) after telling the user which characters those are.

ReportLab writes each subset's ToUnicode map with four hex digits, which truncates a
supplementary-plane character (𠮷 came back from ``pdftotext`` as U+20BB); the map is written
in UTF-16 (surrogate pairs) instead — see :func:`_to_unicode_cmap`.

Documents are laid out on worker threads, several at once. ReportLab's font face cuts the
subset at save time by reading the font file through one shared cursor (``seek``/``read``),
so two saves at once moved each other's cursor; each face's ``makeSubset`` is wrapped in a lock.
"""

from __future__ import annotations

import contextlib
import contextvars
import threading
import unicodedata

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from desktop.i18n import t
from desktop.paths import resource

FONT = "DealerDeskSans"
FONT_FILE = ("fonts", "wqy-microhei.ttc")
FACE_INDEX = 0
# (ReportLab name, file, Qt needs it too); tried in this order after the main face.
FALLBACKS = (("DealerDeskHanA", ("fonts", "HanaMinA-han.ttf")), ("DealerDeskHanB", ("fonts", "HanaMinB.ttf")))
REPLACEMENT = "〓"
_PLANE2 = "DealerDeskHanB"  # loaded on first need

_lock = threading.Lock()
_registered = False
_covers: dict[str, frozenset[str]] = {}  # font name → the characters it has
_allow = contextvars.ContextVar("dd_allow_replacement", default=False)


class FontMissingError(RuntimeError):
    """A bundled font file is missing or unreadable (a broken installation)."""


class MissingGlyphs(Exception):
    """Characters that no bundled font can print, found while a document was laid out.

    ``chars`` maps each character to a few of the texts it was drawn in; ``places`` names the
    fields holding them (``glyphs.located``).
    """

    def __init__(self, chars: dict[str, list[str]]):
        self.chars = chars
        self.places: list = []  # glyphs.Place: filled in by glyphs.located where the records are known
        listed = "、".join(f"{c} U+{ord(c):04X}" for c in chars)
        super().__init__(f"no bundled font has a glyph for: {listed}")


def _invisible(ch: str) -> bool:
    """Characters that draw nothing by themselves (spaces, controls, ZWJ, variation selectors):
    never reported as missing."""
    return (ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf")
            or "\ufe00" <= ch <= "\ufe0f" or "\U000e0100" <= ch <= "\U000e01ef")


class DeskFont(TTFont):
    """The main face: a character no bundled face has is drawn (and measured) as 〓, and noted on
    the PDF document so its save can refuse (see :class:`MissingGlyphs`)."""

    def _substitute(self, text: str, doc=None) -> str:
        have = _covers[self.fontName]
        out = []
        for ch in text:
            if ch in have or _invisible(ch):
                out.append(ch if ch in have else "")
                continue
            out.append(REPLACEMENT)
            if doc is not None:
                noted = doc.__dict__.setdefault("_dd_missing", {})
                contexts = noted.setdefault(ch, [])
                if len(contexts) < 3 and text not in contexts:
                    contexts.append(text)
        return "".join(out)

    def splitString(self, text, doc, encoding="utf-8"):  # noqa: N802 (ReportLab's name)
        if isinstance(text, str) and not _covers[self.fontName].issuperset(text):
            text = self._substitute(text, doc)
        return super().splitString(text, doc, encoding)

    def stringWidth(self, text, size, encoding="utf8"):  # noqa: N802 (ReportLab's name)
        if isinstance(text, str) and not _covers[self.fontName].issuperset(text):
            text = self._substitute(text)
        return super().stringWidth(text, size, encoding)


def register() -> str:
    """Register the bundled fonts (idempotent; HanaMinB on first need) and return the main name."""
    global _registered
    if _registered:
        return FONT
    with _lock:
        if _registered:
            return FONT
        ttfonts.makeToUnicodeCMap = _to_unicode_cmap
        _load(FONT, FONT_FILE, DeskFont, subfontIndex=FACE_INDEX)
        _load(*FALLBACKS[0])
        _registered = True
    return FONT


def _load(name: str, parts: tuple[str, ...], kind=TTFont, **kwargs) -> None:
    path = resource(*parts)
    try:
        face = kind(name, str(path), **kwargs)
    except (OSError, ValueError) as err:
        raise FontMissingError(t("doc.error.font", path=path, reason=err)) from err
    _serialise_subsetting(face.face)
    _covers[name] = frozenset(map(chr, face.face.charToGlyph))
    pdfmetrics.registerFont(face)
    # One face for every style: <b> or <i> in our own markup must never look up a face that does not exist.
    pdfmetrics.registerFontFamily(name, normal=name, bold=name, italic=name, boldItalic=name)


def _plane2() -> frozenset[str]:
    if _PLANE2 not in _covers:
        with _lock:
            if _PLANE2 not in _covers:
                _load(*FALLBACKS[1])
    return _covers[_PLANE2]


def font_for(ch: str) -> str | None:
    """The first bundled font that has a glyph for ``ch`` (None: none has)."""
    register()
    if ch in _covers[FONT]:
        return FONT
    if ch in _covers[FALLBACKS[0][0]]:
        return FALLBACKS[0][0]
    if ord(ch) > 0xFFFF and ch in _plane2():
        return _PLANE2
    return None


def covered(text: str) -> bool:
    """True when the main face has every character of ``text`` (the usual case, one C-level check)."""
    register()
    return _covers[FONT].issuperset(text)


def runs(text: str) -> list[tuple[str, str]]:
    """``text`` cut into (font, run) by which face has each glyph; characters no face has stay
    with the main face (which draws 〓 for them)."""
    if covered(text):
        return [(FONT, text)] if text else []
    out: list[tuple[str, list[str]]] = []
    for ch in text:
        font = font_for(ch) or FONT
        if out and out[-1][0] == font:
            out[-1][1].append(ch)
        else:
            out.append((font, [ch]))
    return [(font, "".join(chars)) for font, chars in out]


def missing(text: str) -> list[str]:
    """The characters of ``text`` that no bundled face can print, in order, once each."""
    if covered(text):
        return []
    found: list[str] = []
    for ch in text:
        if ch not in found and not _invisible(ch) and font_for(ch) is None:
            found.append(ch)
    return found


def string_width(text: str, size: float, font: str = FONT) -> float:
    """Width of ``text`` in points as :func:`draw_string` draws it (each run in its own face)."""
    parts = runs(text) if font == FONT else [(font, text)]
    return sum(pdfmetrics.stringWidth(run, name, size) for name, run in parts)


def draw_string(canv, x: float, y: float, text: str, size: float, *, anchor: str = "left", font: str = FONT) -> None:
    """``canv.drawString`` run by run (rare characters from the fallback faces); ``anchor`` left or right."""
    parts = runs(text) if font == FONT else [(font, text)]
    if anchor == "right":
        x -= sum(pdfmetrics.stringWidth(run, name, size) for name, run in parts)
    for name, run in parts:
        canv.setFont(name, size)
        canv.drawString(x, y, run)
        x += pdfmetrics.stringWidth(run, name, size)
    canv.setFont(font, size)


@contextlib.contextmanager
def replacement_allowed(allowed: bool = True):
    """Within this block, documents print characters no font has as 〓 instead of refusing."""
    token = _allow.set(allowed)
    try:
        yield
    finally:
        _allow.reset(token)


def check_document(doc) -> None:
    """Raise :class:`MissingGlyphs` when characters were drawn as 〓 and that was not allowed."""
    noted = getattr(doc, "_dd_missing", None)
    if noted and not _allow.get():
        raise MissingGlyphs(dict(noted))


def _to_unicode_cmap(fontname: str, subset) -> str:
    """ReportLab's ``makeToUnicodeCMap`` with each target in UTF-16BE (PDF 32000 §9.10.3):
    characters beyond U+FFFF as surrogate pairs, so text extraction gives them back whole."""
    def utf16(code: int) -> str:
        return chr(code).encode("utf-16-be", "surrogatepass").hex().upper()

    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap", "/CIDSystemInfo",
        f"<< /Registry ({fontname})", f"/Ordering ({fontname})", "/Supplement 0", ">> def",
        f"/CMapName /{fontname} def", "/CMapType 2 def", "1 begincodespacerange",
        "<00> <%02X>" % (len(subset) - 1), "endcodespacerange", "%d beginbfchar" % len(subset),
        *("<%02X> <%s>" % (i, utf16(v)) for i, v in enumerate(subset)),
        "endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end",
    ])


def _serialise_subsetting(face) -> None:
    cut = face.makeSubset
    lock = threading.Lock()

    def make_subset(subset):
        with lock:
            return cut(subset)

    face.makeSubset = make_subset


def font_path() -> str:
    return str(resource(*FONT_FILE))


def file_of(name: str) -> tuple[str, int]:
    """(path, face index) of a registered font name (PIL draws the watermark from the files)."""
    if name == FONT:
        return font_path(), FACE_INDEX
    return str(resource(*dict(FALLBACKS)[name])), 0


def fallback_paths() -> list[str]:
    """The fallback faces' files, in the order they are tried (for Qt and the watermark)."""
    return [str(resource(*parts)) for _name, parts in FALLBACKS]
