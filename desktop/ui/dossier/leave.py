"""Leaving a dossier with unsaved edits: ask Save / Discard changes / Cancel before another dealer or
meeting is shown or the window closes, and Ctrl+S for the page on screen (its save button may be
below the fold).

Save goes through each page's own save method, one page after the other, and goes on only when every
write went through; a rule error or a conflict keeps the user where they were, with the page's message.
GUI thread only; the writes run through the pages' ``write`` (``desktop.ui.operations``).
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMessageBox

# page → (its save button, its save method): the very path the button takes
SAVES = {
    "dossier_classification_page": ("save_assessment_button", "save_assessment"),
    "dossier_policy_page": ("save_draft_button", "save_draft"),
    "dossier_strategy_page": ("save_strategy_button", "save"),
    "dossier_meeting_page": ("save_meeting_button", "save"),
    "dossier_outcome_page": ("save_outcome_button", "save"),
}
STEP_OF_PAGE = {1: 3, 2: 4, 3: 5, 4: 6, 5: 9}


def install(view) -> None:
    """Ctrl+S on the dossier saves the page on screen; the save buttons say so."""
    shortcut = QShortcut(QKeySequence(QKeySequence.Save), view)
    shortcut.setContext(Qt.WidgetWithChildrenShortcut)
    shortcut.activated.connect(lambda: save_current(view))
    keys = QKeySequence(QKeySequence.Save).toString(QKeySequence.NativeText)
    for page in view.pages:
        button = _button(page)
        if button is not None:
            button.setToolTip(QCoreApplication.translate("DossierLeave", "Save this page ({0})").format(keys))
    view.leave_pending = False


def commit_editors(page) -> None:
    """A table cell still being typed in counts as an edit: hand it to its table (which marks the page)."""
    focus = QApplication.focusWidget()
    for table in page.findChildren(QAbstractItemView):
        if focus is None or table.state() != QAbstractItemView.EditingState or not table.viewport().isAncestorOf(focus):
            continue
        editor = focus
        while editor.parentWidget() is not table.viewport():
            editor = editor.parentWidget()
        table.commitData(editor)


def unsaved(pages) -> list:
    for page in pages:
        commit_editors(page)
    return [page for page in pages if page.dirty]


def confirm(view, then: Callable[[], None], pages, on_cancel: Callable[[], None] | None = None) -> bool:
    """True when ``pages`` hold no unsaved edits: go ahead now (``then`` is not called). Otherwise ask, and
    call ``then`` once the edits are saved or discarded, or ``on_cancel`` when the user stays."""
    dirty = unsaved(pages)
    if not dirty:
        return True
    if view.leave_pending:  # one question at a time (a click can both click and activate a result)
        return False
    name = view.dossier.dealer.display_name if view.dossier else ""
    question = QCoreApplication.translate("DossierLeave", "Save the changes to the preparation for {0}?").format(name)
    box = QMessageBox(QMessageBox.Warning, QCoreApplication.translate("DossierLeave", "Unsaved changes"), question,
                      QMessageBox.NoButton, view)
    box.setObjectName("dossier_leave_box")
    pages_text = "; ".join(_title(view, p) for p in dirty)
    box.setInformativeText(QCoreApplication.translate("DossierLeave", "Not saved yet: {0}").format(pages_text))
    save = box.addButton(QCoreApplication.translate("DossierLeave", "Save"), QMessageBox.AcceptRole)
    save.setObjectName("leave_save_button")
    discard = box.addButton(QCoreApplication.translate("DossierLeave", "Discard changes"), QMessageBox.DestructiveRole)
    discard.setObjectName("leave_discard_button")
    cancel = box.addButton(QMessageBox.Cancel)
    cancel.setObjectName("leave_cancel_button")
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)

    def answered(_result: int) -> None:
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is save:
            _save_all(view, dirty, then, on_cancel)
            return
        view.leave_pending = False
        if clicked is discard:
            for page in dirty:
                page.dirty = False
            then()
        elif on_cancel is not None:
            on_cancel()

    box.finished.connect(answered)
    view.leave_pending = True
    box.open()
    return False


def _save_all(view, pages, then, on_cancel) -> None:
    """Save ``pages`` one after the other; ``then`` once all went through, else stay on the page at fault."""
    todo = list(pages)

    def next_page(ok: bool = True) -> None:
        if not ok:
            view.leave_pending = False
            page = todo[0]
            view.select_step(STEP_OF_PAGE[view.pages.index(page)])
            text = QCoreApplication.translate("DossierLeave", "The changes could not be saved, so you stay here.")
            view.status_message.emit(text)
            if on_cancel is not None:
                on_cancel()
            return
        while todo and not todo[0].dirty:
            todo.pop(0)
        if not todo:
            view.leave_pending = False
            then()
            return
        save_page(todo[0], next_page)

    next_page()


def save_page(page, done: Callable[[bool], None]) -> None:
    """Save ``page`` the way its save button does; ``done(True)`` once written, ``done(False)`` if refused."""
    button = _button(page)
    if button is None or not (page.isEnabled() and button.isEnabled()):
        done(False)
        return

    def finished(ok: bool) -> None:
        page.write_finished.disconnect(finished)
        done(ok)

    page.write_finished.connect(finished)
    getattr(page, SAVES[page.objectName()][1])()


def save_current(view) -> None:
    """Ctrl+S: save the page on screen when it holds unsaved edits."""
    page = view.pages[view.stack.currentIndex()]
    commit_editors(page)
    button = _button(page)
    if not page.dirty or button is None or not button.isEnabled() or view.leave_pending:
        view.status_message.emit(QCoreApplication.translate("DossierLeave", "Nothing to save on this page"))
        return
    save_page(page, lambda _ok: None)


def restore_result(view) -> None:
    """Cancel: the search results show the open dealer as chosen again (or nothing)."""
    results = view.results_list
    row = next((i for i in range(results.count()) if results.item(i).data(Qt.UserRole) == view.dealer_id), -1)
    results.setCurrentRow(row)
    if row < 0:
        results.clearSelection()


def restore_meeting(view) -> None:
    """Cancel: the meeting combo shows the meeting on screen again."""
    combo = view.meeting_combo
    combo.setCurrentIndex(max(combo.findData(view.meeting_id), 0))


def _button(page):
    names = SAVES.get(page.objectName())
    return getattr(page.ui, names[0], None) if names else None


def _title(view, page) -> str:
    if not page.steps:
        return QCoreApplication.translate("DossierView", "The negotiation")
    return ", ".join(f"{s.step}. {s.title()}" for s in view.states if s.step in page.steps)
