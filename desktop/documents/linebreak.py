"""Chinese line breaking (GB/T 15834, W3C clreq) for every paragraph and table cell.

ReportLab's own CJK wrapping cuts "like a knife" between any two characters and only knows a
handful of Japanese marks: lines started with ，；：？！ and closing quotes, ended with （《“, and
split phone numbers and 统一社会信用代码 across lines. Here a line may break before character
``i`` only when

- ``i`` is not a mark that must not start a line (。，、；：？！ closing brackets and quotes,
  …, %, the interpunct ·, connectors), and ``i - 1`` is not one that must not end a line
  (opening brackets and quotes, ¥ $ #);
- ``i - 1`` and ``i`` are not inside one number, Latin word or code (1,234.50, 0571-88886666,
  91330100MA2XXXXX0L, ZJ-车商-2026-0007, smart, a ________ blank) nor inside a —— or …… pair;
- spaces are break points and do not start a line.

Lines are filled greedily and broken at the last allowed point; only a token longer than a
whole line is cut where it must. :class:`DeskParagraph` uses this for ``wordWrap="CJK"``.
"""

from __future__ import annotations

import re

from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import ParaLines, _handleBulletWidth, cjkU, makeCJKParaLine
from reportlab.rl_config import _FUZZ

# GB/T 15834-2011 §5.1.4 and clreq §3.1.7: marks that never start a line …
NO_START = frozenset("，。、；：？！）》」』】〕〗〙〛｝］〉›»”’…‥％·・‧～/,.;:?!)]}%°℃‰")
# … and marks that never end one (opening brackets and quotes, currency and number signs).
NO_END = frozenset("（《「『【〔〖〘〚｛［〈‹«“‘([{¥￥$＄#＃@§")
NO_SPLIT_PAIRS = frozenset("—…")  # 破折号 —— and 省略号 …… stay whole
_HAN = "\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
# A number, Latin word or code: letters/digits joined by connectors, a trailing %; Han parts of
# up to four characters are allowed between connectors when the whole has a letter or digit
# (contract numbers such as ZJ-车商-2026-0007).
_WORD = r"[0-9A-Za-z\u00c0-\u024f]+"
_TOKEN = re.compile(
    rf"(?:{_WORD}|[{_HAN}]{{1,4}})(?:[-_./:@+&,'’](?:{_WORD}|[{_HAN}]{{1,4}}))+%?|{_WORD}%?|_{{2,}}")
_HAS_WORD = re.compile(r"[0-9A-Za-z_]")  # a letter or digit, or a fill-in blank ________
OBJECT = "\ufffc"  # an inline image or a hard break in the character list


def _token_ids(text: str) -> list[int]:
    """Per character: the id of the unbreakable token it belongs to, or -1."""
    ids = [-1] * len(text)
    for n, match in enumerate(_TOKEN.finditer(text)):
        if _HAS_WORD.search(match.group()):
            for i in range(match.start(), match.end()):
                ids[i] = n
    return ids


def break_opportunities(text: str, tokens: list[int] | None = None) -> list[bool]:
    """``allowed[i]``: a line may end before ``text[i]`` (``allowed[0]`` is False)."""
    n = len(text)
    allowed = [False] * n
    tokens = _token_ids(text) if tokens is None else tokens
    for i in range(1, n):
        before, here = text[i - 1], text[i]
        if here.isspace() or here in NO_START or before in NO_END:
            continue
        if before.isspace():
            allowed[i] = True
            continue
        if tokens[i] != -1 and tokens[i] == tokens[i - 1]:
            continue
        if here == before and here in NO_SPLIT_PAIRS:
            continue
        allowed[i] = True
    return allowed


