"""Import history of the policy and claims lists (保单/赔案清单导入记录): the roster's import history
window (``ui.rosters.history``) over ``services.aftersales.history`` — newest first, undo one after
a confirmation naming how many policies or claims it deletes and restores. An undo announces
Change.AFTERSALES (the scorecards and renewals refresh). GUI thread; reads and writes on the workers.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from desktop.i18n import t
from desktop.services.aftersales import history as list_history
from desktop.services.rosters.history import ImportRecord
from desktop.ui.change_bus import Change
from desktop.ui.rosters.history import ImportHistoryDialog, ImportHistoryModel


class ListHistoryModel(ImportHistoryModel):
    """The roster history's columns; the 'Mode' column says which list was imported."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._headers[4] = self.tr("List")

    def _text(self, record: ImportRecord, name: str) -> str:
        if name == "mode":
            return self.tr("Policy list") if record.kind == "policies" else self.tr("Claims list")
        return super()._text(record, name)


def _records(kind: str, n: int) -> str:
    return (QCoreApplication.translate("ListHistory", "{0} policy(ies)") if kind == "policies"
            else QCoreApplication.translate("ListHistory", "{0} claim(s)")).format(n)


class ListHistoryDialog(ImportHistoryDialog):
    state_key = "list_import_history"
    change = Change.AFTERSALES

    def fetch(self, ctx) -> list[ImportRecord]:
        return list_history.list_imports(ctx)

    def undo_call(self, ctx, import_id: int):
        return list_history.undo(ctx, import_id)

    def make_model(self) -> ImportHistoryModel:
        return ListHistoryModel(self)

    def texts(self) -> dict[str, str]:
        return dict(title=self.tr("Policy and claims list imports"),
                    hint=self.tr("Every policy and claims list imported, newest first. Undoing one deletes the policies "
                                 "or claims it created and restores the ones it updated."),
                    empty=self.tr("No policy or claims list has been imported yet.\n\nLists brought in with Import policy "
                                  "list… or Import claims list… are listed here, and each one can be undone."),
                    undo_tip=self.tr("Delete the records the selected import created and restore the ones it updated"))

    def confirm(self, record: ImportRecord, about: str) -> bool:
        created, updated = record.counts["created"], record.counts["updated"]
        parts = [about]
        if created:
            parts.append(self.tr("The {0} it created will be deleted.").format(_records(record.kind, created)))
        if updated:
            parts.append(self.tr("The {0} it updated will be restored to what they were before the import.")
                         .format(_records(record.kind, updated)))
        parts.append(self.tr("Records changed since the import (by a later import, say) are kept as they are."))
        answer = QMessageBox.question(self, self.tr("Undo import"), self.tr("Undo this import?") + "\n\n" + "\n".join(parts),
                                      QMessageBox.Yes | QMessageBox.Cancel, QMessageBox.Cancel)
        return answer == QMessageBox.Yes

    def done_text(self, outcome: list_history.ListUndoResult, lang: str) -> str:
        lines = [self.tr("Undone: {0} deleted, {1} restored, {2} kept.").format(outcome.deleted, outcome.restored,
                                                                                 len(outcome.kept))]
        for reason, n in Counter(reason for _id, reason in outcome.kept).most_common():
            lines.append(f"  · {t(reason, lang)}: {n}")
        return "\n".join(lines)
