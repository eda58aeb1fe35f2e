"""Once a day, at start: 'N renewal contacts are due, M of them lapsed policies' — the policies
ending within 30 days nobody has contacted this week, and those lapsed (脱保) not followed up.
In the status bar and, where the system has one, the tray. Once per person and day."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QSystemTrayIcon

from desktop.services.aftersales import renewals
from desktop.ui.operations import QueryOp
from desktop.ui.toolkit.layout_memory import window_state


def _key(login: str) -> str:
    return f"renewals/announced/{login}"


def announce_renewals(window, today: date | None = None) -> None:
    """Count the due renewal contacts (worker) and tell them, unless already today."""
    today = today or date.today()
    me, ctx = window.app.me, window.app.ctx
    if window_state().value(_key(me.login)) == today.isoformat():
        return
    QueryOp(window, lambda: [line for line in renewals.worklist(ctx, due_days=30, today=today) if line.due],
            lambda due: _tell(window, me.login, due, today)).run()


def _tell(window, login: str, due: list, today: date) -> None:
    if not due:
        return
    store = window_state()
    store.setValue(_key(login), today.isoformat())
    store.sync()
    lapsed = sum(1 for line in due if line.status == "lapsed")
    text = QCoreApplication.translate("Renewals", "{0} renewal contact(s) are due, {1} of them for lapsed policies (脱保).").format(
        len(due), lapsed)
    window.renewals_announcement = text
    if not getattr(window, "last_announcement", ""):  # the day's work message, if any, keeps the status bar
        window.statusBar().showMessage(text, 15000)
    if QSystemTrayIcon.isSystemTrayAvailable():
        tray = getattr(window, "tray_icon", None)
        if tray is None:
            tray = window.tray_icon = QSystemTrayIcon(window.windowIcon(), window)
            tray.activated.connect(lambda _reason: (window.showNormal(), window.raise_(), window.activateWindow()))
        tray.show()
        tray.showMessage(QCoreApplication.translate("Renewals", "DealerDesk — renewals"), text, QSystemTrayIcon.Information, 10000)
