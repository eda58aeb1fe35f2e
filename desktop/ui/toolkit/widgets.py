"""Small helpers between plain values and widgets (optional dates, vocab combos, lists)."""

from __future__ import annotations

import re
from datetime import date, time

from PySide6.QtCore import QDate, QEvent, QObject, QTime, QTimer
from PySide6.QtWidgets import QComboBox, QDateEdit, QDateTimeEdit, QTimeEdit

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
    _types_from_blank(edit)
    edit.setDate(QDate(value.year, value.month, value.day) if value else NULL_DATE)


NULL_TIME = QTime(0, 0)  # 00:00 stands for "no time set" and is shown blank


def set_optional_time(edit: QTimeEdit, value: time | None) -> None:
    """Show ``value``, or nothing when it is None; typing into the blank field works (see ``_TypesFromBlank``)."""
    edit.setMinimumTime(NULL_TIME)
    if not edit.specialValueText():
        edit.setSpecialValueText(" ")
    _types_from_blank(edit)
    edit.setTime(QTime(value.hour, value.minute) if value else NULL_TIME)


def optional_time(edit: QTimeEdit) -> time | None:
    q = edit.time()
    return None if q == edit.minimumTime() else time(q.hour(), q.minute())


SEPARATORS = set("-/.:： 年月日时")


def _types_from_blank(edit: QDateTimeEdit) -> None:
    if not edit.property("types_from_blank"):
        edit.setProperty("types_from_blank", True)
        edit.installEventFilter(_TypesFromBlank(edit))


class _TypesFromBlank(QObject):
    """Typing into a blank date or time starts a value instead of garbling the blank text.

    A blank field shows its specialValueText (" "); a keystroke went into that text, so "14:30" became
    " 1430" and the value stayed unset (only ↑ gave it a value). The first printable key now gives the
    field a value (today, or 12:00) with its first section selected, so the digits typed replace it.
    A separator typed just after a section filled itself (Qt has already moved on: "2026" then "-")
    is swallowed, so "2026-12-24" and "14:30" read as typed instead of skipping a section.
    """

    def __init__(self, edit: QDateTimeEdit) -> None:
        super().__init__(edit)
        self.edit = edit
        self._section_before: int | None = None

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.KeyPress or not event.text() or not event.text().isprintable():
            return False
        edit, key = self.edit, event.text()
        if edit.dateTime() == edit.minimumDateTime():
            if isinstance(edit, QTimeEdit):
                edit.setTime(QTime(12, 0))
            else:
                edit.setDate(QDate.currentDate())
            edit.setSelectedSection(edit.sectionAt(0))
            self._section_before = None
        if key in SEPARATORS:
            moved_on = self._section_before is not None and edit.currentSectionIndex() != self._section_before
            self._section_before = None
            return moved_on
        self._section_before = edit.currentSectionIndex() if key.isdigit() else None
        return False


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
