"""Preview, print and save a generated PDF — used by every printed document.

Pages are rasterised on a worker thread (pdfium) and shown in a scroll area, one page per turn of the
event loop (placing a long document's pages at once was a stall of its own, issue 15); printing is
``ui/printing/print_job.py`` (``print_files`` prints several PDFs, every member's copy, as one job).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.documents.raster import render
from desktop.files import copy_file
from desktop.ui.operations import QueryOp
from desktop.ui.printing.print_job import print_files, to_qimage
from desktop.ui.toolkit import file_dialogs
from desktop.ui.toolkit import folders
from desktop.ui.toolkit.layout_memory import remember_geometry

PREVIEW_DPI = 96


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
        # one style for the page labels (a style sheet per label cost each one a style of its own)
        self.pages.setStyleSheet("QWidget#pages_widget { background: #7d7d7d; } "
                                 "QLabel { background: white; border: 1px solid #555; }")
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
        self.page_total = 0  # pages on screen once all are placed
        self._waiting: list[QImage] = []
        self._placing = 0  # which rendering is being placed (a newer one, after a zoom, stops an older)
        self._render_preview()

    def reload(self) -> None:
        """Draw the file again (it was written anew)."""
        self._render_preview()

    def _render_preview(self) -> None:
        path, dpi = self.path, PREVIEW_DPI * self.zoom
        QueryOp(self, lambda: [to_qimage(p) for p in render(path, dpi)], self._show_pages).latest("pages").run()

    def _show_pages(self, images: list[QImage]) -> None:
        """Place the rendered pages, one per turn of the event loop, in the labels already there."""
        self._placing += 1
        self._waiting = list(images)
        self._place_next(self._placing, 0)

    def _place_next(self, placing: int, index: int) -> None:
        if placing != self._placing:
            return  # a newer rendering has taken over
        if not self._waiting:
            for label in self.page_labels[index:]:  # fewer pages than before
                label.deleteLater()
            del self.page_labels[index:]
            self.page_total = index
            self.status_label.setText(self.tr("{0} pages").format(index))
            return
        image = self._waiting.pop(0)
        if index < len(self.page_labels):
            label = self.page_labels[index]
        else:
            label = QLabel(objectName=f"page_{index + 1}_label")
            self.pages_layout.addWidget(label)
            self.page_labels.append(label)
        label.setPixmap(QPixmap.fromImage(image))
        QTimer.singleShot(0, self, lambda: self._place_next(placing, index + 1))

    def set_zoom(self, zoom: float) -> None:
        self.zoom = min(max(zoom, 0.4), 3.0)
        self._render_preview()

    def save_as(self) -> None:
        target = file_dialogs.save_file_name(self, self.tr("Save PDF"), folders.suggested("pdf", self.suggested_name),
                                             self.tr("PDF files (*.pdf)"))
        if target:
            folders.remember("pdf", target)
            QueryOp(self, lambda: copy_file(self.path, target),
                    lambda _r: self.status_label.setText(self.tr("Saved to {0}").format(target))).run()

    def print_document(self) -> None:
        print_files(self, [self.path], self.windowTitle())
