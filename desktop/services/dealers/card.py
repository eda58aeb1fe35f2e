"""The dealer file card as a use case: read the dealer file, render its one-page card. Worker thread."""

from __future__ import annotations

from desktop.documents.base import Target
from desktop.services.context import ServiceContext
from desktop.services.dealers import files as dealers


def dealer_card(ctx: ServiceContext, dealer_id: int, lang: str, target: Target, *, include_sensitive: bool = False) -> str:
    from desktop.documents.dealers.card import render_dealer_card  # ReportLab loads on first print, not at start

    return render_dealer_card(dealers.get(ctx, dealer_id), lang, target, include_sensitive=include_sensitive)
