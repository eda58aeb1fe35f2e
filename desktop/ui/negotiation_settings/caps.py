"""Negotiation settings, tab 'Fee caps' (报行合一): a cap per region and line. A mixin of
``NegotiationSettingsDialog``; its strings are translated under this class's name.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QTableWidget

from desktop.i18n import t
from desktop.rules.negotiation.policy_records import FeeCap
from desktop.rules.negotiation.vocab import LINES
from desktop.ui.dossier.common import data_at, fill_combo, item, setup_table, text_at
from desktop.ui.toolkit.widgets import format_number


class NegotiationSettingsCaps:
    """Builds, shows and reads the fee-caps tab (mixed into the dialog)."""

    def _caps_tab(self) -> None:
        layout = self._page(self.tr("Fee caps"))
        layout.addWidget(QLabel(self.tr("报行合一: a rate above its cap is flagged and cannot be approved. Region: a city or "
                                        "province; blank applies everywhere.")))
        self.caps_table = QTableWidget(objectName="caps_table")
        setup_table(self.caps_table, [self.tr("Region"), self.tr("Line"), self.tr("Cap (%)")], stretch=0)
        layout.addWidget(self.caps_table, 1)
        add, remove = QPushButton(self.tr("Add cap")), QPushButton(self.tr("Remove cap"))
        add.clicked.connect(lambda: self._add_cap(FeeCap()))
        remove.clicked.connect(lambda: self.caps_table.removeRow(self.caps_table.currentRow()))
        self._row_buttons(layout, add, remove)

    def _add_cap(self, cap: FeeCap) -> None:
        row = self.caps_table.rowCount()
        self.caps_table.insertRow(row)
        line = QComboBox()
        fill_combo(line, [(t(f"policy.line.{x}"), x) for x in LINES], cap.line)
        self.caps_table.setItem(row, 0, item(cap.region, data=(cap.id, cap.audit)))
        self.caps_table.setCellWidget(row, 1, line)
        self.caps_table.setItem(row, 2, item(format_number(cap.cap) if cap.id else "", number=True))

    def _collect_caps(self) -> list[FeeCap]:
        caps = []
        for r in range(self.caps_table.rowCount()):
            cap_id, audit = data_at(self.caps_table, r, 0) or (None, None)
            caps.append(FeeCap(cap_id, text_at(self.caps_table, r, 0), self.caps_table.cellWidget(r, 1).currentData(),
                               text_at(self.caps_table, r, 2), audit or FeeCap().audit))
        return caps
