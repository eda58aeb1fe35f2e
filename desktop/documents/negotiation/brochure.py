"""The strategic-cooperation brochure (战略合作说明书): what the dealer's general manager reads.

Our company from the configurable profile, our advantages with their figures, sources and months
as the branch set them (brand, rankings, 闪赔, 车商客户出险双调度, 赔款集中支付, 信息共享), the repair
volume we can steer for this dealer's brands, the proposed cooperation model and what it brings,
and the account manager who serves the dealer with the branch's address and logo. It is built from
the dealer's public identity (name, brands, city), the model's public description and the
``BrochureFacts`` the service layer reads from the branch's settings — it is never given the
dossier, so bottom lines, strategy, scripts, assessments and personal details cannot reach it.
A fact not known is left out, never printed as a placeholder. Worker thread; no Qt.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, PageBreak, Spacer, TableStyle

from desktop.documents.base import DocMeta, Target, build, heading, language, start_body
from desktop.documents.profile import CompanyProfile, load, pick
from desktop.documents.styles import Palette, Styles, styles_for
from desktop.documents.tables import DeskTable, band, data_table, facts_table, widths
from desktop.documents.text import clean, fmt_date, fmt_money, join_list, para
from desktop.i18n import t
from desktop.rules.negotiation.advantages import fmt_month
from desktop.rules.negotiation.records import BrochureFacts, CooperationModel
from desktop.rules.dealers.records import Dealer


def render_brochure(dealer: Dealer, lang: str | None, target: Target, *, model: CooperationModel | None = None,
                    profile: CompanyProfile | None = None, issued_on: date | None = None,
                    facts: BrochureFacts | None = None) -> str:
    """The brochure for ``dealer`` into ``target`` (path or binary file); returns the path."""
    lang = language(lang)
    st = styles_for(lang)
    profile = profile or load()
    issued_on = issued_on or date.today()
    facts = facts or BrochureFacts()
    company = pick(profile.name, lang)
    footer = "  ·  ".join(p for p in (company, f"{t('doc.brochure.hotline', lang)} {profile.hotline}" if profile.hotline else "") if p)
    meta = DocMeta(title=t("doc.brochure.title", lang), lang=lang, organisation=profile.organisation(lang),
                   subject=clean(dealer.legal_name), issued_on=issued_on, footer=footer)
    story = _cover(dealer, lang, st, profile, issued_on, facts) + _body(dealer, lang, st, profile, model, facts)
    return build(target, meta, story, cover=True)


def _logo(data: bytes | None, size: float = 64) -> list[Flowable]:
    """The branch's logo, ``size`` points on its longer side (nothing when none is set or it cannot be read)."""
    if not data:
        return []
    try:
        width, height = ImageReader(io.BytesIO(data)).getSize()
    except Exception:  # not an image ReportLab can read: the brochure prints without it
        return []
    scale = size / max(width, height, 1)
    return [Image(io.BytesIO(data), width=width * scale, height=height * scale, hAlign="LEFT"), Spacer(1, 8)]


def _cover(dealer: Dealer, lang: str, st: Styles, profile: CompanyProfile, issued_on: date,
           facts: BrochureFacts) -> list[Flowable]:
    big = ParagraphStyle("brochure_title", parent=st.title, fontSize=32, leading=42)
    return [
        *_logo(facts.logo), para(pick(profile.name, lang), st.h1), para(pick(profile.branch, lang), st.subtitle), band(),
        Spacer(1, 120 if not facts.logo else 90),
        para(t("doc.brochure.title", lang), big), Spacer(1, 8), para(pick(profile.tagline, lang), st.subtitle),
        Spacer(1, 60), para(t("doc.brochure.for", lang, dealer=clean(dealer.legal_name or dealer.display_name)), st.h2),
        para(fmt_date(issued_on, lang), st.caption), start_body(), PageBreak(),
    ]


def _section(number: int, key: str, lang: str, st: Styles) -> Flowable:
    numerals = "一二三四五六七八九十"
    prefix = f"{numerals[number - 1]}、" if lang == "zh_CN" else f"{number}. "
    return heading(prefix + t(key, lang), st.h1, 0)


def _body(dealer: Dealer, lang: str, st: Styles, profile: CompanyProfile, model: CooperationModel | None,
          facts: BrochureFacts) -> list[Flowable]:
    parts = [("doc.brochure.s.about", _about(profile, lang, st)), ("doc.brochure.s.strengths", _strengths(profile, facts, lang, st)),
             ("doc.brochure.s.repair", _repair(dealer, facts, lang, st)), ("doc.brochure.s.model", _model(dealer, model, lang, st)),
             ("doc.brochure.s.benefits", [_bullets([pick(b, lang) for b in profile.dealer_benefits], st)]),
             ("doc.brochure.s.contact", _contact(profile, facts, lang, st))]
    out: list[Flowable] = []
    shown = [(key, content) for key, content in parts if content]  # a section with nothing to say is left out
    for number, (key, content) in enumerate(shown, 1):
        out += [_section(number, key, lang, st), *content]
    return out


