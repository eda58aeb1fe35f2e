"""The terms a contract's template names itself (settlement, account, notice contacts, penalty …):
one labelled input each, on the contract dialog's Terms tab. An empty one is a blank the contract
cannot be submitted or signed with; its label says so. No database work here. GUI thread.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from desktop.rules.contracts.records import TemplateField

BLANK_STYLE = "color: #B42318;"


class OwnTermsBox(QGroupBox):
    """``show_terms(fields, values)`` lays the inputs out; ``values()`` reads them back."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setObjectName("own_terms_box")
        self.setTitle(self.tr("Terms of the contract text (settlement, contacts, penalty …)"))
        self.form = QFormLayout(self)
        self.fields: list[TemplateField] = []
        self.edits: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLabel] = {}

    def show_terms(self, fields: list[TemplateField], values: dict[str, str]) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.fields, self.edits, self.labels = list(fields), {}, {}
        for f in fields:
            edit = QLineEdit(values.get(f.name, ""), objectName=f"own_{f.name}_edit")
            if f.kind == "amount":
                edit.setPlaceholderText(self.tr("Amount in yuan, e.g. 50000"))
            edit.textChanged.connect(lambda _text, name=f.name: self._mark(name))
            label = QLabel(f.label_zh if self.lang == "zh_CN" else f.label_en or f.label_zh)
            label.setBuddy(edit)
            self.form.addRow(label, edit)
            self.edits[f.name], self.labels[f.name] = edit, label
            self._mark(f.name)

    def _mark(self, name: str) -> None:
        blank = not self.edits[name].text().strip()
        self.labels[name].setStyleSheet(BLANK_STYLE if blank else "")
        self.labels[name].setToolTip(self.tr("Blank: to be filled in before the contract is submitted") if blank else "")

    def values(self) -> dict[str, str]:
        return {name: edit.text().strip() for name, edit in self.edits.items()}

    def set_editable(self, editable: bool) -> None:
        for edit in self.edits.values():
            edit.setReadOnly(not editable)
