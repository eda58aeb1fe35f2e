"""A funnel chart of the pipeline drawn with QPainter (no QtCharts): one bar per stage, the light
part for dealers that reached the stage, the dark part for those standing at it. GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

REACHED = QColor("#b9cde8")
AT_STAGE = QColor("#1f4e8c")
TEXT = QColor("#1d2733")


class PipelineChart(QWidget):
    stage_clicked = Signal(int)  # row of the clicked stage

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("pipeline_chart")
        self.bars: list[tuple[str, int, int]] = []  # (label, reached, at stage)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
        self.setMinimumHeight(220)

    def set_bars(self, bars: list[tuple[str, int, int]]) -> None:
        self.bars = list(bars)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(600, 40 + 34 * max(len(self.bars), 3))

    def _geometry(self) -> tuple[float, float, float, float]:
        """(label width, bar area left, bar area width, row height)."""
        metrics = QFontMetrics(self.font())
        label_w = max((metrics.horizontalAdvance(label) for label, _r, _a in self.bars), default=60) + 16
        number_w = metrics.horizontalAdvance("000,000 / 000,000") + 12
        left = label_w
        width = max(40.0, self.width() - left - number_w)
        row_h = (self.height() - 20) / max(len(self.bars), 1)
        return label_w, left, width, row_h

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        if not self.bars:
            painter.setPen(TEXT)
            painter.drawText(self.rect(), Qt.AlignCenter, self.tr("No dealers yet"))
            return
        label_w, left, width, row_h = self._geometry()
        top_count = max(max(r for _l, r, _a in self.bars), 1)
        for i, (label, reached, at_stage) in enumerate(self.bars):
            y = 10 + i * row_h
            bar_h = row_h * 0.62
            bar_y = y + (row_h - bar_h) / 2
            painter.setPen(TEXT)
            painter.drawText(QRectF(0, y, label_w - 8, row_h), Qt.AlignRight | Qt.AlignVCenter, label)
            full = width * reached / top_count
            painter.setPen(Qt.NoPen)
            painter.setBrush(REACHED)
            painter.drawRoundedRect(QRectF(left, bar_y, max(full, 1.5), bar_h), 3, 3)
            painter.setBrush(AT_STAGE)
            painter.drawRoundedRect(QRectF(left, bar_y, max(width * at_stage / top_count, 0), bar_h), 3, 3)
            painter.setPen(TEXT)
            painter.drawText(QRectF(left + full + 6, y, self.width(), row_h), Qt.AlignLeft | Qt.AlignVCenter,
                             f"{at_stage:,} / {reached:,}")
        painter.end()

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if self.bars:
            _lw, _left, _width, row_h = self._geometry()
            row = int((event.position().y() - 10) // row_h)
            if 0 <= row < len(self.bars):
                self.stage_clicked.emit(row)
        super().mousePressEvent(event)
