"""A GUI-thread stall watchdog for the benchmarks: a 10 ms QTimer on the GUI thread notes when it
fires; the longest gap between two firings (less the interval) is the longest the GUI thread was
busy — or not scheduled at all, on a shared machine. Each gap also carries the GUI thread's own CPU
time over it (``time.thread_time``), which tells a stall of ours (CPU ≈ gap) from the machine
taking the core away (CPU ≪ gap). Phases name what was going on when a gap happened.
"""

from __future__ import annotations

import time
from contextlib import contextmanager
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 10


@dataclass
class Gap:
    wall_ms: float
    cpu_ms: float
    phase: str


@dataclass
class Report:
    phases: dict[str, Gap] = field(default_factory=dict)  # phase → its longest gap

    def worst(self) -> Gap:
        return max(self.phases.values(), key=lambda g: g.wall_ms, default=Gap(0.0, 0.0, "-"))


class Watchdog(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.phase = ""  # gaps outside any named phase are not reported
        self.report = Report()
        self._timer = QTimer(self, interval=INTERVAL_MS, timeout=self._tick)
        self._last: tuple[float, float] | None = None

    def start(self) -> "Watchdog":
        self._last = None
        self._timer.start()
        return self

    def stop(self) -> Report:
        self._timer.stop()
        self.report.phases.pop("", None)
        return self.report

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        if self._last is not None:
            wall = max(0.0, (now - self._last[0]) * 1000 - INTERVAL_MS)
            gap = Gap(wall, (cpu - self._last[1]) * 1000, self.phase)
            best = self.report.phases.get(self.phase)
            if best is None or gap.wall_ms > best.wall_ms:
                self.report.phases[self.phase] = gap
        self._last = (now, cpu)

    @contextmanager
    def during(self, phase: str):
        """Gaps that end while in this block count for ``phase``."""
        before = self.phase
        self._tick()  # close the gap so far under the previous phase
        self.phase = phase
        try:
            yield self
        finally:
            self._tick()
            self.phase = before
