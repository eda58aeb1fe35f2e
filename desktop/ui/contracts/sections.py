"""Main-window section of the contract area: the contracts view (order 60, between the
negotiation work and the staff list)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.ui.sections import Section


def _contracts(app):
    from desktop.ui.contracts.view import ContractsView

    return ContractsView(app)


SECTIONS = [Section("contracts", lambda: QCoreApplication.translate("Sections", "Contracts"), _contracts, 60)]
