"""Live changes: what colleagues save, as it is committed (LISTEN/NOTIFY on the office database).

The history triggers send ``pg_notify('dealerdesk_changes', {table, id, op, login, at, dealer_id})``
with every change; PostgreSQL delivers them when the writing transaction commits. ``ChangeListener``
keeps one psycopg connection of its own in a daemon thread, hands each change to ``on_change`` and
its state ('connecting', 'listening', 'lost', 'stopped') to ``on_state`` — both called on the
listener's thread (a window marshals them to the GUI thread, e.g. through a queued signal). It
reconnects by itself; after 'listening' follows a 'lost', changes may have been missed, so views
should refresh. Qt-free.
"""

from __future__ import annotations

import json
import logging
import threading
from dataclasses import dataclass
from datetime import datetime
from typing import Callable, Iterator

from sqlalchemy.engine import make_url

CHANNEL = "dealerdesk_changes"
log = logging.getLogger("dealerdesk.live")


@dataclass(frozen=True)
class ChangeEvent:
    table: str
    record_id: str
    op: str  # 'I', 'U', 'D'
    login: str
    at: datetime  # server time, UTC, naive
    dealer_id: int | None

    @classmethod
    def from_payload(cls, payload: str) -> "ChangeEvent":
        data = json.loads(payload)
        return cls(data["table"], str(data["id"]), data["op"], data["login"], datetime.fromisoformat(data["at"]),
                   data.get("dealer_id"))


def connect_args(url: str) -> dict:
    """psycopg.connect() keyword arguments for a SQLAlchemy URL (TLS options in its query kept),
    with TCP keepalives so a dead server is noticed within about half a minute."""
    u = make_url(url)
    args = {"host": u.host or "localhost", "port": u.port or 5432, "dbname": u.database, "user": u.username,
            "keepalives": 1, "keepalives_idle": 10, "keepalives_interval": 5, "keepalives_count": 3,
            "connect_timeout": 10, "application_name": "dealerdesk-live"}
    if u.password:
        args["password"] = u.password
    args.update({k: v for k, v in u.query.items() if isinstance(v, str)})
    return args


def iter_changes(url: str, stop: threading.Event, on_state: Callable[[str], None] | None = None,
                 retry_seconds: float = 2.0, poll_seconds: float = 0.5) -> Iterator[ChangeEvent]:
    """Yield every change until ``stop`` is set, reconnecting after a lost connection."""
    import psycopg

    def state(name: str) -> None:
        if on_state is not None:
            on_state(name)

    while not stop.is_set():
        state("connecting")
        try:
            with psycopg.connect(autocommit=True, **connect_args(url)) as conn:
                conn.execute(f"LISTEN {CHANNEL}")
                state("listening")
                idle = 0.0
                while not stop.is_set():
                    got = False
                    for note in conn.notifies(timeout=poll_seconds):
                        got = True
                        try:
                            yield ChangeEvent.from_payload(note.payload)
                        except (ValueError, KeyError) as err:
                            log.warning("unreadable change notice %r: %s", note.payload, err)
                        if stop.is_set():
                            break
                    idle = 0.0 if got else idle + poll_seconds
                    if idle >= 15:  # an idle line: make sure the server is still there
                        conn.execute("SELECT 1")
                        idle = 0.0
        except psycopg.Error as err:
            log.info("change listener lost its connection: %s", err)
            state("lost")
            stop.wait(retry_seconds)
    state("stopped")


class ChangeListener:
    """``ChangeListener(url, on_change, on_state).start()`` … ``.stop()``; see the module's notes."""

    def __init__(self, url: str, on_change: Callable[[ChangeEvent], None],
                 on_state: Callable[[str], None] | None = None, *, retry_seconds: float = 2.0) -> None:
        self.url = url
        self.on_change = on_change
        self.on_state = on_state
        self.retry_seconds = retry_seconds
        self.state = "stopped"
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def _set_state(self, name: str) -> None:
        self.state = name
        if self.on_state is not None:
            self.on_state(name)

    def _run(self) -> None:
        for event in iter_changes(self.url, self._stop, self._set_state, self.retry_seconds):
            try:
                self.on_change(event)
            except Exception:  # a listener must outlive a faulty receiver
                log.exception("change receiver failed")

    def start(self) -> "ChangeListener":
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="dealerdesk-live", daemon=True)
        self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        """Stop listening; returns when the thread ended (or after ``timeout`` seconds)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
