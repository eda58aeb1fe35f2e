"""The widgets of the contract editor: four tabs (contract, parties, terms, documents) laid out in
``forms/contract_dialog.ui``, filled from a ``Contract`` record and read back into one. No database
work here.

Widget names follow the record's field paths ('dealer.legal_rep' → ``dealer_legal_rep_edit``)
so a rule's problem lands next to its field. GUI thread.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QPlainTextEdit, QWidget

from desktop.i18n import t
from desktop.rules.contracts import templates as tpl
from desktop.rules.contracts.records import Contract, Party
from desktop.rules.contracts.lifecycle import ATTACHMENT_TYPES, KINDS
from desktop.ui.generated.ui_contract_dialog import Ui_ContractDialog
from desktop.ui.toolkit.widgets import optional_date, set_optional_date

PARTY_FIELDS = ("name", "uscc", "legal_rep", "address", "phone")
INPUTS = ("kind_combo", "start_edit", "end_edit", "qualification_no_edit", "qualification_expiry_edit", "note_edit",
          *(f"{prefix}_{field}_edit" for prefix in ("dealer", "branch") for field in PARTY_FIELDS),
          "terms_target_monthly_premium_edit", "terms_target_take_up_edit", "terms_target_renewal_rate_edit",
          "terms_service_edit")
DOCUMENT_TOOLS = ("doc_type_combo", "add_files_button", "remove_file_button", "up_button", "down_button")
SHOWN = ("number_label", "status_label", "links_label", "terms_label", "refresh_terms_button", "attachment_list",
         "packs_list", *DOCUMENT_TOOLS)

# A contract past draft: every input drawn alike — a grey field with dark, selectable text — instead of
# Qt's mix of white read-only edits and washed-out disabled combos. No border rule on the date edits: with
# one, Qt's style sheets squeeze a button-less spin box's text field to nothing.
LOCKED_STYLE = """
QLineEdit[readOnly="true"], QDateEdit[readOnly="true"], QPlainTextEdit[readOnly="true"] { background: #F3F4F6; color: #1F2329; }
QComboBox:disabled { background: #F3F4F6; color: #1F2329; border: 1px solid #AEAEB0; border-radius: 2px; padding: 2px 1px; }
QComboBox::drop-down:disabled { width: 0px; border: none; }
QComboBox::down-arrow:disabled { image: none; }
"""


def _plain(value) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    return str(value)


class ContractForm(QObject):
    """The form's inputs as attributes (``kind_combo``, ``dealer_uscc_edit`` …) over the dialog's ``ui``."""

    def __init__(self, ui: Ui_ContractDialog, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.lang = lang
        for name in INPUTS + SHOWN:
            setattr(self, name, getattr(ui, name))
        for kind in KINDS:
            self.kind_combo.addItem(t(f"contract.kind.{kind}", lang), kind)
        for code in ATTACHMENT_TYPES:
            self.doc_type_combo.addItem(t(f"contract.attachment.{code}", lang), code)
        self._placeholders = {name: getattr(ui, name).placeholderText() for name in INPUTS
                              if isinstance(getattr(ui, name), (QLineEdit, QPlainTextEdit))}

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
        """A draft is edited; anything else is shown read-only: text stays selectable, the tools go away."""
        for name in INPUTS:
            widget = getattr(self, name)
            if isinstance(widget, QComboBox):
                widget.setEnabled(editable)
                continue
            widget.setReadOnly(not editable)
            if isinstance(widget, QDateEdit):
                widget.setCalendarPopup(editable)
                widget.setButtonSymbols(QDateEdit.UpDownArrows if editable else QDateEdit.NoButtons)
                # without its buttons a date edit is shorter than the line edits around it
                widget.setMinimumHeight(0 if editable else self.qualification_no_edit.sizeHint().height())
            else:  # a grey example value in an empty read-only field would read as a value
                widget.setPlaceholderText(self._placeholders[name] if editable else "")
        for name in DOCUMENT_TOOLS + ("refresh_terms_button",):
            getattr(self, name).setEnabled(editable)
        self.ui.documents_bar.setVisible(editable)
        self.refresh_terms_button.setVisible(editable)
        self.ui.tabs.setStyleSheet("" if editable else LOCKED_STYLE)  # also re-polishes the [readOnly] rules
