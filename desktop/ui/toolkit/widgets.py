"""Small helpers between plain values and widgets (optional dates, vocab combos, lists)."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, QTimer
from PySide6.QtWidgets import QComboBox, QDateEdit

from desktop.rules.dealers.vocab import choices

NULL_DATE = QDate(1900, 1, 1)  # shown blank through the form's specialValueText


def set_optional_date(edit: QDateEdit, value: date | None) -> None:
    """Show ``value``, or nothing when it is None (the minimum date stands for "not set")."""
    edit.setMinimumDate(NULL_DATE)
    if not edit.specialValueText():  # uic drops a whitespace-only specialValueText from the .ui
        edit.setSpecialValueText(" ")
    if edit.calendarPopup() and not edit.property("opens_on_today"):
        edit.setProperty("opens_on_today", True)
        edit.installEventFilter(_OpensOnToday(edit))  # not calendarWidget(): that would build the popup now
    edit.setDate(QDate(value.year, value.month, value.day) if value else NULL_DATE)


class _OpensOnToday(QObject):
    """An unset date's calendar opens on this month, not on January 1900."""

    def __init__(self, edit: QDateEdit) -> None:
        super().__init__(edit)
        self.edit = edit

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.MouseButtonPress and self.edit.date() == self.edit.minimumDate():
            QTimer.singleShot(0, self, self._turn_to_today)  # once the click has opened the popup
        return False

    def _turn_to_today(self) -> None:
        calendar = self.edit.calendarWidget()
        if calendar.isVisible():
            today = QDate.currentDate()
            calendar.setCurrentPage(today.year(), today.month())


def optional_date(edit: QDateEdit) -> date | None:
    q = edit.date()
    return None if q == edit.minimumDate() else date(q.year(), q.month(), q.day())


def fill_vocab(combo: QComboBox, kind: str, lang: str, *, with_blank: bool = False) -> None:
    combo.clear()
    if with_blank:
        combo.addItem("", "")
    for code, text in choices(kind, lang):
        combo.addItem(text, code)


def select_data(combo: QComboBox, value) -> None:
    combo.setCurrentIndex(max(combo.findData(value), 0))


def split_list(text: str) -> list[str]:
    """'丰田、本田, 大众' → ['丰田', '本田', '大众']."""
    return [p.strip() for p in re.split(r"[、,，;；/]+", text) if p.strip()]


def join_list(values: list[str]) -> str:
    return "、".join(values)


def format_number(value) -> str:
    if value is None:
        return ""
    return f"{value:,.2f}".rstrip("0").rstrip(".") if not isinstance(value, int) else f"{value:,}"
