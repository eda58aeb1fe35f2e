"""Import wizard, step 4: what was written, the rejected rows, and undoing the import as a batch."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QAbstractItemView, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.i18n import t
from desktop.services.rosters import history as roster_history
from desktop.ui.change_bus import Change
from desktop.ui.rosters.wizard_common import ImportPage, error_text
from desktop.ui.operations import CollectionOp, QueryOp

if TYPE_CHECKING:
    from desktop.ui.rosters.wizard import ImportWizard


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


NAMED_KEPT = 3  # dealers named per reason after an undo; the rest counted


def undo_done_text(outcome: roster_history.UndoResult, lang: str) -> str:
    """What an undo did, in the UI language: the counts, then why dealers were kept (one line per reason,
    naming the first few so the user knows which files to look at)."""
    lines = [t("roster.undo.done", lang, deleted=outcome.deleted, restored=outcome.restored, kept=len(outcome.kept))]
    for reason, n in Counter(reason for _dealer_id, reason in outcome.kept).most_common():
        line = "  · " + QCoreApplication.translate("UndoImport", "{0}: {1}").format(t(reason, lang), n)
        names = outcome.kept_names(reason)
        if names:
            shown = QCoreApplication.translate("UndoImport", ", ").join(names[:NAMED_KEPT])
            if len(names) > NAMED_KEPT:
                shown += QCoreApplication.translate("UndoImport", " and {0} more").format(len(names) - NAMED_KEPT)
            line += QCoreApplication.translate("UndoImport", " ({0})").format(shown)
        lines.append(line)
    return "\n".join(lines)


_TILES = (  # count, colour of its number
    ("created", "#1B6E3A"), ("updated", "#1F5FA8"), ("unchanged", "#555555"),
    ("duplicates", "#9A5B00"), ("invalid", "#A31515"), ("excluded", "#555555"),
)
SHOWN_PROBLEMS = 500  # rows of the rejected-rows table; the saved workbook has them all


class ResultPage(ImportPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Import finished"))
        self.summary_label = QLabel(objectName="summary_label")
        self.summary_label.setWordWrap(True)
        labels = {"created": self.tr("new"), "updated": self.tr("updated"), "unchanged": self.tr("unchanged"),
                  "duplicates": self.tr("duplicates"), "invalid": self.tr("invalid"), "excluded": self.tr("left out")}
        tiles = QGridLayout()
        self.count_labels: dict[str, QLabel] = {}
        for column, (key, colour) in enumerate(_TILES):
            number = QLabel("0", objectName=f"count_{key}")
            number.setAlignment(Qt.AlignCenter)
            number.setStyleSheet(f"font-size: 20pt; font-weight: 600; color: {colour};")
            caption = QLabel(labels[key])
            caption.setAlignment(Qt.AlignCenter)
            tiles.addWidget(number, 0, column)
            tiles.addWidget(caption, 1, column)
            self.count_labels[key] = number
        self.problems_label = QLabel(objectName="problems_label")
        self.problems_table = QTableWidget(0, 4, objectName="problems_table")
        self.problems_table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("Problem")])
        self.problems_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.problems_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.problems_table.verticalHeader().setVisible(False)
        self.problems_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.Stretch)
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
        layout.addLayout(tiles)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems_table, 1)
        layout.addLayout(row)
        layout.addWidget(self.status_label)

    def initializePage(self) -> None:
        c = self.w.result.counts
        self.summary_label.setText(self.tr(
            "Import #{0} is written: {1} new dealers, {2} updated, {3} unchanged. {4} duplicates and {5} invalid rows "
            "were not imported; {6} rows were left out by hand.").format(
            self.w.result.import_id, c["created"], c["updated"], c["unchanged"], c["duplicates"], c["invalid"], c["excluded"]))
        for key, label in self.count_labels.items():
            label.setText(f"{c[key]:,}")
        rejected = c["duplicates"] + c["invalid"]
        self.report_button.setEnabled(rejected > 0)
        self.undo_button.setEnabled(c["created"] + c["updated"] > 0)
        self.problems_table.setVisible(rejected > 0)
        self.problems_table.setRowCount(0)
        if not rejected:
            self.problems_label.setText(self.tr("Every row of the file was taken in."))
            return
        self.problems_label.setText(self.tr("Rows not imported — fix them in the saved workbook and import it again:"))
        plan, lang = self.w.committed_plan, self.w.app.lang
        exclude, accept = set(self.w.preview_page.model.excluded), set(self.w.preview_page.model.accepted)
        QueryOp(self, lambda: plan.errors(lang, exclude=exclude, accept_similar=accept)[:SHOWN_PROBLEMS],
                self._show_problems).run()

    def _show_problems(self, errors: list[dict]) -> None:
        table = self.problems_table
        texts = [(f"{e['sheet']}!{e['row']}", str(e["column"]), str(e["value"]), str(e["message"])) for e in errors]
        table.setUpdatesEnabled(False)
        table.setRowCount(len(texts))
        for i, row in enumerate(texts):
            for column, text in enumerate(row):
                table.setItem(i, column, QTableWidgetItem(text))
        # Widths from the first rows' texts: resizeColumnsToContents measured every cell of up to
        # 500 rows on the GUI thread.
        metrics, header = table.fontMetrics(), table.horizontalHeader()
        for column in range(3):
            widest = max((metrics.horizontalAdvance(row[column]) for row in texts[:60]), default=0)
            table.setColumnWidth(column, min(max(widest, metrics.horizontalAdvance(
                table.horizontalHeaderItem(column).text())) + 24, 360))
        header.setSectionResizeMode(3, QHeaderView.Stretch)
        table.setUpdatesEnabled(True)

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

        CollectionOp(self, lambda: roster_history.undo(ctx, import_id), done).failure(failed) \
            .announces(self.w.app.bus, Change.DEALERS).run()
