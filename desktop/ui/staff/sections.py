"""Main-window section 'Staff': our people, their ranks and relationships (order 90, the last)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.ui.sections import Section


def _staff(app):
    from desktop.ui.staff.view import StaffView

    return StaffView(app)


SECTIONS = [
    Section("staff", lambda: QCoreApplication.translate("Sections", "Staff"), _staff, 90),
]
