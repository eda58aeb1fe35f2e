"""No module is first imported on the GUI thread once the window is painted (issue 15): a module
imported there reads files and runs its top level while the window cannot repaint. The database
worker loads what the first section, the start-up announcements and the text catalogues need; a
worker a little later loads what the user opens next (a dealer file with all its tabs).

A fresh interpreter each time (another test may have imported everything already)."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from desktop.ui import startup, warmup

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = r"""
import json, sys, threading, time
main = threading.main_thread()
seen = []

class Spy:  # notes each import the GUI thread makes (it finds nothing itself)
    def find_spec(self, name, path=None, target=None):
        if threading.current_thread() is main:
            seen.append(name)
        return None

from PySide6.QtCore import QEventLoop
from desktop.app import create_application
from desktop.config import Settings
from desktop.ui.operations import wait_for_idle
from desktop.ui.signin.start import Pending
from desktop.ui.startup import open_main_window

app = create_application(["t"], "zh_CN")

def spin(cond, seconds=120):
    end = time.time() + seconds
    while not cond() and time.time() < end:
        app.processEvents(QEventLoop.AllEvents, 20)
        time.sleep(0.005)

window = open_main_window(Pending(sys.argv[1], "t"), "zh_CN", Settings())
sys.meta_path.insert(0, Spy())  # from the window on screen
spin(lambda: not window.preparing)
view = window.sections["dealers"]
spin(lambda: view.model.total() > 0)
pause = time.time() + 3.0  # the announcements (0.8 s, 1.2 s), the keys left to complete (2 s), the warm-up (1.5 s)
spin(lambda: time.time() > pause)
wait_for_idle()
starting, seen[:] = list(seen), []
view.table.selectRow(0)
view.open_selected()
dialog = view.last_dialog
spin(lambda: getattr(dialog, "dealer", None) is not None and dialog.dealer.id is not None)
opening = list(seen)
dialog.close()
wait_for_idle()
window.close()
print("RESULT " + json.dumps({"starting": starting, "opening": opening, "dealer": dialog.dealer.id}))
"""


def _ours(names: list[str]) -> list[str]:
    """Our modules and the big libraries (a stdlib or Qt submodule on first use is not the point)."""
    return [n for n in names if n.split(".")[0] in ("desktop", "reportlab", "openpyxl", "sqlalchemy", "pypinyin", "PIL",
                                                    "python_calamine", "alembic")]


def test_after_the_first_paint_the_gui_thread_imports_nothing_of_ours(demo_db, tmp_path):
    db = tmp_path / "demo.sqlite3"
    shutil.copy(demo_db.removeprefix("sqlite:///"), db)
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""),
               DEALERDESK_HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen")
    env.pop("DEALERDESK_DATABASE_URL", None)
    done = subprocess.run([sys.executable, "-c", SCRIPT, "sqlite:///" + db.as_posix()], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=600)
    lines = [line for line in done.stdout.splitlines() if line.startswith("RESULT ")]
    assert done.returncode == 0 and lines, done.stdout[-2000:] + done.stderr[-3000:]
    result = json.loads(lines[-1][len("RESULT "):])
    assert result["dealer"], "a dealer file was opened and loaded"
    assert not _ours(result["starting"]), \
        f"imported on the GUI thread after the first paint, while starting: {_ours(result['starting'])}"
    assert not _ours(result["opening"]), \
        f"imported on the GUI thread while opening a dealer file: {_ours(result['opening'])}"


def test_every_module_named_for_a_worker_to_load_exists():
    missing = [name for name in (*startup.WARM_MODULES, *warmup.LATER_MODULES) if importlib.util.find_spec(name) is None]
    assert not missing, f"named for loading ahead but no such module: {missing}"
