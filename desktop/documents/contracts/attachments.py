"""Attachments in a contract pack: checking a user's file, placing its pages, merging them in.

A PDF, JPG or PNG is checked by its content, not its name; anything unreadable is refused with
a message naming the file. An image becomes a page drawn by ReportLab; the pages of a PDF are
placed by pypdf onto pages the layout reserved for them, scaled into the body frame, so the
running header and "page X of Y" count them like any other page. Pure ReportLab, pypdf and
Pillow: runs on any worker thread.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

import pypdf
from PIL import Image, ImageOps
from pypdf import Transformation
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable

from desktop.documents.styles import Palette
from desktop.rules.errors import FieldProblem, RuleError

PDF, JPEG, PNG = "application/pdf", "image/jpeg", "image/png"
MAX_BYTES = 40 * 1024 * 1024
MAX_PAGES = 300
MAX_PIXELS = 80_000_000
MIN_SLOT_HEIGHT = 260  # points: less than this left on a page and the attachment starts a new one


class AttachmentError(RuleError):
    """A file that cannot go into a pack: the message names the file and says why."""

    def __init__(self, file_name: str, code: str, **params):
        super().__init__(FieldProblem("attachment", code, {"file": file_name, **params}))
        self.file_name = file_name


@dataclass
class Inspected:
    media_type: str
    pages: int
    sizes: list[tuple[float, float]] = field(default_factory=list)  # points, each page upright


def sniff(data: bytes) -> str:
    head = data[:1024]
    if b"%PDF-" in head:
        return PDF
    if data.startswith(b"\xff\xd8\xff"):
        return JPEG
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    return ""


def inspect(file_name: str, data: bytes) -> Inspected:
    """What the file is and its pages; AttachmentError when empty, too big, encrypted, corrupt or of another kind."""
    if not data:
        raise AttachmentError(file_name, "contract.attachment_empty")
    if len(data) > MAX_BYTES:
        raise AttachmentError(file_name, "contract.attachment_too_big", mb=MAX_BYTES // (1024 * 1024))
    kind = sniff(data)
    if kind == PDF:
        return _inspect_pdf(file_name, data)
    if kind in (JPEG, PNG):
        image = open_image(file_name, data)
        return Inspected(kind, 1, [image.size])
    raise AttachmentError(file_name, "contract.attachment_type")


def _inspect_pdf(file_name: str, data: bytes) -> Inspected:
    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise AttachmentError(file_name, "contract.attachment_encrypted")
        pages = reader.pages
        count = len(pages)
        if count == 0:
            raise AttachmentError(file_name, "contract.attachment_corrupt", reason="0 pages")
        if count > MAX_PAGES:
            raise AttachmentError(file_name, "contract.attachment_pages", max=MAX_PAGES)
        sizes = [_upright(p) for p in pages]
        for page in pages:
            page.get_contents()  # a broken content stream fails here, not halfway through a pack
    except AttachmentError:
        raise
    except Exception as err:  # pypdf raises many types for broken files
        raise AttachmentError(file_name, "contract.attachment_corrupt", reason=_reason(err)) from None
    return Inspected(PDF, count, sizes)


def _upright(page) -> tuple[float, float]:
    box = page.cropbox
    w, h = float(box.width), float(box.height)
    if w <= 0 or h <= 0:
        raise ValueError("empty page box")
    return (h, w) if (page.rotation or 0) % 180 else (w, h)


def _reason(err: BaseException) -> str:
    text = " ".join(str(err).split()) or type(err).__name__
    return text[:160]


def open_image(file_name: str, data: bytes) -> Image.Image:
    """The image fully decoded, turned as its EXIF says, in RGB; AttachmentError when it is not readable."""
    try:
        with Image.open(io.BytesIO(data)) as probe:
            probe.verify()
        image = Image.open(io.BytesIO(data))
        if image.width * image.height > MAX_PIXELS:
            raise AttachmentError(file_name, "contract.attachment_pixels")
        image.load()
        image = ImageOps.exif_transpose(image)
    except AttachmentError:
        raise
    except Exception as err:  # Pillow raises OSError, SyntaxError, ValueError, DecompressionBombError …
        raise AttachmentError(file_name, "contract.attachment_corrupt", reason=_reason(err)) from None
    if image.mode not in ("RGB", "L"):
        background = Image.new("RGB", image.size, "white")
        rgba = image.convert("RGBA")
        background.paste(rgba, mask=rgba.getchannel("A"))
        image = background
    return image


def fit(src_w: float, src_h: float, width: float, height: float) -> tuple[float, float, float]:
    """Scale and offsets that fit a page of src size into width × height: centred across, at the top
    (never enlarged more than 1.5 times)."""
    scale = min(width / src_w, height / src_h, 1.5)
    return scale, (width - src_w * scale) / 2, height - src_h * scale


@dataclass
class Placement:
    """Where a PDF attachment page goes: pack page (1-based) and the rectangle in points."""

    attachment: int
    page_index: int
    pack_page: int = 0
    x: float = 0.0
    y: float = 0.0
    scale: float = 1.0


class PageSlot(Flowable):
    """Takes the rest of the frame for one attachment page (a PDF page placed later, or an image drawn now)."""

    def __init__(self, size: tuple[float, float], placement: Placement | None = None, image: Image.Image | None = None):
        super().__init__()
        self.size, self.placement, self.image = size, placement, image

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        self.height = avail_height - 1 if avail_height >= MIN_SLOT_HEIGHT else avail_height + 1
        return self.width, self.height

    def split(self, avail_width, avail_height):
        return []  # never split: too little room means a new page

    def draw(self):
        scale, dx, dy = fit(self.size[0], self.size[1], self.width, self.height)
        w, h = self.size[0] * scale, self.size[1] * scale
        canv = self.canv
        if self.image is not None:
            canv.drawImage(ImageReader(self.image), dx, dy, width=w, height=h)
        else:
            x, y = canv.absolutePosition(dx, dy)
            p = self.placement
            p.pack_page, p.x, p.y, p.scale = canv.getPageNumber(), x, y, scale
        canv.saveState()
        canv.setStrokeColor(Palette.rule)
        canv.setLineWidth(0.5)
        canv.rect(dx, dy, w, h, stroke=1, fill=0)
        canv.restoreState()


def merge(body: bytes, placements: list[Placement], files: list[bytes], metadata: dict[str, str]) -> tuple[bytes, int]:
    """The laid-out pack with every PDF attachment page drawn into its slot and our metadata added."""
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(body)))
    sources: dict[int, pypdf.PdfWriter] = {}
    for p in placements:
        source_doc = sources.get(p.attachment)
        if source_doc is None:
            reader = pypdf.PdfReader(io.BytesIO(files[p.attachment]), strict=False)
            if reader.is_encrypted:
                reader.decrypt("")
            source_doc = sources[p.attachment] = pypdf.PdfWriter(clone_from=reader)
        source = source_doc.pages[p.page_index]
        if (source.rotation or 0) % 360:
            source.transfer_rotation_to_content()
        box = source.cropbox
        move = Transformation().translate(-float(box.left), -float(box.bottom)).scale(p.scale).translate(p.x, p.y)
        writer.pages[p.pack_page - 1].merge_transformed_page(source, move)
    writer.add_metadata(metadata)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue(), len(writer.pages)
