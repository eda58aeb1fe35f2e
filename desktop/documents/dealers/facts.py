"""A dealer's file as label/value pairs and figures, shared by the card, the packet and the brochure.

``cut`` shortens a value (the card's one-page budget); the packet passes ``keep`` and prints
everything. Which fields are printed is decided here once, so the documents agree.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable

from desktop.documents.styles import Styles
from desktop.documents.tables import facts_table, figures_strip
from desktop.documents.text import clean, fmt_date, fmt_int, fmt_money, fmt_percent, join_list, or_dash
from desktop.i18n import t
from desktop.rules.dealers.records import Dealer
from desktop.rules.dealers.vocab import label

Cut = Callable[[str], str]


def keep(value: str) -> str:
    return value


def field(key: str, lang: str) -> str:
    return t(f"field.{key}", lang)


def short_field(key: str, lang: str) -> str:
    """A field's name without its unit, for figure captions: 新车承保率（%） → 新车承保率."""
    return field(key, lang).split("（")[0].split(" (")[0]


def region(d: Dealer) -> str:
    """Province, city, district without repeating a municipality (上海市 上海 → 上海市)."""
    parts: list[str] = []
    for part in (clean(d.province).strip(), clean(d.city).strip(), clean(d.district).strip()):
        if part and not any(p.startswith(part) or part.startswith(p) for p in parts):
            parts.append(part)
    return " ".join(parts)


def insurers(d: Dealer, lang: str) -> str:
    parts = [f"{clean(i.insurer)} {fmt_percent(i.share)}" if i.share is not None else clean(i.insurer)
             for i in d.insurers if clean(i.insurer).strip()]
    return join_list(parts, lang)


def figures(d: Dealer, lang: str, st: Styles) -> Flowable:
    """Sales, premium scale, new-car take-up and renewal rate as a strip of large figures."""
    return figures_strip([
        (fmt_int(d.annual_sales, lang), short_field("annual_sales", lang)),
        (fmt_money(d.premium_scale, lang), short_field("premium_scale", lang)),
        (fmt_percent(d.new_car_rate), short_field("new_car_rate", lang)),
        (fmt_percent(d.renewal_rate), short_field("renewal_rate", lang)),
    ], st)


def identity_pairs(d: Dealer, lang: str, cut: Cut = keep, name_cut: Cut = keep) -> list[tuple[str, str]]:
    status = t("verified.yes" if d.verified else "verified.no", lang)
    sources = join_list([label("source", s, lang) for s in d.sources], lang)
    return [
        (field("legal_name", lang), name_cut(d.legal_name)), (field("uscc", lang), or_dash(d.uscc)),
        (t("doc.card.region", lang), cut(or_dash(region(d)))), (field("founded_on", lang), fmt_date(d.founded_on, lang)),
        (field("address", lang), cut(or_dash(d.address))),
        (field("sources", lang), t("doc.card.sources", lang, sources=sources, status=status)),
        (field("contact_name", lang), cut(or_dash(d.contact_name))), (field("contact_phone", lang), or_dash(d.contact_phone)),
    ]


def business_pairs(d: Dealer, lang: str, cut: Cut = keep) -> list[tuple[str, str]]:
    return [
        (field("brands", lang), cut(join_list(d.brands, lang))), (field("main_models", lang), cut(or_dash(d.main_models))),
        (field("brands_repaired", lang), cut(join_list(d.brands_repaired, lang))),
        (field("willingness", lang), label("willingness", d.willingness, lang)),
        (field("business_structure", lang), cut(or_dash(d.business_structure))),
        (field("entity_structure", lang), cut(or_dash(d.entity_structure))),
        (field("licence_no", lang), cut(or_dash(d.licence_no))), (field("licence_expiry", lang), fmt_date(d.licence_expiry, lang)),
        (field("repair_needs", lang), cut(or_dash(d.repair_needs))), (field("insurers", lang), cut(insurers(d, lang))),
    ]


def facts(pairs: list[tuple[str, str]], st: Styles, lang: str) -> Flowable:
    # English labels run longer than Chinese ones: give them more of each half.
    return facts_table(pairs, st, label_share=0.42 if lang == "en" else 0.36)
