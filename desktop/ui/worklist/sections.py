"""Main-window section 'My work' (我的待办), after the dealers: the start page of the people who carry the
preparation out on an office database."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.ui.sections import Section

# On an office database the people who carry the preparation out start on their own list.
STARTS_ON_MY_WORK = ("specialist", "team_manager")


def _my_work(app):
    from desktop.ui.worklist.view import MyWorkView

    return MyWorkView(app)


SECTIONS = [
    Section("my_work", lambda: QCoreApplication.translate("Sections", "My work"), _my_work, 15),
]


def starts_on_my_work(me) -> bool:
    return me.is_office and any(role in STARTS_ON_MY_WORK for role in me.roles)
