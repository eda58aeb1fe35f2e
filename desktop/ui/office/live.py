"""Live updates from the office database: a listener thread (LISTEN/NOTIFY, the history triggers'
notices) feeds the change bus, so a colleague's save refreshes the open lists and views within a
moment, with no refresh button. The same thread watches the connection: lost, a banner says so,
writes are refused before they start (nothing half-written), it reconnects by itself, and once back
every view reloads.

Qt only wraps the service's listener (``desktop.services.office.live.iter_changes``): the thread,
the GUI-thread signals, the coalescing of many notices into one announcement, the write gate.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, replace
from datetime import datetime

from PySide6.QtCore import QObject, QThread, QTimer, Signal

from desktop.ui import operations
from desktop.ui.change_bus import Change

log = logging.getLogger("dealerdesk.office")

# table → the change-bus kinds its rows feed (which views refresh); unknown tables feed the dossier.
_DEALER_FILE = ("dealers", "dealer_brands", "dealer_sources", "dealer_insurers", "key_people", "visits", "visit_staff",
                "roster_imports")
KINDS: dict[str, frozenset[Change]] = {
    **{t: frozenset({Change.DEALERS}) for t in _DEALER_FILE},
    "relationships": frozenset({Change.RELATIONSHIPS}),
    **{t: frozenset({Change.STAFF}) for t in ("staff", "staff_ranks")},
    "work_assignments": frozenset({Change.WORK}),
    **{t: frozenset({Change.CONTRACTS}) for t in ("contracts", "contract_attachments", "contract_packs",
                                                  "contract_templates", "contract_branch")},
    "app_users": frozenset({Change.USERS}),
}
ALL_KINDS = frozenset(Change)
COALESCE_MS = 150  # notices arriving together (a roster import) become one announcement
RETRY_S = 2.0  # wait between reconnection attempts


@dataclass(frozen=True)
class ColleagueChange:
    """One colleague's change, as the windows use it."""

    table: str
    record_id: str
    dealer_id: int | None
    login: str
    at: datetime | None
    op: str = "U"
    name: str = ""  # the login's display name, filled in on the GUI thread


def kinds_of(table: str) -> frozenset[Change]:
    return KINDS.get(table, frozenset({Change.DOSSIER}))


def _change(event) -> ColleagueChange:
    """The listener's ChangeEvent in the shape the windows use."""
    return ColleagueChange(event.table, event.record_id, event.dealer_id, event.login, event.at, event.op)


class _ListenThread(QThread):
    """Runs the service's ``iter_changes`` (which reconnects by itself) and relays to the GUI thread."""

    received = Signal(object)  # a ColleagueChange
    state = Signal(str)  # 'connecting', 'listening', 'lost', 'stopped'

    def __init__(self, url: str, parent=None) -> None:
        super().__init__(parent)
        self._url = url
        self._stop = threading.Event()

    def run(self) -> None:  # the listener's own thread
        from desktop.services.office.live import iter_changes

        try:
            for event in iter_changes(self._url, self._stop, self.state.emit, retry_seconds=RETRY_S):
                self.received.emit(_change(event))
        except Exception:  # never let the thread die silently: the windows would believe they are live
            log.exception("office listener stopped")
            self.state.emit("lost")

    def stop(self) -> None:
        self._stop.set()
        self.wait(10000)


class LiveUpdates(QObject):
    """Owned by the main window; ``start`` after every change of database (does nothing on the embedded one)."""

    online_changed = Signal(bool)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.online = True
        self.listener_state = "stopped"
        self.names: dict[str, str] = {}
        self._thread: _ListenThread | None = None
        self._pending: set[Change] = set()
        self._flush = QTimer(self, singleShot=True, interval=COALESCE_MS, timeout=self._announce)
        window.app.bus.changed.connect(self._on_changed)

    @property
    def app(self):
        return self.window.app

    def start(self) -> None:
        self.stop()
        self._set_online(True)
        if not getattr(self.app.ctx, "office", False):
            return
        url = self.app.ctx.engine.url.render_as_string(hide_password=False)
        thread = self._thread = _ListenThread(url, self)
        thread.received.connect(self._received)
        thread.state.connect(self._state)
        thread.start()
        operations.write_gate = self._gate
        self._load_names()

    def stop(self) -> None:
        if operations.write_gate == self._gate:
            operations.write_gate = None
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.stop()
            thread.deleteLater()

    def _gate(self):
        if self.online:
            return None
        from desktop.services.office.errors import OfficeUnavailable

        return OfficeUnavailable()

    def _load_names(self) -> None:
        from desktop.services.office.identity import directory

        ctx = self.app.ctx
        def found(names: dict) -> None:
            self.names = names
            self.app.names = names

        operations.QueryOp(self.window, lambda: directory(ctx), found).failure(lambda _err: None).run()

    def _on_changed(self, kinds) -> None:
        if Change.USERS in kinds and self._thread is not None:  # a name changed: say it right from now on
            self._load_names()

    def name_of(self, login: str) -> str:
        return self.names.get(login, login)

    # --- notices ---------------------------------------------------------------------------------------
    def _received(self, change: ColleagueChange) -> None:
        self._pending |= kinds_of(change.table)
        if not self._flush.isActive():
            self._flush.start()
        if change.login != self.app.me.login:
            self.app.bus.remote.emit(replace(change, name=self.name_of(change.login)))

    def _announce(self) -> None:
        kinds, self._pending = frozenset(self._pending), set()
        if kinds:
            self.app.bus.announce(*kinds)

    # --- the connection ------------------------------------------------------------------------------------
    def _state(self, name: str) -> None:
        self.listener_state = name
        if name == "lost":
            self._set_online(False)
        elif name == "listening" and not self.online:
            self._set_online(True)
            self.app.bus.announce(*ALL_KINDS)  # whatever changed meanwhile: every view reloads

    def _set_online(self, online: bool) -> None:
        if online != self.online:
            self.online = online
            self.online_changed.emit(online)
