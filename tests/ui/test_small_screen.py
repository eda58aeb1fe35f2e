"""Every window usable at 1024×700: nothing forces the main window wider than the screen, the save
buttons stay in view (outside the scrolled pages), and the dialogs fit — on the offscreen platform."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from tests.ui.dossier.test_workspace import settle, show_section, workspace  # noqa: F401 (fixture)

SMALL = (1024, 700)


def in_view(widget, window) -> bool:
    """Shown, with its whole rectangle inside the window and not scrolled or clipped away."""
    if not widget.isVisible() or widget.visibleRegion().isEmpty():
        return False
    top_left = widget.mapTo(window, widget.rect().topLeft())
    return window.rect().contains(QRect(top_left, widget.size())) and \
        widget.visibleRegion().boundingRect().size() == widget.size()


def test_the_main_window_fits_1024_by_700(qtbot, demo_window):
    window = demo_window
    keys = [window.nav_list.item(i).data(Qt.UserRole) for i in range(window.nav_list.count())]
    for key in keys:
        show_section(window, key)
    QApplication.processEvents()
    hint = window.minimumSizeHint()
    assert hint.width() <= SMALL[0] and hint.height() <= SMALL[1], f"the window cannot shrink to 1024×700: {hint}"
    window.resize(*SMALL)
    qtbot.waitUntil(lambda: window.width() == SMALL[0], timeout=3000)
    for key in keys:
        show_section(window, key)
        QApplication.processEvents()
        section = window.sections[key]
        assert section.width() <= SMALL[0], f"{key} is wider than the window"
    view = window.sections["dealers"]
    show_section(window, "dealers")
    QApplication.processEvents()
    for button in (view.new_button, view.open_button, view.import_button, view.export_button):
        assert in_view(button, window), f"{button.text()!r} is in view at 1024×700"


def test_the_save_buttons_of_the_workspace_stay_in_view(qtbot, demo_window):
    window = demo_window
    window.resize(*SMALL)
    show_section(window, "dossier")
    view = window.sections["dossier"]
    view.reload()
    qtbot.waitUntil(lambda: len(view.rows) == 120, timeout=20000)
    with qtbot.waitSignal(view.loaded, timeout=20000):
        view.open_dealer(view.rows[0].id)
    from desktop.ui.dossier.leave import save_button

    for step in (3, 4, 5, 6, 9):
        view.select_step(step)
        QApplication.processEvents()
        page = view.pages[view.stack.currentIndex()]
        button = save_button(page)
        assert in_view(button, window), f"step {step}: {button.text()!r} in view without scrolling at 1024×700"
    settle(qtbot)


@pytest.mark.parametrize("which", ["dealer", "contract"])
def test_the_record_windows_fit_and_keep_their_save_button_in_view(qtbot, demo_window, which):
    window = demo_window
    if which == "dealer":
        view = window.sections["dealers"]
        view.table.selectRow(0)
        view.open_selected()
    else:
        show_section(window, "contracts")
        view = window.sections["contracts"]
        with qtbot.waitSignal(view.loaded, timeout=20000):
            view.reload()
        view.open_contract(view.model.row_at(0).id)
    dialog = view.last_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    hint = dialog.minimumSizeHint()
    assert hint.width() <= SMALL[0] - 16 and hint.height() <= SMALL[1] - 48, f"{which} window too big for 1024×700: {hint}"
    dialog.resize(SMALL[0] - 16, SMALL[1] - 48)
    QApplication.processEvents()
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Save)
    assert in_view(save, dialog), f"{which}: Save in view at 1024×700"
    dialog.close()
    settle(qtbot)


def _position(widget, window):
    return widget.mapTo(window, widget.rect().topLeft())


def test_classify_stays_where_it_was_after_classifying(qtbot, workspace):
    from tests.ui.dossier.test_workspace import act, open_by_search

    window, view, dealer, _staff = workspace
    open_by_search(qtbot, view, dealer)
    view.select_step(3)
    page = view.classification_page
    from tests.ui.typing import type_text

    type_text(qtbot, page.ui.loss_ratio_edit, "55%")
    before = _position(page.ui.classify_button, page.ui.result_group)
    act(qtbot, view, page.ui.classify_button)
    QApplication.processEvents()
    assert page.ui.explanation_label.text(), "classified, with its explanation"
    assert _position(page.ui.classify_button, page.ui.result_group) == before, \
        "立即分类 did not move under the pointer when its explanation appeared"


def test_the_contract_tabs_stay_put_when_the_notes_change(qtbot, demo_window):
    show_section(demo_window, "contracts")
    view = demo_window.sections["contracts"]
    with qtbot.waitSignal(view.loaded, timeout=20000):
        view.reload()
    draft = next(view.model.row_at(i) for i in range(view.model.rowCount()) if view.model.row_at(i).status == "draft")
    view.open_contract(draft.id)
    dialog = view.last_dialog
    qtbot.waitUntil(dialog.tabs.isEnabled, timeout=10000)
    QApplication.processEvents()
    bar = dialog.tabs.tabBar()
    before = _position(bar, dialog)
    for shown in (True, False):
        dialog.warnings_label.setText("⚠ 一条提示\n⚠ 另一条提示" if shown else "")
        dialog.warnings_label.setVisible(shown)
        dialog.locked_label.setVisible(shown)
        dialog.layout().activate()
        QApplication.processEvents()
        assert _position(bar, dialog) == before, f"the tabs keep their place when the notes {'appear' if shown else 'go'}"
    dialog.close()
    settle(qtbot)


def test_dialog_titles_show_whole_and_the_sign_dialog_is_not_a_sliver(qtbot, app):
    from datetime import date

    from desktop.ui.contracts.step_dialogs import SignDialog, TerminateDialog
    from PySide6.QtWidgets import QLabel

    from desktop.app import create_application
    from desktop.ui.toolkit.layout_memory import title_width

    create_application(["dealerdesk-tests"], "en")  # as the app starts: every dialog keeps its title whole
    for cls, number in ((SignDialog, "ZJ-车商-2026-0008"), (TerminateDialog, "ZJ-车商-2026-0008-补充协议-第二次修订-杭州分公司")):
        dialog = cls(number, date(2026, 12, 7))
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.width() >= 400, f"{cls.__name__} is {dialog.width()} px wide"
        assert dialog.width() >= title_width(dialog), f"{dialog.windowTitle()!r} fits its title bar ({dialog.width()} px)"
        intro = dialog.findChild(QLabel, "intro_label")
        assert intro.height() <= 3 * intro.fontMetrics().height(), "the explanation reads in a line or two"
        dialog.close()


def test_the_visit_dialog_lists_the_staff_without_empty_space(qtbot, app):
    from desktop.rules.dealers.records import Staff, Visit
    from desktop.ui.dealers.visit_dialog import VisitDialog

    staff = [Staff(id=i, name=f"员工{i}", title="渠道专员") for i in range(1, 11)]
    dialog = VisitDialog(Visit(), staff)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    listed = dialog.ui.visitors_list
    group = dialog.ui.visitors_group
    assert not listed.verticalScrollBar().isVisible(), "all ten staff are in view, not 8 rows and a scroll bar"
    assert group.height() - listed.height() < 60, f"the list fills its box ({listed.height()} of {group.height()} px)"
    dialog.close()
