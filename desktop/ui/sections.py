"""Main-window sections. Each area adds one entry; the main window builds them in order.

An entry is (key, title function, factory(app) → QWidget). A section widget may offer
``reload()``, ``save_state(QSettings)``, ``restore_state(QSettings)`` and a ``status_message``
signal; the main window calls what is there.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QCoreApplication


@dataclass
class Section:
    key: str
    title: Callable[[], str]
    factory: Callable
    order: int


def _dealers(app):
    from desktop.ui.views.dealers_view import DealersView

    return DealersView(app)


def _staff(app):
    from desktop.ui.views.staff_view import StaffView

    return StaffView(app)


SECTIONS: list[Section] = [
    Section("dealers", lambda: QCoreApplication.translate("Sections", "Dealers"), _dealers, 10),
    Section("staff", lambda: QCoreApplication.translate("Sections", "Staff"), _staff, 90),
]

# Later areas contribute sections from their own modules: each defines SECTIONS = [Section(...)].
AREA_MODULES = ("desktop.ui.views.negotiation_sections", "desktop.ui.views.contract_sections", "desktop.ui.office.sections")


def all_sections() -> list[Section]:
    found = list(SECTIONS)
    for name in AREA_MODULES:
        try:
            found += importlib.import_module(name).SECTIONS
        except ModuleNotFoundError as err:
            if err.name != name:
                raise
    return sorted(found, key=lambda s: s.order)
