"""Main-window sections of the after-signing area: the branch-wide scorecard (order 70, after the contracts) and
the renewal worklist (72)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.ui.sections import Section


def _scorecards(app):
    from desktop.ui.aftersales.branch_view import BranchScorecardView

    return BranchScorecardView(app)


def _renewals(app):
    from desktop.ui.aftersales.renewals_view import RenewalsView

    return RenewalsView(app)


SECTIONS = [
    Section("scorecards", lambda: QCoreApplication.translate("Sections", "Scorecards"), _scorecards, 70),
    Section("renewals", lambda: QCoreApplication.translate("Sections", "Renewals"), _renewals, 72),
]