def line_spans(text: str, widths: list[float], max_widths, hard_after: frozenset[int] = frozenset()
               ) -> list[tuple[int, int, int]]:
    """(start, end, visible end) of each line: ``text[start:end]`` is the line and
    ``text[start:visible]`` without its trailing spaces. ``hard_after``: indices that end a line."""
    if not isinstance(max_widths, (list, tuple)):
        max_widths = [max_widths]
    tokens = _token_ids(text)
    allowed = break_opportunities(text, tokens)
    token_width: dict[int, float] = {}
    for t, w in zip(tokens, widths):
        token_width[t] = token_width.get(t, 0.0) + w
    n = len(text)
    spans: list[tuple[int, int, int]] = []
    start = 0
    while start < n:
        limit = max_widths[min(len(spans), len(max_widths) - 1)]
        used, i, last_ok, end = 0.0, start, None, None
        while i < n:
            if i > start and allowed[i]:
                last_ok = i
            if i > start and used + widths[i] > limit + _FUZZ and not text[i].isspace():
                if allowed[i]:
                    end = i
                elif last_ok and not (tokens[i] != -1 and token_width[tokens[i]] > limit):
                    end = last_ok
                else:  # no allowed point, or a token longer than a whole line: cut it here
                    end = _forced(text, start, i)
                break
            used += widths[i]
            i += 1
            if i - 1 in hard_after:
                end = i
                break
        if end is None:
            end = n
        visible = end
        while visible > start and text[visible - 1].isspace():
            visible -= 1
        while end < n and text[end].isspace() and end - 1 not in hard_after:
            end += 1  # spaces where the line breaks belong to the line they end
        spans.append((start, end, visible))
        start = end
    return spans


def _forced(text: str, start: int, i: int) -> int:
    """Where to cut a line holding no allowed break (a token longer than the line): the last
    point before ``i`` that at least keeps the punctuation rules, else right before ``i``."""
    for j in range(i, start, -1):
        if text[j] not in NO_START and text[j - 1] not in NO_END:
            return j
    return i


class DeskParagraph(Paragraph):
    """A paragraph whose ``wordWrap="CJK"`` lines break by :func:`line_spans`."""

    def breakLinesCJK(self, maxWidths):  # noqa: N802 (ReportLab's name)
        if not isinstance(maxWidths, (list, tuple)):
            maxWidths = [maxWidths]
        style = self.style
        self.height = 0
        _handleBulletWidth(self.bulletText, style, maxWidths)
        if hasattr(self, "blPara") and getattr(self, "_splitpara", 0):
            return self.blPara
        units: list[cjkU] = []
        for frag in self.frags:
            text = frag.text if isinstance(frag.text, str) else frag.text.decode("utf8")
            if text:
                units.extend(cjkU(ch, frag, "utf8") for ch in text)
            else:  # a line break or an inline image
                units.append(cjkU("", frag, "utf8"))
        if not units:
            return ParaLines(kind=0, fontSize=style.fontSize, fontName=style.fontName, textColor=style.textColor,
                             lines=[], ascent=style.fontSize, descent=-0.2 * style.fontSize)
        text = "".join(u or OBJECT for u in units)
        hard = frozenset(i for i, u in enumerate(units) if hasattr(u.frag, "lineBreak"))
        widths = [_width(u, maxWidths[0]) for u in units]
        calc_bounds = getattr(self, "autoLeading", getattr(style, "autoLeading", "")) not in ("", "off")
        lines = []
        for start, end, visible in line_spans(text, widths, maxWidths, hard):
            max_width = maxWidths[min(len(lines), len(maxWidths) - 1)]
            used = sum(widths[start:visible])
            lines.append(makeCJKParaLine(units[start:end], max_width, used, max_width - used, end - 1 in hard,
                                         calc_bounds))
        return ParaLines(kind=1, lines=lines)


def _width(unit: cjkU, max_width: float) -> float:
    width = unit.width
    if hasattr(width, "normalizedValue"):  # an inline image sized in percent of the line
        width._normalizer = max_width
        width = width.normalizedValue(max_width)
    return width
