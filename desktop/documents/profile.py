"""Our company as the printed documents present it, from a configurable JSON file.

The bundled ``resources/templates/company_profile.json`` is demo content; a file of the same
name in the user data folder takes precedence, so a branch can describe itself without
touching the installation. Every text is ``{"zh": ..., "en": ...}``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from desktop.i18n import t
from desktop.paths import resource, user_data_dir

FILE_NAME = "company_profile.json"


class ProfileError(ValueError):
    """The company profile file is missing, not JSON, or lacks a required entry."""


Text = dict[str, str]


def pick(text: Text | str | None, lang: str) -> str:
    """The ``lang`` version of a bilingual text (falls back to the other language)."""
    if text is None:
        return ""
    if isinstance(text, str):
        return text
    first, second = ("zh", "en") if lang == "zh_CN" else ("en", "zh")
    return str(text.get(first) or text.get(second) or "")


@dataclass(frozen=True)
class CompanyProfile:
    name: Text
    branch: Text = field(default_factory=dict)
    tagline: Text = field(default_factory=dict)
    hotline: str = ""
    address: Text = field(default_factory=dict)
    facts: tuple[tuple[Text, Text], ...] = ()
    strengths: tuple[tuple[Text, Text], ...] = ()
    dealer_benefits: tuple[Text, ...] = ()

    def organisation(self, lang: str) -> str:
        """Company and branch on one line, for page headers."""
        return " ".join(p for p in (pick(self.name, lang), pick(self.branch, lang)) if p)


def default_path() -> Path:
    own = user_data_dir() / FILE_NAME
    return own if own.is_file() else resource("templates", FILE_NAME)


def load(path: str | Path | None = None) -> CompanyProfile:
    """Read and check the profile; raises ProfileError with the file's name on any problem."""
    source = Path(path) if path else default_path()
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
    except OSError as err:
        raise ProfileError(t("doc.error.profile_unreadable", path=source, reason=err.strerror or err)) from err
    except ValueError as err:
        raise ProfileError(t("doc.error.profile_json", path=source, reason=err)) from err
    try:
        if not isinstance(data, dict) or not pick(data.get("name"), "zh_CN"):
            raise KeyError("name")
        return CompanyProfile(
            name=_text(data["name"]),
            branch=_text(data.get("branch")),
            tagline=_text(data.get("tagline")),
            hotline=str(data.get("hotline", "")),
            address=_text(data.get("address")),
            facts=tuple((_text(f["label"]), _text(f["value"])) for f in data.get("facts", [])),
            strengths=tuple((_text(s["title"]), _text(s["text"])) for s in data.get("strengths", [])),
            dealer_benefits=tuple(_text(b) for b in data.get("dealer_benefits", [])),
        )
    except (KeyError, TypeError, AttributeError) as err:
        raise ProfileError(t("doc.error.profile_entry", path=source, entry=err)) from err


def _text(value) -> Text:
    if value is None:
        return {}
    if isinstance(value, str):
        return {"zh": value, "en": value}
    if not isinstance(value, dict):
        raise TypeError(f"expected a text, found {type(value).__name__}")
    return {k: str(v) for k, v in value.items() if k in ("zh", "en")}
