"""The repair guidance list (送修引导清单) for the claims dispatch desk: the dealers we owe repair work
under their contracts, the most owed first, with what was asked and what was sent. Internal: the
footer names the desk it was printed for. Worker thread; takes records, reads nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.platypus import Flowable, Spacer

from desktop.documents.base import DocMeta, Target, build, landscape_width, language
from desktop.documents.profile import CompanyProfile, load
from desktop.documents.styles import styles_for
from desktop.documents.tables import data_table, figures_strip
from desktop.documents.text import fmt_date, fmt_money, para
from desktop.i18n import t
from desktop.rules.aftersales.records import ReferralBalance

WIDTH = landscape_width()


def render_guidance(balances: Sequence[ReferralBalance], lang: str | None, target: Target, *, holder: str = "",
                    profile: CompanyProfile | None = None, issued_on: date | None = None) -> str:
    """``balances`` (most owed first) into ``target``; returns the path. ``holder``: who it is printed for."""
    lang = language(lang)
    st = styles_for(lang)
    profile = profile or load()
    issued_on = issued_on or date.today()
    holder = holder or t("doc.guidance.desk", lang)
    meta = DocMeta(title=t("doc.guidance.title", lang), lang=lang, organisation=profile.organisation(lang), issued_on=issued_on,
                   holder=holder, watermark=t("doc.watermark.internal", lang, holder=holder), landscape=True)
    owed = [b for b in balances if b.balance < 0]
    story: list[Flowable] = [
        para(t("doc.guidance.title", lang), st.title),
        para(t("doc.guidance.subtitle", lang, date=fmt_date(issued_on, lang), n=len(owed)), st.subtitle),
        figures_strip([(str(len(owed)), t("doc.guidance.owed_dealers", lang)),
                       (fmt_money(-sum((b.balance for b in owed), 0), lang), t("doc.guidance.owed_total", lang))], st,
                      total_width=WIDTH),
        Spacer(1, 10),
    ]
    if not balances:
        story.append(para(t("doc.guidance.none", lang), st.body))
    else:
        col = lambda key: t(f"doc.guidance.col.{key}", lang)  # noqa: E731
        rows = [[str(i), b.dealer_name, b.contract_number, fmt_date(b.since, lang), fmt_money(b.premium, lang), fmt_money(b.owed, lang),
                 f"{fmt_money(b.referred, lang)} / {b.referred_count}", fmt_money(b.balance, lang),
                 "" if b.condition_met else t("doc.guidance.condition_unmet", lang)] for i, b in enumerate(balances, 1)]
        header = [col("rank"), col("dealer"), col("contract"), col("since"), col("premium"), col("owed"), col("referred"),
                  col("balance"), col("note")]
        shares = [34, 170, 90, 70, 70, 70, 84, 70]
        story.append(data_table(header, rows, shares + [WIDTH - sum(shares)], st, numeric=(0, 4, 5, 6, 7), small=True,
                                total_width=WIDTH, highlight_rows=[i for i, b in enumerate(balances) if b.balance < 0]))
    return build(target, meta, story)
