"""Clause templates: their JSON form, validation of an edited template, and placeholder filling.

A template is Chinese with English; placeholders such as ``{dealer_name}`` are filled from the
contract. A value the contract does not have yet prints as a blank line to complete by hand,
never as a placeholder or "None". Pure functions, no side effects.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal

from desktop.rules.contracts.records import Clause, Contract, Template, TemplateField
from desktop.rules.errors import Problems
from desktop.rules import money
from desktop.rules.text import clean

BLANK = "________"
PLACEHOLDERS = (
    "number", "revision", "dealer_name", "dealer_uscc", "dealer_legal_rep", "dealer_address",
    "branch_name", "branch_uscc", "branch_legal_rep", "branch_address", "start", "end", "term_months",
    "compulsory_rate", "commercial_rate", "other_rate", "new_car_ratio", "renewal_ratio", "min_monthly_premium",
    "min_sales_share", "referral_brands", "target_monthly_premium", "target_take_up", "target_renewal_rate",
    "qualification_no", "qualification_expiry",
)
_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
MAX_CLAUSES = 60
MAX_TEXT = 4000


def _text(value: object) -> str:
    return "" if value is None else str(value).replace("\r\n", "\n").replace("\r", "\n").strip()


def from_json(data: dict, kind: str) -> Template:
    """A template from its file form: {"title": {zh, en}, "clauses": [{heading, text}], "service": [{zh, en}]}."""
    title = data.get("title") or {}
    clauses = [Clause(_text((c.get("heading") or {}).get("zh")), _text((c.get("heading") or {}).get("en")),
                      _text((c.get("text") or {}).get("zh")), _text((c.get("text") or {}).get("en")))
               for c in data.get("clauses") or []]
    service = data.get("service") or []
    fields = [TemplateField(_text(f.get("name")), _text((f.get("label") or {}).get("zh")),
                            _text((f.get("label") or {}).get("en")), _text(f.get("kind")) or "text", _text(f.get("default")))
              for f in data.get("fields") or []]
    return Template(kind=kind, title_zh=_text(title.get("zh")), title_en=_text(title.get("en")), clauses=clauses,
                    service_zh=[_text(s.get("zh")) for s in service], service_en=[_text(s.get("en")) for s in service],
                    fields=fields)


def fields_json(fields: list[TemplateField]) -> list[dict]:
    return [{"name": f.name, "label_zh": f.label_zh, "label_en": f.label_en, "kind": f.kind, "default": f.default}
            for f in fields]


def fields_from(rows: list[dict] | None) -> list[TemplateField]:
    return [TemplateField(r.get("name", ""), r.get("label_zh", ""), r.get("label_en", ""), r.get("kind", "text"),
                          r.get("default", "")) for r in rows or []]


def clauses_json(clauses: list[Clause]) -> list[dict]:
    return [{"heading_zh": c.heading_zh, "heading_en": c.heading_en, "text_zh": c.text_zh, "text_en": c.text_en}
            for c in clauses]


def clauses_from(rows: list[dict]) -> list[Clause]:
    return [Clause(r.get("heading_zh", ""), r.get("heading_en", ""), r.get("text_zh", ""), r.get("text_en", ""))
            for r in rows or []]


def validate_template(t: Template) -> Template:
    """A cleaned copy; RuleError naming each clause at fault (missing Chinese, unknown placeholder, too long)."""
    p = Problems()
    if not clean(t.title_zh):
        p.add("title_zh", "required")
    if not clean(t.title_en):
        p.add("title_en", "required")
    clauses = [Clause(*(_text(getattr(c, f)) for f in ("heading_zh", "heading_en", "text_zh", "text_en")))
               for c in t.clauses]
    clauses = [c for c in clauses if any((c.heading_zh, c.heading_en, c.text_zh, c.text_en))]
    if not clauses:
        p.add("clauses", "contract.template_empty")
    if len(clauses) > MAX_CLAUSES:
        p.add("clauses", "contract.template_too_many", max=MAX_CLAUSES)
    fields = _validate_fields(p, t.fields)
    known = set(PLACEHOLDERS) | {f.name for f in fields}
    for i, c in enumerate(clauses):
        if not c.text_zh:
            p.add(f"clauses[{i}].text_zh", "required")
        for name in ("heading_zh", "heading_en", "text_zh", "text_en"):
            value = getattr(c, name)
            if len(value) > MAX_TEXT:
                p.add(f"clauses[{i}].{name}", "value.too_long", max=MAX_TEXT)
            unknown = sorted({m for m in _PLACEHOLDER.findall(value) if m not in known})
            if unknown:
                p.add(f"clauses[{i}].{name}", "contract.template_placeholder", names=", ".join(unknown))
    p.raise_if_any()
    service_zh = [_text(s) for s in t.service_zh if _text(s)]
    service_en = [_text(s) for s in t.service_en if _text(s)]
    return Template(t.id, t.kind, t.version, clean(t.title_zh), clean(t.title_en), clauses, service_zh, service_en,
                    fields, t.source, _text(t.note), t.created_at, t.created_by)


_NAME = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
FIELD_KINDS = ("text", "amount")


def _validate_fields(p: Problems, fields: list[TemplateField]) -> list[TemplateField]:
    """The template's own terms cleaned; problems under ``fields[i].<attr>``."""
    out: list[TemplateField] = []
    seen: set[str] = set()
    for i, f in enumerate(fields):
        f = TemplateField(_text(f.name), clean(f.label_zh), clean(f.label_en), _text(f.kind) or "text", _text(f.default))
        if not any((f.name, f.label_zh, f.label_en, f.default)):
            continue
        if not _NAME.match(f.name):
            p.add(f"fields[{i}].name", "contract.template_field_name", name=f.name)
        elif f.name in PLACEHOLDERS or f.name in seen:
            p.add(f"fields[{i}].name", "contract.template_field_taken", name=f.name)
        if not f.label_zh:
            p.add(f"fields[{i}].label_zh", "required")
        if f.kind not in FIELD_KINDS:
            p.add(f"fields[{i}].kind", "value.choice", value=f.kind)
        elif f.kind == "amount" and f.default and amount_or_none(f.default) is None:
            p.add(f"fields[{i}].default", "value.amount", value=f.default)
        seen.add(f.name)
        out.append(f)
    return out


