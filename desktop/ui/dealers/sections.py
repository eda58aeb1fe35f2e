"""Main-window section of the dealer files: the dealer list (order 10, the first)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.ui.sections import Section


def _dealers(app):
    from desktop.ui.dealers.view import DealersView

    return DealersView(app)


SECTIONS = [Section("dealers", lambda: QCoreApplication.translate("Sections", "Dealers"), _dealers, 10)]
