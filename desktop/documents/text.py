"""User text into paragraphs, literally; numbers and dates in the reader's language.

ReportLab paragraphs parse a small XML markup, so a dealer called ``A&B <b>`` would either
break rendering or turn bold. Everything a user typed goes through :func:`para`, which
escapes it and keeps the line breaks; only our own templates use markup.
"""

from __future__ import annotations

import re
from functools import lru_cache
from datetime import date, datetime
from decimal import Decimal
from xml.sax.saxutils import escape as _xml_escape

from reportlab.lib.styles import ParagraphStyle

from desktop.documents.fonts import FONT, covered, runs, string_width
from desktop.documents.linebreak import DeskParagraph
from desktop.i18n import t
from desktop.rules import money

# C0 controls other than tab/newline (and DEL) cannot appear in a PDF string meaningfully.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
DASH = "—"
ELLIPSIS = "…"


def clean(text: object) -> str:
    """Plain text safe for the PDF: controls dropped, lone surrogates replaced, newlines unified."""
    if text is None:
        return ""
    value = str(text).replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    value = _CONTROL.sub("", value)
    return value.encode("utf-8", "replace").decode("utf-8")


def escape(text: object) -> str:
    """Paragraph markup that shows ``text`` literally, one line break per newline; characters
    the main face lacks (𠮷, 䶮) are set in the fallback face that has them."""
    value = clean(text)
    if covered(value):
        return _xml_escape(value).replace("\n", "<br/>")
    return "".join(_xml_escape(run).replace("\n", "<br/>") if font == FONT else f'<font face="{font}">{run}</font>'
                   for font, run in runs(value))


def para(text: object, style: ParagraphStyle, *, placeholder: str = "") -> DeskParagraph:
    """A paragraph of user text: ``<``, ``>``, ``&`` and markup-like text appear as typed.

    Chinese inside an English document still wraps between characters, not only at spaces.
    """
    value = clean(text)
    if not value.strip():
        value = placeholder
    if style.wordWrap != "CJK" and _HAN.search(value):
        style = _cjk(style)
    return DeskParagraph(escape(value), style)


_HAN = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")


@lru_cache(maxsize=64)
def _cjk(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}_cjk", parent=style, wordWrap="CJK")


def markup(template: str, style: ParagraphStyle, **values: object) -> DeskParagraph:
    """Our own markup with user values escaped into it: ``markup("<b>{name}</b>", s, name=x)``."""
    return DeskParagraph(template.format(**{k: escape(v) for k, v in values.items()}), style)


def shorten(text: object, limit: int | None) -> tuple[str, bool]:
    """``text`` cut to ``limit`` characters with an ellipsis; also says whether it was cut."""
    value = clean(text)
    if limit is None or len(value) <= limit:
        return value, False
    return value[: max(limit - 1, 0)].rstrip() + ELLIPSIS, True


def or_dash(text: object) -> str:
    value = clean(text).strip()
    return value if value else DASH


def fmt_date(value: date | datetime | None, lang: str) -> str:
    """2026年12月7日 / 7 Dec 2026 (``rules.money.fmt_day``)."""
    return money.fmt_day(value, lang)


def fmt_int(value: int | None, lang: str, unit_key: str = "") -> str:
    if value is None:
        return DASH
    return money.with_unit(f"{value:,}", t(unit_key, lang)) if unit_key else f"{value:,}"


def fmt_money(value: Decimal | float | int | None, lang: str) -> str:
    """Yuan by the one money rule (``rules.money.fmt_yuan``): 8,500元, 1.2万元 / ¥12.35 m."""
    return money.fmt_yuan(value, lang)


def fmt_percent(value: Decimal | float | None) -> str:
    return money.fmt_percent(value)


def fmt_ratio(value: Decimal | float | None, lang: str) -> str:
    """A referral ratio: 0.6倍 / 0.6×."""
    return money.fmt_times(value, lang)


def fmt_amount(value: Decimal | float | int | None, unit: str, lang: str) -> str:
    """A value in its unit: % → 15%, × → 0.6 倍, ¥/元 → 1.2万元, anything else appended."""
    if value is None:
        return DASH
    if unit == "%":
        return fmt_percent(value)
    if unit == "×":
        return fmt_ratio(value, lang)
    if unit in ("¥", "元", "yuan"):
        return fmt_money(value, lang)
    return money.with_unit(f"{Decimal(str(value)).normalize():f}", clean(unit))


def join_list(items: list[str], lang: str) -> str:
    values = [clean(i).strip() for i in items if clean(i).strip()]
    if not values:
        return DASH
    return ("、" if lang == "zh_CN" else ", ").join(values)


def fit(text: object, font: str, size: float, width: float) -> str:
    """``text`` on one line, shortened with an ellipsis to fit ``width`` points (measured run by
    run in the faces that draw it: see ``fonts.draw_string``)."""
    value = clean(text).replace("\n", " ")
    if string_width(value, size, font) <= width:
        return value
    low, high = 0, len(value)
    while low < high:  # longest prefix that fits, by bisection (names can be thousands long)
        mid = (low + high + 1) // 2
        if string_width(value[:mid] + ELLIPSIS, size, font) <= width:
            low = mid
        else:
            high = mid - 1
    return value[:low] + ELLIPSIS
