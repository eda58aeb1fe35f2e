"""One application-wide watch on dialogs being shown, for what every dialog is owed whoever builds it:
its whole title in view (``layout_memory.give_title_room``) and the keyboard basics — Tab leaves its
tables, an Alt-letter on each button (``keyboard.prepare_dialog_keys``).

It sees every event of every object of the application (thousands while a dialog is built), so it
answers all but a dialog's Show at once, by the event's class: no import, no enum per event (issue 15: two such filters, each importing its Qt classes per event, cost ≈0.5 s while the
dealer file was built). The handlers' modules are imported on the first dialog shown — by then
the database worker has loaded them (``ui/startup.py`` WARM_MODULES). This module itself names only
what it needs, so installing it costs nothing before the main window's first paint. GUI thread.
"""

from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtCore import QObject
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog


class _DialogWatch(QObject):
    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        # isinstance, not event.type() == QEvent.Show: type() makes a Python enum member per event
        if not isinstance(event, QShowEvent) or not isinstance(watched, QDialog) or not watched.isWindow():
            return False
        from desktop.ui.toolkit.keyboard import prepare_dialog_keys
        from desktop.ui.toolkit.layout_memory import give_title_room

        give_title_room(watched)
        prepare_dialog_keys(watched)
        return False


def watch_dialogs(app) -> None:
    """Install the watch on ``app`` (every dialog, whoever builds it); again after ``unwatch_dialogs``,
    never twice. GUI thread."""
    watch = app.findChild(_DialogWatch, "dialog_watch")
    if watch is None:
        watch = _DialogWatch(app)
        watch.setObjectName("dialog_watch")
    elif watch.property("watching"):
        return
    watch.setProperty("watching", True)
    app.installEventFilter(watch)


def unwatch_dialogs(app) -> None:
    """Take the watch off ``app`` until ``watch_dialogs`` puts it back. GUI thread."""
    watch = app.findChild(_DialogWatch, "dialog_watch")
    if watch is not None and watch.property("watching"):
        watch.setProperty("watching", False)
        app.removeEventFilter(watch)


@contextmanager
def unwatched_until_painted():
    """No watch while the main window is built and shown: with an application-wide Python filter,
    PySide wraps every object the window makes as it gets its first events, loading ~150 more Qt
    classes and their enums before the first paint (issue 15). No dialog opens meanwhile. Call the
    yielded function with the window once shown: the watch is back after its first paint (at once
    if the block fails)."""
    from PySide6.QtWidgets import QApplication

    from desktop.ui.toolkit.first_paint import after_first_paint

    app = QApplication.instance()
    unwatch_dialogs(app)
    shown = []
    try:
        yield shown.append
    finally:
        if shown:
            after_first_paint(shown[0], lambda: watch_dialogs(app))
        else:
            watch_dialogs(app)
