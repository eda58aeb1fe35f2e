"""Text normalisation shared by validation, search and roster import."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")


_HALFWIDTH = {0x3000: " ", **{code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}}
_FULLWIDTH = re.compile("[\u3000\uff01-\uff5e]")


def to_halfwidth(text: str) -> str:
    """Full-width (全角) ASCII letters, digits, punctuation and the ideographic space to half-width."""
    # Most text has none: one regex scan instead of a Python loop per character (roster imports).
    return text.translate(_HALFWIDTH) if _FULLWIDTH.search(text) else text


def clean(text: object) -> str:
    """Trim, half-width, collapse inner whitespace runs to one space; None → ''."""
    if text is None:
        return ""
    return clean_unstripped(str(text)).strip()


def clean_unstripped(text: str) -> str:
    """``clean`` but for the final strip (half-width, NFC, whitespace runs to one space)."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", to_halfwidth(text)))


_SEPARATOR = "\x00"  # not whitespace, never composes (NFC), never full-width, in no pattern here


def joined_pass(fn, texts) -> list[str]:
    """``[fn(t) for t in texts]`` in one call of ``fn`` over the texts joined by a NUL — the same
    results for any ``fn`` that works text-wise and never matches or changes a NUL (half-width,
    NFC, lower-casing, regex substitutions without NUL): C speed on a roster column of 50,000."""
    texts = list(texts)
    joined = _SEPARATOR.join(texts)
    if joined.count(_SEPARATOR) != len(texts) - 1:  # no texts, or a text holding a NUL itself
        return [fn(t) for t in texts]
    return fn(joined).split(_SEPARATOR)


def clean_many(texts) -> list[str]:
    """``clean`` of many strings (str only) at once, with the same results."""
    return [part.strip() for part in joined_pass(clean_unstripped, texts)]
