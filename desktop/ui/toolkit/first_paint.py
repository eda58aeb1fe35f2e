"""Do something once a window has painted itself for the first time (start-up, issue 15): what the
first frame does not need waits for it. GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer


class _FirstPaint(QObject):
    def __init__(self, window, then) -> None:
        super().__init__(window)
        self._then = then
        window.installEventFilter(self)
        QTimer.singleShot(500, self, self._fire)  # no paint (a minimised window): go on anyway

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Paint:
            QTimer.singleShot(0, self, self._fire)  # once this paint is done
        return False

    def _fire(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            self.parent().removeEventFilter(self)
            then()
            self.deleteLater()


def after_first_paint(window, then) -> None:
    """Call ``then`` once ``window`` has painted itself for the first time (or after 0.5 s)."""
    _FirstPaint(window, then)
