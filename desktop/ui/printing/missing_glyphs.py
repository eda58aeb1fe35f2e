"""Printing a document that holds characters no bundled font has: ask first, then print with 〓.

:func:`render_document` runs a renderer as an operation (``ui/operations.py``). When layout finds a
character no font can print (an emoji, a private-use character), nothing is written: the
user sees which characters in which fields and chooses Print anyway (the renderer runs again,
each such character printed as 〓) or Cancel (nothing happens, the field can be corrected).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QSizePolicy, QSpacerItem, QWidget

from desktop.documents.fonts import REPLACEMENT, MissingGlyphs, replacement_allowed
from desktop.documents.glyphs import describe
from desktop.ui.operations import Cancelled, QueryOp


def render_document(parent: QWidget, lang: str, work: Callable, on_success: Callable[[Any], None], *,
                    op: type = QueryOp, configure: Callable[[Any], Any] = lambda o: o, allow: bool = False):
    """Run ``work`` as an ``op`` (QueryOp or CollectionOp; ``configure`` adds progress and
    announcements) and return the started operation; on missing glyphs ask the user, and run it
    again allowing 〓 when they say so."""

    def job(*progress):
        with replacement_allowed(allow):
            return work(*progress)

    def failed(err: BaseException) -> None:
        if isinstance(err, MissingGlyphs) and not allow:
            ask_print_anyway(parent, err, lang, lambda: render_document(
                parent, lang, work, on_success, op=op, configure=configure, allow=True))
        elif not isinstance(err, Cancelled):
            from desktop.ui.toolkit.errors import show_error

            show_error(parent, err)

    return configure(op(parent, job, on_success)).failure(failed).run()


def ask_print_anyway(parent: QWidget, err: MissingGlyphs, lang: str, print_anyway: Callable[[], None]) -> QMessageBox:
    """The question, window-modal: the characters and their fields, Print anyway or Cancel."""
    box = QMessageBox(QMessageBox.Warning, QCoreApplication.translate("MissingGlyphs", "Characters that cannot be printed"),
                      QCoreApplication.translate(
                          "MissingGlyphs", "No bundled font has these characters, so they would print as blanks:"),
                      QMessageBox.NoButton, parent)
    box.setObjectName("missing_glyphs_box")
    box.setInformativeText("\n".join(describe(err, lang)) + "\n\n" + QCoreApplication.translate(
        "MissingGlyphs", "Correct the fields, or print anyway with each such character shown as {0}.").format(REPLACEMENT))
    anyway = box.addButton(QCoreApplication.translate("MissingGlyphs", "Print anyway"), QMessageBox.AcceptRole)
    anyway.setObjectName("print_anyway_button")
    cancel = box.addButton(QMessageBox.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    layout = box.layout()  # wide enough that "车商 › 关键人物 1 › 姓名：…" stays on one line
    layout.addItem(QSpacerItem(520, 0, QSizePolicy.Minimum, QSizePolicy.Expanding), layout.rowCount(), 0, 1,
                   layout.columnCount())

    def answered() -> None:
        if box.clickedButton() is anyway:
            print_anyway()

    box.finished.connect(answered)
    if parent is not None:
        parent.last_missing_glyphs_box = box  # tests reach it here
    box.open()
    return box
