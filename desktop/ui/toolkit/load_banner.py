"""Where a view says that loading its data failed: the reason and a Retry button, in place.

A failed background load used to leave a view on "Loading…" with its old rows and the reason only
in the log. Every section puts one ``LoadBanner`` above its contents and runs its loads with
``QueryOp(...).in_place(banner)``: a failure shows here (never a box that covers the window), the
next success hides it. GUI thread.
"""

from __future__ import annotations

import logging
from typing import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

log = logging.getLogger("dealerdesk.ui")

STYLE = "#load_banner { background: #FDECEA; border: 1px solid #E0A39E; border-radius: 3px; }"


class LoadBanner(QFrame):
    """Hidden until a load fails; ``retry`` is called by its button (and should load again)."""

    def __init__(self, retry: Callable[[], None], parent: QWidget | None = None, status_label: QLabel | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("load_banner")
        self.setStyleSheet(STYLE)
        self._retry = retry
        self._status_label = status_label
        self._failing: dict[str | None, str] = {}  # load key → its reason, while it fails
        self.message_label = QLabel(objectName="load_error_label", wordWrap=True)
        self.message_label.setStyleSheet("color: #8C1D18;")
        self.retry_button = QPushButton(self.tr("&Retry"), objectName="retry_button")
        self.retry_button.clicked.connect(self.retry)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.message_label, 1)
        row.addWidget(self.retry_button)
        self.hide()

    def failed(self, err: BaseException, key: str | None = None) -> None:
        from desktop.ui.toolkit.errors import message_for
        from desktop.rules.errors import RuleError
        from desktop.errors import ServiceError

        if not isinstance(err, (RuleError, ServiceError)):
            log.error("loading failed", exc_info=(type(err), err, err.__traceback__))
        self._failing[key] = message_for(err)
        reasons = "\n".join(dict.fromkeys(self._failing.values()))
        self.message_label.setText(self.tr("The data could not be loaded: {0}").format(reasons))
        if self._status_label is not None:
            self._status_label.setText(self.tr("Not loaded"))
        self.show()

    def succeeded(self, key: str | None = None) -> None:
        """One load went through; the banner goes once no load of the view is failing."""
        self._failing.pop(key, None)
        if not self._failing:
            self.hide()

    def retry(self) -> None:
        self.message_label.setText(self.tr("Trying again…"))
        self._retry()
