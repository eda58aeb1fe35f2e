"""Chinese phone numbers: mobiles (11 digits, 1[3-9]) and landlines (area code, number, extension).

Normal forms: mobile ``13812345678``; landline ``0571-88886666`` or ``0571-88886666-123``.
"""

from __future__ import annotations

import re

from desktop.rules.errors import FieldProblem, RuleError
from desktop.rules.text import to_halfwidth

# Area codes: 010 and 02X are three digits; the rest are four (03XX–09XX).
_LANDLINE = re.compile(r"^(0(?:10|2\d|[3-9]\d{2}))(\d{7,8})(\d{1,6})?$")
_EXT_SPLIT = re.compile(r"(?:转|分机|ext\.?|x|#)", re.IGNORECASE)
# The usual ways a mobile is written — 13812345678, 138 1234 5678, +86 138… — whose normal form is
# just their digits (the general path below gives the same); a roster import meets 50,000 of them.
_PLAIN_MOBILE = re.compile(r"(?:\+86 ?)?1[3-9][0-9](?: ?[0-9]{4}){2}")


def normalise_phone(raw: str) -> str:
    """Return the normal form of a mobile or landline number, or raise RuleError(phone.*)."""
    text = to_halfwidth(str(raw)).strip()
    if not text:
        raise RuleError(FieldProblem("phone", "phone.empty"))
    if _PLAIN_MOBILE.fullmatch(text):
        return text.replace(" ", "")[-11:]
    return _normalise(text)


def _normalise(text: str) -> str:
    """``normalise_phone`` of half-width, trimmed, non-empty text: every format."""
    parts = _EXT_SPLIT.split(text, maxsplit=1)
    main, ext = parts[0], (parts[1] if len(parts) > 1 else "")
    ext_digits = re.sub(r"\D", "", ext)
    if ext and not ext_digits:
        raise RuleError(FieldProblem("phone", "phone.invalid", {"value": text}))
    if re.search(r"[^\d\s\-+()（）.]", main):
        raise RuleError(FieldProblem("phone", "phone.invalid", {"value": text}))
    # A dash between groups may separate the extension: 0571-88886666-123
    groups = [g for g in re.split(r"[\s\-().]+", main.replace("（", "(").replace("）", ")")) if g]
    joined = "".join(groups)
    international = joined.startswith(("+86", "0086"))
    if international:
        groups = _drop_leading(groups, 3 if joined.startswith("+") else 4)
    elif joined.startswith("86") and len(joined) == 13 and joined[2] == "1":
        groups = _drop_leading(groups, 2)
    if groups:
        groups[0] = groups[0].lstrip("+")
    groups = [g for g in groups if g]
    digits = "".join(groups)
    # Written internationally a landline drops the trunk 0 (+86 571 8888 6666, +86 10 …);
    # the only area code starting with 1 is Beijing's 10, and mobiles never start with 10.
    if international and digits[:1].isdigit() and digits[0] != "0" and (digits[0] != "1" or digits.startswith("10")):
        groups[0] = "0" + groups[0]
        digits = "0" + digits
    if not digits.isdigit():
        raise RuleError(FieldProblem("phone", "phone.invalid", {"value": text}))
    if digits.startswith("1"):
        if len(digits) != 11 or digits[1] not in "3456789" or ext_digits:
            raise RuleError(FieldProblem("phone", "phone.mobile", {"value": text}))
        return digits
    if not digits.startswith("0"):
        raise RuleError(FieldProblem("phone", "phone.area_code", {"value": text}))
    if not ext_digits and len(groups) >= 3 and len(groups[-1]) <= 6 and len("".join(groups[:-1])) >= 10:
        ext_digits = groups[-1]
        digits = "".join(groups[:-1])
    match = _LANDLINE.match(digits)
    # An area code the caller separated must be the one we found (02-12345678 is not 021-2345678).
    typed_area = groups[0] if len(groups) > 1 and 2 <= len(groups[0]) <= 4 else ""
    if not match or match.group(3) or (typed_area and typed_area != match.group(1)):
        raise RuleError(FieldProblem("phone", "phone.landline", {"value": text}))
    area, number = match.group(1), match.group(2)
    return f"{area}-{number}" + (f"-{ext_digits}" if ext_digits else "")


def _drop_leading(groups: list[str], n: int) -> list[str]:
    """The digit groups without their first ``n`` characters (a country code)."""
    out = []
    for g in groups:
        if n >= len(g):
            n -= len(g)
            continue
        out.append(g[n:])
        n = 0
    return out


def is_mobile(number: str) -> bool:
    return len(number) == 11 and number.startswith("1")
