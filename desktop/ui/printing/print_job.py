"""Printing generated PDFs without freezing the window (issue 15).

To a PDF file (the print dialog's "Print to file", or a PDF printer handed in), the pages are
copied as they are on a worker — searchable text, no rasterising, no painting on the GUI thread.
To a real printer, a worker renders each page at the printer's resolution (pdfium → QImage) and
the GUI thread, which alone may paint on a QPrinter, draws it a band at a time, going back to the
event loop between bands: a 300-dpi A4 page is ~9 million pixels the print engine must encode,
too much for one step. Both show progress and can be cancelled.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, Qt, QTimer
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QProgressDialog, QWidget

from desktop.documents.raster import PageImage, page_count, render
from desktop.ui.operations import Cancelled, QueryOp

BAND_PIXELS = 600_000  # pixels painted in one step on the GUI thread (~5–10 ms of encoding)


def to_qimage(page: PageImage) -> QImage:
    image = QImage(page.rgb, page.width, page.height, page.stride, QImage.Format_RGB888)
    return image.copy()  # detach from the Python bytes


def print_files(parent: QWidget | None, paths: list[Path], title: str, printer: QPrinter | None = None,
                on_done=None, *, rasterise: bool | None = None) -> None:
    """Count the pages on a worker, ask for a printer (page range), then print every file in order
    as one job. With ``printer`` given (tests, 'print again'), no dialog is shown. ``rasterise``
    forces (True) or forbids (False) painting page images; by default only real printers get them."""
    QueryOp(parent, lambda: [page_count(p) for p in paths],
            lambda counts: _print_counted(parent, paths, counts, title, printer, on_done, rasterise)).run()


def _print_counted(parent, paths, counts, title, printer, on_done, rasterise) -> None:
    total = max(sum(counts), 1)
    if printer is None:
        printer = QPrinter(QPrinter.HighResolution)
        printer.setDocName(title)
        dialog = QPrintDialog(printer, parent)
        dialog.setOption(QPrintDialog.PrintPageRange, True)
        dialog.setMinMax(1, total)
        if dialog.exec() != QDialog.Accepted:
            return None
    first = printer.fromPage() or 1
    last = printer.toPage() or total
    pages = [(Path(path), index) for path, n in zip(paths, counts) for index in range(n)][first - 1:last]
    to_file = printer.outputFormat() == QPrinter.PdfFormat and bool(printer.outputFileName())
    if rasterise is None:
        rasterise = not to_file
    job = PrintJob(parent, printer, pages, on_done) if rasterise else FileJob(parent, printer, pages, title, on_done)
    parent_jobs = getattr(parent, "_print_jobs", None) if parent is not None else None
    if parent is not None and parent_jobs is None:
        parent._print_jobs = parent_jobs = []
    if parent_jobs is not None:
        parent_jobs.append(job)  # kept alive while it prints
    job.start()


class FileJob:
    """Printing to a PDF file: the worker copies the pages; the window only shows the progress."""

    def __init__(self, parent, printer: QPrinter, pages: list[tuple[Path, int]], title: str, on_done=None) -> None:
        self.parent, self.target, self.pages, self.title, self.on_done = parent, printer.outputFileName(), pages, title, on_done

    def start(self) -> None:
        from desktop.documents.page_copy import copy_pages

        pages, target, title = self.pages, self.target, self.title

        def work(progress):
            if copy_pages(pages, target, title, progress.report) is None:
                raise Cancelled()

        label = QCoreApplication.translate("Printing", "Printing {0} pages to {1}…").format(len(pages), Path(target).name)
        QueryOp(self.parent, work, lambda _r: self._finish(True)).failure(self._failed).with_progress(label).run()

    def _failed(self, err: BaseException) -> None:
        self._finish(False)
        if not isinstance(err, Cancelled):
            from desktop.ui.toolkit.errors import show_error

            show_error(self.parent, err)

    def _finish(self, ok: bool) -> None:
        if self.on_done is not None:
            self.on_done(ok)


class PrintJob:
    """Paints pages on the GUI thread a band at a time, while a worker renders the next page."""

    def __init__(self, parent: QWidget, printer: QPrinter, pages: list[tuple[Path, int]], on_done=None) -> None:
        self.parent, self.printer, self.pages, self.on_done = parent, printer, pages, on_done
        self.painter = QPainter()
        self.done = 0
        self.cancelled = self.finished = False
        self.progress = QProgressDialog(QPrintDialog.tr("Printing…"), QPrintDialog.tr("Cancel"), 0, len(pages), parent)
        self.progress.setWindowModality(Qt.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.canceled.connect(self._cancel)
        self.dpi = min(printer.resolution(), 300)
        self._ready: dict[int, QImage] = {}
        self._painting: int | None = None

    def start(self) -> None:
        if not self.pages or not self.painter.begin(self.printer):
            self._finish(ok=False)
            return
        self._request(0)

    def _request(self, n: int) -> None:
        if n >= len(self.pages) or self.cancelled:
            return
        path, index = self.pages[n]
        dpi = self.dpi
        QueryOp(self.parent, lambda: to_qimage(next(render(path, dpi, [index]))),
                lambda image: self._rendered(n, image)).failure(self._failed).run()

    def _rendered(self, n: int, image: QImage) -> None:
        if self.cancelled or self.finished:
            return
        self._ready[n] = image
        if self._painting is None and n == self.done:
            self._begin_page(n)

    def _begin_page(self, n: int) -> None:
        image = self._ready.pop(n)
        self._painting = n
        self._request(n + 1)  # the worker renders the next page while this one is painted
        if n:
            self.printer.newPage()
        self._page_viewport = self.painter.viewport()
        scaled = image.size().scaled(self._page_viewport.size(), Qt.KeepAspectRatio)
        self.painter.setViewport(self._page_viewport.x(), self._page_viewport.y(), scaled.width(), scaled.height())
        self.painter.setWindow(image.rect())
        rows = max(16, BAND_PIXELS // max(image.width(), 1))
        QTimer.singleShot(0, lambda: self._next_band(image, 0, rows))

    def _next_band(self, image: QImage, top: int, rows: int) -> None:
        if self.cancelled or self.finished:
            return
        self.paint_band(image, top, min(top + rows, image.height()))
        top += rows
        if top < image.height():
            QTimer.singleShot(0, lambda: self._next_band(image, top, rows))
            return
        self.painter.setViewport(self._page_viewport)
        self.painter.setWindow(self._page_viewport)
        self._painting = None
        self.done += 1
        self.progress.setValue(self.done)
        if self.done == len(self.pages):
            self._finish(ok=True)
        elif self.done in self._ready:
            self._begin_page(self.done)

    def paint_band(self, image: QImage, top: int, bottom: int) -> None:
        """Rows [top, bottom) of the page image, one row more below so no seam can show."""
        height = min(bottom + 1, image.height()) - top
        area = QRectF(0, top, image.width(), height)
        self.painter.drawImage(area, image, area)

    def _cancel(self) -> None:
        if self.finished:
            return
        self.cancelled = True
        self.printer.abort()
        self._finish(ok=False)

    def _failed(self, err: BaseException) -> None:
        from desktop.ui.toolkit.errors import show_error

        if self.finished:
            return
        self._finish(ok=False)
        show_error(self.parent, err)

    def _finish(self, ok: bool) -> None:
        self.finished = True
        if self.painter.isActive():
            self.painter.end()
        self.progress.reset()
        if self.on_done is not None:
            self.on_done(ok and not self.cancelled)
