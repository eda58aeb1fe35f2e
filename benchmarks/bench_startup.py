"""Process start → the main window's first paint, on an empty database and on a 100,000-dealer one,
against a bare PySide6 program painting an empty QMainWindow the same way (issue 15).

    python benchmarks/bench_startup.py [--dealers 100000] [--runs 7] [--bundle dist/dealerdesk/dealerdesk]

Target: ≤ 3× the bare window on either database. DealerDesk is started as a user starts it
(``python -m desktop --db … --lang zh_CN``) with ``DEALERDESK_EXIT_AFTER_SHOWN=1``, which quits
once the main window has painted itself (on a first start it shows "正在准备数据库…" while the
database is created on a worker; ``bench_stalls.py`` follows what comes after). The empty
database is a new file each run (the first start of a new user); the demo one a fresh copy each
run. Both figures run to process exit; runs are interleaved. Qt uses the offscreen platform unless
``QT_QPA_PLATFORM`` says otherwise.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import PYTHON, Series, Workspace, demo_database, env, interleave, machine, ratio_line, run, url  # noqa: E402

TARGET = 3.0
BASELINE = (
    "import sys\n"
    "from PySide6.QtCore import QEvent, QObject, QTimer\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "class FirstPaint(QObject):\n"
    "    def eventFilter(self, watched, event):\n"
    "        if event.type() == QEvent.Paint:\n"
    "            QTimer.singleShot(0, app.quit)\n"
    "        return False\n"
    "app = QApplication(sys.argv[:1])\n"
    "window = QMainWindow()\n"
    "window.resize(1360, 820)\n"
    "spy = FirstPaint()\n"
    "window.installEventFilter(spy)\n"
    "window.show()\n"
    "sys.exit(app.exec())\n"
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dealers", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--bundle", type=Path, help="time this frozen dealerdesk executable instead of the source tree")
    args = parser.parse_args()
    print(f"machine: {machine()}")
    with Workspace("bench-startup-") as ws:
        print(f"generating a {args.dealers:,}-dealer demo territory …", flush=True)
        demo, _ = demo_database(ws, args.dealers)
        environ = env(ws.home, DEALERDESK_EXIT_AFTER_SHOWN="1")
        program = [str(args.bundle.resolve())] if args.bundle else [PYTHON, "-m", "desktop"]

        def app(db: Path):
            return run(program + ["--db", url(db), "--lang", "zh_CN"], environ)

        bare = Series("bare Qt window")
        empty, full = Series("DealerDesk, empty database"), Series(f"DealerDesk, {args.dealers:,} dealers")
        run([PYTHON, "-c", BASELINE], environ)  # .pyc files and fonts warmed once; not counted
        app(ws.fresh(demo, "warm.sqlite3"))
        interleave([(bare, lambda n: run([PYTHON, "-c", BASELINE], environ)),
                    (empty, lambda n: app(ws.path / f"new-{n}.sqlite3")),
                    (full, lambda n: app(ws.fresh(demo, f"demo-{n}.sqlite3")))], args.runs)
    what = "frozen bundle" if args.bundle else "from source"
    print(f"\nprocess start → first paint of the main window → exit, {args.runs} interleaved runs, medians ({what})")
    ok = True
    for series in (empty, full):
        line, met = ratio_line(series, bare, TARGET)
        print(line)
        ok = ok and met
    print("all targets met" if ok else "SOME TARGETS MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
