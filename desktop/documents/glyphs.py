"""Which field holds a character no bundled font can print — so the user can be told, not misled.

Layout notes the characters drawn as 〓 (``fonts.MissingGlyphs``); this module finds them in
the records the document was made from and names each field in the reader's language
("关键人物 2 › 姓名：王😀明"). :func:`located` wraps a renderer call: the error it lets through
carries ``places``. The CLI prints them and offers ``--replace-missing``; the windows ask before
printing with 〓 (``fonts.replacement_allowed``). Pure Python, any thread.
"""

from __future__ import annotations

import contextlib
import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass

from desktop.documents.fonts import REPLACEMENT, MissingGlyphs
from desktop.i18n import t

MAX_DEPTH = 6  # records nest a few levels (dossier › meeting › team › member); rank tables are dicts


@dataclass(frozen=True)
class Place:
    """One character in one field: ``path`` as the records spell it ("dealer.people[1].name")."""

    char: str
    path: str
    value: str

    def label(self, lang: str) -> str:
        return field_label(self.path, lang)


def _walk(value, path: str, depth: int) -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield path, value
    elif depth >= MAX_DEPTH:
        return
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            if f.name != "audit":
                yield from _walk(getattr(value, f.name), f"{path}.{f.name}" if path else f.name, depth + 1)
    elif isinstance(value, (list, tuple)):
        for i, item in enumerate(value):
            yield from _walk(item, f"{path}[{i}]", depth + 1)
    elif isinstance(value, dict):
        for key, item in value.items():
            if isinstance(key, str):
                yield from _walk(item, f"{path}.{key}" if path else key, depth + 1)


def locate(chars, **sources) -> list[Place]:
    """Every (character, field) among ``sources`` (name → record) holding one of ``chars``;
    the same text reached by two paths (a dealer inside its dossier) is named once."""
    wanted = set(chars)
    found: list[Place] = []
    seen: set[tuple[str, str]] = set()
    for name, record in sources.items():
        for path, text in _walk(record, name, 0):
            for ch in dict.fromkeys(c for c in text if c in wanted):
                key = (ch, text)
                if key not in seen:
                    seen.add(key)
                    found.append(Place(ch, path, text))
    return found


_SEGMENT = re.compile(r"([A-Za-z_]\w*)|\[(\d+)\]")


def field_label(path: str, lang: str) -> str:
    """'dealer.people[1].name' → '车商 › 关键人物 2 › 姓名' (a segment without a label is left out)."""
    parts: list[str] = []
    for name, index in _SEGMENT.findall(path):
        if index:
            if parts:
                parts[-1] = f"{parts[-1]} {int(index) + 1}"
            continue
        if name == "name" and parts and path.split(".")[-2].split("[")[0] in ("dealer", "branch"):
            name = "party_name"  # a contract party's name is a company's, not a person's
        for key in (f"glyph.part.{name}", f"field.{name}"):
            text = t(key, lang)  # the key itself when there is no such entry
            if text != key:
                parts.append(text)
                break
    return " › ".join(parts) or path


def describe(err: MissingGlyphs, lang: str) -> list[str]:
    """One line per character and field: “😀”（U+1F600）— 关键人物 2 › 姓名：王😀明."""
    places = getattr(err, "places", None) or []
    lines = []
    for ch, contexts in err.chars.items():
        mine = [p for p in places if p.char == ch]
        where = [(p.label(lang), p.value) for p in mine] or [(t("glyph.somewhere", lang), c) for c in contexts]
        for label, value in where:
            lines.append(t("glyph.line", lang, char=ch, code=f"U+{ord(ch):04X}", field=label, value=_short(value)))
    return lines


def _short(value: str, limit: int = 40) -> str:
    value = " ".join(value.split())
    return value if len(value) <= limit else value[: limit - 1] + "…"


def message(err: MissingGlyphs, lang: str, *, cli: bool = False) -> str:
    """The whole explanation: what is wrong, where, and what printing anyway does."""
    outro = t("glyph.outro.cli" if cli else "glyph.outro", lang, mark=REPLACEMENT)
    return "\n".join([t("glyph.intro", lang), *describe(err, lang), outro])


@contextlib.contextmanager
def located(**sources):
    """Re-raise ``MissingGlyphs`` from the block with ``places`` found in ``sources``."""
    try:
        yield
    except MissingGlyphs as err:
        err.places = locate(err.chars, **sources)
        raise
