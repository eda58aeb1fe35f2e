"""A small bar chart of a dealer's premium over the last twelve months (the scorecard tab's trend)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget


class TrendChart(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("scorecard_trend_chart")
        self.points: list[tuple[str, Decimal]] = []
        self.setMinimumHeight(90)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(400, 110)

    def set_points(self, points: list[tuple[str, Decimal]]) -> None:
        self.points = points
        tip = "\n".join(f"{month}: {float(v):,.0f}" for month, v in points)
        self.setToolTip(tip)
        self.update()

    def paintEvent(self, _event) -> None:
        if not self.points:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        top = max((v for _m, v in self.points), default=0) or 1
        n = len(self.points)
        w, h = self.width(), self.height() - 16
        step = w / n
        for i, (month, v) in enumerate(self.points):
            bar = (h - 4) * float(v) / float(top)
            rect = QRectF(i * step + 3, h - bar, step - 6, bar)
            p.fillRect(rect, QColor("#1f4e79") if i == n - 1 else QColor("#8fb3d9"))
            p.setPen(QColor("#555555"))
            p.drawText(QRectF(i * step, h, step, 16), Qt.AlignCenter, month[5:])
        p.end()
