"""Negotiation settings, tab 'Cooperation models': the branch's models, in order, in use or not.
A mixin of ``NegotiationSettingsDialog``; its strings are translated under this class's name.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QPushButton, QTableWidget

from desktop.rules.negotiation.records import CooperationModel
from desktop.ui.dossier.common import check_item, checked_at, data_at, item, setup_table, text_at


class NegotiationSettingsModels:
    """Builds, shows and reads the cooperation-models tab (mixed into the dialog)."""

    def _models_tab(self) -> None:
        layout = self._page(self.tr("Cooperation models"))
        self.models_table = QTableWidget(objectName="models_table")
        setup_table(self.models_table, [self.tr("Code"), self.tr("English"), self.tr("Chinese"), self.tr("In use")], stretch=2)
        layout.addWidget(self.models_table, 1)
        add = QPushButton(self.tr("Add model"))
        add.clicked.connect(lambda: self._add_model(CooperationModel(active=True)))
        self._row_buttons(layout, add)

    def _add_model(self, m: CooperationModel) -> None:
        row = self.models_table.rowCount()
        self.models_table.insertRow(row)
        for col, text in enumerate((m.code, m.name_en, m.name_zh)):
            self.models_table.setItem(row, col, item(text, editable=col > 0 or not m.code, data=m if col == 0 else None))
        self.models_table.setItem(row, 3, check_item(m.active))

    def _collect_models(self) -> list[CooperationModel]:
        models = []
        for r in range(self.models_table.rowCount()):
            base = data_at(self.models_table, r, 0) or CooperationModel()
            models.append(replace(base, code=text_at(self.models_table, r, 0), name_en=text_at(self.models_table, r, 1),
                                  name_zh=text_at(self.models_table, r, 2), active=checked_at(self.models_table, r, 3),
                                  position=r))
        return models