def _about(profile: CompanyProfile, lang: str, st: Styles) -> list[Flowable]:
    if not profile.facts:
        return []
    return [facts_table([(pick(label, lang), pick(value, lang)) for label, value in profile.facts], st, columns=1,
                        label_share=0.22)]


def _strengths(profile: CompanyProfile, facts: BrochureFacts, lang: str, st: Styles) -> list[Flowable]:
    """The branch's figures with their sources and months; the profile's general texts when none are set."""
    if facts.advantages:
        items = [(t(f"advantage.{a.code}", lang), a.value,
                  t("doc.brochure.source", lang, source=clean(a.source), month=fmt_month(a.as_of, lang)))
                 for a in facts.advantages]
        return [_cards(items, st)]
    return [_cards([(pick(title, lang), pick(text, lang), "") for title, text in profile.strengths], st)]


def _repair(dealer: Dealer, facts: BrochureFacts, lang: str, st: Styles) -> list[Flowable]:
    """Our repair volume for the dealer's own brands in its city: what we can steer to its workshop."""
    if not facts.repair:
        return []
    rows = [[r.brand, str(r.year), t("doc.brochure.cases", lang, n=f"{r.claim_count:,}"), fmt_money(r.repair_amount, lang)]
            for r in facts.repair]
    col = lambda key: t(f"doc.brochure.col.{key}", lang)  # noqa: E731
    return [para(t("doc.brochure.repair_lead", lang, city=clean(dealer.city)), st.body), Spacer(1, 4),
            data_table([col("brand"), col("year"), col("cases"), col("amount")], rows, [3, 1.5, 2.5, 3], st, numeric=(2, 3))]


def _model(dealer: Dealer, model: CooperationModel | None, lang: str, st: Styles) -> list[Flowable]:
    brands = [clean(b).strip() for b in dealer.brands if clean(b).strip()]
    name = clean(dealer.display_name)
    lead = (t("doc.brochure.for_you", lang, dealer=name, brands=join_list(brands, lang)) if brands
            else t("doc.brochure.for_you_plain", lang, dealer=name))
    if model is None:
        return [para(lead.rstrip("：: "), st.body)]
    description = model.description_zh if lang == "zh_CN" else model.description_en
    return [para(model.name(lang), st.h2), para(lead + clean(description), st.body)]


def _contact(profile: CompanyProfile, facts: BrochureFacts, lang: str, st: Styles) -> list[Flowable]:
    """Whom to call: the account manager by name, the branch's phone and address (the profile's when unset)."""
    manager = " ".join(p for p in (clean(facts.manager_name), clean(facts.manager_title)) if p)
    pairs = [(t("doc.brochure.manager", lang), manager),
             (t("doc.brochure.manager_phone", lang), clean(facts.manager_phone) if manager else ""),
             (t("doc.brochure.phone", lang), clean(facts.branch_phone)), (t("doc.brochure.hotline", lang), profile.hotline),
             (t("doc.brochure.address", lang), clean(facts.branch_address) or pick(profile.address, lang))]
    pairs = [(k, v) for k, v in pairs if v.strip()]
    return [facts_table(pairs, st, columns=1, label_share=0.22)] if pairs else []


def _cards(items: Sequence[tuple[str, str, str]], st: Styles) -> Flowable:
    """Strengths as tiles, two to a row: title, text and (when known) where the figure comes from."""
    cells = [[para(title, st.h2), para(text, st.body)] + ([para(note, st.caption)] if note else []) for title, text, note in items]
    if len(cells) % 2:
        cells.append(Spacer(1, 0))
    rows = [cells[i:i + 2] for i in range(0, len(cells), 2)]
    if not rows:
        return Spacer(1, 0)
    return DeskTable(rows, colWidths=widths([1, 1]), hAlign="LEFT", splitByRow=1, style=TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, -1), Palette.label_bg),
        ("LINEABOVE", (0, 0), (-1, -1), 1.6, Palette.navy),
        ("LINEBEFORE", (1, 0), (1, -1), 6, Palette.white),
        ("LINEBELOW", (0, 0), (-1, -1), 6, Palette.white),
        ("LEFTPADDING", (0, 0), (-1, -1), 10),
        ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
    ]))


def _bullets(items: Sequence[str], st: Styles) -> Flowable:
    rows = [[para("●", st.body), para(item, st.body)] for item in items if clean(item).strip()]
    if not rows:
        return Spacer(1, 0)
    return DeskTable(rows, colWidths=widths([0.4, 9.6]), hAlign="LEFT", style=TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TEXTCOLOR", (0, 0), (0, -1), Palette.navy),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
