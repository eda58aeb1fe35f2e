"""An unset date reads as blank — not '1900-01-01' — its calendar opens on this month, and a date or time can be
typed into the blank field."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QDateEdit, QTimeEdit

from desktop.ui.toolkit.widgets import optional_date, optional_time, set_optional_date, set_optional_time
from tests.ui.typing import type_text


def test_blank_dates_in_the_new_dealer_file(qtbot, app):
    from desktop.ui.dealers.dialog import DealerDialog

    dialog = DealerDialog(app, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.isVisible(), timeout=5000)
    for name in ("founded_on_edit", "licence_expiry_edit"):
        edit = dialog.findChild(QDateEdit, name)
        assert edit.text().strip() == "", f"{name} shows {edit.text()!r} for a date nobody entered"
        assert optional_date(edit) is None


def test_the_calendar_of_a_blank_date_opens_on_today(qtbot):
    edit = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
    qtbot.addWidget(edit)
    edit.show()
    qtbot.waitExposed(edit)
    set_optional_date(edit, None)
    qtbot.mouseClick(edit, Qt.LeftButton, pos=QPoint(edit.width() - 8, edit.height() // 2))  # the arrow
    calendar = edit.calendarWidget()
    today = QDate.currentDate()
    qtbot.waitUntil(lambda: calendar.isVisible() and (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month()),
                    timeout=3000)  # not January 1900
    calendar.window().hide()
    set_optional_date(edit, __import__("datetime").date(2025, 3, 9))
    assert edit.text() == "2025-03-09" and optional_date(edit).isoformat() == "2025-03-09"


@pytest.mark.parametrize("typed, shown", [("14:30", "14:30"), ("9:05", "09:05"), ("0930", "09:30")])
def test_a_time_can_be_typed_into_the_blank_field(qtbot, typed, shown):
    edit = QTimeEdit(displayFormat="HH:mm")
    qtbot.addWidget(edit)
    set_optional_time(edit, None)
    edit.show()
    assert edit.text().strip() == "" and optional_time(edit) is None, "blank until set"
    type_text(qtbot, edit, typed)
    assert edit.text() == shown, f"typing {typed!r} into the blank field shows {edit.text()!r}"
    assert optional_time(edit) == time(int(shown[:2]), int(shown[3:])), "and sets the time"


@pytest.mark.parametrize("typed", ["2026-12-24", "20261224", "2026/12/24"])
def test_a_date_can_be_typed_into_the_blank_field_of_the_dealer_file(qtbot, app, typed):
    from desktop.ui.dealers.dialog import DealerDialog

    dialog = DealerDialog(app, None)
    qtbot.addWidget(dialog)
    dialog.show()
    edit = dialog.findChild(QDateEdit, "licence_expiry_edit")
    dialog.ui.tabs.setCurrentIndex(1)
    type_text(qtbot, edit, typed)
    assert edit.text() == "2026-12-24", f"typing {typed!r} into the blank date shows {edit.text()!r}"
    assert optional_date(edit) == date(2026, 12, 24)
