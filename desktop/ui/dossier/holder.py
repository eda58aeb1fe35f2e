"""One page of the preparation workspace on screen: the page scrolls, its save button does not.

The save buttons sat inside the scrolled pages: 保存策略 was below the fold even at 1440×900 and
保存会谈 was clipped at 1024 px. Each page now scrolls above a bar that holds its save button, so
the button is always in view; the bar follows the page's enabled state. GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget


class _FollowEnabled(QObject):
    def __init__(self, page: QWidget, bar: QWidget) -> None:
        super().__init__(page)
        self.bar = bar
        page.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.EnabledChange:
            self.bar.setEnabled(watched.isEnabled())
        return False


def page_holder(page: QWidget, save_button=None, others: tuple = ()) -> QWidget:
    """``page`` in a scroll area, with ``save_button`` and the ``others`` (moved out of the page) on a bar below it."""
    holder = QWidget(objectName=f"{page.objectName()}_holder")
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(4)
    scroll = QScrollArea(widgetResizable=True, objectName=f"{page.objectName()}_scroll")
    scroll.setWidget(page)
    # A scroll bar that comes and goes would narrow the page, rewrap its texts and move its buttons.
    scroll.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOn)
    column.addWidget(scroll, 1)
    if save_button is not None or others:
        bar = QFrame(objectName=f"{page.objectName()}_save_bar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 4, 0)
        for button in others:
            row.addWidget(button)  # Qt takes each out of the page's own layout
        row.addStretch(1)
        if save_button is not None:
            row.addWidget(save_button)
        column.addWidget(bar)
        bar.setEnabled(page.isEnabled())
        _FollowEnabled(page, bar)
    return holder
