"""Import wizard, step 1: choose the roster file — typed, browsed, dropped onto the page or picked from
the recently imported ones — (or save an empty template) and read it off the GUI thread."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QFileDialog, QFrame, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout

from desktop.services.rosters import export as roster_export, read as roster_import
from desktop.ui.rosters.wizard_common import ImportPage, error_text
from desktop.ui.toolkit.errors import message_for
from desktop.ui.toolkit.layout_memory import window_state
from desktop.ui.operations import QueryOp

if TYPE_CHECKING:
    from desktop.ui.rosters.wizard import ImportWizard


ROSTER_SUFFIXES = (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods", ".csv", ".txt")
RECENT_KEY, RECENT_MAX = "import_wizard/recent_files", 6


def dropped_roster(mime: QMimeData) -> Path | None:
    """The one local roster file being dragged in, or None (several files, a folder, a web link, a picture…)."""
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()] if mime.hasUrls() else []
    if len(paths) == 1 and paths[0].suffix.lower() in ROSTER_SUFFIXES and not paths[0].is_dir():
        return paths[0]
    return None


def recent_files() -> list[str]:
    """Roster files read before, newest first (GUI thread: a small settings file)."""
    value = window_state().value(RECENT_KEY, [])
    return [value] if isinstance(value, str) else list(value or [])


def remember_file(path: Path) -> None:
    text = str(path.absolute())
    window_state().setValue(RECENT_KEY, [text] + [p for p in recent_files() if p != text][:RECENT_MAX - 1])


class FilePage(ImportPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Choose the roster file"))
        self.setSubTitle(self.tr("Excel (.xlsx, .xlsm, .xlsb, .xls), OpenDocument (.ods) or CSV in UTF-8 or GBK. "
                                 "Title rows above the header are fine."))
        self.file_edit = QLineEdit(objectName="file_edit")
        self.file_edit.setPlaceholderText(self.tr("Roster file"))
        self.file_edit.textChanged.connect(lambda _text: self.completeChanged.emit())
        self.browse_button = QPushButton(self.tr("&Browse…"), objectName="browse_button")
        self.browse_button.clicked.connect(self.browse)
        self.template_button = QPushButton(self.tr("Save an empty &template…"), objectName="template_button")
        self.template_button.clicked.connect(lambda: self.save_template())
        row = QHBoxLayout()
        row.addWidget(self.file_edit, 1)
        row.addWidget(self.browse_button)
        self.recent_label = QLabel(self.tr("Recently imported (double-click to open again):"))
        self.recent_list = QListWidget(objectName="recent_list")
        self.recent_list.setMaximumHeight(140)
        self.recent_list.setSpacing(2)
        self.recent_list.itemActivated.connect(self._open_recent)
        self.recent_list.currentItemChanged.connect(lambda item, _old: item and self.file_edit.setText(item.data(Qt.UserRole)))
        self.drop_zone = QLabel(self.tr("Or drag a roster file here from the desktop or a folder"), objectName="drop_zone")
        self.drop_zone.setAlignment(Qt.AlignCenter)
        self.drop_zone.setMinimumHeight(120)
        self.drop_zone.setFrameShape(QFrame.StyledPanel)
        self._highlight(False)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.template_button, 0, Qt.AlignLeft)
        layout.addSpacing(8)
        layout.addWidget(self.recent_label)
        layout.addWidget(self.recent_list)
        layout.addWidget(self.drop_zone, 1)
        layout.addWidget(self.status_label)
        self.setAcceptDrops(True)
        self._loading = False
        self._show_recent()

    # --- recent files and dropping ---------------------------------------------------------------
    def _show_recent(self) -> None:
        self.recent_list.clear()
        for text in recent_files():
            path = Path(text)
            item = QListWidgetItem(f"{path.name}    —    {path.parent}")
            item.setData(Qt.UserRole, text)
            item.setToolTip(text)
            self.recent_list.addItem(item)
        self.recent_label.setVisible(self.recent_list.count() > 0)
        self.recent_list.setVisible(self.recent_list.count() > 0)

    def _open_recent(self, item: QListWidgetItem) -> None:
        self.file_edit.setText(item.data(Qt.UserRole))
        if self.isComplete():
            self.w.next()

    def _highlight(self, on: bool) -> None:
        self.drop_zone.setStyleSheet("QLabel#drop_zone { border: 2px dashed %s; border-radius: 6px; color: %s; background: %s; }"
                                     % (("#1F5FA8", "#1F5FA8", "#EAF1FB") if on else ("#B8C0CC", "#6B7480", "transparent")))

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if dropped_roster(event.mimeData()) is not None and not self._loading:
            event.acceptProposedAction()
            self._highlight(True)
        else:
            event.ignore()

    def dragLeaveEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self._highlight(False)

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self._highlight(False)
        path = dropped_roster(event.mimeData())
        if path is None or self._loading:
            event.ignore()
            return
        event.acceptProposedAction()
        self.open_file(path)

    def open_file(self, path: Path) -> None:
        """Take ``path`` as the roster and read it (as if typed and Next pressed)."""
        self.file_edit.setText(str(path))
        if self.w.currentPage() is self and self.isComplete():
            self.w.next()

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open roster"), self.file_edit.text(),
                                              self.tr("Rosters (*.xlsx *.xlsm *.xlsb *.xls *.ods *.csv *.txt)"))
        if path:
            self.file_edit.setText(path)

    def save_template(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save roster template"), self.tr("roster-template.xlsx"),
                                                  self.tr("Excel workbook (*.xlsx)"))
            if not path:
                return
        lang = self.w.app.lang
        QueryOp(self, lambda: roster_export.template(path, lang),
                lambda _p: self.say(self.tr("Template written to {0}").format(path))).failure(lambda e: self.say(message_for(e), True)).run()

    def isComplete(self) -> bool:
        return bool(self.file_edit.text().strip()) and not self._loading

    def validatePage(self) -> bool:
        path = Path(self.file_edit.text().strip())
        source = self.w.source
        if source is not None and source.path == path:
            return True
        self.load(path, None)
        return False

    def load(self, path: Path, sheet: str | None, then=None) -> None:
        """Read the file (on the read pool); on success go on (or call ``then``)."""
        ctx, lang = self.w.app.ctx, self.w.app.lang
        self._loading = True
        self.completeChanged.emit()
        self.say(self.tr("Reading {0}…").format(path.name))

        def done(source) -> None:
            self._loading = False
            self.completeChanged.emit()
            self.w.source, self.w.plan = source, None
            remember_file(path)
            self.say("")
            if then is not None:
                then()
            else:
                self.w.next()

        def failed(err: BaseException) -> None:
            self._loading = False
            self.completeChanged.emit()
            (self.w.currentPage() or self).say(error_text(err, lang), True)

        QueryOp(self, lambda progress: roster_import.open_roster(ctx, path, sheet), done).failure(failed) \
            .with_progress(self.tr("Reading the roster…")).run()
