"""Find from anywhere: Ctrl+F and the platform's Find key on the main window (see ``keyboard``).

A module of its own because the main window installs it before its first paint: it names none of
the Qt classes the rest of the keyboard helpers need (tables, headers, button boxes, the ``Qt``
namespace), whose enums PySide builds on first use — ``Qt`` alone ≈170 ms (issue 15). GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence


def install_find(window, slot) -> QAction:
    """Ctrl+F and the platform's Find key, anywhere in ``window`` (a QAction's default shortcut
    context, Qt.WindowShortcut), call ``slot``."""
    action = QAction(QCoreApplication.translate("Keyboard", "Find a dealer"), window, objectName="find_action")
    seen, keys = set(), []
    for key in (QKeySequence(QKeySequence.Find), QKeySequence("Ctrl+F")):  # built once an application exists
        if not key.isEmpty() and key.toString() not in seen:
            seen.add(key.toString())
            keys.append(key)
    action.setShortcuts(keys)
    action.triggered.connect(slot)
    window.addAction(action)
    return action
