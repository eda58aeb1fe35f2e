"""Key people's sensitive fields in the person dialog: readable and editable for the roles that prepare
negotiations, masked (read-only, saying who may read them, given back unchanged) for the others."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from desktop.rules.office.identity import Identity, single_user
from desktop.rules.office.masking import MASK
from desktop.rules.dealers.records import KeyPerson
from desktop.ui.dealers.person_dialog import PersonDialog

SPECIALIST = Identity("oui_spec", "沈明", ("specialist",), "杭州一组", is_office=True)


def test_a_specialist_sees_the_sensitive_fields_masked_and_cannot_change_them(qtbot, app_en):
    came = KeyPerson(id=7, name="王伟", role="decision_maker", position="总经理", phone=MASK, birth_year=None,
                     background=MASK, highlights=MASK, hobbies="")
    dialog = PersonDialog(came, "en", None, SPECIALIST)
    qtbot.addWidget(dialog)
    u = dialog.ui
    for edit in (u.phone_edit, u.birth_year_edit, u.background_edit, u.highlights_edit, u.hobbies_edit):
        assert edit.isReadOnly(), f"{edit.objectName()} is read-only"
        assert edit.toolTip() == ("Read key people's sensitive fields: only Team manager, Dealer-channel department "
                                  "or Branch leadership may do this."), edit.toolTip()
    assert u.background_edit.toPlainText() == MASK and u.birth_year_edit.placeholderText() == "Hidden"
    assert u.sensitive_group.title() == "Sensitive — readable only by Team manager, Dealer-channel department or Branch leadership"
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


def test_on_the_office_database_a_specialist_edits_a_file_without_touching_what_is_hidden(qtbot, office_window, office_db):
    """The masking comes from the database; the dialog mirrors it and a save keeps the stored values."""
    from tests.services.negotiation_setup import make_dealer
    from desktop.services.dealers import files as dealers

    chan = office_db.ctx("oui_chan")
    dealer = make_dealer(chan)
    office_db.put_in_team(dealer.id, "杭州一组")
    window = office_window("oui_spec")
    view = window.show_section("dealers")
    with qtbot.waitSignal(view.loaded, timeout=20000):
        view.reload()
    view._open_dialog(dealer.id)
    dialog = view.last_dialog
    qtbot.waitUntil(lambda: dialog.ui.tabs.isEnabled(), timeout=20000)
    row = next(i for i, p in enumerate(dialog.dealer.people) if p.name == "王伟")
    assert dialog.ui.people_table.item(row, 3).text() == MASK, "the phone column shows the mask"
    dialog._edit_person(row)
    person = dialog.person_dialog
    assert person.masked and person.ui.background_edit.toPlainText() == MASK and person.ui.background_edit.isReadOnly()
    person.ui.position_edit.setText("常务副总经理")
    person.ui.button_box.button(QDialogButtonBox.Ok).click()
    with qtbot.waitSignal(dialog.saved, timeout=20000):
        dialog.save()
    stored = next(p for p in dealers.get(chan, dealer.id).people if p.name == "王伟")
    assert stored.position == "常务副总经理", "the specialist's edit is saved"
    assert (stored.background, stored.highlights, stored.hobbies, stored.birth_year, stored.phone) == \
        ("销售出身", "区域销量冠军", "高尔夫", 1975, "13800000002"), "what the specialist could not read is kept"
    dialog.close()
