"""Negotiation settings, tab 'Repair resources': the table (read only) and its Excel import, which
writes at once (announced as Change.DOSSIER). A mixin of ``NegotiationSettingsDialog``; its strings are
translated under this class's name.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QPushButton, QTableWidget

from desktop.services.negotiation import resources
from desktop.ui.change_bus import Change
from desktop.ui.operations import CollectionOp
from desktop.ui.dossier.common import item, setup_table
from desktop.ui.toolkit.widgets import format_number


class NegotiationSettingsResources:
    """Builds and shows the repair-resources tab and runs its import (mixed into the dialog)."""

    def _resources_tab(self) -> None:
        layout = self._page(self.tr("Repair resources"))
        self.resources_table = QTableWidget(objectName="resources_table")
        setup_table(self.resources_table, [self.tr("Brand"), self.tr("City"), self.tr("Year"), self.tr("Claims"),
                                           self.tr("Repair amount (¥)")], editable=False)
        self.resources_table.horizontalHeader().setStretchLastSection(False)  # figures keep their width, no gap
        layout.addWidget(self.resources_table, 1)
        self.import_button = QPushButton(self.tr("Import from Excel…"), objectName="import_resources_button")
        self.import_button.clicked.connect(self.choose_import)
        self._row_buttons(layout, self.import_button)

    def _show_resources(self, rows) -> None:
        self.resources_table.setRowCount(len(rows))
        for row, r in enumerate(rows):
            for col, text in enumerate((r.brand, r.city, str(r.year), f"{r.claim_count:,}", format_number(r.repair_amount))):
                self.resources_table.setItem(row, col, item(text, editable=False, number=col >= 3))

    def choose_import(self) -> None:
        path, _f = QFileDialog.getOpenFileName(self, self.tr("Import repair resources"), "",
                                               self.tr("Workbooks (*.xlsx *.xls *.xlsm *.ods *.csv)"))
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> None:
        ctx = self.app.ctx

        def done(result) -> None:
            text = self.tr("Rows added: {0}; updated: {1}.").format(result.added, result.updated)
            if result.problems:
                text += " " + self.tr("Skipped: {0}").format("; ".join(f"{p.field} {p.message()}" for p in result.problems[:5]))
            self.message_label.setText(text)
            self.load()

        CollectionOp(self, lambda: resources.import_file(ctx, path), done).failure(self._failed) \
            .announces(self.app.bus, Change.DOSSIER).run()
