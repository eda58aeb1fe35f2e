"""After-signing documents from the database: the repair guidance list (and the monthly review).
Reads in one unit of work, renders with ReportLab (no database). Worker thread."""

from __future__ import annotations

from desktop.documents.base import Target
from desktop.rules.aftersales.records import MonthlyReview
from desktop.services.aftersales import referrals, renewals, scorecard
from desktop.services.aftersales.figures import month_bounds
from desktop.services.context import ServiceContext


def guidance(ctx: ServiceContext, lang: str, target: Target, holder: str = "") -> str:
    """The repair guidance list for the claims dispatch desk; returns the path."""
    from desktop.documents.aftersales.guidance import render_guidance

    return render_guidance(referrals.balances(ctx), lang, target, holder=holder)


def review_of(ctx: ServiceContext, dealer_id: int, month: str | None = None) -> MonthlyReview:
    """Everything the monthly review of ``dealer_id`` shows (the internal parts included)."""
    card = scorecard.of_dealer(ctx, dealer_id, month)
    first, last = month_bounds(card.month)
    balance = next((b for b in referrals.balances(ctx, today=last) if b.dealer_id == dealer_id), None)
    by_owner: dict[str, tuple[int, int]] = {}
    for line in renewals.worklist_between(ctx, first, last):
        if line.dealer_id == dealer_id:
            due, done = by_owner.get(line.owner, (0, 0))
            by_owner[line.owner] = (due + 1, done + (line.status == "renewed"))
    return MonthlyReview(card, balance, by_owner, renewals.notes_of(ctx, dealer_id, first, last))


def review(ctx: ServiceContext, dealer_id: int, month: str | None, lang: str, target: Target, *, internal: bool = False,
           holder: str = "") -> str:
    """The monthly review PDF: external (the dealer's figures and our referrals only) or internal."""
    from desktop.documents.aftersales.review import render_review

    data = review_of(ctx, dealer_id, month)
    if not internal:  # the external version is made from the dealer's own figures alone, whatever the renderer does
        data = MonthlyReview(data.card)
    return render_review(data, lang, target, internal=internal, holder=holder)
