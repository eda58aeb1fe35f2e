"""What a keyboard user is owed by every window: find from anywhere, no keyboard traps, a mnemonic
on every button, and a list of the shortcuts (Help ▸ Keyboard shortcuts).

``find_action.install_find`` puts Ctrl+F (and the platform's Find key) on the main window; ``free_tab`` makes
Tab and Shift+Tab leave item views instead of walking their cells; ``give_mnemonics`` adds an
Alt-letter to each button that has none, the way KDE's accelerator manager does, skipping letters
already taken in that window; ``ShortcutsDialog`` lists every shortcut the window's actions carry.
GUI thread.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

def free_tab(root: QWidget) -> None:
    """Tab and Shift+Tab leave every item view below ``root`` (arrow keys still move between cells)."""
    for view in root.findChildren(QAbstractItemView):
        if not isinstance(view.parentWidget(), QHeaderView) and not isinstance(view, QHeaderView):
            view.setTabKeyNavigation(False)


_MNEMONIC = re.compile(r"&(?!&)(.)")


def plain_text(text: str) -> str:
    """A label without its mnemonic: '导入车商名录(&I)…' → '导入车商名录', '&Import roster…' → 'Import roster'."""
    return re.sub(r"[（(]&\w[)）]", "", text).replace("&", "").rstrip("…").strip()


def mnemonic_of(text: str) -> str:
    found = _MNEMONIC.search(text)
    return found.group(1).upper() if found else ""


def give_mnemonics(root: QWidget, taken: str = "", exclude: tuple = ()) -> str:
    """Give each button below ``root`` that has neither a mnemonic nor a shortcut a free Alt-letter.

    A letter of its own text when it has a free one ('Refresh' → '&Refresh'), else a free letter in
    brackets after it, as Chinese labels carry them ('刷新' → '刷新(&R)'). ``taken``: letters in use
    around it (the menu bar's); buttons inside ``exclude`` are left to their own call (pages shown one at
    a time each get the whole alphabet). Returns the letters now in use."""
    buttons = [b for b in root.findChildren(QAbstractButton) if b.text() and not isinstance(b.parentWidget(), QDialogButtonBox)
               and not any(e.isAncestorOf(b) for e in exclude)]
    used = {*taken.upper()} | {mnemonic_of(b.text()) for b in buttons} - {""}
    for button in buttons:
        text = button.text()
        if mnemonic_of(text) or not button.shortcut().isEmpty():
            continue
        own = next((i for i, ch in enumerate(text) if ch.isascii() and ch.isalpha() and ch.upper() not in used), None)
        if own is not None:
            used.add(text[own].upper())
            button.setText(text[:own] + "&" + text[own:])
            continue
        spare = next((ch for ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" if ch not in used), None)  # digits when a page has more buttons than letters
        if spare is not None:
            used.add(spare)
            stem = text.rstrip("…").rstrip(".")  # '签署…' → '签署(&I)…', the way Chinese labels carry them
            button.setText(f"{stem}(&{spare}){text[len(stem):]}")
    return "".join(sorted(used))


def shortcut_rows(window: QWidget) -> list[tuple[str, str]]:
    """(what, keys) for every action of ``window`` that has a shortcut, in menu order, then the fixed ones."""
    rows, seen = [], set()
    for action in window.findChildren(QAction):
        keys = [k.toString(QKeySequence.NativeText) for k in action.shortcuts() if not k.isEmpty()]
        what = plain_text(action.text()) or action.toolTip()
        if keys and what and (what, keys[0]) not in seen:
            seen.add((what, keys[0]))
            rows.append((what, " / ".join(dict.fromkeys(keys))))
    return rows


class ShortcutsDialog(QDialog):
    """Help ▸ Keyboard shortcuts: what each key does, read from the window's own actions."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        fixed = [(self.tr("Search field: go down into the results"), "↓"),
                 (self.tr("Search field or results: open the dealer"), self.tr("Enter")),
                 (self.tr("Leave a table or list"), self.tr("Tab / Shift+Tab")),
                 (self.tr("Save the page or file on screen"), QKeySequence(QKeySequence.Save).toString(QKeySequence.NativeText)),
                 (self.tr("Press a button"), self.tr("Alt + its underlined letter"))]
        rows = shortcut_rows(window) + fixed
        self.table = QTableWidget(len(rows), 2, objectName="shortcuts_table")
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        for row, (what, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(what))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.table.resizeColumnToContents(1)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Every button can also be pressed with Alt and its underlined letter.")))
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(560, 520)


class SearchKeys(QObject):
    """In a search field: ↓ goes into the results (the first one current), Enter opens the current result
    (the first one when none is current yet). ``results`` is the item view below the field."""

    def __init__(self, edit, results: QAbstractItemView, open_current) -> None:
        super().__init__(edit)
        self.results, self.open_current = results, open_current
        edit.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.KeyPress or event.modifiers() & ~Qt.KeypadModifier:
            return False
        if event.key() not in (Qt.Key_Down, Qt.Key_Return, Qt.Key_Enter):
            return False
        model = self.results.model()
        if model is None or model.rowCount() == 0 or not self.results.isVisible():
            return False
        if not self.results.currentIndex().isValid() or not self.results.selectionModel().hasSelection():
            first = model.index(0, 0)
            self.results.setCurrentIndex(first)
        if event.key() == Qt.Key_Down:
            self.results.setFocus(Qt.TabFocusReason)
        else:
            self.open_current()
        return True


def prepare_dialog_keys(dialog) -> None:
    """The first time ``dialog`` is shown (``dialog_watch``): Tab leaves its tables and every button gets
    an Alt-letter. Message boxes keep Qt's own keys."""
    from PySide6.QtWidgets import QMessageBox

    if not isinstance(dialog, QMessageBox) and not dialog.property("keyboard_ready"):
        dialog.setProperty("keyboard_ready", True)
        free_tab(dialog)
        give_mnemonics(dialog)
