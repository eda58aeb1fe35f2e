"""Key people's sensitive fields in the person dialog: readable and editable for the roles that prepare
negotiations, masked (read-only, saying who may read them, given back unchanged) for the others."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from desktop.rules.office.identity import Identity, single_user
from desktop.rules.office.masking import MASK
from desktop.rules.records import KeyPerson
from desktop.ui.dialogs.person_dialog import PersonDialog

SPECIALIST = Identity("oui_spec", "沈明", ("specialist",), "杭州一组", is_office=True)


def test_a_specialist_sees_the_sensitive_fields_masked_and_cannot_change_them(qtbot, app_en):
    came = KeyPerson(id=7, name="王伟", role="decision_maker", position="总经理", phone=MASK, birth_year=None,
                     background=MASK, highlights=MASK, hobbies="")
    dialog = PersonDialog(came, "en", None, SPECIALIST)
    qtbot.addWidget(dialog)
    u = dialog.ui
    for edit in (u.phone_edit, u.birth_year_edit, u.background_edit, u.highlights_edit, u.hobbies_edit):
        assert edit.isReadOnly(), f"{edit.objectName()} is read-only"
        assert edit.toolTip() == ("Read key people's sensitive fields: only Team manager, Dealer-channel department, "
                                  "Branch leadership may do this."), edit.toolTip()
    assert u.background_edit.toPlainText() == MASK and u.birth_year_edit.placeholderText() == "Hidden"
    assert u.sensitive_group.title() == "Sensitive — readable only by Team manager, Dealer-channel department, Branch leadership"
    u.position_edit.setText("常务副总经理")
    u.notes_edit.setPlainText("周三下午方便")
    dialog.ui.button_box.button(QDialogButtonBox.Ok).click()
    out = dialog.person
    assert (out.position, out.notes) == ("常务副总经理", "周三下午方便"), "the rest is edited as usual"
    assert (out.phone, out.birth_year, out.background, out.highlights, out.hobbies) == (MASK, None, MASK, MASK, ""), \
        "the masked values go back as they came, so the database keeps what it holds"


def test_the_single_local_user_reads_and_edits_them(qtbot, app_en):
    dialog = PersonDialog(KeyPerson(name="王伟", background="销售出身", birth_year=1975), "en", None, single_user("tester"))
    qtbot.addWidget(dialog)
    assert not dialog.ui.background_edit.isReadOnly() and dialog.ui.background_edit.toPlainText() == "销售出身"
    assert dialog.ui.birth_year_edit.text() == "1975"
