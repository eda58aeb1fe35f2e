"""Who owns each preparation step in the dossier workspace: the owner and due date beside the step
('◐ 4. 拟定政策 — 王春梅 · 05-10'), overdue in red, and an Assign… button for the selected step
(the meeting's own task for steps 6–8 when a meeting is open). GUI thread, except ``fetch``."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QPushButton

from desktop.rules.office.permissions import Action
from desktop.services.office import work
from desktop.ui.office.permit import permit

OVERDUE_COLOR = "#b3261e"


class StepOwners(QObject):
    def __init__(self, view) -> None:
        super().__init__(view)
        self.view = view
        self.owners: dict[int, work.Assignment] = {}
        self.pending_step: int | None = None  # select this step once the dossier has loaded (My work)
        self.dialog = None
        self.assign_button = QPushButton(self.tr("Assign…"), objectName="assign_button")
        self.assign_button.setToolTip(self.tr("Give the selected step to a person with a due date"))
        self.assign_button.clicked.connect(self.assign)
        side = view.steps_list.parentWidget().layout()
        side.insertWidget(side.indexOf(view.steps_list) + 1, self.assign_button)
        view.steps_list.currentRowChanged.connect(lambda _row: self.update_button())
        self.update_button()

    @staticmethod
    def fetch(ctx, dealer_id: int, dossier) -> dict[int, work.Assignment]:
        """Worker thread: step → assignment for the dossier just read — the dealer's own steps, with the
        meeting's own tasks (6–8) in their place when a meeting is open."""
        meeting_id = dossier.meeting.id if dossier.meeting else None
        found = work.assignments_of(ctx, dealer_id)
        out = {a.step: a for a in found if a.meeting_id is None}
        out |= {a.step: a for a in found if a.meeting_id is not None and a.meeting_id == meeting_id}
        return out

    def set(self, owners: dict[int, work.Assignment]) -> None:
        self.owners = owners

    def decorate(self, entry, step: int) -> None:
        """Add the owner and due date to a step's entry in the checklist."""
        i = self.owners.get(step)
        if i is None:
            return
        due = f" · {i.due_on:%m-%d}" if i.due_on else ""
        entry.setText(f"{entry.text()} — {i.owner_name}{due}")
        tip = self.tr("Assigned to {0}").format(i.owner_name)
        if i.due_on:
            tip += self.tr(", due {0}").format(f"{i.due_on:%Y-%m-%d}")
        if i.overdue(date.today()):
            entry.setForeground(QColor(OVERDUE_COLOR))
            tip += self.tr(" (overdue)")
        entry.setToolTip(f"{entry.toolTip()}\n{tip}")

    def after_load(self) -> None:
        if self.pending_step is not None:
            self.view.select_step(self.pending_step)
            self.pending_step = None
        self.update_button()

    def _step(self) -> int | None:
        row = self.view.steps_list.currentRow()
        return row + 1 if 0 <= row < 8 else None

    def update_button(self) -> None:
        app = self.view.app
        permit(self.assign_button, app.me, Action.ASSIGN_WORK, lang=app.lang,
               enabled=self.view.dossier is not None and self._step() is not None)

    def assign(self) -> None:
        from desktop.ui.worklist.assign_dialog import AssignDialog

        step, d = self._step(), self.view.dossier
        if step is None or d is None:
            return
        meeting_id = d.meeting.id if step in work.MEETING_STEPS and d.meeting and d.meeting.id else None
        self.dialog = AssignDialog(self.view.app, d.dealer.id, d.dealer.display_name, step, meeting_id,
                                   self.owners.get(step), self.view)
        self.dialog.open()
