"""The contract list: rows in memory, filtered and sorted in Python, each status in its own colour.

Contracts number in the hundreds or thousands, so a plain list and a comprehension per filter
change are plenty. GUI thread only; rows come from ``services.contracts.drafts.list_rows`` on a worker.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.i18n import t
from desktop.rules.contracts.records import ContractLine
from desktop.ui.toolkit.sorting import resort

DISPLAY = Qt.ItemDataRole.DisplayRole
BACKGROUND = Qt.ItemDataRole.BackgroundRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole
ALIGN = Qt.ItemDataRole.TextAlignmentRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

# (background, text) per status: open ones warm, binding ones green/blue, closed ones grey or red.
STATUS_COLOURS = {
    "draft": ("#ECEFF3", "#37474F"),
    "under_review": ("#FFF1C7", "#6D4C00"),
    "signed": ("#DCE8F7", "#1F3A5F"),
    "in_force": ("#DDF1E1", "#1B5E20"),
    "expiring": ("#FFDDB8", "#8A3B00"),
    "expired": ("#E9E2E2", "#5D4040"),
    "renewed": ("#D8EFEC", "#00594F"),
    "terminated": ("#F6D3D3", "#8E1B1B"),
    "superseded": ("#EEEEEE", "#7A7A7A"),
}
COLUMNS = ("number", "revision", "dealer_name", "kind", "status", "start", "end", "days_left", "warnings", "performance")
LIGHT_COLOURS = {"green": "#1B5E20", "amber": "#8A5A00", "red": "#8E1B1B"}
NUMERIC = {"revision", "days_left", "warnings"}


def status_brushes(status: str) -> tuple[QBrush, QBrush]:
    back, fore = STATUS_COLOURS.get(status, ("#FFFFFF", "#222222"))
    return QBrush(QColor(back)), QBrush(QColor(fore))


@dataclass
class ContractFilter:
    text: str = ""
    status: str = ""
    kind: str = ""

    def accepts(self, row: ContractLine) -> bool:
        needle = self.text.strip().lower()
        if needle and needle not in row.number.lower() and needle not in row.dealer_name.lower():
            return False
        return (not self.status or row.status == self.status) and (not self.kind or row.kind == self.kind)


class ContractTableModel(QAbstractTableModel):
    def __init__(self, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._rows: list[ContractLine] = []
        self._visible: list[ContractLine] = []
        self._filter = ContractFilter()
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.AscendingOrder)
        self._headers = [self.tr("Number"), self.tr("Rev."), self.tr("Dealer"), self.tr("Type"), self.tr("Status"),
                         self.tr("Start"), self.tr("End"), self.tr("Days left"), self.tr("Warnings (count)"),
                         self.tr("Kept so far")]
        self._performance: dict = {}  # contract id → services.aftersales.performance.ContractRecord

    def set_rows(self, rows: list[ContractLine], performance: dict | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._performance = dict(performance or {})
        self._refresh()
        self.endResetModel()

    def set_filter(self, flt: ContractFilter) -> None:
        self.beginResetModel()
        self._filter = flt
        self._refresh()
        self.endResetModel()

    def _refresh(self) -> None:
        self._visible = [r for r in self._rows if self._filter.accepts(r)]
        column, order = self._sort
        if column >= 0:
            name = COLUMNS[column]
            if name == "performance":  # worst first, the contracts not yet judged last
                rank = {"red": 0, "amber": 1, "green": 2}
                key = lambda r: rank.get(self._performance[r.id].light, 3) if r.id in self._performance else 4  # noqa: E731
                self._visible.sort(key=key, reverse=order == Qt.DescendingOrder)
            else:
                self._visible.sort(key=lambda r: _key(r, name), reverse=order == Qt.DescendingOrder)

    def row_at(self, row: int) -> ContractLine:
        return self._visible[row]

    def row_of_id(self, contract_id: int) -> int:
        return next((i for i, r in enumerate(self._visible) if r.id == contract_id), -1)

    def total(self) -> int:
        return len(self._rows)

    # --- Qt -------------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=DISPLAY):  # noqa: N802
        if orientation == Qt.Horizontal and role == DISPLAY:
            return self._headers[section]
        return None

    def data(self, index, role=DISPLAY):
        if not index.isValid():
            return None
        row, name = self._visible[index.row()], COLUMNS[index.column()]
        if name == "performance":
            return self._performance_data(row, role)
        if role == DISPLAY:
            return self._text(row, name)
        if role == BACKGROUND and name == "status":
            return status_brushes(row.status)[0]
        if role == FOREGROUND and name == "status":
            return status_brushes(row.status)[1]
        if role == FOREGROUND and name == "days_left" and row.days_left is not None and row.days_left < 0:
            return QBrush(QColor("#8E1B1B"))
        if role == ALIGN and name in NUMERIC:
            return int(RIGHT.value)
        if role == TOOLTIP and name == "warnings" and row.warnings:
            return self.tr("{0} warning(s) about this contract: open it to read them").format(row.warnings)
        if role == TOOLTIP and name == "dealer_name":
            return self._text(row, name)  # the column stretches and may elide a long name
        return None

    def performance_of(self, row: ContractLine):
        return self._performance.get(row.id)

    def _performance_data(self, row: ContractLine, role):
        """Each binding contract's terms judged on its figures so far (after signing, issue 16)."""
        record = self._performance.get(row.id)
        if record is None:
            return None
        light = record.light
        if role == DISPLAY:
            return {"green": self.tr("● Met"), "amber": self.tr("● At risk"), "red": self.tr("● Missed")}.get(light, "")
        if role == FOREGROUND and light in LIGHT_COLOURS:
            return QBrush(QColor(LIGHT_COLOURS[light]))
        if role == TOOLTIP:
            return "\n".join(_mark_line(mark, self.lang) for mark in record.marks if mark.target is not None) or None
        return None

    def _text(self, row: ContractLine, name: str) -> str:
        if name == "kind":
            return t(f"contract.kind.{row.kind}", self.lang)
        if name == "status":
            return t(f"contract.status.{row.status}", self.lang)
        if name in ("start", "end"):
            value = getattr(row, name)
            return value.isoformat() if isinstance(value, date) else ""
        if name == "days_left":
            return "" if row.days_left is None or row.status not in ("signed", "in_force", "expiring") else str(row.days_left)
        if name == "warnings":
            return str(row.warnings) if row.warnings else ""
        return str(getattr(row, name))

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        self._sort = (column, order)
        resort(self, lambda row: self._visible[row].id, self._refresh)


def _key(row: ContractLine, name: str):
    value = getattr(row, name)
    if value is None:
        return (1, "")
    return (0, value)


def _mark_line(mark, lang: str) -> str:
    """'月度保费目标：8,316元 / 8,000元 · 达成' — the figure against its target and the verdict."""
    from desktop.rules.money import fmt_percent, fmt_yuan

    rate = mark.term in ("take_up", "renewal_rate")
    shown = (lambda v: "—" if v is None else fmt_percent(v * 100)) if rate else (lambda v: "—" if v is None else fmt_yuan(v, lang))
    verdict = t(f"aftersales.status.{mark.status}", lang) if mark.status else t("aftersales.status.not_judged", lang)
    return f"{t('aftersales.term.' + mark.term, lang)}: {shown(mark.actual)} / {shown(mark.target)} · {verdict}"
