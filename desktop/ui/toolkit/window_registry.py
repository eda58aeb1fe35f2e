"""One window per record: opening a dealer file, a contract or a preview that is already open
brings that window forward instead of opening a second copy.

Two copies of one record in two windows let a user save one over the other and then be told
that "someone else" changed it. Every place that opens such a window goes through
``AppServices.windows.show(key, create)``. GUI thread only.
"""

from __future__ import annotations

from typing import Callable, Hashable

import shiboken6
from PySide6.QtWidgets import QDialog, QWidget


class WindowRegistry:
    """key → the open window for it; a window leaves when it is finished, closed or destroyed."""

    def __init__(self) -> None:
        self._open: dict[Hashable, QWidget] = {}

    def get(self, key: Hashable) -> QWidget | None:
        window = self._open.get(key)
        if window is None:
            return None
        if not shiboken6.isValid(window) or not window.isVisible():
            self._open.pop(key, None)  # closed without telling (hidden, or deleted with its parent)
            return None
        return window

    def show(self, key: Hashable, create: Callable[[], QWidget], *, refresh: Callable[[QWidget], None] | None = None) -> QWidget:
        """The window for ``key``, brought forward when open (``refresh`` is then called on it),
        else made by ``create()``, registered and shown."""
        window = self.get(key)
        if window is not None:
            if refresh is not None:
                refresh(window)
            if window.isMinimized():
                window.showNormal()
        else:
            window = create()
            self.add(key, window)
            window.show()
        window.raise_()
        window.activateWindow()
        return window

    def add(self, key: Hashable, window: QWidget) -> None:
        """Register a window made elsewhere (e.g. a new record that has just been given its id)."""
        self._open[key] = window
        forget = lambda *_a, k=key, w=window: self._forget(k, w)  # noqa: E731
        window.destroyed.connect(forget)
        if isinstance(window, QDialog):
            window.finished.connect(forget)

    def _forget(self, key: Hashable, window: QWidget) -> None:
        if self._open.get(key) is window:
            del self._open[key]

    def windows(self, kind: str) -> list[QWidget]:
        """The open windows whose key starts with ``kind`` (tests; 'close all of a kind')."""
        return [w for k, w in list(self._open.items()) if isinstance(k, tuple) and k[:1] == (kind,) and self.get(k) is w]
