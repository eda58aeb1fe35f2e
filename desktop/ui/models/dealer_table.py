"""The dealer list: every row in memory, a list of visible indices, filtering and sorting in Python.

A QSortFilterProxyModel would call back into Python once per row per keystroke — far too slow at
100,000 dealers. Here a keystroke is one list comprehension over precomputed haystacks, and a
query that extends the previous one only re-filters the rows still visible.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from desktop.rules.records import DealerRow
from desktop.rules.search import filter_indices, normalise_query
from desktop.rules.vocab import label
from desktop.services.dealers import DealerFilter

COLUMNS = ("legal_name", "short_name", "city", "district", "brands", "dealer_type", "annual_sales",
           "contact_name", "contact_phone", "verified", "updated_at")


class DealerTableModel(QAbstractTableModel):
    IdRole = Qt.UserRole + 1

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[DealerRow] = []
        self._hay: list[str] = []
        self._visible: list[int] = []
        self._filter = DealerFilter()
        self._words: list[str] = []
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.AscendingOrder)
        self._headers = [self.tr("Legal name"), self.tr("Short name"), self.tr("City"), self.tr("District"),
                         self.tr("Brands"), self.tr("Type"), self.tr("Annual sales"), self.tr("Contact"),
                         self.tr("Phone"), self.tr("Verified"), self.tr("Updated")]
        self._type_labels: dict[str, str] = {}
        self._yes, self._no = self.tr("Yes"), self.tr("No")

    # --- data -----------------------------------------------------------------------------
    def set_rows(self, rows: list[DealerRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._hay = [r.haystack for r in rows]
        self._visible = self._compute(None)
        self._apply_sort()
        self.endResetModel()

    def set_filter(self, flt: DealerFilter) -> None:
        """Apply search text and filters; narrows incrementally when the text only grew."""
        words = normalise_query(flt.text)
        same_facets = (flt.city, flt.brand, flt.dealer_type, flt.verified) == (
            self._filter.city, self._filter.brand, self._filter.dealer_type, self._filter.verified)
        narrowing = same_facets and self._words and _extends(words, self._words)
        self._filter, self._words = flt, words
        self.beginResetModel()
        self._visible = self._compute(self._visible if narrowing else None)
        if not narrowing:
            self._apply_sort()
        self.endResetModel()

    def _compute(self, candidates: list[int] | None) -> list[int]:
        flt = self._filter
        pool = candidates
        if pool is None and (flt.city or flt.brand or flt.dealer_type or flt.verified is not None):
            pool = [i for i, row in enumerate(self._rows) if flt.accepts(row)]
        return filter_indices(self._words, self._hay, pool)

    def row_at(self, row: int) -> DealerRow:
        return self._rows[self._visible[row]]

    def row_of_id(self, dealer_id: int) -> int:
        for pos, i in enumerate(self._visible):
            if self._rows[i].id == dealer_id:
                return pos
        return -1

    def total(self) -> int:
        return len(self._rows)

    # --- Qt model -------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[self._visible[index.row()]]
        col = COLUMNS[index.column()]
        if role == Qt.DisplayRole:
            value = getattr(row, col)
            if col == "dealer_type":
                return self._type_label(value)
            if col == "verified":
                return self._yes if value else self._no
            if col == "annual_sales":
                return f"{value:,}" if value is not None else ""
            if col == "updated_at":
                return value.strftime("%Y-%m-%d") if value else ""
            return value
        if role == Qt.TextAlignmentRole and col == "annual_sales":
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.ToolTipRole and col == "legal_name":
            return row.legal_name
        if role == self.IdRole:
            return row.id
        return None

    def _type_label(self, code: str) -> str:
        if code not in self._type_labels:
            self._type_labels[code] = label("dealer_type", code) if code else ""
        return self._type_labels[code]

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._apply_sort()
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        column, order = self._sort
        if column < 0:
            return
        col = COLUMNS[column]
        rows = self._rows

        def key(i: int):
            value = getattr(rows[i], col)
            empty = value is None or value == ""
            return (empty, 0 if empty else value)  # blanks last, never compared with values

        self._visible.sort(key=key, reverse=order == Qt.DescendingOrder)


def _extends(words: list[str], previous: list[str]) -> bool:
    """True when every previous word is contained in the word at the same place (typing on)."""
    return len(words) >= len(previous) and all(p in w for p, w in zip(previous, words))
