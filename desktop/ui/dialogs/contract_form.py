"""The widgets of the contract editor, built in code: four tabs (contract, parties, terms,
documents), filled from a ``Contract`` record and read back into one. No database work here.

Widget names follow the record's field paths ('dealer.legal_rep' → ``dealer_legal_rep_edit``)
so a rule's problem lands next to its field. GUI thread.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (QComboBox, QDateEdit, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QPlainTextEdit, QPushButton, QSizePolicy, QTabWidget, QVBoxLayout, QWidget)

from desktop.i18n import t
from desktop.rules import contract_templates as tpl
from desktop.rules.contract_records import Contract, Party
from desktop.rules.contracts import ATTACHMENT_TYPES, KINDS
from desktop.ui.widgets import optional_date, set_optional_date

PARTY_FIELDS = ("name", "uscc", "legal_rep", "address", "phone")


def _plain(value) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    return str(value)


class ContractForm(QObject):
    """Builds the tabs on ``tabs`` and keeps every input widget as an attribute."""

    def __init__(self, tabs: QTabWidget, lang: str) -> None:
        super().__init__(tabs)
        self.lang = lang
        tabs.addTab(self._contract_tab(), self.tr("Contract"))
        tabs.addTab(self._parties_tab(), self.tr("Parties"))
        tabs.addTab(self._terms_tab(), self.tr("Terms"))
        tabs.addTab(self._documents_tab(), self.tr("Documents"))

    # --- building ---------------------------------------------------------------------------------
    def _edit(self, name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(objectName=name)
        edit.setPlaceholderText(placeholder)
        setattr(self, name, edit)
        return edit

    def _date(self, name: str) -> QDateEdit:
        edit = QDateEdit(objectName=name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setSpecialValueText(" ")
        setattr(self, name, edit)
        return edit

    def _contract_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.number_label = QLabel(objectName="number_label")
        self.status_label = QLabel(objectName="status_label")
        self.kind_combo = QComboBox(objectName="kind_combo")
        for kind in KINDS:
            self.kind_combo.addItem(t(f"contract.kind.{kind}", self.lang), kind)
        self.note_edit = QPlainTextEdit(objectName="note_edit")
        self.note_edit.setMaximumHeight(80)
        self.links_label = QLabel(objectName="links_label")
        for label in (self.number_label, self.status_label, self.links_label):
            label.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Maximum)
        form.addRow(self.tr("Number"), self.number_label)
        form.addRow(self.tr("Status"), self.status_label)
        form.addRow(self.tr("Type"), self.kind_combo)
        form.addRow(self.tr("Start"), self._date("start_edit"))
        form.addRow(self.tr("End"), self._date("end_edit"))
        form.addRow(self.tr("Agency qualification no."), self._edit("qualification_no_edit"))
        form.addRow(self.tr("Qualification valid until"), self._date("qualification_expiry_edit"))
        form.addRow(self.tr("Note"), self.note_edit)
        form.addRow("", self.links_label)
        return page

    def _party_box(self, prefix: str, title: str, rep_label: str) -> QGroupBox:
        box = QGroupBox(title, objectName=f"{prefix}_box")
        form = QFormLayout(box)
        labels = (self.tr("Legal name"), self.tr("Unified social credit code"), rep_label, self.tr("Address"), self.tr("Phone"))
        for field, label in zip(PARTY_FIELDS, labels):
            form.addRow(label, self._edit(f"{prefix}_{field}_edit"))
        return box

    def _parties_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self._party_box("dealer", self.tr("Party B — the dealer"), self.tr("Legal representative")))
        layout.addWidget(self._party_box("branch", self.tr("Party A — our branch"), self.tr("Principal")))
        layout.addStretch(1)
        return page

    def _terms_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.terms_label = QLabel(objectName="terms_label")
        self.terms_label.setWordWrap(True)
        self.refresh_terms_button = QPushButton(self.tr("Take terms from the newest approved policy"),
                                                objectName="refresh_terms_button")
        policy = QGroupBox(self.tr("From the approved policy (not edited here)"))
        policy_layout = QVBoxLayout(policy)
        policy_layout.addWidget(self.terms_label)
        policy_layout.addWidget(self.refresh_terms_button)
        targets = QGroupBox(self.tr("Targets and services"))
        form = QFormLayout(targets)
        form.addRow(self.tr("Monthly premium (yuan)"), self._edit("terms_target_monthly_premium_edit", "150000"))
        form.addRow(self.tr("New-car take-up (%)"), self._edit("terms_target_take_up_edit", "55"))
        form.addRow(self.tr("Renewal rate (%)"), self._edit("terms_target_renewal_rate_edit", "60"))
        self.terms_service_edit = QPlainTextEdit(objectName="terms_service_edit")
        self.terms_service_edit.setPlaceholderText(self.tr("One service commitment per line"))
        form.addRow(self.tr("Service commitments"), self.terms_service_edit)
        layout.addWidget(policy)
        layout.addWidget(targets, 1)
        return page

    def _documents_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.attachment_list = QListWidget(objectName="attachment_list")
        self.doc_type_combo = QComboBox(objectName="doc_type_combo")
        for code in ATTACHMENT_TYPES:
            self.doc_type_combo.addItem(t(f"contract.attachment.{code}", self.lang), code)
        self.add_files_button = QPushButton(self.tr("Add files…"), objectName="add_files_button")
        self.remove_file_button = QPushButton(self.tr("Remove"), objectName="remove_file_button")
        self.up_button = QPushButton(self.tr("Up"), objectName="up_button")
        self.down_button = QPushButton(self.tr("Down"), objectName="down_button")
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Document type")))
        row.addWidget(self.doc_type_combo)
        for button in (self.add_files_button, self.remove_file_button, self.up_button, self.down_button):
            row.addWidget(button)
        row.addStretch(1)
        self.packs_list = QListWidget(objectName="packs_list")
        self.packs_list.setMaximumHeight(110)
        layout.addWidget(QLabel(self.tr("Merged into the pack in this order (PDF, JPG or PNG):")))
        layout.addWidget(self.attachment_list, 1)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Packs generated (with their SHA-256):")))
        layout.addWidget(self.packs_list)
        return page

    # --- record ↔ widgets -------------------------------------------------------------------------
    def fill(self, c: Contract) -> None:
        self.number_label.setText(c.title_number)
        self.status_label.setText(t(f"contract.status.{c.status}", self.lang))
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(c.kind), 0))
        set_optional_date(self.start_edit, c.start)
        set_optional_date(self.end_edit, c.end)
        self.qualification_no_edit.setText(c.qualification_no)
        set_optional_date(self.qualification_expiry_edit, c.qualification_expiry)
        self.note_edit.setPlainText(c.note)
        for prefix, party in (("dealer", c.dealer), ("branch", c.branch)):
            for field in PARTY_FIELDS:
                getattr(self, f"{prefix}_{field}_edit").setText(getattr(party, field))
        terms = c.terms
        self.terms_target_monthly_premium_edit.setText(_plain(terms.target_monthly_premium))
        self.terms_target_take_up_edit.setText(_plain(terms.target_take_up))
        self.terms_target_renewal_rate_edit.setText(_plain(terms.target_renewal_rate))
        self.terms_service_edit.setPlainText("\n".join(terms.service))
        self.terms_label.setText(self.describe_terms(c))

    def describe_terms(self, c: Contract) -> str:
        terms, lang = c.terms, self.lang
        rates = ("，" if lang == "zh_CN" else ", ").join(f"{t(f'policy.line.{line}', lang)} {tpl.fmt_rate(terms.rates.get(line))}"
                         for line in ("compulsory", "commercial", "other"))
        lines = [self.tr("Policy version {0}, approved by {1}").format(terms.policy_number or "—", terms.policy_approved_by or "—"),
                 self.tr("Commission: {0}").format(rates),
                 self.tr("Repair referral: {0} of new-car premium, {1} of renewal premium").format(
                     tpl.fmt_ratio(terms.new_car_ratio, lang), tpl.fmt_ratio(terms.renewal_ratio, lang))]
        lines += [self.tr("Agreed: {0} {1} {2}").format(a.item, _plain(a.value), a.unit).strip() for a in terms.agreed]
        return "\n".join(lines)

    def read(self, c: Contract) -> Contract:
        parties = {prefix: Party(*(getattr(self, f"{prefix}_{f}_edit").text() for f in PARTY_FIELDS))
                   for prefix in ("dealer", "branch")}
        service = [line for line in self.terms_service_edit.toPlainText().splitlines() if line.strip()]
        terms = replace(c.terms, target_monthly_premium=self.terms_target_monthly_premium_edit.text().strip() or None,
                        target_take_up=self.terms_target_take_up_edit.text().strip() or None,
                        target_renewal_rate=self.terms_target_renewal_rate_edit.text().strip() or None, service=service)
        return replace(c, kind=self.kind_combo.currentData(), start=optional_date(self.start_edit),
                       end=optional_date(self.end_edit), qualification_no=self.qualification_no_edit.text(),
                       qualification_expiry=optional_date(self.qualification_expiry_edit),
                       note=self.note_edit.toPlainText(), dealer=parties["dealer"], branch=parties["branch"], terms=terms)

    def widget_for(self, field: str) -> QWidget | None:
        """The input a rule problem names ('dealer.uscc', 'terms.target_take_up', 'start' …)."""
        base = field.replace(".", "_")
        return getattr(self, f"{base}_edit", None) or getattr(self, f"{base}_combo", None)

    def set_editable(self, editable: bool) -> None:
        for name, widget in vars(self).items():
            if isinstance(widget, (QLineEdit, QPlainTextEdit)):
                widget.setReadOnly(not editable)
            elif isinstance(widget, (QComboBox, QDateEdit)) and name != "doc_type_combo":
                widget.setEnabled(editable)
        for button in (self.refresh_terms_button, self.add_files_button, self.remove_file_button, self.up_button,
                       self.down_button, self.doc_type_combo):
            button.setEnabled(editable)
