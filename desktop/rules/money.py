"""Money, percentages and dates as Chinese documents write them — one rule for every document and
every summary in the windows.

- :func:`fmt_yuan`: below 1 万 in 元 (8,500元, 0.05元), from 1 万 up in 万元 (1.2万元, 1,865万元);
  English ¥8,500 / ¥12.35 m. ``exact=True`` (contracts) keeps every digit (1.234567万元).
- :func:`capitals`: the amount in 大写 as contracts require — 人民币壹拾伍万元整, with 零 where
  digits are skipped (壹亿零壹万元整, 壹佰万元零壹分).
- :func:`fmt_percent`: 15%, 12.5%, 12.55% — no space.
- :func:`fmt_times`, :func:`with_unit`: 0.6倍, 3,494台 (no space before a Chinese unit).
- :func:`fmt_day`: 2026年12月7日 / 7 Dec 2026.
Pure functions, no Qt, any thread.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

DASH = "—"
WAN = Decimal(10_000)
CENT = Decimal("0.01")
DIGITS = "零壹贰叁肆伍陆柒捌玖"
PLACES = ("", "拾", "佰", "仟")
SECTIONS = ("", "万", "亿", "万亿")


def _decimal(value) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        amount = Decimal(str(value).replace(",", ""))
    except InvalidOperation:
        return None
    return amount if amount.is_finite() else None


def _plain(amount: Decimal, places: int | None) -> str:
    """``amount`` with thousands separators, rounded to ``places`` (None: as many as it has),
    trailing zeros dropped: 1865 → '1,865', 1.20 → '1.2'."""
    if places is not None:
        amount = amount.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    text = f"{amount:,f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def fmt_yuan(value, lang: str, *, exact: bool = False) -> str:
    """The one money rule: 8,500元 / 0.05元 below 1 万, 1.2万元 / 1,865万元 from 1 万 up
    (two decimals of 万, or every digit when ``exact``); English ¥8,500 / ¥12.35 m."""
    amount = _decimal(value)
    if amount is None:
        return DASH
    if lang == "zh_CN":
        if abs(amount) < WAN:
            return f"{_plain(amount, 2)}元"
        return f"{_plain(amount / WAN, None if exact else 2)}万元"
    if exact:
        return f"¥{amount.quantize(CENT, rounding=ROUND_HALF_UP):,}"
    if abs(amount) >= 1_000_000:
        return f"¥{_plain(amount / 1_000_000, 2)} m"
    return f"¥{_plain(amount, 2)}"


def _integer_capitals(number: int) -> str:
    digits = str(number)
    out: list[str] = []
    zero = False  # a skipped digit waits to be written as one 零 before the next non-zero one
    section_used = False
    for index, ch in enumerate(digits):
        place = len(digits) - 1 - index
        if ch == "0":
            zero = bool(out)
        else:
            if zero:
                out.append("零")
                zero = False
            out.append(DIGITS[int(ch)] + PLACES[place % 4])
            section_used = True
        if place % 4 == 0 and place > 0:
            if section_used:
                out.append(SECTIONS[place // 4])
            section_used = False
    return "".join(out)


def capitals(value, *, prefix: str = "人民币") -> str:
    """人民币壹拾伍万元整: 大写 by the rules of the 支付结算办法 (壹拾 for ten, one 零 for a run of
    skipped digits, 整 when there are no 分). Rounded to the fen; '' for no amount."""
    amount = _decimal(value)
    if amount is None:
        return ""
    amount = amount.quantize(CENT, rounding=ROUND_HALF_UP)
    sign = "负" if amount < 0 else ""
    fen_total = int(abs(amount) * 100)
    yuan, rest = divmod(fen_total, 100)
    jiao, fen = divmod(rest, 10)
    if yuan >= 10 ** 16:
        raise ValueError(f"amount too large for capitals: {value}")
    head = _integer_capitals(yuan)
    if not head and not rest:
        return f"{prefix}{sign}零元整"
    text = f"{head}元" if head else ""
    if not rest:
        return f"{prefix}{sign}{text}整"
    if jiao:
        text += f"{DIGITS[jiao]}角"
    elif head:
        text += "零"  # 壹佰万元零壹分
    if fen:
        text += f"{DIGITS[fen]}分"
    else:
        text += "整"
    return f"{prefix}{sign}{text}"


def fmt_yuan_with_capitals(value, lang: str) -> str:
    """A contract's amount: 15万元（人民币壹拾伍万元整）; English only the figure."""
    figure = fmt_yuan(value, lang, exact=True)
    if lang != "zh_CN" or figure == DASH:
        return figure
    return f"{figure}（{capitals(value)}）"


def fmt_percent(value, places: int = 2) -> str:
    """15 → '15%', 12.5 → '12.5%', 12.55 → '12.55%' (no space, trailing zeros dropped)."""
    amount = _decimal(value)
    if amount is None:
        return DASH
    return f"{_plain(amount, places)}%"


def fmt_times(value, lang: str) -> str:
    """A ratio: 0.6倍 / 0.6×."""
    amount = _decimal(value)
    if amount is None:
        return DASH
    return f"{_plain(amount, None)}{'倍' if lang == 'zh_CN' else '×'}"


def with_unit(number: str, unit: str) -> str:
    """'3,494' + '台' → '3,494台' (Chinese units close up), + 'cars' → '3,494 cars'."""
    unit = unit.strip()
    if not unit:
        return number
    return f"{number}{unit}" if not unit[0].isascii() or unit[0] in "%‰" else f"{number} {unit}"


def fmt_day(value: date | datetime | None, lang: str) -> str:
    """2026年12月7日 in Chinese, 7 Dec 2026 in English."""
    if value is None:
        return DASH
    if isinstance(value, datetime):
        value = value.date()
    if lang == "zh_CN":
        return f"{value.year}年{value.month}月{value.day}日"
    return f"{value.day} {value.strftime('%b')} {value.year}"
