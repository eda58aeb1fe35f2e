"""How the contract editor looks: a contract past draft is read-only on every tab and every input
is drawn alike; a draft is editable throughout; the contract tab's fields sit at the top however
tall the window; a rule's problem still lands under its field on every tab."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import (QAbstractButton, QAbstractSpinBox, QApplication, QComboBox, QDateEdit, QLineEdit,
                               QPlainTextEdit)

from desktop.app import create_application
from desktop.config import Settings
from desktop.services.contracts import drafts as contracts
from desktop.services.demo.territory import TODAY
from desktop.ui.appservices import AppServices
from desktop.ui.contracts.dialog import ContractDialog
from desktop.ui.change_bus import ChangeBus
from desktop.ui.operations import wait_for_idle

INPUTS = (QLineEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox)


@pytest.fixture
def open_editor(qtbot, demo_ctx):
    create_application(["dealerdesk-tests"], "en")
    app = AppServices(ctx=demo_ctx, bus=ChangeBus(), lang="en", settings=Settings())
    opened = []

    def open_(status: str, height: int = 700) -> ContractDialog:
        row = next(r for r in contracts.list_rows(demo_ctx, TODAY) if r.status == status)
        dialog = ContractDialog(app, row.id, lambda: TODAY)
        qtbot.addWidget(dialog)
        opened.append(dialog)
        with qtbot.waitSignal(dialog.ready, timeout=20000):
            dialog.resize(900, height)
            dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    yield open_
    wait_for_idle()
    for dialog in opened:
        dialog.close()


def _inputs(page) -> list:
    """The page's inputs, without the line edit inside each date edit."""
    found = [w for cls in INPUTS for w in page.findChildren(cls)]
    return [w for w in found if not isinstance(w.parentWidget(), QAbstractSpinBox)]


def _pages(dialog):
    """(tab title, page) with the page shown and laid out."""
    for i in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(i)
        QApplication.processEvents()
        yield dialog.tabs.tabText(i), dialog.tabs.widget(i)


def _editable(widget) -> bool:
    if not widget.isEnabled() or not widget.isVisibleTo(widget.window()):
        return False
    return not widget.isReadOnly() if hasattr(widget, "isReadOnly") else True


def _background(widget):
    """The colour inside the field, away from its text (right edge, or bottom right for a text box)."""
    image = widget.grab().toImage()
    x, y = image.width() - 6, (image.height() - 6 if isinstance(widget, QPlainTextEdit) else image.height() // 2)
    return image.pixelColor(x, y).name()


@pytest.mark.parametrize("status", ["signed", "in_force"])
def test_a_contract_past_draft_is_read_only_and_looks_it_on_every_tab(open_editor, status):
    dialog = open_editor(status)
    looks = {}
    for title, page in _pages(dialog):
        inputs = _inputs(page)
        assert inputs or title in ("Documents", "Change history"), f"the {title} tab has inputs"
        for widget in inputs + page.findChildren(QAbstractButton):
            assert not _editable(widget), f"{widget.objectName()} on the {title} tab can still be changed ({status})"
        for widget in inputs:
            if widget.isVisibleTo(dialog) and widget.objectName() != "doc_type_combo":
                looks.setdefault(_background(widget), []).append(widget.objectName())
    assert len(looks) == 1, f"every read-only input drawn alike, got {looks}"
    assert "#ffffff" not in looks, "not the white of an editable field"
    note = dialog.form.qualification_no_edit
    note.selectAll()
    assert note.selectedText() == note.text() != "", "read-only text can still be selected and copied"


def test_a_draft_is_editable_on_every_tab(open_editor):
    dialog = open_editor("draft")
    for title, page in _pages(dialog):
        inputs = _inputs(page)
        for widget in inputs + page.findChildren(QAbstractButton):
            assert _editable(widget), f"{widget.objectName()} on the {title} tab is locked on a draft"
    for name in ("start_edit", "end_edit", "qualification_expiry_edit"):
        assert getattr(dialog.form, name).calendarPopup(), f"{name} offers its calendar on a draft"


def test_the_contract_tab_keeps_its_fields_at_the_top_of_a_tall_window(open_editor):
    dialog = open_editor("draft", height=1400)
    dialog.tabs.setCurrentIndex(0)
    QApplication.processEvents()
    f = dialog.form

    def top(w):
        return w.mapTo(dialog, QPoint(0, 0)).y()

    rows = [f.kind_combo, f.start_edit, f.end_edit, f.qualification_no_edit, f.qualification_expiry_edit, f.note_edit]
    gaps = [top(b) - (top(a) + a.height()) for a, b in zip(rows, rows[1:])]
    assert max(gaps) <= 16, f"rows packed with normal spacing, gaps {gaps}"
    page = dialog.tabs.currentWidget()
    bottom = top(f.note_edit) + f.note_edit.height() - top(page)
    assert bottom < page.height() / 2, f"the empty space stays below the fields ({bottom} of {page.height()} px)"
    assert f.start_edit.width() <= 200 and isinstance(f.start_edit, QDateEdit), "a date field is not stretched"


@pytest.mark.parametrize("field, widget", [("start", "start_edit"), ("kind", "kind_combo"), ("dealer.uscc", "dealer_uscc_edit"),
                                           ("terms.target_take_up", "terms_target_take_up_edit")])
def test_a_problem_lands_under_its_field(open_editor, field, widget):
    dialog = open_editor("draft")
    assert dialog.errors.show({field: "wrong here"}) == [], "no orphan"
    assert dialog.errors.message_for(widget) == "wrong here", f"{field} shown under {widget}"
    assert dialog.tabs.currentWidget().isAncestorOf(getattr(dialog.form, widget)), "its tab is brought forward"
