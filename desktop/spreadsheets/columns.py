"""The roster's columns: which dealer field each holds, how its cells are read and written.

One table serves import (how a cell becomes a value), export (typed cells, widths, drop-downs)
and the notes sheet. Display headers are the i18n ``field.<name>`` labels.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.i18n import t


@dataclass(frozen=True)
class Column:
    field: str
    kind: str  # text, name, code, phone, note, count, amount, percent, date, choice, list, sources, insurers
    width: int
    vocab: str = ""  # for kind 'choice': the vocabulary (desktop.rules.dealers.vocab)
    unique: bool = False  # values rarely repeat: not worth caching while reading

    def header(self, lang: str | None = None) -> str:
        return t(f"field.{self.field}", lang)


COLUMNS: tuple[Column, ...] = (
    Column("legal_name", "name", 38, unique=True),
    Column("short_name", "name", 18, unique=True),
    Column("uscc", "code", 22, unique=True),
    Column("province", "text", 10),
    Column("city", "text", 10),
    Column("district", "text", 12),
    Column("address", "text", 40, unique=True),
    Column("brands", "list", 16),
    Column("main_models", "text", 26),
    Column("annual_sales", "count", 12),
    Column("dealer_type", "choice", 13, vocab="dealer_type"),
    Column("founded_on", "date", 12),
    Column("contact_name", "text", 12),
    Column("contact_phone", "phone", 16, unique=True),
    Column("sources", "sources", 22),
    Column("premium_scale", "amount", 16),
    Column("business_structure", "note", 30),
    Column("new_car_rate", "percent", 12),
    Column("renewal_rate", "percent", 12),
    Column("repair_needs", "note", 30),
    Column("brands_repaired", "list", 16),
    Column("entity_structure", "note", 24),
    Column("willingness", "choice", 12, vocab="willingness"),
    Column("licence_no", "code", 20, unique=True),
    Column("licence_expiry", "date", 14),
    Column("insurers", "insurers", 28),
    Column("notes", "note", 30),
)
BY_FIELD: dict[str, Column] = {c.field: c for c in COLUMNS}
FIELDS: tuple[str, ...] = tuple(c.field for c in COLUMNS)
LIST_SEPARATOR = "、"
