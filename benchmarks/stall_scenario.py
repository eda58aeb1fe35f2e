"""One run of the GUI-thread stall benchmark, in a process of its own (``bench_stalls.py`` starts it).

    python benchmarks/stall_scenario.py DB_URL ROSTER.xlsx WORK_FOLDER MEETING_ID

Drives the real windows as a user would, with a watchdog on the GUI thread (``watchdog.py``):
starting (the window, the database, the dealer list), searching (typing key by key), opening a
dealer file, rendering an 8-member packet set, previewing a copy, printing every copy to a PDF
file through QPrinter, importing a roster through the wizard, undoing that import, exporting.
Prints one JSON line: for each phase its longest gap and the GUI thread's CPU time in it.
``idle`` instead of the arguments runs the baseline: a bare Qt window doing nothing as long.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

QUERIES = ["hz", "hzjt", "杭州", "宝马", "cq", "ningbo", "1381", "丰田 温州", "shanghai"]


def wait_until(app, condition, timeout: float = 600.0) -> None:
    """Let the event loop run until ``condition()`` holds (checked every 10 ms)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: condition() and loop.quit())
    deadline = QTimer(singleShot=True, interval=int(timeout * 1000))
    deadline.timeout.connect(loop.quit)
    timer.start()
    deadline.start()
    if not condition():
        loop.exec()
    timer.stop()
    deadline.stop()
    if not condition():
        raise TimeoutError(f"still waiting after {timeout:.0f} s")


def pause(app, seconds: float) -> None:
    end = time.perf_counter() + seconds
    wait_until(app, lambda: time.perf_counter() >= end)


def type_text(app, widget, text: str) -> None:
    """Key by key, 120 ms apart, as a quick typist (Chinese through the input method's commit)."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    for ch in text:
        if ord(ch) < 128:
            QTest.keyClick(widget, ch)
        else:
            event = QInputMethodEvent()
            event.setCommitString(ch)
            QApplication.sendEvent(widget, event)
        pause(app, 0.12)


def scenario(db_url: str, roster: Path, work: Path, meeting_id: int) -> dict:
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QMessageBox

    from benchmarks.watchdog import Watchdog
    from desktop.app import create_application
    from desktop.config import Settings
    from desktop.ui.printing import documents
    from desktop.ui.rosters.wizard import MAPPING_PAGE, PREVIEW_PAGE, RESULT_PAGE
    from desktop.ui.signin.start import Pending
    from desktop.ui.startup import open_main_window
    from desktop.ui.operations import wait_for_idle

    app = create_application(["bench"], "zh_CN")
    dog = Watchdog().start()
    started = time.perf_counter()
    with dog.during("starting"):
        window = open_main_window(Pending(db_url, "bench"), "zh_CN", Settings())
        window.resize(1400, 900)
        wait_until(app, lambda: not window.preparing)
        view = window.sections["dealers"]
        wait_until(app, lambda: view.model.total() > 0)
        pause(app, 0.5)
    with dog.during("searching"):
        view.search_edit.setFocus()
        for query in QUERIES:
            view.search_edit.clear()
            type_text(app, view.search_edit, query)
            pause(app, 0.3)
        view.search_edit.clear()
        pause(app, 0.5)
    with dog.during("opening a dealer file"):
        view.table.selectRow(0)
        view.open_selected()
        dialog = view.last_dialog
        wait_until(app, lambda: getattr(dialog, "dealer", None) is not None)
        pause(app, 0.5)
        dialog.close()
        pause(app, 0.3)
    with dog.during("rendering the 8-member packet set"):
        view.last_packet_dialog = None
        documents.print_packet_set(view, window.app, meeting_id, "bench")
        wait_until(app, lambda: view.last_packet_dialog is not None)
        packets = view.last_packet_dialog
        assert len(packets.paths) == 8, f"8 copies expected, got {len(packets.paths)}"
    with dog.during("previewing a copy"):
        packets.last_preview = None
        packets.preview(str(packets.paths[0]))
        wait_until(app, lambda: packets.last_preview is not None and packets.last_preview.page_total > 0)
        pause(app, 0.5)
        packets.last_preview.close()
    with dog.during("printing every copy to PDF"):
        printer = QPrinter(QPrinter.HighResolution)
        printer.setOutputFormat(QPrinter.PdfFormat)
        printer.setOutputFileName(str(work / "printed.pdf"))
        sent, stopped = packets.tr("Every copy sent to the printer."), packets.tr("Printing stopped.")
        packets.print_all(printer=printer)
        wait_until(app, lambda: packets.status_label.text() in (sent, stopped))
        assert packets.status_label.text() == sent, f"printing failed: {packets.status_label.text()}"
        packets.close()
    with dog.during("importing a roster"):
        view.import_roster(roster)
        wizard = view.import_wizard
        wait_until(app, lambda: wizard.currentId() == MAPPING_PAGE)
        wizard.next()
        wait_until(app, lambda: wizard.currentId() == PREVIEW_PAGE and wizard.preview_page.isComplete())
        wizard.next()
        wait_until(app, lambda: wizard.currentId() == RESULT_PAGE)
        wait_until(app, lambda: view.model.total() > 0 and "…" not in view.count_label.text())
    with dog.during("undoing the import"):
        QMessageBox.question = staticmethod(lambda *a, **k: QMessageBox.Yes)
        wizard.result_page.undo_button.click()
        wait_until(app, lambda: bool(wizard.result_page.status_label.text()))
        wizard.close()
        pause(app, 0.5)
    with dog.during("exporting"):
        view.city_combo.setCurrentIndex(view.city_combo.findData("杭州"))
        pause(app, 0.3)
        view.export_roster()
        export = view.export_dialog
        export.path_edit.setText(str(work / "export.xlsx"))
        export.export()
        wait_until(app, lambda: export.result is not None)
        export.close()
    report = dog.stop()
    total = time.perf_counter() - started
    wait_for_idle()
    window.close()
    return {"phases": {name: [gap.wall_ms, gap.cpu_ms] for name, gap in report.phases.items()}, "seconds": total}


def idle(seconds: float) -> dict:
    """The baseline: a bare Qt window and the same watchdog, doing nothing for ``seconds``."""
    from PySide6.QtWidgets import QApplication, QMainWindow

    from benchmarks.watchdog import Watchdog

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1400, 900)
    window.show()
    dog = Watchdog().start()
    with dog.during("idle"):
        pause(app, seconds)
    gap = dog.stop().phases["idle"]
    return {"phases": {"idle": [gap.wall_ms, gap.cpu_ms]}, "seconds": seconds}


if __name__ == "__main__":
    if sys.argv[1] == "idle":
        result = idle(float(sys.argv[2]))
    else:
        result = scenario(sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4]))
    print("RESULT " + json.dumps(result))
