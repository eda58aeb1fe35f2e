"""The copies of a negotiation packet: one per member; preview one, print all as one job, save all."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from desktop.files import copy_file
from desktop.ui.printing.pdf_preview import PdfPreviewDialog
from desktop.ui.printing.print_job import print_files
from desktop.ui.operations import QueryOp
from desktop.ui.toolkit import file_dialogs
from desktop.ui.toolkit import folders
from desktop.ui.toolkit.window_registry import WindowRegistry


class PacketDialog(QDialog):
    def __init__(self, paths: list[str], title: str, parent=None, windows: WindowRegistry | None = None) -> None:
        super().__init__(parent)
        self.windows = windows or WindowRegistry()
        self.setObjectName("packet_dialog")
        self.setAttribute(Qt.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Negotiation packet — {0}").format(title))
        self.resize(620, 420)
        self.paths = [Path(p) for p in paths]
        intro = QLabel(self.tr("One copy for each member of our team, most senior first. Every page names its holder."))
        intro.setWordWrap(True)
        self.copies_list = QListWidget(objectName="copies_list")
        for path in self.paths:
            item = QListWidgetItem(path.stem)
            item.setData(Qt.UserRole, str(path))
            self.copies_list.addItem(item)
        self.copies_list.setCurrentRow(0)
        self.copies_list.itemActivated.connect(lambda item: self.preview(item.data(Qt.UserRole)))
        self.status_label = QLabel(objectName="packet_status_label")
        preview = QPushButton(self.tr("Preview copy…"), objectName="preview_copy_button")
        preview.clicked.connect(lambda: self.copies_list.currentItem() and self.preview(self.copies_list.currentItem().data(Qt.UserRole)))
        print_all = QPushButton(self.tr("Print every copy…"), objectName="print_all_button")
        print_all.setDefault(True)
        print_all.clicked.connect(self.print_all)
        save_all = QPushButton(self.tr("Save copies to folder…"), objectName="save_all_button")
        save_all.clicked.connect(self.save_all)
        close = QPushButton(self.tr("Close"), objectName="close_button")
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        for w in (preview, save_all):
            buttons.addWidget(w)
        buttons.addStretch(1)
        for w in (print_all, close):
            buttons.addWidget(w)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.copies_list, 1)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        self.status_label.setText(self.tr("{0} copies in {1}").format(len(self.paths), self.paths[0].parent if self.paths else ""))

    def preview(self, path: str) -> None:
        self.last_preview = self.windows.show(("preview", str(Path(path).resolve())),
                                              lambda: PdfPreviewDialog(path, Path(path).stem, self))

    def print_all(self, printer=None) -> None:
        print_files(self, self.paths, self.windowTitle(), printer=printer,
                    on_done=lambda ok: self.status_label.setText(self.tr("Every copy sent to the printer.") if ok else self.tr("Printing stopped.")))

    def save_all(self) -> None:
        folder = file_dialogs.existing_directory(self, self.tr("Save copies to"), folders.suggested("packets"))
        if folder:
            folders.remember("packets", folder)
            paths = list(self.paths)
            QueryOp(self, lambda: [copy_file(p, Path(folder) / p.name) for p in paths],
                    lambda _r: self.status_label.setText(self.tr("Saved to {0}").format(folder))).run()
