"""The shared PDF preview: pages shown, printed (to a PDF printer) as one job, saved."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from desktop.ui.printing.pdf_preview import PdfPreviewDialog
from desktop.ui.printing.print_job import print_files


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


def _printed_text(out) -> list[str]:
    return [page.extract_text() for page in PdfReader(out).pages]


def test_printing_to_a_pdf_file_copies_the_pages_searchable(qtbot, tmp_path):
    """Print to file: the pages are copied on a worker, not rasterised and painted on the GUI
    thread — so their text is still there (the old way printed pictures of the pages)."""
    files = [sample_pdf(tmp_path / "a.pdf", 2, "Alpha"), sample_pdf(tmp_path / "b.pdf", 3, "Beta")]
    out = tmp_path / "to-file.pdf"
    printer = QPrinter(QPrinter.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setFromTo(2, 4)
    finished = []
    print_files(None, files, "to file", printer=printer, on_done=finished.append)
    qtbot.waitUntil(lambda: bool(finished), timeout=30000)
    assert finished == [True], "the job finished"
    assert [t.strip() for t in _printed_text(out)] == ["Alpha page 2", "Beta page 1", "Beta page 2"], (
        f"pages 2–4 of the job, as text: {_printed_text(out)}")


def test_printing_to_a_printer_paints_bands_with_the_event_loop_running_between(qtbot, tmp_path, monkeypatch):
    """A real printer gets page images; the GUI thread paints each in bands and handles events in
    between, so a 300-dpi page never freezes the window for the whole of its encoding."""
    from PySide6.QtCore import QTimer

    from desktop.ui.printing import print_job

    path = sample_pdf(tmp_path / "one.pdf", 2, "Gamma")
    out = tmp_path / "painted.pdf"
    printer = QPrinter(QPrinter.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(str(out))
    ticks = []
    timer = QTimer(interval=0, timeout=lambda: ticks.append(1))
    bands = []
    real_band = print_job.PrintJob.paint_band

    def band(self, image, top, bottom):
        bands.append((len(ticks), top, bottom, image.width() * (bottom - top)))
        real_band(self, image, top, bottom)

    monkeypatch.setattr(print_job.PrintJob, "paint_band", band)
    finished = []
    timer.start()
    print_files(None, [path], "painted", printer=printer, on_done=finished.append, rasterise=True)
    qtbot.waitUntil(lambda: bool(finished), timeout=60000)
    timer.stop()
    assert finished == [True], "the job finished"
    assert len(PdfReader(out).pages) == 2, "both pages printed"
    assert len(bands) > 4, f"each page is painted in several bands: {[(b[1], b[2]) for b in bands]}"
    assert max(b[3] for b in bands) <= print_job.BAND_PIXELS + 2500, "no band is bigger than the budget"
    seen = [b[0] for b in bands]
    assert all(later > earlier for earlier, later in zip(seen, seen[1:])), "events were handled between every two bands"
    import pypdfium2 as pdfium

    source, printed = pdfium.PdfDocument(str(path)), pdfium.PdfDocument(str(out))
    try:
        for index in range(2):
            a = source[index].render(scale=1).to_pil().convert("L")
            b = printed[index].render(scale=1).to_pil().convert("L").resize(a.size)
            dark_a = a.histogram()[:128]
            dark_b = b.histogram()[:128]
            dark_a, dark_b = sum(dark_a), sum(dark_b)
            assert dark_a > 100 and abs(dark_a - dark_b) < dark_a * 0.25, (
                f"page {index + 1} printed as it looks: {dark_a} vs {dark_b} dark pixels")
    finally:
        source.close()
        printed.close()


def test_pages_are_placed_one_per_turn_in_the_labels_already_there(qtbot, tmp_path):
    """Issue 15: placing every page of a long document at once (a new label and style each) was a
    GUI-thread stall; pages now go on screen one per turn of the event loop, into the labels there."""
    path = sample_pdf(tmp_path / "doc.pdf", 3, "A")
    dialog = PdfPreviewDialog(path, "Document")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.page_total == 3, timeout=15000)
    labels = list(dialog.page_labels)
    images = [label.pixmap().toImage() for label in labels]
    dialog._show_pages(images + images)  # as the worker hands them over: six pages
    assert len(dialog.page_labels) == 3 and dialog.page_total == 3, "nothing more placed in the same turn"
    qtbot.waitUntil(lambda: dialog.page_total == 6, timeout=15000)
    assert dialog.page_labels[:3] == labels and len(dialog.page_labels) == 6, "the labels there reused, three added"
    assert dialog.status_label.text() == "6 pages"
    sample_pdf(path, 2, "B")  # written anew, shorter
    dialog.reload()
    qtbot.waitUntil(lambda: dialog.page_total == 2, timeout=15000)
    assert dialog.page_labels == labels[:2], "two pages, in the first two labels; the others gone"
