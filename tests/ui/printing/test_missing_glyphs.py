"""Printing a card whose key person is named with an emoji: the window asks first, listing the
character and its field; Print anyway renders it with 〓, Cancel renders nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from desktop.rules.dealers import records as r
from desktop.services.dealers import files as dealers
from desktop.ui.printing import documents
from desktop.ui.operations import wait_for_idle
from tests.documents.pdfcheck import pdftotext, squash


def _ask(qtbot, window, ctx):
    dealer = dealers.save(ctx, r.Dealer(legal_name="嘉兴𠮷祥汽车有限公司", city="嘉兴",
                                        people=[r.KeyPerson(name="王😀明", role="decision_maker")]))
    view = window.sections["dealers"]
    view.last_preview = None
    view.last_missing_glyphs_box = None
    documents.show_dealer_card(view, window.app, dealer.id, "嘉兴𠮷祥")
    qtbot.waitUntil(lambda: view.last_missing_glyphs_box is not None, timeout=30000)
    return view, view.last_missing_glyphs_box


def test_the_question_lists_character_and_field_and_print_anyway_marks_it(qtbot, window, ctx):
    view, box = _ask(qtbot, window, ctx)
    assert box.isVisible(), "the question is shown before any document is produced"
    assert "“😀” (U+1F600) in Dealer › Key person 1 › Name: 王😀明" in box.informativeText(), box.informativeText()
    assert view.last_preview is None, "no preview while the user has not answered"
    qtbot.mouseClick(box.findChild(QPushButton, "print_anyway_button"), Qt.LeftButton)
    qtbot.waitUntil(lambda: view.last_preview is not None, timeout=30000)
    text = squash(pdftotext(view.last_preview.path))
    assert "王〓明" in text and "嘉兴𠮷祥汽车有限公司" in text, "printed with the mark, the rare Hanzi itself"
    view.last_preview.close()


def test_cancel_prints_nothing(qtbot, window, ctx):
    view, box = _ask(qtbot, window, ctx)
    qtbot.keyClick(box, Qt.Key_Escape)
    assert not box.isVisible(), "Esc answers Cancel"
    wait_for_idle()
    qtbot.wait(50)  # let any (wrongly) queued result arrive before looking
    assert view.last_preview is None, "Cancel produces no document"


def test_qt_falls_back_to_the_bundled_rare_character_faces(qtbot):
    from PySide6.QtGui import QFont, QFontDatabase, QRawFont
    from PySide6.QtWidgets import QApplication

    from desktop.app import create_application

    create_application(["dealerdesk-tests"], "zh_CN")
    families = QApplication.font().families()
    assert families[:1] == ["WenQuanYi Micro Hei"] and len(families) == 3, f"main face then two fallbacks: {families}"
    assert [f.lower() for f in QFont.substitutes("WenQuanYi Micro Hei")] == [f.lower() for f in families[1:]], \
        "widgets naming the main family keep the fallback"
    for family, char in zip(families[1:], ("\u4DAE", "\U00020BB7")):
        raw = QRawFont.fromFont(QFont(family), QFontDatabase.Any)
        assert raw.supportsCharacter(ord(char)), f"{family} (bundled) draws U+{ord(char):X}"
    create_application(["dealerdesk-tests"], "en")