def amount_or_none(raw: str) -> Decimal | None:
    """A typed amount in 元 ('20000', '2万', '20,000元'), or None when it is not one."""
    from desktop.rules.errors import RuleError
    from desktop.rules.values import parse_amount

    try:
        return parse_amount(raw)
    except RuleError:
        return None


def fmt_day(value: date | None, lang: str) -> str:
    return BLANK if value is None else money.fmt_day(value, lang)


def fmt_rate(value) -> str:
    """15 → '15%', 12.5 → '12.5%'; None → a blank."""
    return BLANK if value is None or value == "" else money.fmt_percent(value)


def fmt_ratio(value, lang: str) -> str:
    return BLANK if value is None or value == "" else money.fmt_times(value, lang)


def fmt_yuan(value, lang: str) -> str:
    """A contract amount by the money rule, exact, with its capitals: 15万元（人民币壹拾伍万元整）."""
    return BLANK if value is None or value == "" else money.fmt_yuan_with_capitals(value, lang)


def term_months(start: date | None, end: date | None) -> int | None:
    """Whole months from start to the day after end (1 Jan – 31 Dec is 12)."""
    if start is None or end is None or end < start:
        return None
    after = end + timedelta(days=1)
    months = (after.year - start.year) * 12 + after.month - start.month
    return months - (1 if after.day < start.day else 0)


def values(c: Contract, lang: str, fields: list[TemplateField] | None = None) -> dict[str, str]:
    """Every placeholder's text for ``c`` in ``lang``: the built-in ones and ``fields`` (the template's own)."""
    t = c.terms
    sep = "、" if lang == "zh_CN" else ", "
    months = term_months(c.start, c.end)
    raw = {
        "number": c.number, "revision": str(c.revision),
        "dealer_name": c.dealer.name, "dealer_uscc": c.dealer.uscc, "dealer_legal_rep": c.dealer.legal_rep,
        "dealer_address": c.dealer.address, "branch_name": c.branch.name, "branch_uscc": c.branch.uscc,
        "branch_legal_rep": c.branch.legal_rep, "branch_address": c.branch.address,
        "start": fmt_day(c.start, lang), "end": fmt_day(c.end, lang),
        "term_months": str(months) if months is not None else "",
        "compulsory_rate": fmt_rate(t.rates.get("compulsory")), "commercial_rate": fmt_rate(t.rates.get("commercial")),
        "other_rate": fmt_rate(t.rates.get("other")), "new_car_ratio": fmt_ratio(t.new_car_ratio, lang),
        "renewal_ratio": fmt_ratio(t.renewal_ratio, lang), "min_monthly_premium": fmt_yuan(t.min_monthly_premium, lang),
        "min_sales_share": fmt_rate(t.min_sales_share), "referral_brands": sep.join(t.referral_brands),
        "target_monthly_premium": fmt_yuan(t.target_monthly_premium, lang),
        "target_take_up": fmt_rate(t.target_take_up), "target_renewal_rate": fmt_rate(t.target_renewal_rate),
        "qualification_no": c.qualification_no, "qualification_expiry": fmt_day(c.qualification_expiry, lang),
    }
    for f in fields or []:
        typed = _text(t.extra.get(f.name))
        amount = amount_or_none(typed) if f.kind == "amount" and typed else None
        raw[f.name] = fmt_yuan(amount, lang) if amount is not None else typed
    return {k: (v if str(v).strip() else BLANK) for k, v in raw.items()}


def fill(text: str, filled: dict[str, str]) -> str:
    """``text`` with each known placeholder replaced; anything else in braces is left as written."""
    return _PLACEHOLDER.sub(lambda m: filled.get(m.group(1), m.group(0)), text)
