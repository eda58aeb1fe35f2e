"""Process start → main window shown, with 100,000 demo dealers in the database.

Aim (issue 2): median ≤ 1.5 s. Baseline measured in the same run: a bare PySide6 program that
shows an empty QMainWindow the same way, so the ratio shows what DealerDesk adds on top of
Python + Qt on this machine. Both quit as soon as their window is up (DealerDesk through
DEALERDESK_EXIT_AFTER_SHOWN=1), so each figure is start → shown plus a short exit.

    python benchmarks/bench_startup.py [--dealers N] [--runs N] [--bundle dist/dealerdesk/dealerdesk]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from benchmarks.common import OUT, ROOT, demo_database, median_ms  # noqa: E402

AIM_MS = 1500
TIMEOUT_S = 60
BASELINE = (
    "import sys\n"
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication(sys.argv[:1])\n"
    "window = QMainWindow()\n"
    "window.resize(1360, 820)\n"
    "window.show()\n"
    "QTimer.singleShot(0, app.quit)\n"
    "sys.exit(app.exec())\n"
)


def timed(command: list[str], env: dict) -> float:
    """Seconds from starting ``command`` until it exits; raises when it fails or hangs."""
    started = time.perf_counter()
    try:
        done = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        sys.exit(f"{command[0]} still running after {TIMEOUT_S} s: does desktop/app.py honour DEALERDESK_EXIT_AFTER_SHOWN?")
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"{' '.join(command)} failed (exit {done.returncode}):\n{done.stderr.strip()[-2000:]}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dealers", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--bundle", type=Path, help="time this frozen dealerdesk executable instead of the source tree")
    args = parser.parse_args()
    url = demo_database(args.dealers)
    env = dict(os.environ, DEALERDESK_HOME=str(OUT / "home"), DEALERDESK_EXIT_AFTER_SHOWN="1")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    program = [str(args.bundle.resolve())] if args.bundle else [sys.executable, "-m", "desktop"]
    app = program + ["--db", url, "--lang", "zh_CN"]
    bare = [sys.executable, "-c", BASELINE]

    timed(app, env), timed(bare, env)  # warm the disk cache and .pyc files; not counted
    app_times, bare_times = [], []
    for _ in range(args.runs):  # interleaved, so a busy moment hits both alike
        app_times.append(timed(app, env))
        bare_times.append(timed(bare, env))

    app_ms, bare_ms = median_ms(app_times), median_ms(bare_times)
    verdict = "met" if app_ms <= AIM_MS else "MISSED"
    what = "frozen bundle" if args.bundle else "from source"
    print(f"start-up to main window shown, {args.dealers:,} dealers, median of {args.runs} runs ({what}):")
    print(f"  DealerDesk        {app_ms:7.0f} ms   (aim ≤ {AIM_MS} ms: {verdict})")
    print(f"  bare Qt window    {bare_ms:7.0f} ms   (baseline, same machine, same run)")
    print(f"  ratio             {app_ms / bare_ms:7.2f} ×")
    print(f"  spread            DealerDesk {min(app_times) * 1000:.0f}–{max(app_times) * 1000:.0f} ms, "
          f"baseline {min(bare_times) * 1000:.0f}–{max(bare_times) * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
