"""A wide table's column layout, chosen by the user and remembered: a menu of the columns (from the
header's context menu or a 'Columns' button, so the keyboard reaches it too) hides or shows the
secondary ones — the essential ones cannot be hidden — and widths, order and hidden columns are kept
in ``window_state`` under a key. Until the user has chosen, the secondary columns show only when the
table is wide enough for every column at its natural width (a 1440-wide window has them, a 1024-wide
one keeps the essential ones in view without scrolling sideways). Works on any QTableView (a
QTableWidget included): the columns and their titles come from the header and its model. GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QMenu, QTableView, QToolButton

from desktop.ui.toolkit.layout_memory import window_state


class ColumnLayout(QObject):
    def __init__(self, table: QTableView, key: str, essential: set[int], hidden: set[int] = frozenset()) -> None:
        super().__init__(table)
        self.table, self.key, self.essential = table, key, set(essential)
        self.secondary = set(hidden) - self.essential
        header = table.horizontalHeader()
        self.natural = {col: header.sectionSize(col) for col in range(header.count())}  # the widths the view set
        header.setContextMenuPolicy(Qt.CustomContextMenu)
        header.customContextMenuRequested.connect(lambda pos: self.menu().exec(header.mapToGlobal(pos)))
        header.setSectionsMovable(True)
        store = window_state()
        state = store.value(f"{key}/columns")
        self.chosen = False  # the user picked the columns: no more fitting to the width
        if state is not None and int(store.value(f"{key}/count", 0) or 0) == header.count():
            if header.restoreState(state):
                self.chosen = str(store.value(f"{key}/chosen", "false")).lower() == "true"
        if not self.chosen:
            self.fit()
        for col in self.essential:  # whatever an older layout said
            header.setSectionHidden(col, False)
        self._timer = QTimer(self, singleShot=True, interval=300)
        self._timer.timeout.connect(self.save)
        header.sectionResized.connect(lambda *_a: self._timer.start())
        header.sectionMoved.connect(lambda *_a: self._moved())
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Resize and not self.chosen:
            self.fit()
        return False

    def fit(self) -> None:
        """Show the secondary columns when every column fits at its natural width, else hide them."""
        room = self.table.viewport().width()
        shown = sum(self.natural.values()) <= room
        header = self.table.horizontalHeader()
        for col in self.secondary:
            if header.isSectionHidden(col) == shown:
                header.setSectionHidden(col, not shown)

    def _moved(self) -> None:
        self.chosen = True
        self._timer.start()

    def title(self, col: int) -> str:
        text = self.table.model().headerData(col, Qt.Horizontal, Qt.DisplayRole)
        return str(text) if text not in (None, "") else str(col + 1)

    def _count(self) -> int:
        return self.table.horizontalHeader().count()

    def menu(self, parent=None) -> QMenu:
        """The columns, each checkable; the essential ones checked and disabled."""
        menu = QMenu(parent or self.table)
        menu.setObjectName("columns_menu")
        menu.setAttribute(Qt.WA_DeleteOnClose)
        self._fill(menu)
        return menu

    def _fill(self, menu: QMenu) -> None:
        menu.clear()
        header = self.table.horizontalHeader()
        for col in range(self._count()):
            action = menu.addAction(self.title(col))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(col))
            action.setEnabled(col not in self.essential)
            action.toggled.connect(lambda on, c=col: self.show_column(c, on))

    def show_column(self, col: int, shown: bool) -> None:
        """The user's choice: kept from now on (the width no longer decides)."""
        if col in self.essential and not shown:
            return
        self.chosen = True
        self.table.horizontalHeader().setSectionHidden(col, not shown)
        self.save()

    def hidden(self) -> set[int]:
        header = self.table.horizontalHeader()
        return {col for col in range(self._count()) if header.isSectionHidden(col)}

    def button(self, text: str, parent=None) -> QToolButton:
        """A 'Columns' button opening the same menu (rebuilt each time, so it shows the current state)."""
        button = QToolButton(parent, objectName="columns_button")
        button.setText(text)
        button.setPopupMode(QToolButton.InstantPopup)
        holder = QMenu(button)
        holder.aboutToShow.connect(lambda: self._fill(holder))
        button.setMenu(holder)
        return button

    def save(self) -> None:
        store = window_state()
        store.setValue(f"{self.key}/columns", self.table.horizontalHeader().saveState())
        store.setValue(f"{self.key}/count", self._count())
        store.setValue(f"{self.key}/chosen", "true" if self.chosen else "false")
        store.sync()
