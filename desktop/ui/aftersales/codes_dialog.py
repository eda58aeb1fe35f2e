"""The codes and names the insurer's lists use for our dealers (车商代码映射):
- ``AssignDealersDialog``: the rows of an import no dealer was found for, grouped by the code, credit
  code and name they give; search a dealer, assign — the code (else the credit code, else the name) is
  kept for that dealer and every later import matches it; the import dialog then plans again.
- ``DealerCodesDialog``: one dealer's kept codes and names: add, correct, remove (after asking).
Reads and writes through ``ui/operations``; GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QMessageBox, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout)

from desktop.i18n import t
from desktop.services.aftersales import codes
from desktop.services.dealers.listing import DealerFilter, search
from desktop.ui.change_bus import Change
from desktop.ui.operations import CollectionOp, QueryOp
from desktop.ui.toolkit.errors import message_for

SEARCH_LIMIT = 50


def key_of(group: dict) -> tuple[str, str]:
    """What assigning a group keeps: its code, else its credit code, else its name."""
    for kind, name in (("code", "code"), ("uscc", "uscc"), ("name", "name")):
        if group.get(name):
            return kind, group[name]
    return "", ""


class AssignDealersDialog(QDialog):
    assigned = Signal()  # a code or name was mapped: the import should plan again

    def __init__(self, app, groups: list[dict], parent=None) -> None:
        super().__init__(parent)
        self.app, self.groups = app, list(groups)
        self.found: list = []
        self.setObjectName("assign_dealers_dialog")
        self.setWindowTitle(self.tr("Assign dealers to unmatched rows"))
        self.resize(900, 520)
        hint = QLabel(self.tr("These rows name no dealer we know. Pick a line, find its dealer and assign: the code "
                              "(or credit code, or name) is kept for that dealer, and this and every later import match it."))
        hint.setWordWrap(True)
        self.groups_table = QTableWidget(len(self.groups), 5, objectName="unmatched_table")
        self.groups_table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Credit code"), self.tr("Name"), self.tr("Rows"),
                                                     self.tr("Assigned to")])
        self.groups_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.groups_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.groups_table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.groups_table.verticalHeader().setVisible(False)
        self.groups_table.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((90, 150, 130, 44)):
            self.groups_table.setColumnWidth(col, width)
        for row, group in enumerate(self.groups):
            rows = ", ".join(map(str, group["rows"][:8])) + ("…" if len(group["rows"]) > 8 else "")
            for col, text in enumerate((group["code"] or "—", group["uscc"] or "—", group["name"] or "—", str(len(group["rows"])))):
                item = QTableWidgetItem(text)
                item.setToolTip(self.tr("Rows {0}").format(rows))
                if col == 3:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.groups_table.setItem(row, col, item)
            self.groups_table.setItem(row, 4, QTableWidgetItem(""))
        self.search_edit = QLineEdit(objectName="dealer_search_edit")
        self.search_edit.setPlaceholderText(self.tr("Name, short name, pinyin or city"))
        self.search_edit.returnPressed.connect(self.find)
        search_label = QLabel(self.tr("&Find the dealer:"))
        search_label.setBuddy(self.search_edit)
        self.find_button = QPushButton(self.tr("F&ind"), objectName="dealer_find_button")
        self.find_button.setAutoDefault(False)
        self.find_button.clicked.connect(self.find)
        self.dealers_list = QListWidget(objectName="dealers_list")
        self.dealers_list.itemSelectionChanged.connect(self._update)
        self.dealers_list.itemDoubleClicked.connect(lambda _item: self.assign())
        self.groups_table.itemSelectionChanged.connect(self._on_group)
        self.assign_button = QPushButton(self.tr("&Assign to this dealer"), objectName="assign_button")
        self.assign_button.setAutoDefault(False)
        self.assign_button.clicked.connect(self.assign)
        self.status_label = QLabel(objectName="assign_status_label")
        self.status_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        find = QHBoxLayout()
        find.addWidget(search_label)
        find.addWidget(self.search_edit, 1)
        find.addWidget(self.find_button)
        right = QVBoxLayout()
        right.addLayout(find)
        right.addWidget(self.dealers_list, 1)
        right.addWidget(self.assign_button)
        middle = QHBoxLayout()
        middle.addWidget(self.groups_table, 3)
        middle.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(middle, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(buttons)
        if self.groups:
            self.groups_table.selectRow(0)
        self._update()

    def group(self) -> dict | None:
        rows = self.groups_table.selectionModel().selectedRows()
        return self.groups[rows[0].row()] if rows else None

    def _on_group(self) -> None:
        group = self.group()
        if group is not None and not self.search_edit.text():
            self.search_edit.setText(group["name"] or "")
        self._update()

    def _update(self) -> None:
        self.assign_button.setEnabled(self.group() is not None and bool(self.dealers_list.selectedItems()))

    def find(self) -> None:
        """Search the dealers (off the GUI thread), best matches first."""
        ctx, text = self.app.ctx, self.search_edit.text().strip()
        QueryOp(self, lambda: search(ctx, DealerFilter(text=text), limit=SEARCH_LIMIT), self._found).latest("find").run()

    def _found(self, lines) -> None:
        self.found = lines
        self.dealers_list.clear()
        for line in lines:
            item = QListWidgetItem(f"{line.legal_name}  ·  {line.city}  ·  ID {line.id}")
            item.setData(Qt.UserRole, line.id)
            self.dealers_list.addItem(item)
        if lines:
            self.dealers_list.setCurrentRow(0)
        self.status_label.setText("" if lines else self.tr("No dealer found: try part of the name, or pinyin initials."))
        self._update()

    def assign(self) -> None:
        group, items = self.group(), self.dealers_list.selectedItems()
        if group is None or not items:
            return
        kind, text = key_of(group)
        dealer_id, label = items[0].data(Qt.UserRole), items[0].text().split("  ·  ")[0]
        row = self.groups.index(group)
        ctx = self.app.ctx

        def done(line) -> None:
            self.groups_table.item(row, 4).setText(line.dealer_name)
            self.status_label.setText(self.tr("“{0}” now means {1} in every import.").format(line.text, line.dealer_name))
            self.assigned.emit()
            following = next((r for r in range(row + 1, len(self.groups)) if not self.groups_table.item(r, 4).text()), None)
            if following is not None:
                self.groups_table.selectRow(following)
                self.search_edit.setText(self.groups[following]["name"] or "")

        def failed(err) -> None:
            self.status_label.setText(message_for(err))

        self.status_label.setText(self.tr("Assigning to {0}…").format(label))
        CollectionOp(self, lambda: codes.assign(ctx, dealer_id, kind, text), done).failure(failed) \
            .announces(self.app.bus, Change.AFTERSALES).run()


class DealerCodesDialog(QDialog):
    """One dealer's kept codes, credit codes and names (see the module docstring)."""

    loaded = Signal()

    def __init__(self, app, dealer_id: int, dealer_name: str, parent=None) -> None:
        super().__init__(parent)
        self.app, self.dealer_id = app, dealer_id
        self.lines: list[codes.DealerCodeLine] = []
        self.setObjectName("dealer_codes_dialog")
        self.setWindowTitle(self.tr("Codes and names of {0} in the insurer's lists").format(dealer_name))
        self.resize(620, 420)
        hint = QLabel(self.tr("Rows of policy, claims and sales lists giving one of these are matched to this dealer."))
        hint.setWordWrap(True)
        self.kind_combo = QComboBox(objectName="code_kind_combo")
        for kind in codes.KINDS:
            self.kind_combo.addItem(t(f"aftersales.code.kind.{kind}", app.lang), kind)
        self.text_edit = QLineEdit(objectName="code_text_edit")
        self.text_edit.setPlaceholderText(self.tr("e.g. 3301A0012 or the name in the core system"))
        self.text_edit.textChanged.connect(lambda _t: self._update())
        text_label = QLabel(self.tr("Co&de or name:"))
        text_label.setBuddy(self.text_edit)
        self.add_button = QPushButton(self.tr("A&dd"), objectName="code_add_button")
        self.add_button.clicked.connect(self.add)
        self.change_button = QPushButton(self.tr("&Save the change"), objectName="code_change_button")
        self.change_button.clicked.connect(self.change)
        form = QHBoxLayout()
        form.addWidget(self.kind_combo)
        form.addWidget(text_label)
        form.addWidget(self.text_edit, 1)
        form.addWidget(self.add_button)
        form.addWidget(self.change_button)
        self.table = QTableWidget(0, 2, objectName="codes_table")
        self.table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Code or name")])
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 160)
        self.table.itemSelectionChanged.connect(self._on_select)
        self.remove_button = QPushButton(self.tr("&Remove…"), objectName="code_remove_button")
        self.remove_button.clicked.connect(self.remove)
        self.table.installEventFilter(self)  # Delete in the list removes the selected code, after asking
        self.text_edit.returnPressed.connect(lambda: self.change() if self.change_button.isEnabled() else self.add())
        self.status_label = QLabel(objectName="codes_status_label")
        self.status_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        for button in (self.add_button, self.change_button, self.remove_button):
            button.setAutoDefault(False)
        below = QHBoxLayout()
        below.addWidget(self.remove_button)
        below.addWidget(self.status_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addLayout(below)
        layout.addWidget(buttons)
        self.reload()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.table and event.type() == QEvent.KeyPress and event.matches(QKeySequence.Delete):
            self.remove()
            return True
        return super().eventFilter(watched, event)

    def reload(self) -> None:
        ctx, dealer_id = self.app.ctx, self.dealer_id
        QueryOp(self, lambda: codes.list_codes(ctx, dealer_id), self._loaded).latest("codes").run()

    def _loaded(self, lines) -> None:
        self.lines = lines
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            self.table.setItem(row, 0, QTableWidgetItem(t(f"aftersales.code.kind.{line.kind}", self.app.lang)))
            self.table.setItem(row, 1, QTableWidgetItem(line.text))
        self._update()
        self.loaded.emit()

    def selected(self) -> codes.DealerCodeLine | None:
        rows = self.table.selectionModel().selectedRows()
        return self.lines[rows[0].row()] if rows and rows[0].row() < len(self.lines) else None

    def _on_select(self) -> None:
        line = self.selected()
        if line is not None:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(line.kind))
            self.text_edit.setText(line.text)
        self._update()

    def _update(self) -> None:
        line, text = self.selected(), self.text_edit.text().strip()
        self.add_button.setEnabled(bool(text))
        self.change_button.setEnabled(line is not None and bool(text) and text != line.text)
        self.remove_button.setEnabled(line is not None)

    def _write(self, fn, said: str) -> None:
        def done(_result) -> None:
            self.status_label.setText(said)
            self.reload()

        CollectionOp(self, fn, done).failure(lambda err: self.status_label.setText(message_for(err))) \
            .announces(self.app.bus, Change.AFTERSALES).run()

    def add(self) -> None:
        ctx, dealer_id, kind, text = self.app.ctx, self.dealer_id, self.kind_combo.currentData(), self.text_edit.text()
        self._write(lambda: codes.assign(ctx, dealer_id, kind, text), self.tr("“{0}” added.").format(text.strip()))

    def change(self) -> None:
        line = self.selected()
        if line is None:
            return
        ctx, dealer_id, text = self.app.ctx, self.dealer_id, self.text_edit.text()
        self._write(lambda: codes.replace(ctx, dealer_id, line.kind, line.text, text),
                    self.tr("“{0}” changed to “{1}”.").format(line.text, text.strip()))

    def remove(self) -> None:
        line = self.selected()
        if line is None:
            return
        answer = QMessageBox.question(self, self.tr("Remove a code"),
                                      self.tr("Remove “{0}” from this dealer? Rows already imported keep their dealer; later "
                                              "imports no longer match rows by it.").format(line.text),
                                      QMessageBox.Yes | QMessageBox.Cancel, QMessageBox.Cancel)
        if answer != QMessageBox.Yes:
            return
        ctx, dealer_id = self.app.ctx, self.dealer_id
        self._write(lambda: codes.remove(ctx, dealer_id, line.kind, line.text), self.tr("“{0}” removed.").format(line.text))
