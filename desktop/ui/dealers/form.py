"""Between a Dealer record and the dealer-file form: fill the widgets, read them back.

Reading parses the free-typed numbers ('1.2万', '85%') with the rules, collecting every
problem under its field name so the dialog can show each next to its field.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtWidgets import QTableWidgetItem

from desktop.rules.errors import Problems
from desktop.rules.dealers.records import Dealer, InsurerShare
from desktop.rules.units import VEHICLES
from desktop.rules.values import parse_amount, parse_count, parse_percent
from desktop.rules.dealers.vocab import SURVEY_SOURCES
from desktop.ui.generated.ui_dealer_file import Ui_DealerFileDialog
from desktop.ui.toolkit.widgets import (
    format_number,
    join_list,
    optional_date,
    select_data,
    set_optional_date,
    split_list,
)

TEXT_FIELDS = ("legal_name", "short_name", "uscc", "province", "city", "district", "address", "main_models",
               "contact_name", "contact_phone", "entity_structure", "licence_no")
PLAIN_FIELDS = ("business_structure", "repair_needs")


def _percent_text(value) -> str:
    return f"{format_number(value)}%" if value is not None else ""


def fill(ui: Ui_DealerFileDialog, d: Dealer) -> None:
    for name in TEXT_FIELDS:
        getattr(ui, f"{name}_edit").setText(getattr(d, name) or "")
    for name in PLAIN_FIELDS:
        getattr(ui, f"{name}_edit").setPlainText(getattr(d, name) or "")
    ui.notes_edit.setPlainText(d.notes)
    ui.brands_edit.setText(join_list(d.brands))
    ui.brands_repaired_edit.setText(join_list(d.brands_repaired))
    ui.annual_sales_edit.setText(format_number(d.annual_sales))
    ui.premium_scale_edit.setText(format_number(d.premium_scale))
    ui.new_car_rate_edit.setText(_percent_text(d.new_car_rate))
    ui.renewal_rate_edit.setText(_percent_text(d.renewal_rate))
    select_data(ui.dealer_type_combo, d.dealer_type)
    select_data(ui.willingness_combo, d.willingness)
    set_optional_date(ui.founded_on_edit, d.founded_on)
    set_optional_date(ui.licence_expiry_edit, d.licence_expiry)
    for code in SURVEY_SOURCES:
        getattr(ui, f"source_{code}_check").setChecked(code in d.sources)
    table = ui.insurers_table
    table.setRowCount(0)
    for share in d.insurers:
        add_insurer_row(ui, share.insurer, _percent_text(share.share), share.fee_terms, share.repair_terms, share.other_terms)


# The insurers table's columns after name and share: what is known of each one's terms.
INSURER_TERMS = ("fee_terms", "repair_terms", "other_terms")


def add_insurer_row(ui: Ui_DealerFileDialog, insurer: str = "", share: str = "", *terms: str) -> None:
    table = ui.insurers_table
    row = table.rowCount()
    table.insertRow(row)
    for column, text in enumerate((insurer, share, *terms, *[""] * (len(INSURER_TERMS) - len(terms)))):
        cell = QTableWidgetItem(text)
        cell.setToolTip(text)  # terms are sentences: the whole of one when the column cuts it
        table.setItem(row, column, cell)


def checked_sources(ui: Ui_DealerFileDialog) -> list[str]:
    return [code for code in SURVEY_SOURCES if getattr(ui, f"source_{code}_check").isChecked()]


def read(ui: Ui_DealerFileDialog, base: Dealer, problems: Problems) -> Dealer:
    """A Dealer from the widgets; unparsable numbers are recorded in ``problems``."""

    def number(field: str, parser):
        text = getattr(ui, f"{field}_edit").text().strip()
        return problems.check(field, parser, text) if text else None

    insurers = []
    table = ui.insurers_table
    for row in range(table.rowCount()):
        name = (table.item(row, 0).text() if table.item(row, 0) else "").strip()
        share_text = (table.item(row, 1).text() if table.item(row, 1) else "").strip()
        if name:
            share = problems.check("insurers", parse_percent, share_text) if share_text else None
            terms = {key: (table.item(row, 2 + i).text() if table.item(row, 2 + i) else "").strip()
                     for i, key in enumerate(INSURER_TERMS)}
            insurers.append(InsurerShare(name, share if isinstance(share, Decimal) else None, **terms))
    values = {name: getattr(ui, f"{name}_edit").text() for name in TEXT_FIELDS}
    values.update({name: getattr(ui, f"{name}_edit").toPlainText().strip() for name in PLAIN_FIELDS})
    return replace(
        base, **values, notes=ui.notes_edit.toPlainText().strip(),
        brands=split_list(ui.brands_edit.text()), brands_repaired=split_list(ui.brands_repaired_edit.text()),
        annual_sales=number("annual_sales", lambda v: parse_count(v, VEHICLES)), premium_scale=number("premium_scale", parse_amount),
        new_car_rate=number("new_car_rate", parse_percent), renewal_rate=number("renewal_rate", parse_percent),
        dealer_type=ui.dealer_type_combo.currentData() or "", willingness=ui.willingness_combo.currentData() or "",
        founded_on=optional_date(ui.founded_on_edit), licence_expiry=optional_date(ui.licence_expiry_edit),
        sources=checked_sources(ui), insurers=insurers,
    )
