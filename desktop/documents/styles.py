"""Typography and colour for every document: one sober corporate look on A4.

The bundled face has a single weight, so the hierarchy is carried by size, colour, space
and rules: a navy title, headings over a thin rule, a calm body at 1.6× leading (Chinese
needs more air than Latin), grey small print. Chinese text wraps between characters by the
rules of ``linebreak`` (``wordWrap="CJK"``: no line starts with ，。）》 or ends with （《, codes
and numbers stay whole); English wraps at spaces and splits a word only when it cannot fit a line.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import TableStyle

from desktop.documents.fonts import register

PAGE_SIZE = A4
MARGIN_LEFT = 20 * mm
MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 24 * mm  # room for the running header
MARGIN_BOTTOM = 22 * mm  # room for the footer and page number
CONTENT_WIDTH = PAGE_SIZE[0] - MARGIN_LEFT - MARGIN_RIGHT
BODY_HEIGHT = PAGE_SIZE[1] - MARGIN_TOP - MARGIN_BOTTOM


class Palette:
    """Navy for structure, one restrained red for what must not leave the room, greys for the rest."""

    navy = colors.HexColor("#1F3A5F")
    navy_light = colors.HexColor("#DCE4EE")
    accent = colors.HexColor("#A3262A")
    accent_light = colors.HexColor("#F6E7E7")
    highlight = colors.HexColor("#FFF4D6")  # the holder's own scope
    highlight_rule = colors.HexColor("#D9A521")
    ink = colors.HexColor("#222222")
    muted = colors.HexColor("#5F6B7A")
    rule = colors.HexColor("#B8C2CE")
    zebra = colors.HexColor("#F4F6F9")
    label_bg = colors.HexColor("#EEF1F5")
    watermark = colors.Color(0.63, 0.15, 0.16, alpha=0.09)
    white = colors.white


@dataclass(frozen=True)
class Styles:
    lang: str
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    caption: ParagraphStyle
    cell: ParagraphStyle
    cell_small: ParagraphStyle
    cell_label: ParagraphStyle
    cell_head: ParagraphStyle
    cell_num: ParagraphStyle
    note: ParagraphStyle
    figure: ParagraphStyle
    figure_label: ParagraphStyle
    eyebrow: ParagraphStyle
    toc_levels: tuple[ParagraphStyle, ...]


@lru_cache(maxsize=4)
def styles_for(lang: str) -> Styles:
    """The paragraph styles for ``lang`` ("zh_CN" or "en"); cached, never mutate them."""
    font = register()
    wrap = "CJK" if lang == "zh_CN" else None

    def style(name: str, size: float, leading: float, color=Palette.ink, **extra) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading, textColor=color,
                              wordWrap=wrap, splitLongWords=1, **extra)

    return Styles(
        lang=lang,
        title=style("title", 22, 30, Palette.navy, spaceAfter=4),
        subtitle=style("subtitle", 11.5, 17, Palette.muted, spaceAfter=10),
        h1=style("h1", 14.5, 20, Palette.navy, spaceBefore=12, spaceAfter=5, keepWithNext=1),
        h2=style("h2", 11.5, 16, Palette.navy, spaceBefore=8, spaceAfter=3, keepWithNext=1),
        body=style("body", 10, 16, spaceAfter=4),
        small=style("small", 8, 12, Palette.muted),
        caption=style("caption", 8.5, 12, Palette.muted, spaceBefore=2, spaceAfter=6),
        cell=style("cell", 9, 13.5),
        cell_small=style("cell_small", 8, 11.5),
        cell_label=style("cell_label", 8.5, 13, Palette.muted),
        cell_head=style("cell_head", 9, 13, Palette.white),
        cell_num=style("cell_num", 9, 13.5, alignment=TA_RIGHT),
        note=style("note", 8.5, 12.5, Palette.accent, spaceBefore=4),
        figure=style("figure", 15, 19, Palette.navy, alignment=TA_CENTER),
        figure_label=style("figure_label", 8, 11, Palette.muted, alignment=TA_CENTER),
        eyebrow=style("eyebrow", 9, 13, Palette.accent, spaceAfter=2),
        toc_levels=(
            style("toc1", 10.5, 20, Palette.ink, leftIndent=0, firstLineIndent=0),
            style("toc2", 9.5, 16, Palette.muted, leftIndent=14, firstLineIndent=0),
        ),
    )


def figures_style(count: int) -> TableStyle:
    """A strip of key figures: pale tiles separated by white gutters."""
    cmds: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), register(), 9),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
        ("BACKGROUND", (0, 0), (-1, -1), Palette.label_bg),
        ("LINEABOVE", (0, 0), (-1, 0), 1.6, Palette.navy),
    ]
    for col in range(1, count):
        cmds.append(("LINEBEFORE", (col, 0), (col, -1), 4, Palette.white))
    return TableStyle(cmds)


@lru_cache(maxsize=32)
def align(style: ParagraphStyle, where: str) -> ParagraphStyle:
    """A copy of ``style`` aligned left, centre or right."""
    value = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}[where]
    return ParagraphStyle(f"{style.name}_{where}", parent=style, alignment=value)


def grid_style(*, header: bool = True, zebra: bool = True, highlight_rows: tuple[int, ...] = ()) -> TableStyle:
    """A data table: navy header row (repeated on every page), zebra rows, hairlines between rows."""
    cmds: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), register(), 9),  # empty cells too, or Helvetica gets referenced
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, Palette.rule),
        ("BOX", (0, 0), (-1, -1), 0.6, Palette.rule),
    ]
    first = 1 if header else 0
    if header:
        cmds += [("BACKGROUND", (0, 0), (-1, 0), Palette.navy), ("LINEBELOW", (0, 0), (-1, 0), 0.8, Palette.navy)]
    if zebra:
        cmds.append(("ROWBACKGROUNDS", (0, first), (-1, -1), [Palette.white, Palette.zebra]))
    for row in highlight_rows:
        cmds += [("BACKGROUND", (0, row), (-1, row), Palette.highlight),
                 ("LINEBEFORE", (0, row), (0, row), 2.5, Palette.highlight_rule)]
    return TableStyle(cmds)


def facts_style(pairs_per_row: int) -> TableStyle:
    """A label/value grid: labels on a pale band, values on white, hairline grid."""
    cmds: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), register(), 9),  # empty cells too, or Helvetica gets referenced
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("GRID", (0, 0), (-1, -1), 0.4, Palette.rule),
    ]
    for pair in range(pairs_per_row):
        cmds.append(("BACKGROUND", (2 * pair, 0), (2 * pair, -1), Palette.label_bg))
    return TableStyle(cmds)
