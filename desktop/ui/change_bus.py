"""The app-wide change bus: after a write, one 'what changed' signal; each view decides whether to refresh.

``CollectionOp(...).announces(bus, "dealers")`` (``ui/operations.py``) announces once the write went
through; views connect to ``changed`` and reload when a kind they show is in the set. GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class ChangeBus(QObject):
    """One app-wide 'what changed' signal; each view decides whether to refresh."""

    changed = Signal(object)  # frozenset of kinds: {"dealers", "staff", ...}

    def announce(self, *kinds: str) -> None:
        self.changed.emit(frozenset(kinds))
