"""Give a preparation step (or a meeting's task) to a person with a due date, or take it back."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from desktop.i18n import t
from desktop.services.office import work
from desktop.ui.appservices import AppServices
from desktop.ui.change_bus import Change
from desktop.ui.operations import CollectionOp, QueryOp
from desktop.ui.toolkit.widgets import optional_date, set_optional_date


class AssignDialog(QDialog):
    """Opened non-modally; writes on OK through the operations and announces 'work'."""

    def __init__(self, app: AppServices, dealer_id: int, dealer_name: str, step: int, meeting_id: int | None,
                 current: work.Assignment | None, parent=None) -> None:
        super().__init__(parent)
        self.app = app
        self.setObjectName("assign_dialog")
        self.dealer_id, self.step, self.meeting_id, self.current = dealer_id, step, meeting_id, current
        title = t(f"readiness.step{step}.title")
        self.setWindowTitle(self.tr("Assign — {0}").format(title))
        self.setMinimumWidth(420)
        what = QLabel(self.tr("{0}. {1} of {2}").format(step, title, dealer_name) +
                      (self.tr(" (this meeting's task)") if meeting_id is not None else ""), objectName="assign_what_label")
        what.setWordWrap(True)
        hint = QLabel(self.tr("The SOP gives this step to: {0}").format(t(f"readiness.step{step}.owner")))
        hint.setStyleSheet("color: #5b6675;")
        hint.setWordWrap(True)
        self.owner_combo = QComboBox(objectName="owner_combo")
        self.owner_combo.addItem(self.tr("(nobody)"), "")
        if current is not None:
            self.owner_combo.addItem(current.owner_name, current.owner)
            self.owner_combo.setCurrentIndex(1)
        self.due_edit = QDateEdit(objectName="due_edit", calendarPopup=True)
        self.due_edit.setDisplayFormat("yyyy-MM-dd")
        set_optional_date(self.due_edit, current.due_on if current else date.today() + timedelta(days=7))
        self.note_edit = QLineEdit(current.note if current else "", objectName="note_edit")
        form = QFormLayout()
        form.addRow(self.tr("Person:"), self.owner_combo)
        form.addRow(self.tr("Due:"), self.due_edit)
        form.addRow(self.tr("Note:"), self.note_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        ctx = app.ctx
        QueryOp(self, lambda: work.people(ctx), self._people_loaded).run()

    def _people_loaded(self, people: list[tuple[str, str]]) -> None:
        chosen = self.owner_combo.currentData()
        self.owner_combo.clear()
        self.owner_combo.addItem(self.tr("(nobody)"), "")
        for login, name in people:
            self.owner_combo.addItem(name if name == login else self.tr("{0} ({1})", "a name and its login").format(name, login), login)
        if chosen and self.owner_combo.findData(chosen) < 0:  # given to someone no longer listed (disabled)
            self.owner_combo.addItem(self.current.owner_name if self.current else chosen, chosen)
        self.owner_combo.setCurrentIndex(max(self.owner_combo.findData(chosen), 0))

    def save(self) -> None:
        ctx, owner, due, note = self.app.ctx, self.owner_combo.currentData(), optional_date(self.due_edit), self.note_edit.text().strip()
        dealer_id, step, meeting_id = self.dealer_id, self.step, self.meeting_id
        current = self.current
        self.buttons.setEnabled(False)

        def failed(err: BaseException) -> None:
            self.buttons.setEnabled(True)
            from desktop.ui.toolkit.errors import show_error

            show_error(self, err)

        def write():
            if owner:
                return work.assign(ctx, dealer_id, step, owner, due, meeting_id=meeting_id, note=note)
            if current is not None:  # (nobody): the step is taken back
                work.unassign(ctx, current.id, current.audit.version)
            return None

        CollectionOp(self, write, lambda _r: self.accept()).failure(failed).announces(self.app.bus, Change.WORK).run()
