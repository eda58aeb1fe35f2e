"""After-signing documents from the database: the repair guidance list (and the monthly review).
Reads in one unit of work, renders with ReportLab (no database). Worker thread."""

from __future__ import annotations

from desktop.documents.base import Target
from desktop.services.aftersales import referrals
from desktop.services.context import ServiceContext


def guidance(ctx: ServiceContext, lang: str, target: Target, holder: str = "") -> str:
    """The repair guidance list for the claims dispatch desk; returns the path."""
    from desktop.documents.aftersales.guidance import render_guidance

    return render_guidance(referrals.balances(ctx), lang, target, holder=holder)
