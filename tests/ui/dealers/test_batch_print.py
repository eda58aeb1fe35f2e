"""Printing for the dealers shown: the list filtered to a city, dealer cards for all of them in one
PDF (one page each, in the list's order, each marked 内部资料) and one file each; brochures the same
with nothing internal; cancelling on the progress dialog stops the batch and leaves no files."""

from __future__ import annotations

from pathlib import Path

import pypdf
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from desktop.ui.dealers import batch_print
from desktop.ui.operations import wait_for_idle
from tests.documents.pdfcheck import page_texts, squash


def _filter_city(view, qtbot) -> list[int]:
    combo = view.city_combo
    city = next(combo.itemData(i) for i in range(1, combo.count()) if combo.itemData(i))
    combo.setCurrentIndex(combo.findData(city))
    ids = [view.model.row_at(r).id for r in range(view.model.rowCount())]
    assert 1 < len(ids) < view.model.total(), f"the filter narrows the list ({len(ids)} of {view.model.total()})"
    return ids


def _run(view, qtbot, kind):
    view.last_batch = None
    op = batch_print.start(view, kind)
    assert op is not None, "something to print"
    qtbot.waitUntil(lambda: view.last_batch is not None, timeout=180000)
    return view.last_batch


def test_cards_for_the_dealers_of_the_current_filter_in_one_pdf(qtbot, demo_window):
    view = demo_window.sections["dealers"]
    ids = _filter_city(view, qtbot)
    result = _run(view, qtbot, "cards")
    assert not result.cancelled and not result.skipped, f"every card made: {result.skipped}"
    assert len(result.paths) == len(ids) and all(Path(p).exists() for p in result.paths), "one file per dealer"
    assert [int(Path(p).stem.rsplit("-", 1)[1]) for p in result.paths] == ids, "in the list's order"
    combined = pypdf.PdfReader(result.combined)
    assert len(combined.pages) == len(ids), "one page per dealer in the combined PDF"
    pages = page_texts(result.combined)
    mark = "内部资料" if view.app.lang == "zh_CN" else "INTERNAL"
    assert all(mark in p for p in pages), f"every card marked {mark}"
    assert view.last_preview is not None, "the combined PDF opens in the preview"
    view.last_preview.close()


def test_brochures_for_the_dealers_shown_carry_nothing_internal(qtbot, demo_window):
    view = demo_window.sections["dealers"]
    ids = _filter_city(view, qtbot)[:3]
    view.search_edit.setText(view.model.row_at(0).legal_name)  # narrower still: one dealer
    shown = [view.model.row_at(r).id for r in range(view.model.rowCount())]
    result = _run(view, qtbot, "brochures")
    assert len(result.paths) == len(shown) >= 1 and ids, "a brochure per dealer shown"
    text = squash("".join(page_texts(result.combined)))
    for word in ("INTERNAL", "内部资料", "底线", "bottomline"):
        assert word not in text, f"{word!r} has no place in a brochure"
    view.last_preview.close()


def test_cancelling_stops_the_batch_and_leaves_no_files(qtbot, demo_window):
    view = demo_window.sections["dealers"]  # every dealer shown: long enough to cancel halfway
    assert view.model.rowCount() > 100, "the whole demo territory"
    view.last_batch = None
    op = batch_print.start(view, "cards")
    qtbot.waitUntil(lambda: op._dialog is not None and op._dialog.value() >= 1, timeout=120000)
    cancel = op._dialog.findChild(QPushButton)
    qtbot.mouseClick(cancel, Qt.LeftButton)  # the Cancel button of the progress dialog, as a user clicks it
    qtbot.waitUntil(lambda: view.last_batch is not None, timeout=120000)
    result = view.last_batch
    assert result.cancelled, "the batch stopped"
    assert not Path(result.folder).exists(), "what was written is removed again"
    assert result.paths == [] and result.combined == "", "nothing is offered as printed"
    wait_for_idle()
    QApplication.processEvents()
