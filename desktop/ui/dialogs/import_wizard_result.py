"""Import wizard, step 4: what was written, the rejected rows, and undoing the import as a batch."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from desktop.i18n import t
from desktop.services import roster_batches
from desktop.ui.dialogs.import_wizard_common import ImportPage, error_text
from desktop.ui.tasks import CollectionOp

if TYPE_CHECKING:
    from desktop.ui.dialogs.import_wizard import ImportWizard


def confirm_undo(parent: QWidget, counts: dict[str, int], about: str = "") -> bool:
    """Ask before undoing an import with these counts (``about`` names it, if given); ``True`` only on
    an explicit yes. Shared by the wizard's result page and the import history. GUI thread."""
    created, updated = counts["created"], counts["updated"]
    if created and updated:
        what = QCoreApplication.translate(
            "UndoImport", "Undo this import? The {0} dealer(s) it created will be deleted, and the {1} dealer(s) it "
            "updated will be restored to what they were before the import.").format(created, updated)
    elif created:
        what = QCoreApplication.translate(
            "UndoImport", "Undo this import? The {0} dealer(s) it created will be deleted.").format(created)
    else:
        what = QCoreApplication.translate(
            "UndoImport", "Undo this import? The {0} dealer(s) it updated will be restored to what they were before "
            "the import.").format(updated)
    kept = QCoreApplication.translate(
        "UndoImport", "Dealers edited since the import, and new ones that already have visits, key people or other "
        "records, are kept as they are.")
    text = "\n\n".join(part for part in (about, what, kept) if part)
    answer = QMessageBox.question(parent, QCoreApplication.translate("UndoImport", "Undo import"), text,
                                  QMessageBox.Yes | QMessageBox.Cancel, QMessageBox.Cancel)
    return answer == QMessageBox.Yes


def undo_done_text(outcome: roster_batches.UndoResult, lang: str) -> str:
    """What an undo did, in the UI language: the counts, then why dealers were kept (one line per reason)."""
    lines = [t("roster.undo.done", lang, deleted=outcome.deleted, restored=outcome.restored, kept=len(outcome.kept))]
    for reason, n in Counter(reason for _dealer_id, reason in outcome.kept).most_common():
        lines.append("  · " + QCoreApplication.translate("UndoImport", "{0}: {1}").format(t(reason, lang), n))
    return "\n".join(lines)


class ResultPage(ImportPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Import finished"))
        self.summary_label = QLabel(objectName="summary_label")
        self.summary_label.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("&Undo this import"), objectName="undo_button")
        self.undo_button.clicked.connect(self.undo)
        self.report_button = QPushButton(self.tr("Save &rejected rows…"), objectName="result_report_button")
        self.report_button.clicked.connect(lambda: self.w.save_rejected())
        row = QHBoxLayout()
        row.addWidget(self.undo_button)
        row.addWidget(self.report_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addLayout(row)
        layout.addStretch(1)
        layout.addWidget(self.status_label)

    def initializePage(self) -> None:
        c = self.w.result.counts
        self.summary_label.setText(self.tr(
            "Import #{0} is written: {1} new dealers, {2} updated, {3} unchanged. {4} duplicates and {5} invalid rows "
            "were not imported; {6} rows were left out by hand.").format(
            self.w.result.import_id, c["created"], c["updated"], c["unchanged"], c["duplicates"], c["invalid"], c["excluded"]))
        self.report_button.setEnabled(c["duplicates"] + c["invalid"] > 0)
        self.undo_button.setEnabled(c["created"] + c["updated"] > 0)

    def confirm_undo(self) -> bool:
        """Ask before undoing, naming what will happen; ``True`` only on an explicit yes."""
        return confirm_undo(self, self.w.result.counts)

    def undo(self) -> None:
        """Undo the import as a batch on the write worker, once the user has confirmed."""
        if not self.confirm_undo():
            return
        ctx, import_id, lang = self.w.app.ctx, self.w.result.import_id, self.w.app.lang
        self.undo_button.setEnabled(False)

        def done(outcome) -> None:
            self.say(undo_done_text(outcome, lang))

        def failed(err) -> None:
            self.say(error_text(err, lang), True)

        CollectionOp(self, lambda: roster_batches.undo(ctx, import_id), done).failure(failed) \
            .announces(self.w.app.bus, "dealers").run()
