"""Two parts of the templates dialog: the table of terms a template names itself (placeholder,
Chinese and English label, kind, the value a new contract starts with) and the preview of a
clause as it will read, placeholders shown filled. No database work here. GUI thread.
"""

from __future__ import annotations

import html

from PySide6.QtWidgets import QComboBox, QTableWidget, QTableWidgetItem, QTextBrowser, QWidget

from desktop.rules.contracts import templates as tpl
from desktop.rules.contracts.blanks import label_of
from desktop.rules.contracts.records import Clause, Template, TemplateField

COLUMNS = ("name", "label_zh", "label_en", "kind", "default")


class FieldsTable(QTableWidget):
    """One row per term; an empty last row adds one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.setObjectName("fields_table")
        self.setHorizontalHeaderLabels([self.tr("Placeholder"), self.tr("Name (Chinese)"), self.tr("Name (English)"),
                                        self.tr("Kind"), self.tr("Starts as")])
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().setVisible(False)
        self.itemChanged.connect(lambda _item: self._keep_one_empty())

    def show_fields(self, fields: list[TemplateField]) -> None:
        self.blockSignals(True)
        self.setRowCount(0)
        for f in fields:
            self._add_row(f)
        self._add_row(TemplateField())
        self.blockSignals(False)
        self.resizeColumnsToContents()

    def _add_row(self, f: TemplateField) -> None:
        row = self.rowCount()
        self.insertRow(row)
        for col, name in enumerate(COLUMNS):
            if name == "kind":
                combo = QComboBox()
                combo.addItem(self.tr("Text"), "text")
                combo.addItem(self.tr("Amount (yuan)"), "amount")
                combo.setCurrentIndex(max(combo.findData(f.kind), 0))
                self.setCellWidget(row, col, combo)
            else:
                self.setItem(row, col, QTableWidgetItem(getattr(f, name)))

    def _keep_one_empty(self) -> None:
        last = self.rowCount() - 1
        if last < 0 or any((self.item(last, c) and self.item(last, c).text().strip()) for c in (0, 1, 2, 4)):
            self.blockSignals(True)
            self._add_row(TemplateField())
            self.blockSignals(False)

    def fields(self) -> list[TemplateField]:
        out = []
        for row in range(self.rowCount()):
            text = [(self.item(row, c).text() if self.item(row, c) else "") for c in (0, 1, 2, 4)]
            if any(x.strip() for x in text):
                kind = self.cellWidget(row, 3).currentData()
                out.append(TemplateField(text[0].strip(), text[1], text[2], kind, text[3]))
        return out


class ClausePreview(QTextBrowser):
    """The clause as a contract will print it: each placeholder shown as its term — a template field
    by the value a new contract starts with, anything else by its name in brackets, highlighted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clause_preview")
        self.setOpenLinks(False)

    def show_clause(self, clause: Clause, template: Template, n: int) -> None:
        shown = {}
        for name in tpl.PLACEHOLDERS + tuple(f.name for f in template.fields):
            own = next((f for f in template.fields if f.name == name), None)
            label = label_of(name, template)[0]
            value = own.default if own is not None and own.default else f"〔{label}〕"
            shown[name] = f"\u0001{value}\u0002"
        text = html.escape(tpl.fill(clause.text_zh, shown)).replace("\n", "<br>")
        text = text.replace("\u0001", '<span style="background:#FFF4CC">').replace("\u0002", "</span>")
        title = html.escape(self.tr("Article {0}: {1}").format(n, clause.heading_zh))
        self.setHtml(f"<p><b>{title}</b></p><p>{text}</p>")
