"""Why a dealer is classified so, as a sentence a branch manager reads aloud — not as a formula.

The classification's facts carry their figures (``cls.fact.*``: "赔付率 89% > 65%"), fine for a settings
screen; the printed packet says the same in words ("赔付率为 89%，高于 65% 的标准"). A fact without a
sentence form keeps its own words. Pure.
"""

from __future__ import annotations

from desktop.rules.facts import Fact
from desktop.rules.money import fmt_yuan
from desktop.rules.negotiation.records import Classification, ClassificationResult


def _say(fact: Fact, lang: str) -> str:
    from desktop.i18n import t

    key = "cls.say." + fact.code.removeprefix("cls.fact.")
    if t(key, lang) == key:
        return fact.text(lang)
    params = dict(fact.params)
    for name in Fact.MONEY.get(fact.code, ()):
        if name in params:
            params[name] = fmt_yuan(params[name], lang)
    return Fact(key, params).text(lang)


def sentence(c: Classification | ClassificationResult, lang: str) -> str:
    """The tier, the rule that put the dealer there and the figures behind it, in whole sentences."""
    from desktop.i18n import t

    zh = lang == "zh_CN"
    computed = c.computed_tier if isinstance(c, Classification) else c.tier
    head = t(f"cls.why.{c.rule}", lang, tier=t(f"cls.tier.{computed}", lang))
    facts = [_say(f, lang) for f in c.facts]
    text = head + ("。" if zh else ". ")
    if facts:
        body = ("；" if zh else "; ").join(facts)
        text += (body if zh else body[:1].upper() + body[1:]) + ("。" if zh else ".")
    if isinstance(c, Classification) and c.manual:
        text = t("cls.manual_sentence", lang, tier=t(f"cls.tier.{c.tier}", lang), reason=c.reason) + \
            ("" if zh else " ") + t("cls.computed_was", lang) + text
    return text.strip()
