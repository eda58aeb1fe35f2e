"""Negotiation settings, tab 'Classification': the thresholds of the four dealer types, the
mainstream brands and the priority weights. A mixin of ``NegotiationSettingsDialog``; its strings
are translated under this class's name (PySide looks through the instance's bases).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QSpinBox

from desktop.ui.dossier.common import fill_combo
from desktop.ui.toolkit.widgets import format_number, join_list, split_list


def _spin(low: int, high: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    return box


class NegotiationSettingsClassification:
    """Builds, shows and reads the classification tab (mixed into the dialog)."""

    def _classification_tab(self) -> None:
        form = QFormLayout()
        self.loss_edit, self.sales_edit, self.premium_edit = QLineEdit(), QLineEdit(), QLineEdit()
        self.rating_spin, self.months_spin = _spin(1, 5), _spin(0, 240)
        self.repair_spin, self.network_spin, self.years_spin = _spin(0, 100), _spin(0, 100), _spin(1, 20)
        self.scale_combo = QComboBox()
        fill_combo(self.scale_combo, [(self.tr("Either figure reaches its threshold"), "any"), (self.tr("Both figures reach"), "all")])
        self.brands_edit = QLineEdit(objectName="mainstream_brands_edit")
        for text, widget in ((self.tr("Good quality: loss ratio at most (%)"), self.loss_edit),
                             (self.tr("Good quality: manager's rating at least"), self.rating_spin),
                             (self.tr("Large scale: annual sales at least"), self.sales_edit),
                             (self.tr("Large scale: premium scale at least (¥)"), self.premium_edit),
                             (self.tr("Large scale when"), self.scale_combo),
                             (self.tr("Newly established: founded within (months)"), self.months_spin),
                             (self.tr("Mainstream brands"), self.brands_edit),
                             (self.tr("Priority weight of repair resources"), self.repair_spin),
                             (self.tr("Priority weight of relationships"), self.network_spin),
                             (self.tr("Repair resources of the last N full years"), self.years_spin)):
            form.addRow(text, widget)
        self._page(self.tr("Classification")).addLayout(form)

    def _show_classification(self, cfg) -> None:
        self.loss_edit.setText(format_number(cfg.loss_ratio_max))
        self.rating_spin.setValue(cfg.rating_min)
        self.sales_edit.setText(format_number(cfg.sales_large_min))
        self.premium_edit.setText(format_number(cfg.premium_large_min))
        self.scale_combo.setCurrentIndex(max(self.scale_combo.findData(cfg.scale_rule), 0))
        self.months_spin.setValue(cfg.new_within_months)
        self.brands_edit.setText(join_list(cfg.mainstream_brands))
        self.repair_spin.setValue(cfg.repair_weight)
        self.network_spin.setValue(cfg.network_weight)
        self.years_spin.setValue(cfg.repair_years)

    def _collect_classification(self):
        """The loaded settings with the typed values (thresholds still as text; ``save`` parses them)."""
        return replace(self.data["cfg"], loss_ratio_max=self.loss_edit.text().strip() or "0", rating_min=self.rating_spin.value(),
                       sales_large_min=self.sales_edit.text().replace(",", "").strip() or "0",
                       premium_large_min=self.premium_edit.text().replace(",", "").strip() or "0",
                       scale_rule=self.scale_combo.currentData(), new_within_months=self.months_spin.value(),
                       mainstream_brands=split_list(self.brands_edit.text()), repair_weight=self.repair_spin.value(),
                       network_weight=self.network_spin.value(), repair_years=self.years_spin.value())
