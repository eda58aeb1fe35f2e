"""Where windows remember their layout: one INI file in the user's data folder (window-state.ini)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QWidget

from desktop.paths import user_data_dir


def window_state() -> QSettings:
    """The settings store for window geometry, splitters and column layouts (GUI thread; small file)."""
    return QSettings(str(user_data_dir() / "window-state.ini"), QSettings.IniFormat)


class _GeometryKeeper(QObject):
    """Saves its window's geometry whenever the window is hidden (closed, accepted, rejected)."""

    def __init__(self, window: QWidget, key: str) -> None:
        super().__init__(window)
        self.key = key
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Hide:
            settings = window_state()
            settings.setValue(f"{self.key}/geometry", watched.saveGeometry())
            settings.sync()
        return False


def remember_geometry(window: QWidget, key: str) -> None:
    """Give ``window`` back the size and place it had when last closed (if any) and keep them from
    now on, under ``key``. Call after setting the default size, before showing. GUI thread."""
    geometry = window_state().value(f"{key}/geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)
    _GeometryKeeper(window, key)
