"""The printed documents as use cases: load what a document needs, render it, record it.

The CLI and the windows call these same functions. Worker thread; each opens its own units
of work. ``progress(done, total)`` returning False stops a packet set early.
"""

from __future__ import annotations

from pathlib import Path

from desktop.documents.base import Target
from desktop.services.context import ServiceContext


def dealer_card(ctx: ServiceContext, dealer_id: int, lang: str, target: Target, *, include_sensitive: bool = False) -> str:
    from desktop.documents.dealers.card import render_dealer_card
    from desktop.services.dealers import files as dealers

    return render_dealer_card(dealers.get(ctx, dealer_id), lang, target, include_sensitive=include_sensitive)


def brochure(ctx: ServiceContext, dealer_id: int, lang: str, target: Target) -> str:
    """Only the dealer's identity and the cooperation model's public description go in."""
    from desktop.documents.negotiation.brochure import render_brochure
    from desktop.services.negotiation import dossier

    snapshot = dossier.build(ctx, dealer_id)
    return render_brochure(snapshot.dealer, lang, target, model=snapshot.cooperation_model)


class UnknownCity(ValueError):
    def __init__(self, city: str, known: list[str]):
        super().__init__(f"no dealers in the city '{city}' (cities: {'、'.join(known[:12])})")
        self.city, self.known = city, known


def target_list(ctx: ServiceContext, city: str, lang: str, target: Target) -> str:
    from desktop.documents.negotiation.target_list import render_target_list
    from desktop.services.dealers import files as dealers
    from desktop.services.negotiation import classification as negotiation

    cities = {row.id: row.city for row in dealers.list_rows(ctx)}
    city = city.strip()
    if city and city not in set(cities.values()):
        raise UnknownCity(city, sorted(set(cities.values())))
    targets = [x for x in negotiation.ranked_targets(ctx) if not city or cities.get(x.dealer_id) == city]
    return render_target_list(targets, lang, target, scope=city, cities=cities)


def packet_set(ctx: ServiceContext, meeting_id: int, lang: str, out_dir: str | Path, progress=None) -> list[str]:
    """Every member's copy of a meeting's packet into ``out_dir``; the meeting is marked printed
    (with the time the dossier was read, so a later change shows the packet as out of date)."""
    from desktop.documents.negotiation.packet import render_packet_set
    from desktop.services.negotiation import dossier, meetings

    meeting = meetings.get(ctx, meeting_id)
    snapshot = dossier.build(ctx, meeting.dealer_id, meeting.id)
    paths = render_packet_set(snapshot, lang, out_dir, progress=progress)
    if len(paths) == len(snapshot.our_team):
        meetings.mark_packet_printed(ctx, meeting.id, snapshot.generated_at)
    return paths
