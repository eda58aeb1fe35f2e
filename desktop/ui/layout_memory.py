"""Where windows remember their layout: one INI file in the user's data folder (window-state.ini)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from desktop.paths import user_data_dir


def window_state() -> QSettings:
    """The settings store for window geometry, splitters and column layouts (GUI thread; small file)."""
    return QSettings(str(user_data_dir() / "window-state.ini"), QSettings.IniFormat)
