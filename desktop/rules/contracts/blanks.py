"""Blanks in a contract: every term its pack would print as a line to fill in by hand.

A contract with a blank is not ready: it cannot be submitted or signed (the refusal names each
blank), and a pack printed from it says so on every page. Blanks are the placeholders its
template's clauses use that have no value yet, the terms the annexes print (commission per line,
repair referral, targets), and any run of underscores written into a clause. Also the required
documents a contract is signed with. Pure functions, no side effects.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.rules.contracts import templates as tpl
from desktop.rules.contracts.lifecycle import REQUIRED_ATTACHMENTS
from desktop.rules.contracts.records import Contract, Template
from desktop.rules.errors import FieldProblem, RuleError
from desktop.rules.facts import Fact

# The terms the annexes print, whatever the clauses use.
ANNEX_TERMS = ("compulsory_rate", "commercial_rate", "other_rate", "new_car_ratio", "renewal_ratio",
               "min_monthly_premium", "min_sales_share", "referral_brands", "target_monthly_premium",
               "target_take_up", "target_renewal_rate")
_WRITTEN_BLANK = re.compile(r"_{3,}|＿{2,}")


@dataclass(frozen=True)
class Blank:
    """One blank: the placeholder's name (or ``clause:N`` for underscores written into clause N) and
    its label in both languages."""

    name: str
    label_zh: str
    label_en: str

    def label(self, lang: str) -> str:
        return self.label_zh if lang.startswith("zh") else self.label_en or self.label_zh


def label_of(name: str, template: Template) -> tuple[str, str]:
    """A placeholder's label (zh, en): the template's own field, else the built-in term's."""
    from desktop.i18n import t

    own = next((f for f in template.fields if f.name == name), None)
    if own is not None:
        return own.label_zh, own.label_en or own.label_zh
    return t(f"contract.ph.{name}", "zh_CN"), t(f"contract.ph.{name}", "en")


def used(template: Template) -> list[str]:
    """The placeholders the clauses use, in order of first use (Chinese text first, then English)."""
    names: list[str] = []
    for clause in template.clauses:
        for text in (clause.text_zh, clause.heading_zh, clause.text_en, clause.heading_en):
            for name in re.findall(r"\{([A-Za-z_][A-Za-z0-9_]*)\}", text):
                if name not in names:
                    names.append(name)
    return names


def blanks(c: Contract, template: Template) -> list[Blank]:
    """Every blank of ``c`` made from ``template``, in the order a reader meets them."""
    filled = tpl.values(c, "zh_CN", template.fields)
    names = [n for n in used(template) if n in filled] + [n for n in ANNEX_TERMS if n not in used(template)]
    out = [Blank(n, *label_of(n, template)) for n in names if filled.get(n, tpl.BLANK) == tpl.BLANK]
    for i, clause in enumerate(template.clauses, start=1):
        if _WRITTEN_BLANK.search(tpl.fill(clause.text_zh, filled).replace(tpl.BLANK, "")):
            heading = clause.heading_zh or clause.heading_en
            out.append(Blank(f"clause:{i}", f"第{i}条“{heading}”中的空白", f"the blank in article {i} ({clause.heading_en or heading})"))
    return out


def missing_documents(c: Contract) -> list[str]:
    """The required documents (ATTACHMENT_TYPES codes) not attached to ``c``."""
    have = {a.doc_type for a in c.attachments}
    return [d for d in REQUIRED_ATTACHMENTS if d not in have]


class FactProblem(FieldProblem):
    """A problem worded as a Fact (so list and bilingual parameters read naturally)."""

    def message(self, lang: str | None = None) -> str:
        return Fact(self.code, self.params).text(lang)


def _names(found: list[Blank]) -> dict[str, str]:
    return {"zh_CN": "、".join(b.label_zh for b in found), "en": ", ".join(b.label("en") for b in found)}


def refuse_blanks(c: Contract, template: Template, action: str) -> None:
    """RuleError naming every blank when ``c`` has any (``action``: 'submit' or 'sign')."""
    found = blanks(c, template)
    if found:
        raise RuleError(FactProblem("terms", f"contract.blanks_{action}", {"count": len(found), "names": _names(found)}))


def refuse_missing_documents(c: Contract) -> None:
    """RuleError naming each required document not attached (signing needs them all)."""
    missing = missing_documents(c)
    if missing:
        raise RuleError(FactProblem("attachments", "contract.sign_missing_documents", {"count": len(missing), "docs": missing}))
