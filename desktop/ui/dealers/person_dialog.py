"""Edit one key person (关键人物) of a dealer; sensitive fields grouped and labelled as such."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QDialog

from desktop.rules.dealers.validation import birth_year_from_age, validate_person
from desktop.rules.errors import RuleError
from desktop.rules.dealers.records import KeyPerson
from desktop.rules.office.identity import Identity
from desktop.rules.office.permissions import Action
from desktop.services.office.errors import roles_text
from desktop.ui.office.permit import refusal_text
from desktop.ui.toolkit.field_errors import FieldErrors
from desktop.ui.generated.ui_person_dialog import Ui_PersonDialog
from desktop.ui.toolkit.widgets import fill_vocab, select_data


SENSITIVE = ("phone", "birth_year", "background", "highlights", "hobbies")


class PersonDialog(QDialog):
    """``me`` (who is signed in) decides whether the sensitive fields are readable; masked, they are
    read-only, say who may read them, and go back unchanged (the database keeps what it holds)."""

    def __init__(self, person: KeyPerson, lang: str, parent=None, me: Identity | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PersonDialog()
        self.ui.setupUi(self)
        self.setObjectName("person_dialog")
        self.person = person
        fill_vocab(self.ui.gender_combo, "gender", lang)
        fill_vocab(self.ui.role_combo, "role", lang)
        u = self.ui
        u.name_edit.setText(person.name)
        select_data(u.gender_combo, person.gender)
        select_data(u.role_combo, person.role)
        u.position_edit.setText(person.position)
        u.phone_edit.setText(person.phone)
        u.birth_year_edit.setText(str(person.birth_year) if person.birth_year else "")
        u.background_edit.setPlainText(person.background)
        u.highlights_edit.setPlainText(person.highlights)
        u.hobbies_edit.setPlainText(person.hobbies)
        u.notes_edit.setPlainText(person.notes)
        self.masked = me is not None and not me.may(Action.VIEW_SENSITIVE)
        if self.masked:
            self._mask(me, lang)
        self.errors = FieldErrors(lambda f: getattr(u, f"{f}_edit", None) or getattr(u, f"{f}_combo", None))
        u.button_box.accepted.connect(self.accept)
        u.button_box.rejected.connect(self.reject)

    def _mask(self, me: Identity, lang: str) -> None:
        tip = refusal_text(me, Action.VIEW_SENSITIVE, lang)
        for name in SENSITIVE:
            edit = getattr(self.ui, f"{name}_edit")
            edit.setReadOnly(True)
            edit.setToolTip(tip)
            edit.setPlaceholderText(self.tr("Hidden"))
        self.ui.sensitive_group.setTitle(self.tr("Sensitive — readable only by {0}").format(roles_text(me.who_may(Action.VIEW_SENSITIVE), lang)))
        self.ui.sensitive_group.setToolTip(tip)

    def _birth_year(self) -> int | None:
        if self.masked:
            return self.person.birth_year
        text = self.ui.birth_year_edit.text().strip().rstrip("岁").strip()
        if not text:
            return None
        if not text.isdigit():
            raise RuleError([_problem("birth_year", "value.year", text)])
        number = int(text)
        return birth_year_from_age(number, date.today()) if number < 130 else number

    def accept(self) -> None:
        u = self.ui
        try:
            person = replace(
                self.person, name=u.name_edit.text(), gender=u.gender_combo.currentData(),
                role=u.role_combo.currentData(), position=u.position_edit.text(), phone=u.phone_edit.text(),
                birth_year=self._birth_year(), background=u.background_edit.toPlainText().strip(),
                highlights=u.highlights_edit.toPlainText().strip(), hobbies=u.hobbies_edit.toPlainText().strip(),
                notes=u.notes_edit.toPlainText().strip(),
            )
            if self.masked:  # what the person could not read goes back as it came
                person = replace(person, **{name: getattr(self.person, name) for name in SENSITIVE})
            self.person = validate_person(person)
        except RuleError as err:
            self.errors.show(err.messages())
            return
        super().accept()


def _problem(field: str, code: str, value):
    from desktop.rules.errors import FieldProblem

    return FieldProblem(field, code, {"value": value})
