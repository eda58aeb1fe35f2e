"""Import wizard, step 2: the sheet, the header row and which dealer field each column holds."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QSpinBox, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)

from PySide6.QtGui import QStandardItem, QStandardItemModel

from desktop.i18n import t
from desktop.spreadsheets.columns import FIELDS
from desktop.ui.rosters.wizard_common import ImportPage

if TYPE_CHECKING:
    from desktop.ui.rosters.wizard import ImportWizard

SAMPLE_ROWS = 8
FIELD_CHARS = 10  # room in each column's drop-down: the longest field names (统一社会信用代码, 'Main models')
USER_ROLE = 256  # Qt.ItemDataRole.UserRole, where QComboBox.addItem puts an item's data (findData, currentData)


class MappingPage(ImportPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Sheet and columns"))
        self.setSubTitle(self.tr("Check which dealer field each column holds. Columns set to “ignore” are not imported."))
        self.sheet_combo = QComboBox(objectName="sheet_combo")
        self.sheet_combo.activated.connect(self._sheet_chosen)
        self.header_spin = QSpinBox(objectName="header_spin")
        self.header_spin.setMinimum(1)
        self.header_spin.valueChanged.connect(self._header_chosen)
        self.remembered_label = QLabel(objectName="remembered_label")
        self.mapping_table = QTableWidget(objectName="mapping_table")
        self.mapping_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.mapping_table.verticalHeader().setVisible(False)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Sheet:")))
        bar.addWidget(self.sheet_combo, 1)
        bar.addWidget(QLabel(self.tr("Header row:")))
        bar.addWidget(self.header_spin)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.remembered_label)
        layout.addWidget(self.mapping_table, 1)
        layout.addWidget(self.status_label)
        self.combos: list[QComboBox] = []
        self._fields: QStandardItemModel | None = None

    def initializePage(self) -> None:
        source = self.w.source
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        for info in source.sheets:
            self.sheet_combo.addItem(info.name + (self.tr(" (hidden)") if info.hidden else ""), info.name)
        self.sheet_combo.setCurrentIndex(max(self.sheet_combo.findData(source.sheet), 0))
        self.sheet_combo.blockSignals(False)
        self.header_spin.blockSignals(True)
        self.header_spin.setMaximum(max(len(source.grid.head), 1))
        self.header_spin.setValue(source.header_index + 1)
        self.header_spin.blockSignals(False)
        self._fill_table()

    def _fill_table(self) -> None:
        source, lang = self.w.source, self.w.app.lang
        self.remembered_label.setText(self.tr("The mapping used last time for files with these headers was applied.")
                                      if source.remembered else "")
        sample = source.sample(SAMPLE_ROWS)
        width = max([len(source.headers)] + [len(r) for r in sample])
        table = self.mapping_table
        table.clear()
        table.setColumnCount(width)
        table.setRowCount(1 + len(sample))
        table.setHorizontalHeaderLabels([source.headers[c] if c < len(source.headers) and source.headers[c] else self.tr("(no header)")
                                         for c in range(width)])
        self.combos = []
        # One list of fields for every column's drop-down (a shared model: ~30 combos × ~30 fields added
        # one by one were most of a second on the GUI thread, issue 15); columns sized once at the end.
        fields = self._fields_model(lang)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        for c in range(width):
            combo = QComboBox(objectName=f"field_combo_{c}")
            # sized by a field name's length, not by measuring every item of every combo
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(FIELD_CHARS)
            combo.setModel(fields)
            mapped = source.mapping[c] if c < len(source.mapping) else None
            combo.setCurrentIndex(max(combo.findData(mapped), 0))
            combo.currentIndexChanged.connect(lambda _i, col=c: self._field_chosen(col))
            table.setCellWidget(0, c, combo)
            self.combos.append(combo)
            for r, row in enumerate(sample, start=1):
                table.setItem(r, c, QTableWidgetItem(row[c] if c < len(row) else ""))
        table.resizeColumnsToContents()
        self._check()

    def _fields_model(self, lang: str) -> QStandardItemModel:
        """'— ignore —' then every dealer field, its key as the item's data; made once per page."""
        if self._fields is None:
            self._fields = QStandardItemModel(self)
            for text, key in [(self.tr("— ignore —"), None), *((t(f"field.{f}", lang), f) for f in FIELDS)]:
                item = QStandardItem(text)
                item.setData(key, USER_ROLE)
                self._fields.appendRow(item)
        return self._fields

    def mapping(self) -> list[str | None]:
        return [combo.currentData() for combo in self.combos]

    def set_field(self, column: int, field_name: str | None) -> None:
        """Map a column (the same as choosing in its drop-down)."""
        combo = self.combos[column]
        combo.setCurrentIndex(max(combo.findData(field_name), 0))

    def _field_chosen(self, column: int) -> None:
        chosen = self.combos[column].currentData()
        if chosen:  # one column per field: the other column that had it lets go
            for other, combo in enumerate(self.combos):
                if other != column and combo.currentData() == chosen:
                    combo.blockSignals(True)
                    combo.setCurrentIndex(0)
                    combo.blockSignals(False)
        self._check()

    def _check(self) -> None:
        if "legal_name" not in self.mapping():
            self.say(self.tr("Choose the column that holds the dealer name (车商名称)."), True)
        else:
            self.say(self.tr("{0} of {1} columns will be imported.").format(sum(1 for f in self.mapping() if f), len(self.combos)))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return "legal_name" in self.mapping()

    def validatePage(self) -> bool:
        source = self.w.source
        mapping = self.mapping()
        if mapping != source.mapping:
            source.mapping = mapping
            self.w.plan = None
        return True

    def _sheet_chosen(self, _index: int) -> None:
        sheet = self.sheet_combo.currentData()
        if sheet != self.w.source.sheet:
            self.w.file_page.load(self.w.source.path, sheet, then=self.initializePage)

    def _header_chosen(self, value: int) -> None:
        self.w.source.use_header_row(value - 1)
        self.w.plan = None
        self._fill_table()
