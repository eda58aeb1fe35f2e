"""Where files go and what the user is told: the documents folder first, then the last folder used for that
kind of file; an export says what it wrote where and offers to open it; printed documents land in
Documents/DealerDesk, not a hidden data folder."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialogButtonBox

from desktop.rules.dealers import records as r
from desktop.services.dealers import files as dealers
from desktop.ui.rosters.export_dialog import ExportDialog


def _export_dialog(qtbot, app, ids):
    dialog = ExportDialog(None, app, shown_ids=ids, selected_ids=ids[:1])
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_export_says_what_it_wrote_where_and_opens_it(qtbot, app, tmp_path, monkeypatch):
    ids = [dealers.save(app.ctx, r.Dealer(legal_name=f"车商{n}汽车有限公司", city="杭州")).id for n in range(2)]
    documents = Path(os.environ["DEALERDESK_DOCUMENTS"])
    assert not documents.exists(), "a fresh account with no documents folder yet"
    dialog = _export_dialog(qtbot, app, ids)
    assert Path(dialog.path_edit.text()).parent == documents, f"first use: the documents folder ({dialog.path_edit.text()})"
    qtbot.mouseClick(dialog.button_box.button(QDialogButtonBox.Ok), Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None or "could not" in dialog.status_label.text(), timeout=20000)
    assert dialog.result is not None and Path(dialog.path_edit.text()).exists(), \
        f"the suggested file can be written as it is: {dialog.status_label.text()}"
    dialog.result = None
    target = tmp_path / "exports" / "out.xlsx"
    target.parent.mkdir()
    dialog.path_edit.setText(str(target))
    qtbot.mouseClick(dialog.button_box.button(QDialogButtonBox.Ok), Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20000)
    assert dialog.isVisible(), "the dialog stays to say what happened (it used to close without a word)"
    assert str(target) in dialog.status_label.text() and "1 dealers" in dialog.status_label.text(), dialog.status_label.text()
    assert dialog.open_button.isVisible() and dialog.open_folder_button.isVisible(), "Open and Open folder are offered"
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile()) or True))
    qtbot.mouseClick(dialog.open_button, Qt.LeftButton)
    qtbot.mouseClick(dialog.open_folder_button, Qt.LeftButton)
    assert opened == [str(target), str(target.parent)], opened
    dialog.close()

    again = _export_dialog(qtbot, app, ids)
    assert Path(again.path_edit.text()).parent == target.parent, "next time: the folder used last for an export"
    again.close()


def test_printed_documents_go_to_the_documents_folder(qtbot, window, ctx):
    from desktop.ui.printing import documents

    dealer = dealers.save(ctx, r.Dealer(legal_name="杭州骏通丰田汽车销售服务有限公司", short_name="骏通丰田", city="杭州"))
    view = window.sections["dealers"]
    view.last_preview = None
    documents.show_dealer_card(view, view.app, dealer.id, "骏通丰田")
    qtbot.waitUntil(lambda: view.last_preview is not None, timeout=20000)
    path = Path(view.last_preview.path)
    root = Path(os.environ["DEALERDESK_DOCUMENTS"]) / "DealerDesk" / "cards"
    assert root in path.parents and path.exists(), f"the card is written where the user finds it: {path}"
    view.last_preview.close()
