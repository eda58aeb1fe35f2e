"""One unit of work on a thread of its own, fed calls by another thread.

SQLite (and the PostgreSQL driver) let go of the GIL while the database does its work, so a
caller busy in Python — planning the next rows of a roster — and the database writing the last
ones overlap on two cores. Calls run in the order they were submitted, each as ``fn(session,
*args)``; the first error rolls the whole unit back, fails every later call, and is raised to the
caller by ``check`` and ``close``. Nothing is committed unless ``close(commit=True)`` finds no error.
"""

from __future__ import annotations

import queue
import sys
import threading
from concurrent.futures import Future
from contextlib import contextmanager
from typing import Any, Callable

from desktop.services.context import ServiceContext

_COMMIT, _ROLLBACK = object(), object()


class _RolledBack(Exception):
    """Leaves the unit of work without committing."""


class SessionThread:
    def __init__(self, ctx: ServiceContext, name: str = "unit-of-work") -> None:
        self._calls: queue.Queue = queue.Queue()
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(ctx,), name=name, daemon=True)
        self._thread.start()

    def submit(self, fn: Callable[..., Any], *args) -> Future:
        """Queue ``fn(session, *args)``; its Future holds the result or the error."""
        future: Future = Future()
        if not self._thread.is_alive():  # closed: nothing would ever run it
            future.set_exception(self._error or RuntimeError("the unit of work is closed"))
            return future
        self._calls.put((fn, args, future))
        return future

    def call(self, fn: Callable[..., Any], *args):
        """Run ``fn(session, *args)`` after everything queued before it, and wait for its result."""
        return self.submit(fn, *args).result()

    def check(self) -> None:
        """Raise the error a queued call met, if any (so the caller stops early)."""
        if self._error is not None:
            raise self._error

    def close(self, *, commit: bool) -> None:
        """Wait for the queued calls, then commit (``commit`` and no error) or roll back. Raises
        the first error when a commit was asked for."""
        self._calls.put(_COMMIT if commit else _ROLLBACK)
        self._thread.join()
        if commit:
            self.check()

    def _run(self, ctx: ServiceContext) -> None:
        try:
            with ctx.unit() as s:
                while True:
                    item = self._calls.get()
                    if item is _COMMIT and self._error is None:
                        return
                    if item is _COMMIT or item is _ROLLBACK:
                        raise _RolledBack()
                    fn, args, future = item
                    if self._error is not None:
                        future.set_exception(self._error)
                        continue
                    try:
                        future.set_result(fn(s, *args))
                    except BaseException as err:  # handed to the caller through the future and close()
                        self._error = err
                        future.set_exception(err)
        except _RolledBack:
            pass
        except BaseException as err:  # the commit itself failed (a constraint, the disk)
            if self._error is None:
                self._error = err


@contextmanager
def quick_switches(seconds: float = 0.001):
    """Hand the GIL over more often (default every 1 ms, not 5) while a SessionThread works beside
    a busy thread: after each statement the writer waits for the GIL for up to one interval."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(min(before, seconds))
    try:
        yield
    finally:
        sys.setswitchinterval(before)
