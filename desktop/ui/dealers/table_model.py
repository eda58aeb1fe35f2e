"""The dealer list: every row in memory, a list of visible indices, filtering and sorting in Python.

A QSortFilterProxyModel would call back into Python once per row per keystroke — far too slow at
100,000 dealers. Here a keystroke is one list comprehension over precomputed haystacks, and a
query that extends the previous one only re-filters the rows still visible.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from desktop.rules.dealers.records import DealerLine
from desktop.rules.dealers.search import SearchIndex, normalise_query
from desktop.rules.dealers.vocab import label
from desktop.services.dealers.listing import DealerFilter
from desktop.ui.toolkit.sorting import resort

DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
ALIGN = int(Qt.ItemDataRole.TextAlignmentRole.value)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
COLUMNS = ("legal_name", "short_name", "city", "district", "brands", "dealer_type", "annual_sales",
           "contact_name", "contact_phone", "verified", "updated_at")
SALES_COLUMN = COLUMNS.index("annual_sales")


class DealerTableModel(QAbstractTableModel):
    IdRole = int(Qt.ItemDataRole.UserRole.value) + 1

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[DealerLine] = []
        self._cells: dict[int, tuple] = {}
        self._index = SearchIndex([])
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
    @staticmethod
    def build_index(rows: list[DealerLine]) -> SearchIndex:
        """Worker thread: ~0.4 s at 100,000 dealers, so never on the GUI thread."""
        return SearchIndex([r.haystack for r in rows])

    def set_rows(self, rows: list[DealerLine], index: SearchIndex) -> None:
        self.beginResetModel()
        self._rows = rows
        self._cells = {}
        self._index = index
        self._visible = self._compute(None)
        self._apply_sort()
        self.endResetModel()

    def set_filter(self, flt: DealerFilter) -> None:
        """Apply search text and filters; narrows incrementally when the text only grew."""
        words = normalise_query(flt.text)
        same_facets = (flt.city, flt.brand, flt.dealer_type, flt.verified, flt.ids) == (
            self._filter.city, self._filter.brand, self._filter.dealer_type, self._filter.verified, self._filter.ids)
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
        if pool is None and (flt.city or flt.brand or flt.dealer_type or flt.verified is not None or flt.ids is not None):
            pool = [i for i, row in enumerate(self._rows) if flt.accepts(row)]
        return self._index.find(self._words, pool)

    def row_at(self, row: int) -> DealerLine:
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

    def headerData(self, section, orientation, role=DISPLAY):  # noqa: N802
        if role == DISPLAY and orientation == Qt.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex, role=DISPLAY):
        # Called thousands of times per repaint: plain int roles and a per-row cache of the
        # display strings keep it to a dictionary lookup.
        if role == DISPLAY:
            i = self._visible[index.row()]
            cells = self._cells.get(i)
            if cells is None:
                cells = self._cells[i] = self._format(self._rows[i])
            return cells[index.column()]
        if role == ALIGN:
            return RIGHT if index.column() == SALES_COLUMN else None
        if role == TOOLTIP and index.column() == 0:
            return self._rows[self._visible[index.row()]].legal_name
        if role == self.IdRole:
            return self._rows[self._visible[index.row()]].id
        return None

    def _format(self, row: DealerLine) -> tuple:
        return (
            row.legal_name, row.short_name, row.city, row.district, row.brands, self._type_label(row.dealer_type),
            f"{row.annual_sales:,}" if row.annual_sales is not None else "", row.contact_name, row.contact_phone,
            self._yes if row.verified else self._no, row.updated_at.strftime("%Y-%m-%d") if row.updated_at else "",
        )

    def _type_label(self, code: str) -> str:
        if code not in self._type_labels:
            self._type_labels[code] = label("dealer_type", code) if code else ""
        return self._type_labels[code]

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        self._sort = (column, order)
        resort(self, lambda row: self._rows[self._visible[row]].id, self._apply_sort)

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
