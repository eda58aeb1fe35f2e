"""The diagonal watermark: the holder's name across every page, visible but not in the text layer.

Drawn as a translucent image (soft mask) rather than as text, so ``pdftotext`` and copy and
paste return the page's own words without watermark characters scattered through them.
The image lives once per document as a form and is placed on each page.
"""

from __future__ import annotations

from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from desktop.documents.fonts import FONT, file_of, runs

RENDER_PX = 96  # glyph size in pixels; placed at ~30 pt this is ~230 dpi
OPACITY = 0.11
COLOUR = (163, 38, 42)  # Palette.accent
ANGLE = 38
FORM = "dd_watermark"


@lru_cache(maxsize=8)
def _face(name: str) -> ImageFont.FreeTypeFont:
    path, index = file_of(name)
    return ImageFont.truetype(path, RENDER_PX, index=index)


@lru_cache(maxsize=64)
def _image(text: str) -> Image.Image:
    # Run by run, so a holder named with a rare character (𠮷) shows it rather than a box.
    parts = [(_face(name), run) for name, run in runs(text)] or [(_face(FONT), "")]
    boxes = [face.getbbox(run, anchor="ls") for face, run in parts]
    advances = [face.getlength(run) for face, run in parts]
    top = min(b[1] for b in boxes)
    bottom = max(b[3] for b in boxes)
    left = boxes[0][0]
    right = sum(advances[:-1]) + boxes[-1][2]
    pad = RENDER_PX // 6
    mask = Image.new("L", (int(right - left) + 2 * pad, int(bottom - top) + 2 * pad), 0)
    draw = ImageDraw.Draw(mask)
    x = pad - left
    for (face, run), advance in zip(parts, advances):
        draw.text((x, pad - top), run, font=face, fill=255, anchor="ls")
        x += advance
    image = Image.new("RGBA", mask.size, COLOUR + (0,))
    image.putalpha(mask.point(lambda v: round(v * OPACITY)))
    return image


def draw(canv: Canvas, text: str, page_width: float, page_height: float) -> None:
    """Place the watermark on the current page (the form is made on first use per document)."""
    forms = canv.__dict__.setdefault("_dd_forms", set())
    if FORM not in forms:
        image = _image(text)
        width = min(page_width * 0.78, image.size[0] * 0.3)
        height = width * image.size[1] / image.size[0]
        canv.beginForm(FORM)
        canv.saveState()
        canv.translate(page_width / 2, page_height / 2)
        canv.rotate(ANGLE)
        for offset in (-page_height * 0.3, 0.0, page_height * 0.3):
            canv.drawImage(ImageReader(image), -width / 2, offset - height / 2, width=width, height=height,
                           mask="auto")
        canv.restoreState()
        canv.endForm()
        forms.add(FORM)
    canv.doForm(FORM)
