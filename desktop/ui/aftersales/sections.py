"""Main-window section of the after-signing area: the branch-wide scorecard (order 70, after the contracts)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.ui.sections import Section


def _scorecards(app):
    from desktop.ui.aftersales.branch_view import BranchScorecardView

    return BranchScorecardView(app)


SECTIONS = [
    Section("scorecards", lambda: QCoreApplication.translate("Sections", "Scorecards"), _scorecards, 70),
]
