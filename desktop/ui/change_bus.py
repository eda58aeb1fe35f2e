"""The app-wide change bus: after a write, one 'what changed' signal; each view decides whether to refresh.

``CollectionOp(...).announces(bus, Change.DEALERS)`` (``ui/operations.py``) announces once the write
went through; views connect ``changed`` to their ``_on_changed`` and reload when a kind they show is
in the set. ``tests/ui/test_change_bus.py`` checks every kind announced is heard and the other way
round. GUI thread.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QObject, Signal


class Change(Enum):
    """What a write changed, as the views care about it."""

    DEALERS = "dealers"  # dealer files: saved, archived, deleted, imported from a roster, an import undone
    STAFF = "staff"  # our staff and the rank scale
    RELATIONSHIPS = "relationships"  # who of our staff knows whom at a dealer (人脉)
    DOSSIER = "dossier"  # a dealer's preparation: classification, policies, strategy, meetings, outcome, settings
    CONTRACTS = "contracts"  # contracts, their packs, the branch entity and the reminder
    WORK = "work"  # work assignment: who owns a preparation step or meeting task, by when, done
    USERS = "users"  # the office database's people: logins, names, roles, teams
    AFTERSALES = "aftersales"  # policies and claims imported, sales typed, renewal owners and contacts


class ChangeBus(QObject):
    """One app-wide 'what changed' signal; each view decides whether to refresh.

    ``remote`` carries each change a colleague made on the office database (ui.office.live: table,
    record id, dealer id, login, name, when), for the views that say who changed what they show.
    """

    changed = Signal(object)  # frozenset[Change]
    remote = Signal(object)  # one colleague's change (ui.office.live.ColleagueChange)

    def announce(self, *kinds: Change) -> None:
        wrong = [k for k in kinds if not isinstance(k, Change)]
        if wrong:
            raise TypeError(f"announce takes Change members, not {wrong!r}")
        self.changed.emit(frozenset(kinds))
