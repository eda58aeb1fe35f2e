"""Small dialogs of the contract lifecycle: sign (on which day), terminate (when and why), and
a new contract (dealer with an approved policy, type, term).

They only collect values; the caller runs the service through ``ui/operations.py``. GUI thread.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
                               QVBoxLayout)

from desktop.i18n import t
from desktop.rules.contracts.lifecycle import KINDS
from desktop.services.contracts.drafts import Candidate, one_year_on


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(name: str, value: date) -> QDateEdit:
    edit = QDateEdit(objectName=name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(to_qdate(value))
    return edit


class _StepDialog(QDialog):
    def _setup(self, title: str, intro: str) -> None:
        self.setWindowTitle(title)
        self.form = QFormLayout()
        intro_label = QLabel(intro, objectName="intro_label")
        intro_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, objectName="button_box")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro_label)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)


class SignDialog(_StepDialog):
    """Record the signing day of contract ``number``."""

    def __init__(self, number: str, today: date, parent=None) -> None:
        super().__init__(parent)
        self._setup(self.tr("Sign contract {0}").format(number),
                    self.tr("Once signed, the contract never changes: a later change is an amendment."))
        self.setObjectName("sign_dialog")
        self.signed_on_edit = date_edit("signed_on_edit", today)
        self.form.addRow(self.tr("Signed on"), self.signed_on_edit)

    def signed_on(self) -> date:
        return from_qdate(self.signed_on_edit.date())


class TerminateDialog(_StepDialog):
    """When and why contract ``number`` ends early."""

    def __init__(self, number: str, today: date, parent=None) -> None:
        super().__init__(parent)
        self._setup(self.tr("Terminate contract {0}").format(number),
                    self.tr("The contract ends early on the day you give; the reason is kept with it."))
        self.setObjectName("terminate_dialog")
        self.on_edit = date_edit("terminated_on_edit", today)
        self.reason_edit = QPlainTextEdit(objectName="reason_edit")
        self.reason_edit.setPlaceholderText(self.tr("e.g. the store changed hands; ended by mutual agreement"))
        self.reason_edit.setMaximumHeight(90)
        self.form.addRow(self.tr("Terminated on"), self.on_edit)
        self.form.addRow(self.tr("Reason"), self.reason_edit)

    def values(self) -> tuple[date, str]:
        return from_qdate(self.on_edit.date()), self.reason_edit.toPlainText()


class NewContractDialog(_StepDialog):
    """Choose the dealer (one with an approved policy), the type and the term of a new draft."""

    def __init__(self, candidates: list[Candidate], lang: str, today: date, parent=None, dealer_id: int | None = None) -> None:
        super().__init__(parent)
        self._setup(self.tr("New contract"),
                    self.tr("The draft takes its terms from the dealer's approved policy and the latest "
                            "negotiation outcome; its number is given when it is created."))
        self.setObjectName("new_contract_dialog")
        self.dealer_combo = QComboBox(objectName="dealer_combo")
        self.dealer_combo.setMinimumWidth(360)
        for c in candidates:
            self.dealer_combo.addItem(self.tr("{0} (policy version {1})").format(c.name, c.policy_number), c.dealer_id)
        if dealer_id is not None:
            self.dealer_combo.setCurrentIndex(max(self.dealer_combo.findData(dealer_id), 0))
        self.kind_combo = QComboBox(objectName="kind_combo")
        for kind in KINDS:
            self.kind_combo.addItem(t(f"contract.kind.{kind}", lang), kind)
        self.kind_combo.setCurrentIndex(KINDS.index("cooperation"))
        self.start_edit = date_edit("start_edit", today)
        self.end_edit = date_edit("end_edit", one_year_on(today))
        self.start_edit.dateChanged.connect(lambda d: self.end_edit.setDate(to_qdate(one_year_on(from_qdate(d)))))
        self.form.addRow(self.tr("Dealer"), self.dealer_combo)
        self.form.addRow(self.tr("Type"), self.kind_combo)
        self.form.addRow(self.tr("Start"), self.start_edit)
        self.form.addRow(self.tr("End"), self.end_edit)
        if not candidates:
            self.form.addRow("", QLabel(self.tr("No dealer has an approved policy yet: approve a policy first."),
                                        objectName="no_candidates_label"))
            self.buttons.button(QDialogButtonBox.Ok).setEnabled(False)

    def values(self) -> dict:
        return dict(dealer_id=self.dealer_combo.currentData(), kind=self.kind_combo.currentData(),
                    start=from_qdate(self.start_edit.date()), end=from_qdate(self.end_edit.date()))
