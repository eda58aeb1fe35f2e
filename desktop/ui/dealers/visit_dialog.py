"""Edit one visit: date, our visitors (from staff), people met, findings, next step and date."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem

from desktop.rules.dealers.validation import validate_visit
from desktop.rules.errors import RuleError
from desktop.rules.dealers.records import Staff, Visit
from desktop.ui.toolkit.field_errors import FieldErrors
from desktop.ui.generated.ui_visit_dialog import Ui_VisitDialog
from desktop.ui.toolkit.widgets import optional_date, set_optional_date


class VisitDialog(QDialog):
    def __init__(self, visit: Visit, staff: list[Staff], parent=None) -> None:
        super().__init__(parent)
        self.ui = Ui_VisitDialog()
        self.ui.setupUi(self)
        self.setObjectName("visit_dialog")
        self.visit = visit
        u = self.ui
        set_optional_date(u.visited_on_edit, visit.visited_on or date.today())
        set_optional_date(u.next_date_edit, visit.next_date)
        chosen = set(visit.visitor_ids)
        for member in staff:
            item = QListWidgetItem(f"{member.name}（{member.title}）" if member.title else member.name)
            item.setData(Qt.UserRole, member.id)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if member.id in chosen else Qt.Unchecked)
            u.visitors_list.addItem(item)
        u.people_met_edit.setText(visit.people_met)
        u.findings_edit.setPlainText(visit.findings)
        u.next_step_edit.setText(visit.next_step)
        self.errors = FieldErrors(lambda f: getattr(u, f"{f}_edit", None))
        u.button_box.accepted.connect(self.accept)
        u.button_box.rejected.connect(self.reject)

    def accept(self) -> None:
        u = self.ui
        ids = [u.visitors_list.item(i).data(Qt.UserRole) for i in range(u.visitors_list.count())
               if u.visitors_list.item(i).checkState() == Qt.Checked]
        names = [u.visitors_list.item(i).text() for i in range(u.visitors_list.count())
                 if u.visitors_list.item(i).checkState() == Qt.Checked]
        visit = replace(self.visit, visited_on=optional_date(u.visited_on_edit), next_date=optional_date(u.next_date_edit),
                        visitor_ids=ids, visitor_names=names, people_met=u.people_met_edit.text().strip(),
                        findings=u.findings_edit.toPlainText().strip(), next_step=u.next_step_edit.text().strip())
        try:
            self.visit = validate_visit(visit)
        except RuleError as err:
            self.errors.show(err.messages())
            return
        super().accept()
