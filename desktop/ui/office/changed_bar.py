"""'王春梅 于 10:42 修改了此车商 · 重新加载': the bar an open dealer file shows as soon as a colleague
saves a change to the same dealer, so its user reloads before typing over it."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton

STYLE = "QFrame#changed_bar { background: #fff4d6; border: 1px solid #d9a521; border-radius: 3px; }"


def local_hhmm(at: datetime | None) -> str:
    """A server time (naive UTC) as the local wall-clock time, 10:42."""
    if at is None:
        return datetime.now().strftime("%H:%M")
    if at.tzinfo is None:
        at = at.replace(tzinfo=timezone.utc)
    return at.astimezone().strftime("%H:%M")


class ChangedBar(QFrame):
    reload_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("changed_bar")
        self.setStyleSheet(STYLE)
        self.label = QLabel(objectName="changed_label")
        self.label.setWordWrap(True)
        self.reload_button = QPushButton(self.tr("Reload"), objectName="changed_reload_button")
        self.reload_button.setCursor(Qt.PointingHandCursor)
        self.reload_button.clicked.connect(self.reload_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.reload_button)
        self.hide()

    def show_change(self, name: str, at: datetime | None) -> None:
        self.label.setText(self.tr("{0} changed this dealer at {1}").format(name, local_hhmm(at)))
        self.show()


def watch_dealer(dialog, app) -> ChangedBar:
    """Put the bar on top of a dealer file and show it on a colleague's change to that dealer."""
    bar = ChangedBar(dialog)
    dialog.layout().insertWidget(0, bar)

    def remote(change) -> None:
        dealer_id = dialog.dealer.id
        if dealer_id is not None and change.dealer_id == dealer_id and not dialog.read_only:
            bar.show_change(change.name or change.login, change.at)

    def reload() -> None:
        if dialog.has_unsaved_changes():
            answer = QMessageBox.question(dialog, QCoreApplication.translate("ChangedBar", "Reload"), QCoreApplication.translate(
                "ChangedBar", "Reload the dealer file as it is now saved? Your changes not yet saved are lost."),
                                          QMessageBox.Discard | QMessageBox.Cancel, QMessageBox.Cancel)
            if answer != QMessageBox.Discard:
                return
        bar.hide()
        dialog.reload_saved()

    app.bus.remote.connect(remote)
    dialog.destroyed.connect(lambda *_: _disconnect(app.bus.remote, remote))
    bar.reload_requested.connect(reload)
    return bar


def _disconnect(signal, slot) -> None:
    try:
        signal.disconnect(slot)
    except (RuntimeError, TypeError):
        pass


def freeze(dialog) -> None:
    """Make a dealer file read-only: fields read-only, buttons that change it hidden, only Close left."""
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QDateEdit, QDialogButtonBox, QLineEdit, QPlainTextEdit

    for w in dialog.findChildren(QLineEdit) + dialog.findChildren(QPlainTextEdit):
        w.setReadOnly(True)
    for w in dialog.findChildren(QComboBox) + dialog.findChildren(QDateEdit):
        w.setEnabled(False)
    for w in dialog.findChildren(QAbstractItemView):
        w.setEditTriggers(QAbstractItemView.NoEditTriggers)
    for table in (dialog.ui.people_table, dialog.ui.visits_table):
        table.doubleClicked.disconnect()  # no person or visit editor over a past state
    for w in dialog.findChildren(QAbstractButton):
        if w.objectName().endswith("_button") and not w.objectName().startswith("changed_"):
            w.hide()
        elif w.objectName().endswith("_check"):
            w.setEnabled(False)
    dialog.ui.button_box.setStandardButtons(QDialogButtonBox.Close)  # Close is a reject: already connected
