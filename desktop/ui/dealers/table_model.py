"""The dealer list: every row in memory, a list of visible indices, filtering and sorting in Python.

A QSortFilterProxyModel would call back into Python once per row per keystroke — far too slow at
100,000 dealers. Here a keystroke scans precomputed haystacks in C (``SearchIndex``), in the order
the list shows, a slice at a time (``list_scan.Scan``): the first screenful is shown at once and
the rest is found between events on the GUI thread; a query that extends the previous one scans
only what that one kept. What costs a Python call per row — the facets (city, brand, type,
verified, batch) and the sort — is computed once per change of them, on a worker from ASYNC_FROM
rows on, into the ordered pool the keystrokes scan.
"""

from __future__ import annotations

from bisect import bisect_left

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer, Signal

from desktop.rules.dealers.records import DealerLine
from desktop.rules.dealers.search import SearchIndex, normalise_query
from desktop.rules.dealers.vocab import label
from desktop.services.dealers.listing import DealerFilter
from desktop.ui.dealers import list_scan
from desktop.ui.dealers.list_scan import COLUMNS, Scan, base_rows, extends
from desktop.ui.toolkit.sorting import resort

DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
ALIGN = int(Qt.ItemDataRole.TextAlignmentRole.value)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
SALES_COLUMN = COLUMNS.index("annual_sales")
ASYNC_FROM = 20_000  # rows from which the facets and the sort are computed on a worker


def visible_rows(rows: list[DealerLine], index: SearchIndex, flt: DealerFilter,
                 sort: tuple[int, Qt.SortOrder]) -> tuple[list[int] | None, list[int]]:
    """(the facets' ordered pool or None for every row, the rows ``flt`` lets through in that order).
    Pure: any thread (the list's load computes both on its worker)."""
    base = base_rows(rows, flt, sort[0], sort[1] == Qt.DescendingOrder)
    return base, index.find(normalise_query(flt.text), base)


def sort_indices(rows: list[DealerLine], visible: list[int], column: int, order) -> None:
    list_scan.sort_indices(rows, visible, column, order == Qt.DescendingOrder)


