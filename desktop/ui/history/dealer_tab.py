"""The dealer file's 变更记录 tab: the history of the dealer and everything that belongs to it, and
'Show this file as it was on a date' (the file rebuilt from today's rows and the history since,
in a read-only window)."""

from __future__ import annotations

from datetime import date, datetime, time, timezone

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QPushButton

from desktop.services.office import history, snapshots
from desktop.ui.change_bus import Change
from desktop.ui.history.panel import HistoryPanel
from desktop.ui.operations import QueryOp

DEALER_KINDS = frozenset({Change.DEALERS, Change.DOSSIER, Change.CONTRACTS, Change.RELATIONSHIPS, Change.WORK})


def end_of_day_utc(day: date) -> datetime:
    """The last moment of a local day, as the naive UTC the history is kept in."""
    local = datetime.combine(day, time(23, 59, 59)).astimezone()
    return local.astimezone(timezone.utc).replace(tzinfo=None)


def history_tab_title() -> str:
    """The tab's title before its panel exists (the dealer file builds it when first shown)."""
    return QCoreApplication.translate("DealerHistory", "Change history")


def history_panel(dialog, app, dealer_id: int) -> HistoryPanel:
    """The dealer file's 变更记录 panel, with 'show this file as it was on a date' above the entries."""
    panel = HistoryPanel(app, lambda ctx, lang: history.history_of_dealer(ctx, dealer_id, lang), DEALER_KINDS)
    panel.as_of_edit = QDateEdit(objectName="as_of_edit", calendarPopup=True)
    panel.as_of_edit.setDisplayFormat("yyyy-MM-dd")
    panel.as_of_edit.setDate(QDate.currentDate().addDays(-1))
    panel.as_of_edit.setMaximumDate(QDate.currentDate())
    panel.as_of_button = QPushButton(QCoreApplication.translate("DealerHistory", "Show this file as it was"), objectName="as_of_button")
    panel.as_of_button.setToolTip(QCoreApplication.translate("DealerHistory", "The dealer file as it stood at the end of the chosen day, read-only"))
    row = QHBoxLayout()
    row.addWidget(QLabel(QCoreApplication.translate("DealerHistory", "On:")))
    row.addWidget(panel.as_of_edit)
    row.addWidget(panel.as_of_button)
    row.addStretch(1)
    panel.layout_.insertLayout(0, row)
    panel.as_of_message = QLabel(objectName="as_of_message")
    panel.layout_.insertWidget(1, panel.as_of_message)
    panel.as_of_message.hide()
    panel.as_of_button.clicked.connect(lambda: show_as_of(dialog, app, dealer_id, panel))
    return panel


def show_as_of(dialog, app, dealer_id: int, panel) -> None:
    q = panel.as_of_edit.date()
    day = date(q.year(), q.month(), q.day())
    ctx, when = app.ctx, end_of_day_utc(day)

    def shown(record) -> None:
        if record is None:
            panel.as_of_message.setText(QCoreApplication.translate("DealerHistory", "This dealer was not in the database yet on {0}.").format(f"{day:%Y-%m-%d}"))
            panel.as_of_message.show()
            return
        panel.as_of_message.hide()
        past = type(dialog)(app, None, dialog.window() if dialog.parent() is None else dialog.parent())  # a dealer file
        past.show_read_only(record, QCoreApplication.translate("DealerHistory", "{0} — as it was on {1}").format(record.display_name, f"{day:%Y-%m-%d}"))
        panel.as_of_dialog = past
        past.show()

    QueryOp(panel, lambda: snapshots.dealer_as_of(ctx, dealer_id, when), shown).run()
