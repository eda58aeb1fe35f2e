"""The shared PDF preview: pages shown, printed (to a PDF printer) as one job, saved."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from desktop.ui.printing.pdf_preview import PdfPreviewDialog, print_files


def sample_pdf(path, pages: int, label: str):
    c = canvas.Canvas(str(path), pagesize=A4)
    for n in range(pages):
        c.setFont("Helvetica", 40)
        c.drawString(100, 700, f"{label} page {n + 1}")
        c.showPage()
    c.save()
    return path


def test_preview_shows_every_page(qtbot, tmp_path):
    path = sample_pdf(tmp_path / "three.pdf", 3, "A")
    dialog = PdfPreviewDialog(path, "Three pages")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.page_total == 3, timeout=15000)
    pixmap = dialog.page_labels[0].pixmap()
    assert pixmap.width() > 500 and pixmap.height() > pixmap.width(), "an A4 page is drawn portrait at screen size"
    dialog.set_zoom(2.0)
    qtbot.waitUntil(lambda: dialog.page_labels and dialog.page_labels[0].pixmap().width() > pixmap.width() * 1.5, timeout=15000)


def test_print_several_files_as_one_job(qtbot, tmp_path):
    files = [sample_pdf(tmp_path / "a.pdf", 2, "A"), sample_pdf(tmp_path / "b.pdf", 3, "B")]
    out = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.ScreenResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(str(out))
    finished = []
    print_files(None, files, "both", printer=printer, on_done=finished.append)
    qtbot.waitUntil(lambda: bool(finished), timeout=30000)
    assert finished == [True], "the print job finished"
    assert len(PdfReader(out).pages) == 5, "every page of both files was printed, in one job"


def test_print_page_range(qtbot, tmp_path):
    files = [sample_pdf(tmp_path / "a.pdf", 4, "A")]
    out = tmp_path / "range.pdf"
    printer = QPrinter(QPrinter.ScreenResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setFromTo(2, 3)
    finished = []
    print_files(None, files, "range", printer=printer, on_done=finished.append)
    qtbot.waitUntil(lambda: bool(finished), timeout=30000)
    assert len(PdfReader(out).pages) == 2, "only pages 2–3 were printed"


def test_only_the_newest_reload_is_shown(qtbot):
    """Two reads of the same view run at once; the older one finishing last must not win."""
    import threading

    from PySide6.QtWidgets import QWidget

    from desktop.ui.operations import QueryOp, wait_for_idle

    view = QWidget()
    qtbot.addWidget(view)
    release_first = threading.Event()
    shown = []

    def slow_old():
        release_first.wait(10)
        return "old"

    QueryOp(view, slow_old, shown.append).latest("rows").run()
    QueryOp(view, lambda: "new", shown.append).latest("rows").run()
    qtbot.waitUntil(lambda: shown == ["new"], timeout=10000)
    release_first.set()
    wait_for_idle()  # the old read has finished …
    qtbot.wait(20)  # … and its queued result has been delivered (or dropped)
    assert shown == ["new"], f"the stale result was dropped: {shown}"
