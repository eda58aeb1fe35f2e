"""The packet's step-4 pages (优势介绍): our advantages with their figures, sources and months, and the
competition — the dealer's current insurers, their shares and what is known of their terms, set
against what we offer — closing with what we want agreed at the intent step.

The figures come in with the dossier (``Dossier.advantages``, read by the service layer from the
branch's settings); one never set prints as 未填写 (readiness lists it too), never as a blank.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from desktop.documents.negotiation.packet_meeting import Copy, owner_text, section, sub
from desktop.documents.negotiation.packet_terms import wanted
from desktop.documents.styles import Palette
from desktop.documents.tables import callout, data_table
from desktop.documents.text import DASH, clean, fmt_percent, fmt_ratio, join_list, or_dash, para
from desktop.i18n import t
from desktop.rules.negotiation.advantages import CODES, fmt_month
from desktop.rules.negotiation.meeting_records import Dossier
from desktop.rules.negotiation.records import Advantage
from desktop.rules.negotiation.vocab import LINES

ADVANTAGE_STEP = "dm.advantages"


def advantages(n: int, d: Dossier, c: Copy) -> list[Flowable]:
    """Each advantage the SOP names: the figure, where it comes from, the month it holds for."""
    lang, st = c.lang, c.st
    given = {a.code: a for a in d.advantages}
    unset = t("doc.packet.not_filled", lang)
    rows = []
    for code in CODES:
        a = given.get(code) or Advantage(code)
        if a.is_set:
            rows.append([t(f"advantage.{code}", lang), clean(a.value), or_dash(a.source), fmt_month(a.as_of, lang) or DASH])
        else:
            rows.append([t(f"advantage.{code}", lang), unset, unset, unset])
    col = lambda key: t(f"doc.packet.col.{key}", lang)  # noqa: E731
    out = [section(n, "doc.packet.s.advantages", c)]
    step = next((s for s in d.meeting.agenda if s.code == ADVANTAGE_STEP), None) if d.meeting else None
    if step is not None:
        out.append(para(t("doc.packet.advantages_led", lang, name=owner_text(step, lang)), st.caption))
    missing = [i for i, code in enumerate(CODES) if not (given.get(code) and given[code].is_set)]
    out.append(data_table([col("advantage"), col("figure"), col("source"), col("as_of")], rows, [2.2, 4.4, 2.2, 1.2], st,
                          highlight_rows=missing, small=True))
    if missing:
        out.append(para(t("doc.packet.advantages_missing", lang), st.note))
    return out


def _our_fees(d: Dossier, lang: str) -> str:
    p = d.approved_policy or d.draft_policy
    if p is None:
        return t("doc.packet.not_drafted", lang)
    parts = [t("doc.packet.cmp.rate", lang, line=t(f"policy.line.{line}", lang), rate=fmt_percent(p.rates[line]))
             for line in LINES if p.rates.get(line) is not None]
    parts += [clean(b.label) for b in p.bonuses if clean(b.label)]
    return join_list(parts, lang) if parts else t("doc.packet.not_drafted", lang)


def _our_repairs(d: Dossier, lang: str) -> str:
    p = d.approved_policy or d.draft_policy
    if p is None:
        return t("doc.packet.not_drafted", lang)
    parts = []
    if p.new_car_ratio is not None:
        parts.append(t("doc.packet.cmp.new_car", lang, ratio=fmt_ratio(p.new_car_ratio, lang)))
    if p.renewal_ratio is not None:
        parts.append(t("doc.packet.cmp.renewal", lang, ratio=fmt_ratio(p.renewal_ratio, lang)))
    if p.referral_brands:
        parts.append(t("doc.packet.cmp.brands", lang, brands=join_list(p.referral_brands, lang)))
    return join_list(parts, lang) if parts else t("doc.packet.not_drafted", lang)


def _our_services(d: Dossier, lang: str) -> str:
    """Our services by name, those with a figure set (the figures are on the page before)."""
    names = [t(f"advantage.{a.code}", lang) for a in d.advantages
             if a.is_set and a.code in ("flash_claims", "dual_dispatch", "central_payment", "info_sharing")]
    return join_list(names, lang) if names else t("doc.packet.not_filled", lang)


def competition(n: int, d: Dossier, c: Copy) -> list[Flowable]:
    """The dealer's insurers against us, then what we want agreed (the intent step)."""
    lang, st = c.lang, c.st
    unknown = t("doc.packet.unknown", lang)
    rows = [[clean(i.insurer), fmt_percent(i.share) if i.share is not None else unknown, clean(i.fee_terms) or unknown,
             clean(i.repair_terms) or unknown, clean(i.other_terms) or unknown] for i in d.dealer.insurers]
    p = d.approved_policy or d.draft_policy
    target = t("doc.packet.cmp.take_up", lang, share=fmt_percent(p.take_up)) if p is not None and p.take_up is not None \
        else t("doc.packet.not_drafted", lang)
    ours = [t("doc.packet.cmp.us", lang), target, _our_fees(d, lang), _our_repairs(d, lang), _our_services(d, lang)]
    col = lambda key: t(f"doc.packet.col.{key}", lang)  # noqa: E731
    out = [section(n, "doc.packet.s.competition", c)]
    if not rows:
        out.append(para(t("doc.packet.no_insurers", lang), st.note))
    out.append(data_table([col("insurer"), col("share"), col("fees"), col("repairs"), col("other_terms")], rows + [ours],
                          [1.6, 1.1, 2.4, 2.4, 2.5], st, highlight_rows=[len(rows)], small=True))
    want = wanted(d, lang)
    out += [Spacer(1, 8), sub("doc.packet.s.intent", c),
            callout([para(want or t("doc.packet.want_none", lang), st.body)], background=Palette.navy_light, rule=Palette.navy)]
    return out
