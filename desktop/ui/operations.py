"""Run service calls off the GUI thread and come back with the result — Anki's operations pattern.

``QueryOp(parent, fn, on_success).run()`` runs a read on the shared pool; ``CollectionOp`` runs
a write on a single worker, so writes never overlap, then announces what changed on the
app-wide change bus (``ui/change_bus.py``). Callbacks always run on the GUI thread and are dropped when ``parent``
is gone. ``with_progress()`` shows a cancellable progress dialog; the function then receives a
``Progress`` and should call ``progress.report(done, total)`` (which returns False once the user
cancelled) or ``progress.check()`` (which raises ``Cancelled``).
"""

from __future__ import annotations

import logging
import threading
from typing import Any, Callable

# Not ``Qt``: naming that namespace builds its ~120 enums (≈170 ms), which the main window's first
# paint should not wait for (this module is imported before it).
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.ui.change_bus import Change, ChangeBus

log = logging.getLogger("dealerdesk.tasks")


class Cancelled(Exception):
    """The user cancelled a long operation."""


class Progress:
    """Handed to long operations: report progress, notice cancellation. Thread-safe."""

    def __init__(self, relay: "_Relay") -> None:
        self._relay = relay
        self._cancel = threading.Event()

    def report(self, done: int, total: int, text: str = "") -> bool:
        try:
            self._relay.progressed.emit(done, total, text)
        except RuntimeError:  # the window that asked is gone: stop the work
            self._cancel.set()
        return not self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class _Relay(QObject):
    """Lives on the GUI thread; worker signals reach its own slots queued, so callbacks run there.

    Parented to the requesting widget: when that widget is destroyed, so is the relay, and
    a late result is dropped instead of touching a dead window.
    """

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int, str)

    def __init__(self, op: "_Op", parent: QObject | None) -> None:
        super().__init__(parent)
        self._op = op
        self.succeeded.connect(self._on_succeeded)
        self.failed.connect(self._on_failed)
        self.progressed.connect(self._on_progressed)

    @Slot(object)
    def _on_succeeded(self, result) -> None:
        self._op._succeeded(result)

    @Slot(object)
    def _on_failed(self, err) -> None:
        self._op._failed(err)

    @Slot(int, int, str)
    def _on_progressed(self, done: int, total: int, text: str) -> None:
        self._op._progressed(done, total, text)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._relay = relay

    def run(self) -> None:  # worker thread
        try:
            result = self._fn()
        except BaseException as err:  # delivered to the GUI thread, never lost
            if not isinstance(err, Cancelled):
                log.debug("operation failed", exc_info=True)
            self._deliver(self._relay.failed, err)
        else:
            self._deliver(self._relay.succeeded, result)

    @staticmethod
    def _deliver(signal, value) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the requesting window was closed meanwhile: nobody to tell
            log.debug("result dropped: receiver gone")


_read_pool: QThreadPool | None = None
# Asked before each write starts: an error to refuse it with (the office database is out of reach) or None.
write_gate: Callable[[], BaseException | None] | None = None
_write_pool: QThreadPool | None = None
_pending: set["_Op"] = set()
_generations: dict[tuple[int, str], int] = {}  # (parent, key) → newest generation started


def _pools() -> tuple[QThreadPool, QThreadPool]:
    global _read_pool, _write_pool
    if _read_pool is None:
        _read_pool = QThreadPool()
        _read_pool.setMaxThreadCount(2)
        _write_pool = QThreadPool()
        _write_pool.setMaxThreadCount(1)  # writes are serialised
    return _read_pool, _write_pool


def wait_for_idle(msecs: int = 30000) -> bool:
    """Block until every queued operation finished (tests, shutdown)."""
    read, write = _pools()
    return read.waitForDone(msecs) and write.waitForDone(msecs)


