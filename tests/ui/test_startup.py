"""Start-up (issue 15): the window is painted first and says it is preparing the database; the
database is created, migrated and opened on a worker; a database that cannot be used is reported."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QMessageBox

from desktop.app import create_application
from desktop.config import Settings
from desktop.persistence import migrate
from desktop.persistence.engine import make_engine
from desktop.services import context
from desktop.ui.signin.start import Pending
from desktop.ui.startup import open_main_window
from desktop.ui.operations import wait_for_idle


def test_first_start_shows_the_window_then_creates_the_database_on_a_worker(qtbot, tmp_path, monkeypatch):
    url = "sqlite:///" + (tmp_path / "first-start.sqlite3").as_posix()
    on_gui_thread: list[bool] = []
    release = threading.Event()
    real_upgrade = context.upgrade

    def upgrade(engine, revision="head", **kw):
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        release.wait(30)  # hold the preparation while the test looks at the window
        return real_upgrade(engine, revision, **kw)

    monkeypatch.setattr(context, "upgrade", upgrade)
    monkeypatch.setattr(QMessageBox, "open", lambda self: None)  # the demo offer that follows
    create_application(["dealerdesk-tests"], "zh_CN")
    window = open_main_window(Pending(url, "张三"), "zh_CN", Settings())
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: bool(on_gui_thread), timeout=20000)
    assert on_gui_thread == [False], "the database is created and migrated on a worker, not on the GUI thread"
    assert window.preparing_label.isVisible() and window.preparing_label.text() == "正在准备数据库…", (
        f"the window says what it is doing: {window.preparing_label.text()!r}")
    assert window.statusBar().currentMessage() == "正在准备数据库…", "the status bar says it too"
    assert not window.nav_list.isEnabled() and not window.menuBar().isEnabled(), "nothing can be opened before the database"
    assert window.sections.built() == [], "no section is built before the database is ready"
    assert "张三" in window.identity_label.text(), "the user is named from the start"
    release.set()
    qtbot.waitUntil(lambda: not window.preparing, timeout=60000)
    view = window.sections["dealers"]
    qtbot.waitUntil(lambda: view.model.rowCount() == 0 and window.app.ctx is not None, timeout=20000)
    assert window.nav_list.isEnabled() and window.menuBar().isEnabled(), "usable once the database is ready"
    assert window.stack.currentWidget() is view and view.isVisible(), "the dealer list replaces the preparing page"
    engine = make_engine(url)
    try:
        assert migrate.current_revision(engine) == migrate.HEAD, "the new database is at the newest schema"
    finally:
        engine.dispose()
    wait_for_idle()
    window.close()
    window.app.ctx.dispose()


def test_a_database_that_cannot_be_opened_is_reported_after_the_window_shows(qtbot, tmp_path, monkeypatch):
    bogus = tmp_path / "notes.sqlite3"
    bogus.write_text("not a database\n" * 50, encoding="utf-8")
    shown, failed = [], []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, title, text, *a, **k: shown.append((title, text)))
    create_application(["dealerdesk-tests"], "en")
    window = open_main_window(Pending("sqlite:///" + bogus.as_posix(), "tester"), "en", Settings(),
                              on_failed=lambda: failed.append(1))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(failed), timeout=30000)
    assert len(shown) == 1 and "cannot be opened" in shown[0][1] and "not a database" in shown[0][1], (
        f"one clear message with the reason: {shown}")
    assert window.preparing and window.sections.built() == [], "nothing was built over an unusable database"
    window.close()


PAINT_WITHOUT_SQLALCHEMY = """
import sys
from desktop.app import create_application
from desktop.config import Settings
from desktop.ui.signin.start import Pending, plan_start
from desktop.ui.startup import open_main_window
from desktop.ui.toolkit.first_paint import after_first_paint

