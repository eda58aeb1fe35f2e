"""Worded facts: a message code with parameters, put into words in the reader's language.

Rules explain themselves with facts (why a dealer is classified so, what a contract still lacks);
the windows, the CLI and the printed documents show them. Numbers inside facts are stored as text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal


@dataclass
class Fact:
    """One worded fact: ``code`` is an i18n key, ``params`` fill its placeholders."""

    code: str
    params: dict = field(default_factory=dict)

    # Parameters holding a vocabulary code are shown by their translated label.
    LABELLED = {"what": "{}", "field": "field.{}", "tier": "cls.tier.{}", "role": "role.{}", "line": "policy.line.{}", "kind": "meeting.kind.{}"}

    def text(self, lang: str | None = None) -> str:
        """The fact in words; a {'en': …, 'zh_CN': …} parameter (data such as rank names) picks its language."""
        from desktop.i18n import language, t

        lang = lang or language()

        def shown(key, value):
            if isinstance(value, dict):
                return value.get(lang) or value.get("en", "")
            if key in self.LABELLED and isinstance(value, str) and value:
                return t(self.LABELLED[key].format(value), lang)
            return value

        return t(self.code, lang, **{k: shown(k, v) for k, v in self.params.items()})


def fmt_number(value) -> str:
    """12345.50 → '12,345.5'; whole numbers without decimals (facts are stored as text)."""
    dec = Decimal(str(value))
    if dec == dec.to_integral_value():
        return f"{int(dec):,}"
    return f"{dec.normalize():,f}"
