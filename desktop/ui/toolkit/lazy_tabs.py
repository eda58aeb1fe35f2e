"""Tabs whose content is built when first needed, so a window opens with only what its first frame
shows (issue 15: the dealer file built every tab eagerly, one long GUI-thread stall).

``LazyTabs(tabs).add(name, title, build)`` puts an empty page with its title in the tab bar at once;
the content (``build()`` → a widget) takes that page's place — same index, title, current tab — the
first time the tab is shown (before it paints: no empty frame) or ``content(name)`` is asked for, and otherwise soon after the window has painted — one tab per turn of the event loop,
so what it loads is usually there before the user switches to it and no turn takes long.
``on_built(widget)`` lets the window give the new content what it gave its own (mnemonics…). GUI thread.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QTabWidget, QWidget


class LazyTabs(QObject):
    def __init__(self, tabs: QTabWidget, on_built: Callable[[QWidget], None] | None = None) -> None:
        super().__init__(tabs)
        self.tabs = tabs
        self.on_built = on_built
        self._pages: dict[str, tuple[QWidget, Callable[[], QWidget]]] = {}
        self._built: dict[str, QWidget] = {}
        tabs.currentChanged.connect(self._current_changed)

    def add(self, name: str, title: str, build: Callable[[], QWidget]) -> QWidget:
        """A tab titled ``title`` whose content ``build()`` makes when first needed; returns its stand-in."""
        page = QWidget(objectName=f"{name}_pending_page")
        self._pages[name] = (page, build)
        self.tabs.addTab(page, title)
        return page

    def is_built(self, name: str) -> bool:
        return name in self._built

    def content(self, name: str) -> QWidget:
        """The tab's content, built now if it was not yet."""
        if name not in self._built:
            page, build = self._pages[name]
            widget = build()
            self._built[name] = widget
            index, current = self.tabs.indexOf(page), self.tabs.currentIndex()
            blocked = self.tabs.blockSignals(True)  # one tab in place of another: no change to tell
            try:
                self.tabs.insertTab(index, widget, self.tabs.tabText(index))
                self.tabs.removeTab(index + 1)
                self.tabs.setCurrentIndex(current)
            finally:
                self.tabs.blockSignals(blocked)
            page.deleteLater()
            if self.on_built is not None:
                self.on_built(widget)
        return self._built[name]

    def build_soon(self, delay_ms: int = 0) -> None:
        """Build the tabs not built yet, one per turn of the event loop, starting after ``delay_ms``."""
        QTimer.singleShot(delay_ms, self, self._build_next)

    def _build_next(self) -> None:
        waiting = next((name for name in self._pages if name not in self._built), None)
        if waiting is not None:
            self.content(waiting)
            QTimer.singleShot(0, self, self._build_next)

    def _current_changed(self, index: int) -> None:
        page = self.tabs.widget(index)
        name = next((n for n, (p, _b) in self._pages.items() if p is page and n not in self._built), None)
        if name is not None:
            self.content(name)
