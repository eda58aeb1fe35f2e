"""An unset date reads as blank — not '1900-01-01' — and its calendar opens on this month."""

from __future__ import annotations

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QDateEdit

from desktop.ui.toolkit.widgets import optional_date, set_optional_date


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