app = create_application(["dealerdesk-tests"], "zh_CN")
plan = plan_start(type("Args", (), {"db": sys.argv[1]})(), Settings())
window = open_main_window(plan, "zh_CN", Settings(), prepare_database=False)
seen = []
after_first_paint(window, lambda: (seen.append(sorted(m for m in sys.modules if m.split(".")[0] == "sqlalchemy")), app.quit()))
app.exec()
print("LOADED", len(seen[0]), " ".join(seen[0][:5]))
"""


def test_the_window_paints_before_sqlalchemy_loads(tmp_path):
    """Start-up (issue 15): planning the start and painting the preparing window import no SQLAlchemy
    (about half of the start's imports); it loads on the worker that opens the database."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DEALERDESK_HOME=str(tmp_path),
               PYTHONPATH=str(root) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    proc = subprocess.run([sys.executable, "-c", PAINT_WITHOUT_SQLALCHEMY, "sqlite:///" + (tmp_path / "new.sqlite3").as_posix()],
                          env=env, capture_output=True, text=True, timeout=300, cwd=root)
    line = next((x for x in proc.stdout.splitlines() if x.startswith("LOADED")), proc.stdout + proc.stderr[-2000:])
    assert line.startswith("LOADED 0"), f"SQLAlchemy modules loaded before the first paint: {line}"


PAINT_LIGHTLY = """
import json, sys
import PySide6.QtCore as QtCore
from desktop.app import create_application
from desktop.config import Settings
from desktop.ui.signin.start import Pending
from desktop.ui.startup import open_main_window
from desktop.ui.toolkit.first_paint import after_first_paint
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout

app = create_application(["dealerdesk-tests"], "zh_CN")
window = open_main_window(Pending(sys.argv[1], "t"), "zh_CN", Settings(), prepare_database=False)
seen = {}

def painted():
    seen["qt_named"] = "Qt" in QtCore.__dict__  # PySide builds the namespace's enums when first named
    seen["our_modules"] = sorted(m for m in sys.modules if m.startswith("desktop.ui.toolkit.keyboard"))
    QTimer.singleShot(50, open_dialog)


def open_dialog():
    dialog = QDialog(window)  # opened once the window is up: the watch is back
    dialog.setWindowTitle("签署合同 ZJ-车商-2026-0008 · 一个要全部看得见的标题")
    QVBoxLayout(dialog).addWidget(QPushButton("Refresh"))
    dialog.resize(120, 80)
    dialog.show()
    seen["dialog"] = [dialog.width(), dialog.findChild(QPushButton).text()]
    app.quit()

after_first_paint(window, painted)
app.exec()
print("SEEN " + json.dumps(seen))
"""


def test_the_first_paint_waits_for_no_qt_namespace_and_dialogs_are_still_watched(tmp_path):
    """Start-up (issue 15): PySide builds the ~120 enums of ``Qt`` the first time anything names it
    (≈170 ms), and an application-wide Python event filter makes it wrap every object the window
    builds (~150 more classes loaded): neither happens before the main window's first paint — yet a
    dialog shown afterwards still gets its whole title in view and an Alt-letter on each button."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DEALERDESK_HOME=str(tmp_path),
               PYTHONPATH=str(root) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    proc = subprocess.run([sys.executable, "-c", PAINT_LIGHTLY, "sqlite:///" + (tmp_path / "new.sqlite3").as_posix()],
                          env=env, capture_output=True, text=True, timeout=300, cwd=root)
    line = next((x for x in proc.stdout.splitlines() if x.startswith("SEEN ")), None)
    assert line, proc.stdout[-2000:] + proc.stderr[-3000:]
    seen = json.loads(line[len("SEEN "):])
    assert not seen["qt_named"], "the Qt namespace was named before the main window's first paint"
    assert not seen["our_modules"], f"the keyboard helpers were imported before the first paint: {seen['our_modules']}"
    width, text = seen["dialog"]
    assert width > 300, f"a dialog shown after the first paint was not widened for its title: {width} px"
    assert text == "&Refresh", f"a dialog shown after the first paint got no Alt-letter: {text!r}"
