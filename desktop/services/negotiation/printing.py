"""The negotiation's printed documents as use cases: read what a document needs, render it, record it.

The CLI and the windows call these same functions. Worker thread. Each document is read in one unit
of work (the packet's dossier included), then rendered; printing a packet set then marks the meeting
printed in a unit of its own. ``progress(done, total)`` returning False stops a packet set early.
"""

from __future__ import annotations

from pathlib import Path

from desktop.documents.base import Target
from desktop.documents.glyphs import located
from desktop.rules.negotiation import readiness as readiness_rules
from desktop.rules.negotiation.meeting_records import Missing
from desktop.services.context import ServiceContext
from desktop.services.dealers import listing
from desktop.i18n import t
from desktop.services.negotiation import advantages, classification, dossier, meetings


def brochure(ctx: ServiceContext, dealer_id: int, lang: str, target: Target) -> str:
    """Only the dealer's identity, the cooperation model's public description and the branch's own facts
    (advantages, repair volume for the dealer's brands, the account manager, address and logo) go in."""
    from desktop.documents.negotiation.brochure import render_brochure  # ReportLab loads on first print, not at start

    with ctx.unit() as s:
        snapshot = dossier.build_in(s, ctx, dealer_id)
        facts = advantages.brochure_facts_in(s, snapshot.dealer)
    with located(dealer=snapshot.dealer, cooperation_model=snapshot.cooperation_model, facts=facts):
        return render_brochure(snapshot.dealer, lang, target, model=snapshot.cooperation_model, facts=facts)


class UnknownCity(ValueError):
    def __init__(self, city: str, known: list[str]):
        super().__init__(t("cli.use.unknown_city", city=city, known="、".join(known[:12])))
        self.city, self.known = city, known


def target_list(ctx: ServiceContext, city: str, lang: str, target: Target) -> str:
    from desktop.documents.negotiation.target_list import render_target_list

    cities = {row.id: row.city for row in listing.list_rows(ctx)}
    city = city.strip()
    if city and city not in set(cities.values()):
        raise UnknownCity(city, sorted(set(cities.values())))
    targets = [x for x in classification.ranked_targets(ctx) if not city or cities.get(x.dealer_id) == city]
    key = [x.dealer_id for x in targets if x.tier == "key"]
    with ctx.unit() as s:  # the rule behind each key target, as its current classification words it
        rules = {d: _rule_text(classification.classification_record(row), lang)
                 for d, row in classification.current_rows(s, key).items()}
    with located(targets=targets):
        return render_target_list(targets, lang, target, scope=city, cities=cities, rules=rules)


def _rule_text(c, lang: str) -> str:
    """The rule behind a classification in a sentence: 品质好、规模大：赔付率 60% ≤ 65%；经理评级 5."""
    from desktop.i18n import t

    zh = lang == "zh_CN"
    text = t(f"cls.rule.{c.rule}", lang, tier=t(f"cls.tier.{c.computed_tier}", lang))
    facts = ("；" if zh else "; ").join(f.text(lang) for f in c.facts)
    text += (("：" if zh else ": ") + facts) if facts else ""
    if c.manual:
        text = t("cls.manual", lang, tier=t(f"cls.tier.{c.tier}", lang), reason=c.reason) + ("——" if zh else " — ") + text
    return text


def packet_gaps(ctx: ServiceContext, meeting_id: int) -> list[tuple[int, Missing]]:
    """What keeps a meeting's packet from printing as ready (the windows ask before printing)."""
    return readiness_rules.packet_gaps(readiness_rules.evaluate(dossier.of_meeting(ctx, meeting_id)))


def packet_set(ctx: ServiceContext, meeting_id: int, lang: str, out_dir: str | Path, progress=None,
               not_marked=None, gaps_found=None) -> list[str]:
    """Every member's copy of a meeting's packet into ``out_dir``; the meeting is marked printed
    (with the time the dossier was read, so a later change shows the packet as out of date).

    A meeting that is not ready prints all the same, every page marked 未就绪 and the gaps listed on
    the cover; ``gaps_found(gaps)`` hears them (the CLI lists them).

    ``not_marked(err)``: called instead of raising when the copies are written but the marking
    fails (a read-only or busy database), so the caller still gets the paths of what was written.
    """
    from desktop.documents.negotiation.packet import render_packet_set

    snapshot = dossier.of_meeting(ctx, meeting_id)
    gaps = readiness_rules.packet_gaps(readiness_rules.evaluate(snapshot))
    if gaps and gaps_found is not None:
        gaps_found(gaps)
    with located(dossier=snapshot):
        paths = render_packet_set(snapshot, lang, out_dir, progress=progress, gaps=gaps)
    if len(paths) == len(snapshot.our_team):
        try:
            meetings.mark_packet_printed(ctx, meeting_id, snapshot.generated_at)
        except Exception as err:
            if not_marked is None:
                raise
            not_marked(err)
    return paths
