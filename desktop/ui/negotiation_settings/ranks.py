"""Negotiation settings, tab 'Approvers and ranks': who may approve policies, and the rank our most
senior member needs for each counterpart role (级别对等). A mixin of ``NegotiationSettingsDialog``;
its strings are translated under this class's name.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QTableWidget

from desktop.i18n import t
from desktop.rules.negotiation.vocab import APPROVER_ROLE
from desktop.rules.dealers.vocab import PERSON_ROLES
from desktop.ui.dossier.common import data_at, fill_combo, item, setup_table
from desktop.ui.toolkit.widgets import join_list


class NegotiationSettingsRanks:
    """Builds, shows and reads the approvers-and-ranks tab (mixed into the dialog)."""

    def _people_tab(self) -> None:
        layout = self._page(self.tr("Approvers and ranks"))
        form = QFormLayout()
        self.approvers_edit = QLineEdit(objectName="approvers_edit")
        self.approvers_edit.setPlaceholderText(self.tr("Profile names, separated by 、 or commas"))
        form.addRow(self.tr("May approve policies"), self.approvers_edit)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Ranks matched (级别对等): the rank our most senior member needs for each counterpart")))
        self.ranks_table = QTableWidget(objectName="rank_mapping_table")
        setup_table(self.ranks_table, [self.tr("Counterpart"), self.tr("Our rank at least")], stretch=1)
        layout.addWidget(self.ranks_table, 1)

    def _show_people(self, data: dict) -> None:
        self.approvers_edit.setText(join_list(data["roles"].get(APPROVER_ROLE, [])))
        self.ranks_table.setRowCount(len(PERSON_ROLES))
        ranks = [("", "")] + [(r.name(self.app.lang), r.code) for r in data["ranks"]]
        for row, role in enumerate(PERSON_ROLES):
            self.ranks_table.setItem(row, 0, item(t(f"role.{role}"), editable=False, data=role))
            combo = QComboBox()
            fill_combo(combo, ranks, data["mapping"].get(role, ""))
            self.ranks_table.setCellWidget(row, 1, combo)

    def _collect_mapping(self) -> dict:
        return {data_at(self.ranks_table, r, 0): self.ranks_table.cellWidget(r, 1).currentData()
                for r in range(self.ranks_table.rowCount())}
