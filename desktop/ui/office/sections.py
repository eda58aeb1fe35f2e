"""Main-window sections of the office and its people: My work (我的待办, after the dealers) and the
staff list (order 90, the last)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.ui.sections import Section

# On an office database the people who carry the preparation out start on their own list.
STARTS_ON_MY_WORK = ("specialist", "team_manager")


def _my_work(app):
    from desktop.ui.office.my_work_view import MyWorkView

    return MyWorkView(app)


def _staff(app):
    from desktop.ui.office.staff_view import StaffView

    return StaffView(app)


SECTIONS = [
    Section("my_work", lambda: QCoreApplication.translate("Sections", "My work"), _my_work, 15),
    Section("staff", lambda: QCoreApplication.translate("Sections", "Staff"), _staff, 90),
]


def starts_on_my_work(me) -> bool:
    return me.is_office and any(role in STARTS_ON_MY_WORK for role in me.roles)
