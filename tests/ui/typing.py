"""Type like a user: ASCII through key clicks, Chinese through an input-method commit.

Qt's test key simulation only knows ASCII keys; Chinese reaches a widget from the IME as a
QInputMethodEvent carrying the committed text, so that is what we send.
"""

from __future__ import annotations

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication


def type_text(qtbot, widget, text: str) -> None:
    widget.setFocus()
    run = ""
    for ch in text + "\0":
        if ch != "\0" and ord(ch) < 128:
            run += ch
            continue
        if run:
            qtbot.keyClicks(widget, run)
            run = ""
        if ch != "\0":
            event = QInputMethodEvent()
            event.setCommitString(ch)
            QApplication.sendEvent(widget, event)
