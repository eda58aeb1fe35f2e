"""The target list (公关目标清单): a territory's ranked targets with tier, priority and reason.

Takes the ranked records the classification service computes; prints a count per tier and
one table that runs over as many pages as it needs, its header repeated. Worker thread.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Spacer

from desktop.documents import styles as S
from desktop.documents.base import DocMeta, Target, build, landscape_width, language
from desktop.documents.profile import CompanyProfile, load
from desktop.documents.styles import styles_for
from desktop.documents.tables import data_table, figures_strip
from desktop.documents.text import DASH, clean, fmt_date, fmt_percent, para
from desktop.i18n import t
from desktop.rules.negotiation.records import RankedTarget
from desktop.rules.negotiation.vocab import TIERS

WIDTH = landscape_width()
HEIGHT = S.PAGE_SIZE[0] - S.MARGIN_TOP - S.MARGIN_BOTTOM
RANKED = tuple(tier for tier in TIERS if tier != "none")  # the ranking leaves non-targets out


def render_target_list(targets: Sequence[RankedTarget], lang: str | None, target: Target, *, scope: str = "",
                       cities: dict[int, str] | None = None, profile: CompanyProfile | None = None,
                       issued_on: date | None = None, rules: dict[int, str] | None = None) -> str:
    """``targets`` (already ranked within their tier) into ``target`` (path or binary file); returns the path.

    One section per tier, under its heading with its count, ranked within it. ``scope`` names the
    selection (a city; '' is the whole territory); ``cities`` maps dealer ids to their city;
    ``rules`` the classification rule behind a target, worded (shown for the key targets).
    """
    lang = language(lang)
    st = styles_for(lang)
    profile = profile or load()
    issued_on = issued_on or date.today()
    scope_text = clean(scope).strip() or t("doc.targets.all", lang)
    meta = DocMeta(title=f"{t('doc.targets.title', lang)} · {scope_text}", lang=lang,
                   organisation=profile.organisation(lang), issued_on=issued_on, landscape=True)
    story: list[Flowable] = [
        para(t("doc.targets.title", lang), st.title),
        para(f"{t('doc.targets.scope', lang, scope=scope_text, n=len(targets))} · {fmt_date(issued_on, lang)}", st.subtitle),
    ]
    counts = Counter(x.tier for x in targets)
    story += [figures_strip([(str(counts.get(tier, 0)), t(f"cls.tier.{tier}", lang)) for tier in RANKED], st,
                            total_width=WIDTH), Spacer(1, 10)]
    if not targets:
        story.append(para(t("doc.targets.none", lang), st.body))
    for tier in RANKED:
        group = sorted((x for x in targets if x.tier == tier), key=lambda x: x.rank)
        if group:
            story += [para(t("doc.targets.tier_heading", lang, tier=t(f"cls.tier.{tier}", lang), n=len(group)), _heading(st)),
                      _table(group, lang, cities or {}, (rules or {}) if tier == "key" else {}), Spacer(1, 8)]
    return build(target, meta, story)


def _heading(st) -> ParagraphStyle:
    """A tier's heading. Not kept with its table as a block: a tier's table runs over pages and
    would push the heading onto the next page, leaving this one empty."""
    return ParagraphStyle(f"{st.h2.name}_tier", parent=st.h2, keepWithNext=0, spaceBefore=4)


def _table(targets: Sequence[RankedTarget], lang: str, cities: dict[int, str], rules: dict[int, str]) -> Flowable:
    st = styles_for(lang)
    col = lambda key: t(f"doc.targets.col.{key}", lang)  # noqa: E731
    rows = [[str(x.rank), x.name, cities.get(x.dealer_id, "") or DASH, t(f"cls.tier.{x.tier}", lang),
             f"{x.score:.1f}" if x.score is not None else DASH, fmt_percent(x.coverage),
             "★" * x.network + "☆" * (5 - x.network) if x.network else DASH, _why(x, lang, rules.get(x.dealer_id, ""))]
            for x in targets]
    header = [col("rank"), col("dealer"), t("field.city", lang), col("tier"), col("score"), col("coverage"),
              col("network"), col("reason")]
    shares = [30, 150, 46, 74, 40, 48, 56]  # points; the reason takes the rest of the line
    return data_table(header, rows, shares + [WIDTH - sum(shares)], st, numeric=(0, 4, 5), small=True, total_width=WIDTH,
                      frame_height=HEIGHT)


def _why(x: RankedTarget, lang: str, rule: str = "") -> str:
    """The rule behind the tier (key targets), then the reasons without the rank line (rank, tier and
    score have their own columns)."""
    lines = [t("doc.targets.rule", lang, rule=rule)] if rule else []
    lines += [f.text(lang) for f in x.reasons if f.code != "cls.prio.rank"]
    return "\n".join(lines) or DASH
