"""What a revision changes: each term of the amended contract that reads differently in the new one.

A signed contract is changed only by a supplementary agreement (补充协议) that lists every changed
term, old → new. The list compares what the two packs print — each placeholder as filled, the
annexes' own terms, the parties' phones and, when the template version differs, the wording of each
article — so it equals the difference between the two texts. Pure functions, no side effects.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.rules.contracts import templates as tpl
from desktop.rules.contracts.blanks import label_of
from desktop.rules.contracts.records import Contract, Template

# Placeholders that are not terms: the number is the same, the revision always differs, the months
# follow from the dates (which are listed themselves).
NOT_TERMS = ("number", "revision", "term_months")


@dataclass(frozen=True)
class Change:
    term: str
    old: str
    new: str


def _join(items: list[str], lang: str) -> str:
    return ("、" if lang == "zh_CN" else ", ").join(items) or "—"


def _other_terms(c: Contract, lang: str) -> dict[str, str]:
    """The annexes' terms that are no placeholder, as the pack prints them."""
    from desktop.i18n import t

    terms = c.terms
    bonuses = [f"{b.label} {tpl.fmt_rate(b.rate) if b.rate is not None else tpl.fmt_yuan(b.amount, lang)}"
               + (f"（{b.condition}）" if b.condition and lang == "zh_CN" else f" ({b.condition})" if b.condition else "")
               for b in terms.bonuses]
    return {
        "bonuses": _join(bonuses, lang),
        "vehicle_types": _join([t(f"policy.vehicle.{v}", lang) for v in terms.vehicle_types], lang),
        "max_vehicle_age": "—" if terms.max_vehicle_age is None else t("contract.doc.years", lang, n=terms.max_vehicle_age),
        "exclusions": _join(list(terms.exclusions), lang),
        "conditions": terms.conditions or "—",
        "service": _join(list(terms.service), lang),
        "dealer_phone": c.dealer.phone or "—",
        "branch_phone": c.branch.phone or "—",
    }


def changes(old: Contract, new: Contract, old_template: Template, new_template: Template, lang: str) -> list[Change]:
    """Every term that differs between revision ``old`` and revision ``new``, in the order of the text."""
    from desktop.i18n import t

    out: list[Change] = []
    fields = {f.name: f for f in old_template.fields}
    fields.update({f.name: f for f in new_template.fields})
    before = tpl.values(old, lang, list(fields.values()))
    after = tpl.values(new, lang, list(fields.values()))
    for name in [*tpl.PLACEHOLDERS, *fields]:
        if name in NOT_TERMS or before.get(name) == after.get(name):
            continue
        label_zh, label_en = label_of(name, new_template if name in {f.name for f in new_template.fields} else old_template)
        out.append(Change(label_zh if lang == "zh_CN" else label_en, before.get(name, tpl.BLANK), after.get(name, tpl.BLANK)))
    others_before, others_after = _other_terms(old, lang), _other_terms(new, lang)
    for key, value in others_before.items():
        if value != others_after[key]:
            out.append(Change(t(f"contract.change.{key}", lang), value, others_after[key]))
    if old_template.id != new_template.id:
        out += _wording(old_template, new_template, new.revision, lang)
    return out


def _wording(old: Template, new: Template, revision: int, lang: str) -> list[Change]:
    """Articles whose wording differs (by heading; an article added or dropped counts too)."""
    from desktop.i18n import t

    before = {c.heading_zh: c for c in old.clauses}
    out = []
    for n, clause in enumerate(new.clauses, start=1):
        was = before.pop(clause.heading_zh, None)
        if was is not None and (was.text_zh, was.text_en) == (clause.text_zh, clause.text_en):
            continue
        heading = clause.heading_zh if lang == "zh_CN" else clause.heading_en or clause.heading_zh
        out.append(Change(t("contract.change.clause", lang, n=n, heading=heading),
                          "—" if was is None else t("contract.change.clause_text", lang, revision=revision - 1),
                          t("contract.change.clause_text", lang, revision=revision)))
    for heading, was in before.items():
        shown = heading if lang == "zh_CN" else was.heading_en or heading
        out.append(Change(shown, t("contract.change.clause_text", lang, revision=revision - 1), "—"))
    return out
