"""Small helpers between plain values and widgets (optional dates, vocab combos, lists)."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit

from desktop.rules.vocab import choices

NULL_DATE = QDate(1900, 1, 1)  # shown blank through the form's specialValueText


def set_optional_date(edit: QDateEdit, value: date | None) -> None:
    edit.setMinimumDate(NULL_DATE)
    edit.setDate(QDate(value.year, value.month, value.day) if value else NULL_DATE)


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
