"""LISTEN/NOTIFY: a colleague's save reaches a second connection as a change event (after the
commit, not before; nothing from a rolled-back write), and the listener comes back by itself after
its connection was killed."""

from __future__ import annotations

import queue
from dataclasses import replace

from desktop.services import dealers
from desktop.services.office.live import ChangeListener
from tests.services.office import pg

WAIT = 30  # seconds: a bound for a busy machine, not a measurement


def _until(q: queue.Queue, accept, wait: float = WAIT):
    """The first item ``accept`` takes, within ``wait`` seconds in all (queue.Empty otherwise)."""
    import time

    deadline = time.monotonic() + wait
    while True:
        item = q.get(timeout=max(0.01, deadline - time.monotonic()))
        if accept(item):
            return item


def test_a_colleagues_save_reaches_another_connection(office_ctx_of, office_db, seed):
    events, states = queue.Queue(), queue.Queue()
    listener = ChangeListener(office_db.url("chan"), events.put, states.put).start()
    try:
        _until(states, lambda s: s == "listening")
        tm = office_ctx_of("tm")
        with office_db.connect("spec") as conn:  # a rolled-back write sends nothing
            with conn.transaction(force_rollback=True):
                conn.execute("UPDATE dealers SET notes = '不算数' WHERE id = %s", [seed.dealer_a])
        d = dealers.get(tm, seed.dealer_a)
        dealers.save(tm, replace(d, notes="王春梅改的"))
        event = _until(events, lambda e: e.table == "dealers")  # the first one: not the specialist's
        assert (event.record_id, event.op, event.login, event.dealer_id) == (
            str(seed.dealer_a), "U", office_db.logins["tm"], seed.dealer_a), event
        assert events.empty() or all(e.table != "dealers" for e in list(events.queue)), "one notice for one save"
    finally:
        listener.stop()
    assert listener.state == "stopped"


def test_the_listener_reconnects_after_its_connection_is_killed(office_db, seed):
    events, states = queue.Queue(), queue.Queue()
    listener = ChangeListener(office_db.url("lead"), events.put, states.put, retry_seconds=0.2).start()
    try:
        _until(states, lambda s: s == "listening")
        with office_db.connect() as conn:
            killed = conn.execute("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                                  " WHERE application_name = 'dealerdesk-live' AND usename = %s",
                                  [office_db.logins["lead"]]).fetchone()[0]
        assert killed == 1
        _until(states, lambda s: s == "lost")
        _until(states, lambda s: s == "listening")
        with office_db.connect("tm") as conn:
            conn.execute("UPDATE dealers SET notes = '重连之后' WHERE id = %s", [seed.dealer_a])
            conn.commit()
        event = _until(events, lambda e: e.table == "dealers")
        assert event.login == office_db.logins["tm"], event
    finally:
        listener.stop()
