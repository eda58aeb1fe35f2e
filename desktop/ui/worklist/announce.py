"""Once a day, at start: 'N items of your work are due or overdue' — as a desktop notification where
the system has a tray, in the status bar, and with My work on screen. Once per person and day."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QSystemTrayIcon

from desktop.services.office import work
from desktop.ui.toolkit.layout_memory import window_state
from desktop.ui.operations import QueryOp


def _key(login: str) -> str:
    return f"my_work/announced/{login}"


def announce_due(window, today: date | None = None) -> None:
    """Look up the signed-in person's due and overdue items (worker) and tell them, unless already today."""
    today = today or date.today()
    me, ctx = window.app.me, window.app.ctx  # due_now is the signed-in person's: ctx.user is me.login
    if window_state().value(_key(me.login)) == today.isoformat():
        return
    QueryOp(window, lambda: work.due_now(ctx, today), lambda found: _tell(window, me.login, *found, today)).run()


def _tell(window, login: str, due_today: list[work.Assignment], overdue: list[work.Assignment], today: date) -> None:
    if not due_today and not overdue:
        return
    store = window_state()
    store.setValue(_key(login), today.isoformat())
    store.sync()
    text = QCoreApplication.translate("MyWork", "{0} item(s) of your work are due, {1} of them overdue.").format(
        len(due_today) + len(overdue), len(overdue))
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
