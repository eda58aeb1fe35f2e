"""Where windows remember their layout: one INI file in the user's data folder (window-state.ini)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings, QSize
from PySide6.QtGui import QGuiApplication
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
    fit_to_screen(window)
    _GeometryKeeper(window, key)


# Room left for the title bar and the window frame, which a widget's own size does not include.
FRAME_ROOM = QSize(16, 48)


def fit_to_screen(window: QWidget) -> None:
    """Shrink a window whose default (or remembered) size is taller or wider than the screen it opens
    on — a 900×1000 preview on a 1366×768 laptop would put its buttons under the taskbar."""
    anchor = window.parentWidget() or window
    screen = anchor.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    room = screen.availableGeometry().size() - FRAME_ROOM
    if window.width() > room.width() or window.height() > room.height():
        window.resize(min(window.width(), max(room.width(), window.minimumWidth())),
                      min(window.height(), max(room.height(), window.minimumHeight())))


# Room the title bar needs beside the title itself: the icon and the minimise/maximise/close buttons.
TITLE_BAR_ROOM = 160


def title_width(window: QWidget) -> int:
    """How wide ``window`` must be for its whole title to show in the title bar."""
    from PySide6.QtGui import QFontMetrics

    font = QGuiApplication.font()
    font.setBold(True)  # most window managers draw the title bold
    return QFontMetrics(font).horizontalAdvance(window.windowTitle()) + TITLE_BAR_ROOM


def give_title_room(dialog: QWidget) -> None:
    """Widen a dialog about to be shown so its title is not cut off ('签署合同 ZJ-车商-2026-0008' in 200 px).
    Called for every dialog by ``dialog_watch``."""
    if not dialog.windowTitle():
        return
    screen = dialog.screen() or QGuiApplication.primaryScreen()
    room = screen.availableGeometry().width() - FRAME_ROOM.width() if screen is not None else 10_000
    wanted = min(title_width(dialog), room)
    if dialog.width() < wanted:
        dialog.resize(wanted, dialog.height())
