"""The dealer file's key people, visits and relationships tabs: a mixin of ``DealerDialog``.

People and visits are edited in windows of their own and kept on the dialog's record until the
file is saved as a whole; a relationship is written at once (announced as Change.RELATIONSHIPS).
Uses the dialog's ``ui``, ``app``, ``dealer``, ``staff``, ``relationships`` and ``_dirty``.
Its strings are translated under this class's name (PySide looks through the instance's bases).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QDialog, QMessageBox, QTableWidgetItem

from desktop.rules.dealers.records import KeyPerson, Visit
from desktop.rules.dealers.vocab import label
from desktop.services.office import staff
from desktop.ui.change_bus import Change
from desktop.ui.operations import CollectionOp


class DealerDialogPeople:
    """People, visits and relationships of ``DealerDialog`` (mixed in; not a window of its own)."""

    def _connect_people(self) -> None:
        u = self.ui
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

    def _replace_list(self, field: str, rows: list) -> None:
        """Put an edited list (``people`` or ``visits``) on the record and show it; the file is saved as a whole."""
        self.dealer = replace(self.dealer, **{field: rows})
        if field == "people":
            self._fill_people()
        else:
            self._fill_visits()
        self._dirty = True

    def _remove_current(self, field: str, table) -> None:
        row = table.currentRow()
        if 0 <= row < len(getattr(self.dealer, field)):
            rows = list(getattr(self.dealer, field))
            del rows[row]
            self._replace_list(field, rows)

    # --- key people -------------------------------------------------------------------------------
    def _edit_person(self, row: int | None) -> None:
        """Add (row None) or edit a key person in a window of its own; the file is saved as a whole."""
        from desktop.ui.dealers.person_dialog import PersonDialog

        if row is not None and not 0 <= row < len(self.dealer.people):
            return
        person = self.dealer.people[row] if row is not None else KeyPerson()
        self.person_dialog = PersonDialog(person, self.app.lang, self, self.app.me)
        self.person_dialog.accepted.connect(lambda: self._person_edited(row, self.person_dialog.person))
        self.person_dialog.open()

    def _person_edited(self, row: int | None, person: KeyPerson) -> None:
        people = list(self.dealer.people)
        if row is None:
            people.append(person)
        else:
            people[row] = person
        self._replace_list("people", people)

    def _remove_person(self) -> None:
        self._remove_current("people", self.ui.people_table)

    # --- visits -----------------------------------------------------------------------------------
    def _edit_visit(self, row: int | None) -> None:
        from desktop.ui.dealers.visit_dialog import VisitDialog

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
        self._replace_list("visits", visits)

    def _remove_visit(self) -> None:
        self._remove_current("visits", self.ui.visits_table)

    # --- relationships (written at once) ------------------------------------------------------------
    def _add_relationship(self) -> None:
        from desktop.ui.staff.relationship_dialog import RelationshipDialog

        people = [p for p in self.dealer.people if p.id is not None]
        if not people or not self.staff:
            QMessageBox.information(self, self.tr("Relationships"),
                                    self.tr("Save the dealer with at least one key person first."))
            return
        dialog = RelationshipDialog(self.staff, people, self)
        if dialog.exec() == QDialog.Accepted:
            ctx, rel, dealer_id = self.app.ctx, dialog.relationship(), self.dealer.id
            CollectionOp(self, lambda: (staff.save_relationship(ctx, rel), staff.relationships(ctx, dealer_id=dealer_id))[1],
                         self._relationships_loaded).announces(self.app.bus, Change.RELATIONSHIPS).run()

    def _remove_relationship(self) -> None:
        row = self.ui.relationships_table.currentRow()
        if 0 <= row < len(self.relationships):
            ctx, rel_id, dealer_id = self.app.ctx, self.relationships[row].id, self.dealer.id
            CollectionOp(self, lambda: (staff.delete_relationship(ctx, rel_id), staff.relationships(ctx, dealer_id=dealer_id))[1],
                         self._relationships_loaded).announces(self.app.bus, Change.RELATIONSHIPS).run()

    def _relationships_loaded(self, rels) -> None:
        self.relationships = rels
        self._fill_relationships()
