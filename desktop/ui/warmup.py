"""Modules of what a user opens next, imported on a worker a little after start-up (issue 15).

Importing a dialog's modules (ReportLab, openpyxl, the services behind it) on the GUI thread the
first time it opens froze the window for a second or more; imported ahead on a worker, the GUI
thread finds them loaded. Modules only: no widget is made here.
"""

from __future__ import annotations

import importlib
import logging

from PySide6.QtCore import QTimer

log = logging.getLogger("dealerdesk.startup")

LATER_MODULES = (
    "desktop.ui.dealers.dialog", "desktop.ui.contracts.dealer_contracts", "desktop.ui.printing.documents",
    "desktop.ui.printing.packet_dialog", "desktop.ui.printing.pdf_preview", "desktop.documents.negotiation.packet",
    "desktop.ui.rosters.wizard", "desktop.ui.rosters.export_dialog", "desktop.ui.rosters.history",
    "desktop.ui.dossier.view", "desktop.ui.negotiation.pipeline", "desktop.ui.contracts.view",
    "desktop.ui.staff.view", "desktop.ui.aftersales.scorecard_tab", "desktop.ui.history.dealer_tab",
    "desktop.ui.printing.print_job",
)


def load_modules_later(window, delay_ms: int = 1500) -> None:
    """Import LATER_MODULES on a worker a little after start-up (modules only: no widget is made)."""
    from desktop.ui.operations import QueryOp

    def work() -> None:
        for name in LATER_MODULES:
            try:
                importlib.import_module(name)
            except Exception:  # the GUI thread will import it when needed, and report any error then
                log.warning("could not load %s ahead of time", name, exc_info=True)

    QTimer.singleShot(delay_ms, window, lambda: QueryOp(window, work).run())
