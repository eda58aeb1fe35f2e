"""The dealer file card as a use case: read the dealer file and where it stands with us (tier,
contract, next meeting), render its one-page card. Worker thread."""

from __future__ import annotations

from datetime import date

from desktop.documents.base import Target
from desktop.documents.glyphs import located
from desktop.rules.dealers.standing import Standing
from desktop.services.context import ServiceContext
from desktop.services.dealers import files as dealers


def standing(ctx: ServiceContext, dealer_id: int, today: date | None = None) -> Standing:
    """The dealer's current tier, newest contract and next meeting (from ``today`` on)."""
    from desktop.services.contracts import drafts as contracts
    from desktop.services.negotiation import classification, meetings

    day = today or date.today()
    out = Standing()
    current = classification.current(ctx, dealer_id)
    if current is not None:
        out.tier = current.tier
    lines = contracts.list_rows(ctx, day, dealer_id=dealer_id)
    if lines:
        newest = max(lines, key=lambda c: (c.number, c.revision))
        out.contract_number = newest.number if newest.revision <= 1 else f"{newest.number}/{newest.revision}"
        out.contract_status, out.contract_end = newest.status, newest.end
    upcoming = [m for m in meetings.list_meetings(ctx, dealer_id=dealer_id, since=day)
                if m.status in ("proposed", "confirmed")]
    if upcoming:
        m = upcoming[0]
        out.meeting_day, out.meeting_start, out.meeting_kind, out.meeting_status = m.day, m.start, m.kind, m.status
    return out


def dealer_card(ctx: ServiceContext, dealer_id: int, lang: str, target: Target, *, include_sensitive: bool = False,
                today: date | None = None) -> str:
    from desktop.documents.dealers.card import render_dealer_card  # ReportLab loads on first print, not at start

    dealer = dealers.get(ctx, dealer_id)
    where = standing(ctx, dealer_id, today)
    with located(dealer=dealer):  # a character no font has: name the field holding it
        return render_dealer_card(dealer, lang, target, include_sensitive=include_sensitive, standing=where)
