"""Two real processes racing over one database (a SQLite file or the test PostgreSQL).

``race((worker_a, *args_a), (worker_b, *args_b))`` starts both in fresh interpreters (spawn: nothing of this
process's connections is inherited), hands each a shared barrier, a pair of events and a queue,
and returns what each put on the queue. Workers are module-level functions (spawn imports them
by name) that open their own ServiceContext from a URL.
"""

from __future__ import annotations

import multiprocessing
import queue
import traceback
from dataclasses import dataclass

SPAWN = multiprocessing.get_context("spawn")
START_TIMEOUT = 180  # seconds two fresh interpreters may take to import everything on a busy machine
# How long a process holding the write lock waits for the other one at a checkpoint before going
# on alone: the other one is then blocked on the lock, which is the point. Below SQLite's 10 s
# busy timeout, so the blocked one still gets its turn instead of "database is locked".
HOLD_TIMEOUT = 5


@dataclass
class Shared:
    start: object  # Barrier(2): both processes ready, race from here
    meet: object  # Barrier(2): used at a checkpoint
    first: object  # Event
    second: object  # Event
    out: object  # Queue of (name, result)


def race(a: tuple, b: tuple) -> dict[str, object]:
    """Run ``a[0](shared, *a[1:])`` and ``b[0](shared, *b[1:])`` at once; {'a': result, 'b': result}."""
    shared = Shared(SPAWN.Barrier(2), SPAWN.Barrier(2), SPAWN.Event(), SPAWN.Event(), SPAWN.Queue())
    procs = [SPAWN.Process(target=_run, args=(name, call[0], shared, tuple(call[1:])), daemon=True)
             for name, call in (("a", a), ("b", b))]
    for p in procs:
        p.start()
    results: dict[str, object] = {}
    try:
        for _ in procs:
            name, result = shared.out.get(timeout=START_TIMEOUT + 120)
            results[name] = result
    except queue.Empty:
        pass
    finally:
        for p in procs:
            p.join(timeout=30)
            if p.is_alive():
                p.kill()
                p.join()
    assert set(results) == {"a", "b"}, f"both processes reported: {results}, exit codes {[p.exitcode for p in procs]}"
    return results


def _run(name: str, fn, shared: Shared, args: tuple) -> None:
    try:
        result = fn(shared, *args)
    except BaseException as err:  # report it: the test's assertion message shows it
        result = ("crashed", f"{type(err).__name__}: {err}", traceback.format_exc())
    shared.out.put((name, result))


def wait_quietly(barrier_or_event, timeout: float) -> bool:
    """Wait at a barrier (or for an event); False when it timed out or broke."""
    import threading

    try:
        if hasattr(barrier_or_event, "is_set"):
            return barrier_or_event.wait(timeout)
        barrier_or_event.wait(timeout)
        return True
    except threading.BrokenBarrierError:
        return False


def outcome(call) -> tuple:
    """('ok', value) or ('error', code) for a service call — a worker's report."""
    from desktop.errors import ServiceError

    try:
        return ("ok", call())
    except ServiceError as err:
        return ("error", err.code, dict(err.params))
