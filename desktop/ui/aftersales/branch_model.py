"""The branch-wide scorecard's rows as a Qt model: one ``ScorecardLine`` per dealer, kept as the plain
list the worker returned. Display text, alignment, the traffic-light colour and tooltips are worked
out in ``data()``, so only the cells the view paints cost anything (a thousand dealers fill the table
at once instead of twelve thousand items built up front). GUI thread, no database.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from desktop.rules.aftersales.records import ScorecardLine
from desktop.rules.aftersales.share import share
from desktop.ui.aftersales.figures import brush, share_text, value

# (figure, is a rate) after the dealer's name, team and contract; our share, then the light last.
FIGURES = (("premium", False), ("premium_new_car", False), ("premium_renewal", False), ("referral_amount", False),
           ("referral_ratio", True), ("new_car_rate", True), ("renewal_rate", True))
FIRST_FIGURE = 3
SHARE_COL = FIRST_FIGURE + len(FIGURES)  # our share of the dealer's insurance, then the light
LIGHT_COL = SHARE_COL + 1
RIGHT = Qt.AlignRight | Qt.AlignVCenter


class BranchScorecardModel(QAbstractTableModel):
    """``headers``: (short title, full title as tooltip) per column; ``lights``: light → its words."""

    def __init__(self, headers: list[tuple[str, str]], lights: dict[str, str], lang: str, parent=None) -> None:
        super().__init__(parent)
        self.headers, self.lights, self.lang = headers, lights, lang
        self.lines: list[ScorecardLine] = []
        self.scales: dict = {}
        self._brushes: dict = {}

    def set_lines(self, lines: list[ScorecardLine], scales: dict) -> None:
        self.beginResetModel()
        self.lines, self.scales = lines, scales
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation, role=Qt.DisplayRole):  # noqa: N802 (Qt's name)
        if orientation != Qt.Horizontal or not 0 <= section < len(self.headers):
            return None
        if role == Qt.DisplayRole:
            return self.headers[section][0]
        if role == Qt.ToolTipRole:
            return self.headers[section][1]
        return None

    def flags(self, index: QModelIndex):
        return Qt.ItemIsSelectable | Qt.ItemIsEnabled if index.isValid() else Qt.NoItemFlags

    def text(self, row: int, col: int) -> str:
        line = self.lines[row]
        if col == 0:
            return line.dealer_name
        if col == 1:
            return line.team
        if col == 2:
            return line.contract_number
        if col < SHARE_COL:
            figure, rate = FIGURES[col - FIRST_FIGURE]
            return value(line.figures, figure, rate, self.lang)
        if col == SHARE_COL:
            return share_text(share(line.figures.premium, self.scales.get(line.dealer_id), line.figures.months))
        return ("● " + self.lights[line.light]) if line.light else ""

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role == Qt.DisplayRole:
            return self.text(row, col)
        if role == Qt.TextAlignmentRole:
            return RIGHT if FIRST_FIGURE <= col <= SHARE_COL else None
        if role == Qt.ForegroundRole and col == LIGHT_COL:
            light = self.lines[row].light
            if light not in self._brushes:
                self._brushes[light] = brush(light)
            return self._brushes[light]
        if role == Qt.ToolTipRole and col == 0:
            return self.lines[row].dealer_name
        return None
