"""Every window usable at 1024×700: nothing forces the main window wider than the screen, the save
buttons stay in view (outside the scrolled pages), and the dialogs fit — on the offscreen platform."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from tests.ui.dossier.test_workspace import settle, show_section

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
