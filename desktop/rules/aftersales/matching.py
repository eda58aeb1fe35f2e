"""Which dealer a row of a policy or claims list belongs to (pure).

In order: the agency (or repair-shop) code, through the codes the branch has mapped to each dealer;
the dealer's 统一社会信用代码; a name the branch has mapped; the dealer's legal or short name, when
exactly one dealer has it. A row none of these places is *unmatched*: listed for a person to
assign (which maps its code or name to the dealer for every later import).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from desktop.rules.text import to_halfwidth

_SEPARATORS = re.compile(r"[\s\-_./·]+")


@dataclass
class DealerKeys:
    """What rows are matched against, keyed as ``code_key`` and the name function key them."""

    codes: dict[str, int] = field(default_factory=dict)  # mapped agency/shop code → dealer
    usccs: dict[str, int] = field(default_factory=dict)
    mapped_names: dict[str, int] = field(default_factory=dict)  # mapped name key → dealer
    names: dict[str, list[int]] = field(default_factory=dict)  # legal/short name key → dealers


@dataclass(frozen=True)
class Match:
    dealer_id: int | None
    by: str  # code, uscc, mapped_name, name, '' (unmatched), ambiguous
    candidates: tuple[int, ...] = ()


def code_key(code: str) -> str:
    """A code as matched: half-width, upper case, without spaces, dashes, dots or slashes."""
    return _SEPARATORS.sub("", to_halfwidth(code)).upper()


def match(keys: DealerKeys, code: str, uscc: str, name: str, name_key: Callable[[str], str]) -> Match:
    """The dealer of a row giving ``code``, ``uscc`` and ``name`` (any may be '')."""
    if code:
        found = keys.codes.get(code_key(code))
        if found is not None:
            return Match(found, "code")
    if uscc:
        found = keys.usccs.get(uscc)
        if found is not None:
            return Match(found, "uscc")
    if name:
        k = name_key(name)
        found = keys.mapped_names.get(k)
        if found is not None:
            return Match(found, "mapped_name")
        ids = keys.names.get(k, [])
        if len(ids) == 1:
            return Match(ids[0], "name")
        if len(ids) > 1:
            return Match(None, "ambiguous", tuple(ids[:5]))
    return Match(None, "")
