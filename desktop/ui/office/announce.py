"""Once a day, at start: 'N items of your work are due or overdue' — as a desktop notification where
the system has a tray, in the status bar, and with My work on screen. Once per person and day."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QSystemTrayIcon

from desktop.services.office import work_items
from desktop.ui.layout_memory import window_state
from desktop.ui.tasks import QueryOp


def _key(login: str) -> str:
    return f"my_work/announced/{login}"


def announce_due(window, today: date | None = None) -> None:
    """Look up the signed-in person's due and overdue items (worker) and tell them, unless already today."""
    today = today or date.today()
    me, ctx = window.app.me, window.app.ctx
    if window_state().value(_key(me.login)) == today.isoformat():
        return
    QueryOp(window, lambda: work_items.mine(ctx, me.login, today), lambda items: _tell(window, me.login, items, today)).run()


def _tell(window, login: str, items: list[work_items.WorkItem], today: date) -> None:
    due = [i for i in items if i.due(today)]
    if not due:
        return
    store = window_state()
    store.setValue(_key(login), today.isoformat())
    store.sync()
    overdue = sum(i.overdue(today) for i in due)
    text = QCoreApplication.translate("MyWork", "{0} item(s) of your work are due, {1} of them overdue.").format(len(due), overdue)
    window.last_announcement = text
    window.statusBar().showMessage(text, 15000)
    window.show_section("my_work")
    if QSystemTrayIcon.isSystemTrayAvailable():
        tray = getattr(window, "tray_icon", None)
        if tray is None:
            tray = window.tray_icon = QSystemTrayIcon(window.windowIcon(), window)
            tray.activated.connect(lambda _reason: (window.showNormal(), window.raise_(), window.activateWindow()))
        tray.show()
        tray.showMessage(QCoreApplication.translate("MyWork", "DealerDesk — my work"), text, QSystemTrayIcon.Information, 10000)