class _Op:
    _write = False

    def __init__(self, parent: QWidget | QObject, fn: Callable, on_success: Callable[[Any], None] | None = None) -> None:
        self._parent = parent
        self._fn = fn
        self._on_success = on_success
        self._on_failure: Callable[[BaseException], None] | None = None
        self._progress_label: str | None = None
        self._changes: tuple[ChangeBus, tuple[Change, ...]] | None = None
        self._dialog: QProgressDialog | None = None
        self._relay: _Relay | None = None
        self._progress: Progress | None = None
        self._latest_key: str | None = None
        self._generation = 0
        self._banner = None

    def failure(self, fn: Callable[[BaseException], None]) -> "_Op":
        self._on_failure = fn
        return self

    def latest(self, key: str) -> "_Op":
        """Only the newest operation of ``key`` on this parent delivers its result.

        Reads run two at a time, so an older reload can finish after a newer one; without this,
        the older (stale) result would be shown last.
        """
        self._latest_key = key
        return self

    def in_place(self, banner) -> "_Op":
        """A view's load: a failure shows in ``banner`` (a ``LoadBanner``: the reason and Retry) instead of a
        message box; a success hides it. A ``failure`` callback still runs after the banner is shown."""
        self._banner = banner
        return self

    def with_progress(self, label: str) -> "_Op":
        self._progress_label = label
        return self

    def run(self) -> "_Op":
        if self._latest_key is not None:
            slot = (id(self._parent), self._latest_key)
            _generations[slot] = self._generation = _generations.get(slot, 0) + 1
        relay = _Relay(self, self._parent if isinstance(self._parent, QObject) else None)
        fn = self._fn
        if self._progress_label is not None:
            progress = Progress(relay)
            self._progress = progress
            self._dialog = self._make_dialog(progress)
            job_fn = lambda: fn(progress)  # noqa: E731
        else:
            job_fn = fn
        refusal = write_gate() if self._write and write_gate is not None else None
        if refusal is not None:  # refused before anything is written; delivered like any failure
            def job_fn():
                raise refusal
        self._relay = relay
        _pending.add(self)
        read, write = _pools()
        (write if self._write else read).start(_Job(job_fn, relay))
        return self

    def _make_dialog(self, progress: Progress) -> QProgressDialog | None:
        parent = self._parent if isinstance(self._parent, QWidget) else None
        dialog = QProgressDialog(self._progress_label, QCoreApplication.translate("Operations", "Cancel"), 0, 0, parent)
        from PySide6.QtCore import Qt

        dialog.setWindowModality(Qt.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(progress.cancel)
        return dialog

    def _progressed(self, done: int, total: int, text: str) -> None:
        if self._dialog is not None and not self._progress.cancelled:
            self._dialog.setMaximum(max(total, 0))
            self._dialog.setValue(min(done, total) if total else 0)
            if text:
                self._dialog.setLabelText(text)

    def _finish(self) -> None:
        _pending.discard(self)
        if self._dialog is not None:
            self._dialog.reset()
            self._dialog.deleteLater()
            self._dialog = None
        relay, self._relay = self._relay, None
        if relay is not None:
            try:
                relay.deleteLater()  # deferred by Qt itself; safe from inside the relay's own slot
            except RuntimeError:  # already gone with its parent window
                pass

    def _superseded(self) -> bool:
        return self._latest_key is not None and \
            _generations.get((id(self._parent), self._latest_key)) != self._generation

    def _succeeded(self, result: Any) -> None:
        self._finish()
        if self._superseded():
            return
        if self._changes is not None:
            bus, kinds = self._changes
            bus.announce(*kinds)
        if self._banner is not None and _alive(self._banner):
            self._banner.succeeded(self._latest_key)
        if self._on_success is not None:
            self._on_success(result)

    def _failed(self, err: BaseException) -> None:
        self._finish()
        if self._superseded():
            return
        if self._banner is not None and not isinstance(err, Cancelled):
            if _alive(self._banner):
                self._banner.failed(err, self._latest_key)
            if self._on_failure is not None:
                self._on_failure(err)
            return
        if self._on_failure is not None:
            self._on_failure(err)
        elif not isinstance(err, Cancelled):
            from desktop.ui.toolkit.errors import show_error

            parent = self._parent if isinstance(self._parent, QWidget) else None
            show_error(parent, err)


def _alive(obj) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)


class QueryOp(_Op):
    """A read: runs on the shared pool."""


class CollectionOp(_Op):
    """A write: runs on the single write worker, then announces ``kinds`` on the change bus."""

    _write = True

    def announces(self, bus: ChangeBus, *kinds: Change) -> "CollectionOp":
        self._changes = (bus, kinds)
        return self
