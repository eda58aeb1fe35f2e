"""Before a packet prints for a meeting that is not ready: what is missing, go there, or print anyway.

A packet printed anyway carries 未就绪 beside the holder mark on every page (the documents do that);
this dialog makes the choice a conscious one. GUI thread; it only shows what the workspace already read.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout

from desktop.i18n import t
from desktop.rules.negotiation.meeting_records import Missing


class NotReadyDialog(QDialog):
    """Lists the gaps; ``go_to(target)`` when the user wants to fix one, ``print_anyway()`` to print marked."""

    go_to = Signal(tuple)
    print_anyway = Signal()

    def __init__(self, gaps: list[tuple[int, Missing]], lang: str | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("not_ready_dialog")
        self.setAttribute(Qt.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("The meeting is not ready"))
        self.resize(560, 380)
        intro = QLabel(self.tr("This meeting is not ready yet. Printed now, every page of every copy is marked "
                               "“NOT READY” beside its holder's name. Still missing:"))
        intro.setWordWrap(True)
        self.gaps_list = QListWidget(objectName="gaps_list")
        for step, missing in gaps:
            text = t("doc.packet.gap", lang, step=step, title=t(f"readiness.step{step}.title", lang), text=missing.text(lang))
            entry = QListWidgetItem(text)
            entry.setData(Qt.UserRole, missing.target)
            self.gaps_list.addItem(entry)
        self.gaps_list.setCurrentRow(0)
        self.gaps_list.itemActivated.connect(lambda _item: self.go())
        self.go_button = QPushButton(self.tr("&Go there"), objectName="go_there_button")
        self.go_button.setDefault(True)
        self.go_button.clicked.connect(self.go)
        self.print_button = QPushButton(self.tr("&Print anyway, marked not ready"), objectName="print_anyway_button")
        self.print_button.clicked.connect(self._print)
        cancel = QPushButton(self.tr("Cancel"), objectName="cancel_button")
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.go_button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.gaps_list, 1)
        layout.addLayout(buttons)

    def go(self) -> None:
        entry = self.gaps_list.currentItem()
        if entry is None:
            return
        target = tuple(entry.data(Qt.UserRole) or ())
        self.accept()
        self.go_to.emit(target)

    def _print(self) -> None:
        self.accept()
        self.print_anyway.emit()
