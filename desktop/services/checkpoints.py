"""Named points inside a write where a test can hold a process (a barrier with a second process, a
kill) to prove that whatever happens at that moment, nothing is lost.

``reached(point)`` does nothing unless a test installed a hook for that point in this process
(``install``), or the environment names the point in ``DEALERDESK_TEST_KILL_AT`` — then the
process kills itself there with SIGKILL, as a power cut would. Runs on the calling thread.
"""

from __future__ import annotations

import os
import signal
from typing import Callable

KILL_ENV = "DEALERDESK_TEST_KILL_AT"
_hooks: dict[str, Callable[[], None]] = {}


def reached(point: str) -> None:
    hook = _hooks.get(point)
    if hook is not None:
        hook()
    if os.environ.get(KILL_ENV) == point:
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))


def install(point: str, hook: Callable[[], None] | None) -> None:
    """Call ``hook`` whenever ``point`` is reached in this process (None removes it)."""
    if hook is None:
        _hooks.pop(point, None)
    else:
        _hooks[point] = hook
