"""Preview, print and save a generated PDF — used by every printed document.

Pages are rasterised on a worker thread (pdfium) and shown in a scroll area; printing renders
each page at the printer's resolution off the GUI thread and paints it on the GUI thread, with
progress and cancel. ``print_files`` prints several PDFs (every member's copy) as one job.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QImage, QKeySequence, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.documents.raster import PageImage, page_count, render
from desktop.ui.operations import QueryOp
from desktop.ui.toolkit.layout_memory import remember_geometry

PREVIEW_DPI = 96


def to_qimage(page: PageImage) -> QImage:
    image = QImage(page.rgb, page.width, page.height, page.stride, QImage.Format_RGB888)
    return image.copy()  # detach from the Python bytes


class PdfPreviewDialog(QDialog):
    def __init__(self, pdf_path: str | Path, title: str, parent=None, suggested_name: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdf_preview_dialog")
        self.setAttribute(Qt.WA_DeleteOnClose)
        self.setWindowTitle(title)
        self.resize(900, 1000)
        remember_geometry(self, "pdf_preview")
        self.path = Path(pdf_path)
        self.suggested_name = suggested_name or self.path.name
        self.zoom = 1.0
        self.page_labels: list[QLabel] = []
        self.pages = QWidget(objectName="pages_widget")
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setAlignment(Qt.AlignHCenter)
        self.pages_layout.setSpacing(14)
        self.pages.setStyleSheet("background: #7d7d7d;")
        self.scroll = QScrollArea(objectName="pages_scroll")
        self.scroll.setWidget(self.pages)
        self.scroll.setWidgetResizable(True)
        self.status_label = QLabel(self.tr("Rendering…"), objectName="preview_status_label")
        self.print_button = QPushButton(self.tr("&Print…"), objectName="print_button")
        self.print_button.setShortcut(QKeySequence.Print)
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton(self.tr("&Save as…"), objectName="save_as_button")
        self.save_button.setShortcut(QKeySequence.SaveAs)
        self.save_button.clicked.connect(self.save_as)
        zoom_in = QPushButton(self.tr("Zoom in"), objectName="zoom_in_button")
        zoom_in.setShortcut(QKeySequence.ZoomIn)
        zoom_in.clicked.connect(lambda: self.set_zoom(self.zoom * 1.25))
        zoom_out = QPushButton(self.tr("Zoom out"), objectName="zoom_out_button")
        zoom_out.setShortcut(QKeySequence.ZoomOut)
        zoom_out.clicked.connect(lambda: self.set_zoom(self.zoom / 1.25))
        close = QPushButton(self.tr("Close"), objectName="close_button")
        close.clicked.connect(self.close)
        bar = QHBoxLayout()
        for w in (zoom_out, zoom_in, self.status_label):
            bar.addWidget(w)
        bar.addStretch(1)
        for w in (self.save_button, self.print_button, close):
            bar.addWidget(w)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(bar)
        self.page_total = 0
        self._render_preview()

    def _render_preview(self) -> None:
        path, dpi = self.path, PREVIEW_DPI * self.zoom
        QueryOp(self, lambda: [to_qimage(p) for p in render(path, dpi)], self._show_pages).latest("pages").run()

    def _show_pages(self, images: list[QImage]) -> None:
        for label in self.page_labels:
            label.deleteLater()
        self.page_labels = []
        for number, image in enumerate(images, start=1):
            label = QLabel(objectName=f"page_{number}_label")
            label.setPixmap(QPixmap.fromImage(image))
            label.setStyleSheet("background: white; border: 1px solid #555;")
            self.pages_layout.addWidget(label)
            self.page_labels.append(label)
        self.page_total = len(images)
        self.status_label.setText(self.tr("{0} pages").format(len(images)))

    def set_zoom(self, zoom: float) -> None:
        self.zoom = min(max(zoom, 0.4), 3.0)
        self._render_preview()

    def save_as(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation)
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save PDF"), str(Path(folder) / self.suggested_name),
                                                self.tr("PDF files (*.pdf)"))
        if target:
            QueryOp(self, lambda: shutil.copyfile(self.path, target),
                    lambda _r: self.status_label.setText(self.tr("Saved to {0}").format(target))).run()

    def print_document(self) -> None:
        print_files(self, [self.path], self.windowTitle())


def print_files(parent: QWidget, paths: list[Path], title: str, printer: QPrinter | None = None,
                on_done=None) -> None:
    """Count the pages on a worker, ask for a printer (page range, copies), then print every file
    in order as one job. With ``printer`` given (tests, 'print again'), no dialog is shown."""
    QueryOp(parent, lambda: [page_count(p) for p in paths],
            lambda counts: _print_counted(parent, paths, counts, title, printer, on_done)).run()


def _print_counted(parent, paths, counts, title, printer, on_done) -> None:
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
    pages = [(path, index) for path, n in zip(paths, counts) for index in range(n)][first - 1:last]
    job = PrintJob(parent, printer, pages, on_done)
    parent_jobs = getattr(parent, "_print_jobs", None) if parent is not None else None
    if parent is not None and parent_jobs is None:
        parent._print_jobs = parent_jobs = []
    if parent_jobs is not None:
        parent_jobs.append(job)  # kept alive while it prints
    job.start()


class PrintJob:
    """Paints pages on the GUI thread as a worker renders them, one page ahead at most."""

    def __init__(self, parent: QWidget, printer: QPrinter, pages: list[tuple[Path, int]], on_done=None) -> None:
        self.parent, self.printer, self.pages, self.on_done = parent, printer, pages, on_done
        self.painter = QPainter()
        self.done = 0
        self.cancelled = False
        self.progress = QProgressDialog(QPrintDialog.tr("Printing…"), QPrintDialog.tr("Cancel"), 0, len(pages), parent)
        self.progress.setWindowModality(Qt.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.canceled.connect(self._cancel)
        self.dpi = min(printer.resolution(), 300)

    def start(self) -> None:
        if not self.pages or not self.painter.begin(self.printer):
            self._finish(ok=False)
            return
        self._request(0)

    def _request(self, n: int) -> None:
        path, index = self.pages[n]
        dpi = self.dpi
        QueryOp(self.parent, lambda: to_qimage(next(render(path, dpi, [index]))), self._paint).failure(self._failed).run()

    def _paint(self, image: QImage) -> None:
        if self.cancelled:
            return
        if self.done:
            self.printer.newPage()
        target = self.painter.viewport()
        scaled = image.size().scaled(target.size(), Qt.KeepAspectRatio)
        self.painter.setViewport(target.x(), target.y(), scaled.width(), scaled.height())
        self.painter.setWindow(image.rect())
        self.painter.drawImage(0, 0, image)
        self.painter.setViewport(target)
        self.painter.setWindow(target)
        self.done += 1
        self.progress.setValue(self.done)
        if self.done < len(self.pages):
            self._request(self.done)
        else:
            self._finish(ok=True)

    def _cancel(self) -> None:
        self.cancelled = True
        self.printer.abort()
        self._finish(ok=False)

    def _failed(self, err: BaseException) -> None:
        from desktop.ui.toolkit.errors import show_error

        self._finish(ok=False)
        show_error(self.parent, err)

    def _finish(self, ok: bool) -> None:
        if self.painter.isActive():
            self.painter.end()
        self.progress.reset()
        if self.on_done is not None:
            self.on_done(ok and not self.cancelled)
