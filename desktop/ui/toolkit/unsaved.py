"""The one unsaved-changes question of every window: 保存 / 不保存 / 取消 (Save / Don't save / Cancel).

Window-modal (``open()``), Cancel the default and Esc; the answer comes back through callbacks so
the asking window can save first and go on only when the write went through. GUI thread.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def ask_unsaved(parent: QWidget, question: str, *, on_save: Callable[[], None], on_discard: Callable[[], None],
                on_cancel: Callable[[], None] | None = None, details: str = "") -> QMessageBox:
    """Ask ``question``; call the callback of the button pressed. Returns the (open) box."""
    box = QMessageBox(QMessageBox.Warning, QCoreApplication.translate("Unsaved", "Unsaved changes"), question,
                      QMessageBox.NoButton, parent)
    box.setObjectName("unsaved_box")
    if details:
        box.setInformativeText(details)
    save = box.addButton(QCoreApplication.translate("Unsaved", "&Save"), QMessageBox.AcceptRole)
    save.setObjectName("unsaved_save_button")
    discard = box.addButton(QCoreApplication.translate("Unsaved", "Do&n't save"), QMessageBox.DestructiveRole)
    discard.setObjectName("unsaved_discard_button")
    cancel = box.addButton(QCoreApplication.translate("Unsaved", "&Cancel"), QMessageBox.RejectRole)
    cancel.setObjectName("unsaved_cancel_button")
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)

    def answered(_result: int) -> None:
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is save:
            on_save()
        elif clicked is discard:
            on_discard()
        elif on_cancel is not None:
            on_cancel()

    box.finished.connect(answered)
    box.open()
    return box
