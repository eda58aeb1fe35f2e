"""Text normalisation shared by validation, search and roster import."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")


def to_halfwidth(text: str) -> str:
    """Full-width (全角) ASCII letters, digits, punctuation and the ideographic space to half-width."""
    out = []
    for ch in text:
        code = ord(ch)
        if code == 0x3000:
            out.append(" ")
        elif 0xFF01 <= code <= 0xFF5E:
            out.append(chr(code - 0xFEE0))
        else:
            out.append(ch)
    return "".join(out)


def clean(text: object) -> str:
    """Trim, half-width, collapse inner whitespace runs to one space; None → ''."""
    if text is None:
        return ""
    value = unicodedata.normalize("NFC", to_halfwidth(str(text)))
    return _SPACES.sub(" ", value).strip()
