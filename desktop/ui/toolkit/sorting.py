"""Re-sorting a table model without losing the user's place.

Qt keeps the selection and the current row as persistent indexes; a model that reorders its rows
must move them, or after a click on a header the selection points at whatever record now sits on
the old row numbers — and "Open" opens another dealer than the one selected.
"""

from __future__ import annotations

from typing import Callable, Hashable

from PySide6.QtCore import QAbstractItemModel, QModelIndex


def resort(model: QAbstractItemModel, identity: Callable[[int], Hashable], reorder: Callable[[], None]) -> None:
    """Run ``reorder`` as a layout change; persistent indexes follow their record (``identity(row)``)."""
    model.layoutAboutToBeChanged.emit()
    before = model.persistentIndexList()
    held = [(identity(i.row()), i.column()) for i in before]
    reorder()
    if before:
        at = {identity(row): row for row in range(model.rowCount())}
        model.changePersistentIndexList(
            before, [model.index(at[key], column) if key in at else QModelIndex() for key, column in held])
    model.layoutChanged.emit()
