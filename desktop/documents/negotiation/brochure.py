"""The strategic-cooperation brochure (战略合作说明书): what the dealer's general manager reads.

Our company from the configurable profile (brand, rankings, claims services such as 闪赔,
车商客户出险双调度, 赔款集中支付, renewal support), the proposed cooperation model and what it
brings the dealer. It is built from the dealer's public identity (name, brands) and the
model's public description only — it is never given the dossier, so bottom lines, strategy,
scripts, assessments and personal details cannot reach it. Worker thread; no Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, PageBreak, Spacer, TableStyle

from desktop.documents.base import DocMeta, Target, build, heading, language, start_body
from desktop.documents.profile import CompanyProfile, load, pick
from desktop.documents.styles import Palette, Styles, styles_for
from desktop.documents.tables import DeskTable, band, facts_table, widths
from desktop.documents.text import clean, fmt_date, join_list, para
from desktop.i18n import t
from desktop.rules.negotiation.records import CooperationModel
from desktop.rules.dealers.records import Dealer


def render_brochure(dealer: Dealer, lang: str | None, target: Target, *, model: CooperationModel | None = None,
                    profile: CompanyProfile | None = None, issued_on: date | None = None) -> str:
    """The brochure for ``dealer`` into ``target`` (path or binary file); returns the path."""
    lang = language(lang)
    st = styles_for(lang)
    profile = profile or load()
    issued_on = issued_on or date.today()
    company = pick(profile.name, lang)
    footer = "  ·  ".join(p for p in (company, f"{t('doc.brochure.hotline', lang)} {profile.hotline}" if profile.hotline else "") if p)
    meta = DocMeta(title=t("doc.brochure.title", lang), lang=lang, organisation=profile.organisation(lang),
                   subject=clean(dealer.legal_name), issued_on=issued_on, footer=footer)
    story = _cover(dealer, lang, st, profile, issued_on) + _body(dealer, lang, st, profile, model)
    return build(target, meta, story, cover=True)


def _cover(dealer: Dealer, lang: str, st: Styles, profile: CompanyProfile, issued_on: date) -> list[Flowable]:
    big = ParagraphStyle("brochure_title", parent=st.title, fontSize=32, leading=42)
    return [
        para(pick(profile.name, lang), st.h1), para(pick(profile.branch, lang), st.subtitle), band(), Spacer(1, 120),
        para(t("doc.brochure.title", lang), big), Spacer(1, 8), para(pick(profile.tagline, lang), st.subtitle),
        Spacer(1, 60), para(t("doc.brochure.for", lang, dealer=clean(dealer.legal_name or dealer.display_name)), st.h2),
        para(fmt_date(issued_on, lang), st.caption), start_body(), PageBreak(),
    ]


def _section(number: int, key: str, lang: str, st: Styles) -> Flowable:
    numerals = "一二三四五六七八九十"
    prefix = f"{numerals[number - 1]}、" if lang == "zh_CN" else f"{number}. "
    return heading(prefix + t(key, lang), st.h1, 0)


def _body(dealer: Dealer, lang: str, st: Styles, profile: CompanyProfile, model: CooperationModel | None) -> list[Flowable]:
    out: list[Flowable] = [_section(1, "doc.brochure.s.about", lang, st)]
    if profile.facts:
        out.append(facts_table([(pick(label, lang), pick(value, lang)) for label, value in profile.facts], st,
                               columns=1, label_share=0.22))
    out += [_section(2, "doc.brochure.s.strengths", lang, st),
            _cards([(pick(title, lang), pick(text, lang)) for title, text in profile.strengths], st)]
    out.append(_section(3, "doc.brochure.s.model", lang, st))
    brands = join_list(dealer.brands, lang)
    lead = t("doc.brochure.for_you", lang, dealer=clean(dealer.display_name), brands=brands)
    if model is not None:
        description = model.description_zh if lang == "zh_CN" else model.description_en
        out += [para(model.name(lang), st.h2), para(lead + clean(description), st.body)]
    else:
        out.append(para(lead.rstrip("：: "), st.body))
    out += [_section(4, "doc.brochure.s.benefits", lang, st), _bullets([pick(b, lang) for b in profile.dealer_benefits], st)]
    contact = [(t("doc.brochure.hotline", lang), profile.hotline), (t("doc.brochure.address", lang), pick(profile.address, lang))]
    out += [_section(5, "doc.brochure.s.contact", lang, st),
            facts_table([(k, v) for k, v in contact if v], st, columns=1, label_share=0.22)]
    return out


def _cards(items: Sequence[tuple[str, str]], st: Styles) -> Flowable:
    """Strengths as tiles, two to a row."""
    cells = [[para(title, st.h2), para(text, st.body)] for title, text in items]
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
