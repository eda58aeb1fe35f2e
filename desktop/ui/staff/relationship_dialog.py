"""Add a relationship (人脉) between one of our staff and one of the dealer's key people."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from desktop.rules.dealers.records import KeyPerson, Relationship, Staff
from desktop.ui.generated.ui_relationship_dialog import Ui_RelationshipDialog


class RelationshipDialog(QDialog):
    def __init__(self, staff: list[Staff], people: list[KeyPerson], parent=None) -> None:
        super().__init__(parent)
        self.ui = Ui_RelationshipDialog()
        self.ui.setupUi(self)
        self.setObjectName("relationship_dialog")
        for member in staff:
            self.ui.staff_combo.addItem(f"{member.name}（{member.title}）" if member.title else member.name, member.id)
        for person in people:
            self.ui.person_combo.addItem(f"{person.name}（{person.position}）" if person.position else person.name, person.id)
        self.ui.strength_spin.setValue(3)
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)

    def relationship(self) -> Relationship:
        u = self.ui
        return Relationship(staff_id=u.staff_combo.currentData(), key_person_id=u.person_combo.currentData(),
                            strength=u.strength_spin.value(), note=u.note_edit.text().strip())
