"""A layout that wraps its widgets onto the next line when the window is too narrow (Qt's FlowLayout
example): a toolbar of filters and buttons that needed 1,051 px now fits a 1024-px screen. GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QSizePolicy, QWidgetItem


class FlowLayout(QLayout):
    """Left to right, wrapping; an item added with ``stretch`` > 0 takes the width left on its line
    (at least its size hint, at most ``max_stretch`` times it)."""

    def __init__(self, parent=None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list = []
        self._stretch: dict[int, int] = {}
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    # --- QLayout's interface -------------------------------------------------------------------
    def addItem(self, item) -> None:  # noqa: N802 (Qt's name)
        self._items.append(item)

    def addWidget(self, widget, stretch: int = 0) -> None:  # noqa: N802 (Qt's name)
        self.addChildWidget(widget)
        item = QWidgetItem(widget)
        self._stretch[id(item)] = stretch
        self._items.append(item)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):  # noqa: N802 (Qt's name)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):  # noqa: N802 (Qt's name)
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientations:  # noqa: N802 (Qt's name)
        return Qt.Orientations(Qt.Orientation(0))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt's name)
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        width = sum(i.sizeHint().width() for i in self._visible()) + self.spacing() * max(len(self._visible()) - 1, 0)
        height = max((i.sizeHint().height() for i in self._visible()), default=0)
        return QSize(width, height)

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt's name)
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # --- placing -----------------------------------------------------------------------------------
    def _visible(self) -> list:
        return [i for i in self._items if i.widget() is None or not i.widget().isHidden()]

    def _arrange(self, rect: QRect, apply: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        lines, line, used = [], [], 0
        for item in self._visible():
            w = item.sizeHint().width()
            if line and used + self.spacing() + w > area.width():
                lines.append(line)
                line, used = [], 0
            used += (self.spacing() if line else 0) + w
            line.append(item)
        if line:
            lines.append(line)
        y = area.y()
        for line in lines:
            height = max(i.sizeHint().height() for i in line)
            free = area.width() - sum(i.sizeHint().width() for i in line) - self.spacing() * (len(line) - 1)
            stretchers = [i for i in line if self._stretch.get(id(i), 0) > 0]
            extra = free // len(stretchers) if stretchers and free > 0 else 0
            x = area.x()
            for item in line:
                w = item.sizeHint().width() + (extra if item in stretchers else 0)
                w = min(w, area.width())
                if apply:
                    item.setGeometry(QRect(QPoint(x, y + (height - item.sizeHint().height()) // 2), QSize(w, item.sizeHint().height())))
                x += w + self.spacing()
            y += height + self.spacing()
        return y - self.spacing() - area.y() + margins.top() + margins.bottom() if lines else 0
