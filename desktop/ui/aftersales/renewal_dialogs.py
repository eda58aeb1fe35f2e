"""The renewal worklist's small dialogs: choose the owner of the selected policies, log a contact.
Non-modal (``open()``), read with ``values()`` when accepted. GUI thread."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLineEdit

from desktop.i18n import t
from desktop.rules.aftersales.renewals import CHANNELS, RESULTS


class OwnerDialog(QDialog):
    def __init__(self, staff: list, n: int, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("renewal_owner_dialog")
        self.setWindowTitle(self.tr("Owner of {0} renewal(s)").format(n))
        self.owner_combo = QComboBox(objectName="renewal_owner_combo")
        self.owner_combo.addItem(self.tr("(nobody)"), None)
        for person in staff:
            self.owner_combo.addItem(person.name, person.id)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Owner:"), self.owner_combo)
        form.addRow(buttons)

    def values(self) -> int | None:
        return self.owner_combo.currentData()


class ContactDialog(QDialog):
    def __init__(self, policy_no: str, lang: str, parent=None, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("renewal_contact_dialog")
        self.setWindowTitle(self.tr("Contact about policy {0}").format(policy_no))
        day = today or date.today()
        self.date_edit = QDateEdit(QDate(day.year, day.month, day.day), objectName="contact_date_edit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMaximumDate(QDate(day.year, day.month, day.day))
        self.channel_combo = QComboBox(objectName="contact_channel_combo")
        for code in CHANNELS:
            self.channel_combo.addItem(t(f"aftersales.channel.{code}", lang), code)
        self.result_combo = QComboBox(objectName="contact_result_combo")
        for code in RESULTS:
            self.result_combo.addItem(t(f"aftersales.result.{code}", lang), code)
        self.note_edit = QLineEdit(objectName="contact_note_edit")
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Date:"), self.date_edit)
        form.addRow(self.tr("&Channel:"), self.channel_combo)
        form.addRow(self.tr("&Result:"), self.result_combo)
        form.addRow(self.tr("&Note:"), self.note_edit)
        form.addRow(buttons)

    def values(self) -> dict:
        return dict(on=self.date_edit.date().toPython(), channel=self.channel_combo.currentData(),
                    result=self.result_combo.currentData(), note=self.note_edit.text())