class DealerTableModel(QAbstractTableModel):
    IdRole = int(Qt.ItemDataRole.UserRole.value) + 1
    filtered = Signal()  # every row of the last filter or sort asked for is shown (the count is final)
    searching = Signal(int)  # the first rows of a search are shown, the rest is still being found

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[DealerLine] = []
        self._cells: dict[int, tuple] = {}
        self._index = SearchIndex([])
        self._visible: list[int] = []
        self._filter = DealerFilter()
        self._words: list[str] = []
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.AscendingOrder)
        self._generation = 0  # of the rows: a result computed for older rows is dropped
        self._scan = Scan.finished(self._index, [], [], self._key(self._filter))  # what is shown
        self._base: tuple[tuple, list[int] | None] | None = None  # (key, the facets' ordered pool)
        self._more = QTimer(self, singleShot=True, interval=0)  # the rest of a search, slice by slice
        self._more.timeout.connect(self._continue)
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

    def _key(self, flt: DealerFilter) -> tuple:
        return (_facets(flt), self._sort, self._generation)

    def set_rows(self, rows: list[DealerLine], index: SearchIndex,
                 computed: tuple[list[int] | None, list[int]] | None = None) -> None:
        """New rows; ``computed``: ``visible_rows`` for the current filter and sort if already computed
        (on a worker), else the filter is applied here (at once on a small list; every row is shown
        until a big list's worker is done)."""
        self._more.stop()
        self.beginResetModel()
        self._generation += 1
        self._rows, self._cells, self._index = rows, {}, index
        key = self._key(self._filter)
        if computed is not None:
            base, visible = computed
            self._base = (key, base)
            self._scan = Scan.finished(index, self._words, visible, key)
        else:
            self._base = None
            self._scan = Scan.finished(index, [], list(index.all), ((), None, None))
        self._visible = list(self._scan.found)
        self.endResetModel()
        if computed is None:
            self.set_filter(self._filter)

    def patch(self, ids, lines: list[DealerLine]) -> None:
        """The dealers ``ids`` as read again: ``lines`` holds those the list still shows, any other was
        deleted or is hidden now. Only their rows and search entries change (a new dealer goes last);
        the current filter and sort apply to them; the selection and current row stay on their dealers."""
        self._finish_now()
        fresh = {line.id: line for line in lines}
        ids = set(ids) | set(fresh)
        old_rows = self._rows
        at = {row.id: i for i, row in enumerate(old_rows) if row.id in ids}
        replaced = {i: fresh[d] for d, i in at.items() if d in fresh}
        gone = sorted(i for d, i in at.items() if d not in fresh)
        added = [fresh[d] for d in sorted(fresh) if d not in at]
        rows = list(old_rows)  # a worker may be reading the old list: never changed in place
        for i, line in replaced.items():
            rows[i] = line
        for i in reversed(gone):
            del rows[i]
        rows += added
        index = self._index.patched({i: line.haystack for i, line in replaced.items()}, gone,
                                    [line.haystack for line in added])
        touched_old = set(replaced) | set(gone)
        if gone:
            visible = [i - bisect_left(gone, i) for i in self._visible if i not in touched_old]
            touched = {i - bisect_left(gone, i) for i in replaced}
        else:
            visible = [i for i in self._visible if i not in touched_old]
            touched = set(replaced)
        touched.update(range(len(rows) - len(added), len(rows)))
        flt, shown = self._filter, self._scan
        visible += index.find(shown.words, [i for i in sorted(touched) if flt.accepts(rows[i])])
        if self._sort[0] < 0:
            visible.sort()  # row order: two sorted runs, one pass
        else:
            sort_indices(rows, visible, *self._sort)

        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        held = [(old_rows[self._visible[p.row()]].id if 0 <= p.row() < len(self._visible) else None, p.column())
                for p in before]
        self._generation += 1  # a pool computed on a worker for the old rows is dropped
        self._rows, self._index, self._visible = rows, index, visible
        self._base = None  # the facets' pool: computed again when next needed
        up_to_date = shown.key[:2] == self._key(flt)[:2]
        self._scan = Scan.finished(index, shown.words, visible, self._key(flt) if up_to_date else ((), None, None))
        if gone:
            self._cells = {}
        else:
            for i in replaced:
                self._cells.pop(i, None)
        if before:
            pos = {rows[i].id: n for n, i in enumerate(visible)}
            self.changePersistentIndexList(
                before, [self.index(pos[d], c) if d in pos else QModelIndex() for d, c in held])
        self.layoutChanged.emit()
        if not up_to_date or shown.words != self._words:  # a filter or sort was still on its way
            self.set_filter(flt)
        else:
            self.filtered.emit()

    def set_filter_state(self, flt: DealerFilter) -> None:
        """The filter the next ``set_rows(…, computed)`` was computed for (no filtering here)."""
        self._filter, self._words = flt, normalise_query(flt.text)

    def set_filter(self, flt: DealerFilter) -> None:
        """Apply search text and filters: scans only the previous rows when the text only grew."""
        words = normalise_query(flt.text)
        self._filter, self._words = flt, words
        key, shown = self._key(flt), self._scan
        if shown.key == key and words == shown.words:  # e.g. a space typed: the same rows
            if shown.done:
                self.filtered.emit()
            return
        if shown.key == key and extends(words, shown.words):
            pool = shown.extended_pool()
        elif self._base is not None and self._base[0] == key:
            pool = self._base[1]
        elif len(self._rows) < ASYNC_FROM or not (list_scan.has_facets(flt) or self._sort[0] >= 0):
            pool = base_rows(self._rows, flt, self._sort[0], self._sort[1] == Qt.DescendingOrder)
            self._base = (key, pool)
        else:  # the facets or the sort changed on a big list: their pool is made on a worker
            from desktop.ui.operations import QueryOp

            rows, sort = self._rows, self._sort
            QueryOp(self, lambda: base_rows(rows, flt, sort[0], sort[1] == Qt.DescendingOrder),
                    lambda base: self._based(key, base)).latest("filter").run()
            return
        self._start(Scan(self._index, words, self._index.all if pool is None else pool, key))

    def _based(self, key: tuple, base: list[int] | None) -> None:
        if key[2] == self._generation:  # else made for rows since replaced
            self._base = (key, base)
            self.set_filter(self._filter)  # the newest filter (its facets may have changed meanwhile)

    def _start(self, scan: Scan) -> None:
        self._more.stop()
        if len(self._rows) < ASYNC_FROM:
            scan.finish()
        else:
            scan.first()
            scan.reach(self._held_rows())  # the selected dealer stays selected if it still matches
        self._scan = scan
        self._show(list(scan.found))
        if scan.done:
            self.filtered.emit()
        else:
            self.searching.emit(len(scan.found))
            self._more.start()

    def _continue(self) -> None:
        scan = self._scan
        scan.step(list_scan.SLICE)
        shown = len(self._visible)
        if (scan.done or shown < list_scan.FIRST) and len(scan.found) > shown:
            self.beginInsertRows(QModelIndex(), shown, len(scan.found) - 1)
            self._visible += scan.found[shown:]
            self.endInsertRows()
        if scan.done:
            self.filtered.emit()
        else:
            self._more.start()

    def _finish_now(self) -> None:
        """Find the rest of a search still under way at once (before its rows are used whole)."""
        if self._more.isActive():
            self._more.stop()
            self._scan.finish()
            self._continue()

    def _held_rows(self) -> list[int]:
        """The rows the selection and the current index are on (Qt's persistent indexes)."""
        shown = self._visible
        return list({shown[p.row()] for p in self.persistentIndexList() if 0 <= p.row() < len(shown)})

    def _show(self, visible: list[int]) -> None:
        """Show ``visible``; the selection and current row stay on their dealers if still shown."""
        if not self.persistentIndexList():
            self.beginResetModel()
            self._visible = visible
            self.endResetModel()
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        old = self._visible
        held = [(old[p.row()] if 0 <= p.row() < len(old) else None, p.column()) for p in before]
        self._visible = visible
        where: dict[int, int] = {}
        for i in {i for i, _c in held if i is not None}:
            try:
                where[i] = visible.index(i)  # a few held rows: a C scan each
            except ValueError:
                pass
        self.changePersistentIndexList(
            before, [self.index(where[i], c) if i in where else QModelIndex() for i, c in held])
        self.layoutChanged.emit()

    def row_at(self, row: int) -> DealerLine:
        return self._rows[self._visible[row]]

    def visible_ids(self) -> list[int]:
        """The ids of the rows shown, in order (one pass, no per-row calls: 100,000 rows)."""
        self._finish_now()
        rows = self._rows
        return [rows[i].id for i in self._visible]

    def row_of_id(self, dealer_id: int) -> int:
        self._finish_now()
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
        if len(self._rows) < ASYNC_FROM:
            self._finish_now()
            resort(self, lambda row: self._rows[self._visible[row]].id, lambda: sort_indices(self._rows, self._visible, column, order))
            self._scan = Scan.finished(self._index, self._scan.words, self._visible, self._key(self._filter))
            self.filtered.emit()
            return
        self.set_filter(self._filter)  # a big list: the sorted pool is made on a worker, then scanned

    def sort_key(self) -> tuple[int, Qt.SortOrder]:
        return self._sort


def _facets(flt: DealerFilter) -> tuple:
    return (flt.city, flt.brand, flt.dealer_type, flt.verified, flt.ids)

