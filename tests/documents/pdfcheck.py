"""Reading rendered PDFs back: text through pdftotext and pypdf, fonts and images through pypdf."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pypdf

SUBSET_NAME = re.compile(r"^/[A-Z]{6}\+")


def pdftotext(path: str | Path, *, raw: bool = True, page: int | None = None) -> str:
    """pdftotext's output (``-raw``: content-stream order, the spaces as drawn).

    Where poppler is not installed (dev.py cannot install it on Windows), pypdf reads the text.
    """
    if shutil.which("pdftotext") is None:
        pages = pypdf.PdfReader(str(path)).pages
        chosen = [pages[page - 1]] if page is not None else pages
        return "\n".join(p.extract_text() or "" for p in chosen)
    cmd = ["pdftotext", "-enc", "UTF-8"]
    if raw:
        cmd.append("-raw")
    if page is not None:
        cmd += ["-f", str(page), "-l", str(page)]
    result = subprocess.run(cmd + [str(path), "-"], capture_output=True, text=True, check=True)
    return result.stdout


def page_texts(path: str | Path) -> list[str]:
    """The text of each page, by pdftotext."""
    return [pdftotext(path, page=n) for n in range(1, page_count(path) + 1)]


def pypdf_text(path: str | Path) -> str:
    return "\n".join(page.extract_text() or "" for page in pypdf.PdfReader(str(path)).pages)


def page_count(path: str | Path) -> int:
    return len(pypdf.PdfReader(str(path)).pages)


def squash(text: str) -> str:
    """Text without any whitespace: line wrapping may put breaks anywhere inside a long value."""
    return re.sub(r"\s+", "", text)


def fonts(path: str | Path) -> list[dict]:
    """Every font the pages use: its BaseFont and whether a TrueType program is embedded."""
    found: dict[str, dict] = {}
    for page in pypdf.PdfReader(str(path)).pages:
        resources = page.get("/Resources") or {}
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            found[str(font["/BaseFont"])] = {
                "base_font": str(font["/BaseFont"]),
                "embedded": "/FontFile2" in descriptor,
            }
    return list(found.values())


def image_count(path: str | Path) -> int:
    """Image XObjects reachable from the pages (directly or through forms)."""
    seen = set()

    def walk(resources) -> None:
        for obj in ((resources or {}).get("/XObject") or {}).values():
            ref = getattr(obj, "idnum", id(obj))
            obj = obj.get_object()
            if obj.get("/Subtype") == "/Image":
                seen.add(ref)
            elif obj.get("/Subtype") == "/Form":
                walk(obj.get("/Resources"))

    for page in pypdf.PdfReader(str(path)).pages:
        walk(page.get("/Resources"))
    return len(seen)


_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')


def word_boxes(path: str | Path) -> list[tuple[int, float, float, float, float, str]]:
    """(page, x0, y0, x1, y1, word) for every word, from ``pdftotext -bbox`` (top-left origin)."""
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True).stdout
    boxes, page = [], 0
    for line in html.splitlines():
        if "<page " in line:
            page += 1
        for m in _WORD.finditer(line):
            boxes.append((page, float(m[1]), float(m[2]), float(m[3]), float(m[4]), m[5]))
    return boxes


def outside_margins(path: str | Path, left: float, right: float, top: float = 0.0, bottom: float = 0.0,
                    page_width: float = 595.2756, page_height: float = 841.8898) -> list:
    """Words that stray beyond the given margins (a word there would be clipped or overflowing)."""
    slack = 1.0
    return [b for b in word_boxes(path)
            if b[1] < left - slack or b[3] > page_width - right + slack or b[2] < top - slack
            or b[4] > page_height - bottom + slack]


_PAGE_NUMBER = re.compile(r"第 \d+ 页 / 共 \d+ 页|Page \d+ of \d+")


def body_text(path: str | Path, furniture: tuple[str, ...] = ()) -> str:
    """All pages' text without the running header and footer lines (page numbers and ``furniture``),
    so that a value split across a page break reads as one piece again."""
    kept = []
    for text in page_texts(path):
        for line in text.splitlines():
            if _PAGE_NUMBER.search(line) or any(f in line for f in furniture):
                continue
            kept.append(line)
    return "\n".join(kept)
