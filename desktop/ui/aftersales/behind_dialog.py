"""The rows behind a scorecard figure: the policies or claims it adds up, read off the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QDialog, QDialogButtonBox, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout

from desktop.i18n import t
from desktop.rules.money import fmt_yuan
from desktop.services.aftersales import behind
from desktop.ui.operations import QueryOp


class BehindDialog(QDialog):
    def __init__(self, app, dealer_id: int | None, month: str, figure: str, ytd: bool, title: str, parent=None) -> None:
        super().__init__(parent)
        self.app = app
        self.rows: list[behind.BehindLine] = []
        self.setObjectName("behind_dialog")
        self.setAttribute(Qt.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Behind the figure: {0}").format(title))
        self.resize(760, 480)
        self.summary_label = QLabel(self.tr("Loading…"), objectName="behind_summary_label")
        self.table = QTableWidget(0, 5, objectName="behind_table")
        self.table.setHorizontalHeaderLabels([self.tr("Number"), self.tr("Plate"), self.tr("Date"), self.tr("Amount"), self.tr("Detail")])
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((180, 100, 100, 110)):
            self.table.setColumnWidth(col, width)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        ctx = app.ctx
        QueryOp(self, lambda: behind.rows_behind(ctx, dealer_id, month, figure, ytd=ytd), self._loaded).run()

    def _loaded(self, rows) -> None:
        self.rows = rows
        lang = self.app.lang
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            detail = t(f"aftersales.business.{r.detail}", lang) if r.kind == "policy" and r.detail in ("new", "renewal", "transfer") \
                else (t(f"aftersales.coverage.{r.detail}", lang) if r.detail in ("compulsory", "commercial") else r.detail)
            for col, text in enumerate((r.number, r.plate, r.day.isoformat(), fmt_yuan(r.amount, lang), detail)):
                item = QTableWidgetItem(text)
                if col == 3:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.table.setItem(i, col, item)
        total = sum((r.amount for r in rows), 0)
        self.summary_label.setText(self.tr("{0} rows, {1} in all").format(len(rows), fmt_yuan(total, lang)))
