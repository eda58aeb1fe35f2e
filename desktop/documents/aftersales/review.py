"""The monthly review of one dealer for the dealer meeting (月度经营回顾).

External (``internal=False``): the dealer's own figures for the month and the year to date — premium
by kind, new-car take-up, renewal rate — our repair referrals, the twelve-month trend. Nothing else.
Internal: the same, plus the fees at the contract's rates, each term judged, the referral balance,
renewal follow-up by owner and the owners' notes, marked internal for its holder. Worker thread;
takes a record, reads nothing.
"""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable, Spacer

from desktop.documents.base import DocMeta, Target, build, language
from desktop.documents.profile import CompanyProfile, load
from desktop.documents.styles import styles_for
from desktop.documents.tables import data_table, figures_strip
from desktop.documents.text import fmt_date, fmt_money, fmt_percent, para
from desktop.i18n import t
from desktop.rules.aftersales.kpis import Figures
from desktop.rules.aftersales.records import MonthlyReview

FIGURES = (("premium", False), ("premium_new_car", False), ("premium_renewal", False), ("premium_transfer", False),
           ("new_car_rate", True), ("renewal_rate", True), ("referral_count", None), ("referral_amount", False),
           ("referral_ratio", True))


def _shown(f: Figures, name: str, rate, lang: str) -> str:
    v = getattr(f, name)
    if v is None:
        return "—"
    if rate is None:
        return str(v)
    return fmt_percent(v * 100) if rate else fmt_money(v, lang)


def render_review(review: MonthlyReview, lang: str | None, target: Target, *, internal: bool = False, holder: str = "",
                  profile: CompanyProfile | None = None, issued_on: date | None = None) -> str:
    lang = language(lang)
    st = styles_for(lang)
    profile = profile or load()
    issued_on = issued_on or date.today()
    card = review.card
    title = t("doc.review.title", lang, month=card.month)
    meta = DocMeta(title=f"{title} · {card.dealer_name}", lang=lang, organisation=profile.organisation(lang), issued_on=issued_on,
                   holder=holder if internal else "",
                   watermark=t("doc.watermark.internal", lang, holder=holder) if internal and holder else "")
    f, ytd = card.figures, card.ytd
    story: list[Flowable] = [
        para(title, st.title),
        para(f"{card.dealer_name} · {fmt_date(issued_on, lang)}", st.subtitle),
        figures_strip([(fmt_money(f.premium, lang), t("aftersales.kpi.premium", lang)),
                       (_shown(f, "renewal_rate", True, lang), t("aftersales.kpi.renewal_rate", lang)),
                       (fmt_money(f.referral_amount, lang), t("aftersales.kpi.referral_amount", lang))], st),
        Spacer(1, 8),
        para(t("doc.review.figures", lang), st.h2),
        data_table([t("doc.review.col.figure", lang), t("doc.review.col.month", lang), t("doc.review.col.ytd", lang)],
                   [[t(f"aftersales.kpi.{name}", lang), _shown(f, name, rate, lang), _shown(ytd, name, rate, lang)]
                    for name, rate in FIGURES], [200, 130, 130], st, numeric=(1, 2)),
        para(t("doc.review.trend", lang), st.h2),
        data_table([t("doc.review.col.month", lang), t("aftersales.kpi.premium", lang)],
                   [[month, fmt_money(premium, lang)] for month, premium in card.trend], [200, 130], st, numeric=(1,), small=True),
    ]
    if internal:
        story += _internal(review, lang, st)
    return build(target, meta, story)


def _internal(review: MonthlyReview, lang: str, st) -> list[Flowable]:
    card = review.card
    out: list[Flowable] = [para(t("doc.review.internal", lang), st.h2)]
    rows = [[t("aftersales.kpi.fees", lang), fmt_money(card.fees, lang) if card.fees is not None else "—",
             fmt_money(card.fees_ytd, lang) if card.fees_ytd is not None else "—"]]
    out.append(data_table([t("doc.review.col.figure", lang), t("doc.review.col.month", lang), t("doc.review.col.ytd", lang)],
                          rows, [200, 130, 130], st, numeric=(1, 2)))
    if card.marks:
        rate_terms = ("take_up", "renewal_rate")
        def shown(v, term):
            if v is None:
                return "—"
            return fmt_percent(v * 100) if term in rate_terms else fmt_money(v, lang)
        out.append(para(t("doc.review.terms", lang, contract=card.contract_number), st.h2))
        out.append(data_table([t("doc.review.col.term", lang), t("doc.review.col.actual", lang), t("doc.review.col.target", lang),
                               t("doc.review.col.status", lang)],
                              [[t(f"aftersales.term.{m.term}", lang), shown(m.actual, m.term), shown(m.target, m.term),
                                t(f"aftersales.status.{m.status}", lang) if m.status else t("aftersales.status.not_judged", lang)]
                               for m in card.marks], [150, 100, 100, 110], st, numeric=(1, 2)))
    if review.balance is not None:
        b = review.balance
        out.append(para(t("doc.review.balance", lang, owed=fmt_money(b.owed, lang), referred=fmt_money(b.referred, lang),
                          balance=fmt_money(b.balance, lang)), st.body))
    if review.renewals_by_owner:
        out.append(para(t("doc.review.owners", lang), st.h2))
        out.append(data_table([t("doc.review.col.owner", lang), t("doc.review.col.due", lang), t("doc.review.col.renewed", lang)],
                              [[owner or t("doc.review.nobody", lang), str(d), str(r)] for owner, (d, r) in sorted(review.renewals_by_owner.items())],
                              [200, 80, 80], st, numeric=(1, 2), small=True))
    if review.notes:
        out.append(para(t("doc.review.notes", lang), st.h2))
        out.append(data_table([t("doc.review.col.day", lang), t("doc.review.col.owner", lang), t("aftersales.field.policy_no", lang),
                               t("aftersales.col.last_result", lang), t("doc.review.col.note", lang)],
                              [[n.day.isoformat(), n.owner, n.policy_no, t(f"aftersales.result.{n.result}", lang), n.note]
                               for n in review.notes], [70, 70, 110, 80, 140], st, small=True))
    return out
