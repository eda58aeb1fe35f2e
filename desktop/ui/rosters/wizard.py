"""Import a dealer roster: file → sheet and mapping → preview → result.

Every step that touches the file or the database runs through ``desktop.ui.operations`` (reading and
planning on the read pool, committing on the write worker) with a cancellable progress dialog;
cancelling the commit leaves the database as it was. The dealer list refreshes through the
change bus ("dealers") once the import is written. One module per page:
``import_wizard_file``, ``_mapping``, ``_preview``, ``_result`` (shared bits in ``_common``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWizard

from desktop.services.rosters import read as roster_import, commit as roster_write
from desktop.services.rosters.plan import ImportPlan
from desktop.services.rosters.report import write_error_report
from desktop.ui.appservices import AppServices
from desktop.ui.rosters.wizard_file import FilePage
from desktop.ui.rosters.wizard_mapping import SAMPLE_ROWS, MappingPage
from desktop.ui.rosters.wizard_preview import PreviewModel, PreviewPage
from desktop.ui.rosters.wizard_result import ResultPage
from desktop.ui.operations import QueryOp
from desktop.ui.toolkit.layout_memory import remember_geometry

__all__ = ["FILE_PAGE", "MAPPING_PAGE", "PREVIEW_PAGE", "RESULT_PAGE", "SAMPLE_ROWS", "FilePage", "ImportWizard",
           "MappingPage", "PreviewModel", "PreviewPage", "ResultPage"]

FILE_PAGE, MAPPING_PAGE, PREVIEW_PAGE, RESULT_PAGE = range(4)


class ImportWizard(QWizard):
    """The roster import wizard. ``source``, ``plan`` and ``result`` hold each step's outcome."""

    def __init__(self, parent, app: AppServices) -> None:
        super().__init__(parent)
        self.app = app
        self.setObjectName("import_wizard")
        self.setWindowTitle(self.tr("Import dealer roster"))
        self.setWizardStyle(QWizard.ClassicStyle)
        self.setOption(QWizard.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.NoCancelButtonOnLastPage, True)
        self.resize(980, 640)
        remember_geometry(self, "import_wizard")
        self.source: roster_import.RosterSource | None = None
        self.plan: ImportPlan | None = None
        self.result: roster_write.ImportResult | None = None
        self.committed_plan: ImportPlan | None = None
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.result_page = ResultPage(self)
        for page_id, page in enumerate((self.file_page, self.mapping_page, self.preview_page, self.result_page)):
            self.setPage(page_id, page)

    def save_rejected(self, path: str | None = None) -> None:
        """Write the rejected rows to an .xlsx the user picks (or ``path``)."""
        plan = self.plan
        if plan is None:
            return
        if path is None:
            suggested = str(Path(plan.file_name).with_suffix("").name) + self.tr("-rejected") + ".xlsx"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save rejected rows"), suggested, self.tr("Excel workbook (*.xlsx)"))
            if not path:
                return
        page = self.currentPage()
        exclude, accept = self.preview_page.model.excluded, self.preview_page.model.accepted
        lang = self.app.lang
        QueryOp(self, lambda: write_error_report(plan, path, lang=lang, exclude=exclude, accept_similar=accept),
                lambda n: page.say(self.tr("{0} rejected rows written to {1}").format(n, path))).run()
