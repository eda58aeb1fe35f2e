"""The dealer file: every tab of SOP steps 1–2 in one window; saves the whole file at once.

Loads and saves through the operations pattern; a stale copy is refused by the service and
the user may reload. Closing with unsaved changes asks first.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLineEdit, QMessageBox, QTableWidgetItem

from desktop.rules.errors import Problems, RuleError
from desktop.rules.records import Dealer, KeyPerson, Visit
from desktop.rules.vocab import is_verified, label
from desktop.services import dealers, staff
from desktop.services.errors import ConflictError
from desktop.ui.appservices import AppServices
from desktop.ui.dialogs import dealer_form
from desktop.ui.field_errors import FieldErrors
from desktop.ui.generated.ui_dealer_file import Ui_DealerFileDialog
from desktop.ui.tasks import CollectionOp, QueryOp
from desktop.ui.widgets import fill_vocab


class DealerDialog(QDialog):
    saved = Signal(object)  # the saved Dealer

    def __init__(self, app: AppServices, dealer_id: int | None, parent=None) -> None:
        super().__init__(parent)
        self.app = app
        self.ui = Ui_DealerFileDialog()
        self.ui.setupUi(self)
        self.setObjectName("dealer_dialog")
        self.setAttribute(Qt.WA_DeleteOnClose)
        self.setWindowFlag(Qt.WindowMaximizeButtonHint, True)
        self.dealer = Dealer()
        self.staff: list = []
        self.relationships: list = []
        self._dirty = False
        self._loading = False
        self.errors = FieldErrors(self._widget_for)
        self._setup_widgets()
        if dealer_id is not None:  # the dealer's contracts (contract area, issue 6)
            from desktop.ui.views.dealer_contracts import add_contracts_tab

            add_contracts_tab(self, app, dealer_id)
        if dealer_id is None:
            self._show(Dealer())
        else:
            self._set_busy(True)
            self.load(dealer_id)
        QueryOp(self, lambda: staff.list_staff(app.ctx), self._staff_loaded).run()

    # --- set-up ---------------------------------------------------------------------------
    def _setup_widgets(self) -> None:
        u = self.ui
        fill_vocab(u.dealer_type_combo, "dealer_type", self.app.lang, with_blank=True)
        fill_vocab(u.willingness_combo, "willingness", self.app.lang)
        u.insurers_table.setColumnCount(2)
        u.insurers_table.setHorizontalHeaderLabels([self.tr("Insurer"), self.tr("Share (%)")])
        u.insurers_table.setEditTriggers(u.insurers_table.EditTrigger.AllEditTriggers)
        u.people_table.setColumnCount(5)
        u.people_table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Position"), self.tr("Phone"), self.tr("Profile")])
        u.visits_table.setColumnCount(5)
        u.visits_table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Our visitors"), self.tr("Findings"), self.tr("Next step"), self.tr("Next date")])
        u.relationships_table.setColumnCount(4)
        u.relationships_table.setHorizontalHeaderLabels([self.tr("Our staff"), self.tr("Key person"), self.tr("Strength"), self.tr("Note")])
        for table in (u.insurers_table, u.people_table, u.visits_table, u.relationships_table):
            table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
            table.verticalHeader().setVisible(False)
        u.add_insurer_button.clicked.connect(lambda: (dealer_form.add_insurer_row(u), self._mark_dirty()))
        u.remove_insurer_button.clicked.connect(lambda: self._remove_rows(u.insurers_table))
        u.add_person_button.clicked.connect(lambda: self._edit_person(None))
        u.edit_person_button.clicked.connect(lambda: self._edit_person(u.people_table.currentRow()))
        u.people_table.doubleClicked.connect(lambda i: self._edit_person(i.row()))
        u.remove_person_button.clicked.connect(self._remove_person)
        u.add_visit_button.clicked.connect(lambda: self._edit_visit(None))
        u.edit_visit_button.clicked.connect(lambda: self._edit_visit(u.visits_table.currentRow()))
        u.visits_table.doubleClicked.connect(lambda i: self._edit_visit(i.row()))
        u.remove_visit_button.clicked.connect(self._remove_visit)
        u.add_relationship_button.clicked.connect(self._add_relationship)
        u.remove_relationship_button.clicked.connect(self._remove_relationship)
        u.button_box.accepted.connect(self.save)
        u.button_box.rejected.connect(self.reject)
        QShortcut(QKeySequence.Save, self, activated=self.save)
        for code in dealer_form.SURVEY_SOURCES:
            getattr(u, f"source_{code}_check").toggled.connect(self._update_verified)
        for child in self.findChildren(QLineEdit):
            child.textEdited.connect(self._mark_dirty)
        u.title_label.setStyleSheet("font-size: 16pt; font-weight: 600;")
        u.error_summary_label.setStyleSheet("color: #b3261e;")

    def _mark_dirty(self, *_args) -> None:
        self._dirty = True

    def _widget_for(self, field: str):
        u = self.ui
        if field.startswith("people["):
            return u.people_table
        if field.startswith("visits["):
            return u.visits_table
        for suffix in ("_edit", "_combo", "_table"):
            widget = getattr(u, f"{field}{suffix}", None)
            if widget is not None:
                return widget
        return None

    # --- loading ----------------------------------------------------------------------------
    def load(self, dealer_id: int) -> None:
        self._loading = True  # nothing shown yet: nothing the user could have changed
        ctx = self.app.ctx
        QueryOp(self, lambda: (dealers.get(ctx, dealer_id), staff.relationships(ctx, dealer_id=dealer_id)),
                self._loaded).run()

    def _loaded(self, result) -> None:
        dealer, rels = result
        self._loading = False
        self._set_busy(False)
        self.relationships = rels
        self._show(dealer)

    def _staff_loaded(self, members) -> None:
        self.staff = members

    def _show(self, d: Dealer) -> None:
        self.dealer = d
        self.errors.clear()
        self.ui.error_summary_label.clear()
        dealer_form.fill(self.ui, d)
        self._fill_people()
        self._fill_visits()
        self._fill_relationships()
        self._update_verified()
        title = d.legal_name or self.tr("New dealer")
        self.ui.title_label.setText(title + (self.tr(" (archived)") if d.archived else ""))
        self.setWindowTitle(self.tr("Dealer file — {0}").format(d.display_name) if d.id else self.tr("New dealer"))
        a = d.audit
        self.ui.audit_label.setText(
            self.tr("Version {0} · last changed by {1} on {2}").format(a.version, a.updated_by, a.updated_at.strftime("%Y-%m-%d %H:%M"))
            if d.id and a.updated_at else "")
        self._dirty = False

    def _set_busy(self, busy: bool) -> None:
        self.ui.tabs.setEnabled(not busy)
        self.ui.button_box.button(QDialogButtonBox.Save).setEnabled(not busy)

    def _update_verified(self, *_args) -> None:
        verified = is_verified(dealer_form.checked_sources(self.ui))
        self.ui.verified_label.setText(label("verified", "yes" if verified else "no", self.app.lang))
        self.ui.verified_label.setStyleSheet("color: #1e7b34; font-weight: 600;" if verified else "color: #8a6d00;")

    # --- tables -----------------------------------------------------------------------------------
    def _set_rows(self, table, rows: list[list[str]]) -> None:
        table.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(r, c, item)

    def _fill_people(self) -> None:
        self._set_rows(self.ui.people_table, [
            [p.name, label("role", p.role, self.app.lang), p.position, p.phone, (p.hobbies or p.background)[:40]]
            for p in self.dealer.people])

    def _fill_visits(self) -> None:
        self._set_rows(self.ui.visits_table, [
            [str(v.visited_on or ""), "、".join(v.visitor_names), v.findings, v.next_step, str(v.next_date or "")]
            for v in self.dealer.visits])

    def _fill_relationships(self) -> None:
        self._set_rows(self.ui.relationships_table, [
            [x.staff_name, x.person_name, "★" * x.strength, x.note] for x in self.relationships])

    def _remove_rows(self, table) -> None:
        for row in sorted({i.row() for i in table.selectedIndexes()} or {table.currentRow()}, reverse=True):
            if row >= 0:
                table.removeRow(row)
        self._dirty = True

    def _edit_person(self, row: int | None) -> None:
        """Add (row None) or edit a key person in a window of its own; the file is saved as a whole."""
        from desktop.ui.dialogs.person_dialog import PersonDialog

        if row is not None and not 0 <= row < len(self.dealer.people):
            return
        person = self.dealer.people[row] if row is not None else KeyPerson()
        self.person_dialog = PersonDialog(person, self.app.lang, self)
        self.person_dialog.accepted.connect(lambda: self._person_edited(row, self.person_dialog.person))
        self.person_dialog.open()

    def _person_edited(self, row: int | None, person: KeyPerson) -> None:
        people = list(self.dealer.people)
        if row is None:
            people.append(person)
        else:
            people[row] = person
        self.dealer = replace(self.dealer, people=people)
        self._fill_people()
        self._dirty = True

    def _remove_person(self) -> None:
        row = self.ui.people_table.currentRow()
        if 0 <= row < len(self.dealer.people):
            people = list(self.dealer.people)
            del people[row]
            self.dealer = replace(self.dealer, people=people)
            self._fill_people()
            self._dirty = True

    def _edit_visit(self, row: int | None) -> None:
        from desktop.ui.dialogs.visit_dialog import VisitDialog

        if row is not None and not 0 <= row < len(self.dealer.visits):
            return
        visit = self.dealer.visits[row] if row is not None else Visit()
        self.visit_dialog = VisitDialog(visit, self.staff, self)
        self.visit_dialog.accepted.connect(lambda: self._visit_edited(row, self.visit_dialog.visit))
        self.visit_dialog.open()

    def _visit_edited(self, row: int | None, visit: Visit) -> None:
        visits = list(self.dealer.visits)
        if row is None:
            visits.insert(0, visit)
        else:
            visits[row] = visit
        self.dealer = replace(self.dealer, visits=visits)
        self._fill_visits()
        self._dirty = True

    def _remove_visit(self) -> None:
        row = self.ui.visits_table.currentRow()
        if 0 <= row < len(self.dealer.visits):
            visits = list(self.dealer.visits)
            del visits[row]
            self.dealer = replace(self.dealer, visits=visits)
            self._fill_visits()
            self._dirty = True

    def _add_relationship(self) -> None:
        from desktop.ui.dialogs.relationship_dialog import RelationshipDialog

        people = [p for p in self.dealer.people if p.id is not None]
        if not people or not self.staff:
            QMessageBox.information(self, self.tr("Relationships"),
                                    self.tr("Save the dealer with at least one key person first."))
            return
        dialog = RelationshipDialog(self.staff, people, self)
        if dialog.exec() == QDialog.Accepted:
            ctx, rel, dealer_id = self.app.ctx, dialog.relationship(), self.dealer.id
            CollectionOp(self, lambda: (staff.save_relationship(ctx, rel), staff.relationships(ctx, dealer_id=dealer_id))[1],
                         self._relationships_loaded).announces(self.app.bus, "relationships").run()

    def _remove_relationship(self) -> None:
        row = self.ui.relationships_table.currentRow()
        if 0 <= row < len(self.relationships):
            ctx, rel_id, dealer_id = self.app.ctx, self.relationships[row].id, self.dealer.id
            CollectionOp(self, lambda: (staff.delete_relationship(ctx, rel_id), staff.relationships(ctx, dealer_id=dealer_id))[1],
                         self._relationships_loaded).announces(self.app.bus, "relationships").run()

    def _relationships_loaded(self, rels) -> None:
        self.relationships = rels
        self._fill_relationships()

    # --- saving -------------------------------------------------------------------------------------
    def collect(self) -> Dealer:
        problems = Problems()
        record = dealer_form.read(self.ui, self.dealer, problems)
        problems.raise_if_any()
        return record

    def save(self) -> None:
        try:
            record = self.collect()
        except RuleError as err:
            self._show_problems(err)
            return
        self._set_busy(True)
        ctx = self.app.ctx
        CollectionOp(self, lambda: dealers.save(ctx, record), self._saved).failure(self._save_failed) \
            .announces(self.app.bus, "dealers").run()

    def _saved(self, dealer: Dealer) -> None:
        self._set_busy(False)
        self._show(dealer)
        self.saved.emit(dealer)
        self.ui.error_summary_label.setText(self.tr("Saved."))
        self.ui.error_summary_label.setStyleSheet("color: #1e7b34;")

    def _show_problems(self, err: RuleError) -> None:
        messages = err.messages()
        orphans = self.errors.show(messages)
        count = len(messages)
        summary = self.tr("{0} field(s) need attention.").format(count)
        self.ui.error_summary_label.setStyleSheet("color: #b3261e;")
        self.ui.error_summary_label.setText(" ".join([summary] + orphans))

    def _save_failed(self, err: BaseException) -> None:
        self._set_busy(False)
        if isinstance(err, RuleError):
            self._show_problems(err)
        elif isinstance(err, ConflictError):
            self._conflict(err)
        else:
            from desktop.ui.errors import show_error

            show_error(self, err)

    def _conflict(self, err: ConflictError) -> None:
        box = QMessageBox(QMessageBox.Warning, self.tr("Changed by someone else"), err.message(), QMessageBox.NoButton, self)
        box.setObjectName("conflict_box")
        reload_button = box.addButton(self.tr("Reload their version"), QMessageBox.AcceptRole)
        reload_button.setObjectName("reload_button")
        box.addButton(self.tr("Keep my edits open"), QMessageBox.RejectRole).setObjectName("keep_button")
        box.setDefaultButton(reload_button)

        def answered(_result: int) -> None:
            if box.clickedButton() is reload_button and self.dealer.id is not None:
                self._set_busy(True)
                self.load(self.dealer.id)

        box.finished.connect(answered)
        box.open()
        self.conflict_box = box

    def has_unsaved_changes(self) -> bool:
        """People, visits and insurers set the flag; every other field is compared with the record."""
        if self._loading:
            return False
        if self._dirty:
            return True
        try:
            shown = self.collect()
        except RuleError:
            return True  # something typed that does not even parse
        return _comparable(shown) != _comparable(self.dealer)

    def reject(self) -> None:
        if self.has_unsaved_changes():
            answer = QMessageBox.question(self, self.tr("Unsaved changes"),
                                          self.tr("Discard the changes to this dealer file?"),
                                          QMessageBox.Discard | QMessageBox.Cancel, QMessageBox.Cancel)
            if answer != QMessageBox.Discard:
                return
        super().reject()

    def closeEvent(self, event) -> None:  # noqa: N802
        if self.has_unsaved_changes():
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)


def _comparable(d: Dealer) -> Dealer:
    """The parts of a record the form edits, in a form where equal means unchanged."""
    return replace(d, sources=sorted(d.sources), people=[], visits=[])
