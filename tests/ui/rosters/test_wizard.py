"""The roster import wizard and the export dialog, driven with qtbot like a user would."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QProgressDialog, QPushButton, QWizard

from desktop.rules.dealers import records as r
from desktop.services.dealers import files as dealers
from desktop.services.dealers import listing
from desktop.services.rosters import history as roster_history, commit as roster_write
from desktop.ui.change_bus import Change
from desktop.ui.rosters.export_dialog import ExportDialog
from desktop.ui.rosters.wizard import FILE_PAGE, MAPPING_PAGE, PREVIEW_PAGE, RESULT_PAGE, ImportWizard
from desktop.ui.operations import wait_for_idle
from tests.spreadsheets import roster_files as rf

ROWS = [
    ["2026年杭州市车商名录"],
    [],
    ["车商名称", "城市", "老板电话", "年新车销量"],
    ["甲汽车有限公司", "杭州", "13812345678", "800"],
    ["乙汽车有限公司", "杭州", "13812345679", "1.2万"],
    ["丙汽车有限公司", "杭州", "", "300"],
    ["丁汽车有限公司", "杭州", "12345", "很多"],
    ["杭州宏达丰田汽车服务有限公司", "杭州", "", ""],
]


@pytest.fixture
def wizard(qtbot, app):
    w = ImportWizard(None, app)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    wait_for_idle()


def _next(qtbot, wizard, page_id, timeout=20000):
    qtbot.mouseClick(wizard.button(QWizard.NextButton), Qt.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() == page_id, timeout=timeout)


def _to_preview(qtbot, wizard, path):
    wizard.file_page.file_edit.clear()
    qtbot.keyClicks(wizard.file_page.file_edit, str(path))
    _next(qtbot, wizard, MAPPING_PAGE)
    page = wizard.mapping_page
    phone = page.combos[2]
    assert phone.currentData() is None, "an unknown header starts unmapped"
    phone.setCurrentIndex(phone.findData("contact_phone"))
    _next(qtbot, wizard, PREVIEW_PAGE)
    qtbot.waitUntil(lambda: "New:" in wizard.preview_page.counts_label.text(), timeout=20000)
    return wizard.preview_page


def _answer(monkeypatch, answer):
    """Answer the next QMessageBox.question with ``answer``; the returned list collects (title, text) of each one asked."""
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, title, text, *a, **k: asked.append((title, text)) or answer)
    return asked


def test_import_end_to_end_with_exclusion_and_undo(qtbot, wizard, app, tmp_path, monkeypatch):
    ctx = app.ctx
    existing = dealers.save(ctx, r.Dealer(legal_name="甲汽车有限公司", city="杭州", annual_sales=500))
    dealers.save(ctx, r.Dealer(legal_name="杭州宏达丰田汽车销售服务有限公司", city="杭州"))
    path = rf.write_xlsx(tmp_path / "roster.xlsx", ROWS, merged=("A1:D1",))
    preview = _to_preview(qtbot, wizard, path)
    assert wizard.mapping_page.header_spin.value() == 3, "the header was found on row 3, under the title"
    text = preview.counts_label.text()
    assert "New: 2" in text and "Will update: 1" in text and "Duplicates: 1" in text and "Invalid: 1" in text, text
    model = preview.model
    update_row = next(i for i, p in enumerate(model.rows) if p.status == "update")
    details = model.data(model.index(update_row, 4))
    assert "500 → 800" in details and "13812345678" in details, f"field-level before → after shown: {details}"
    invalid_row = next(i for i, p in enumerate(model.rows) if p.status == "invalid")
    assert "mobile" in model.data(model.index(invalid_row, 4)), "the problems of an invalid row are shown"
    new_row = next(i for i, p in enumerate(model.rows) if p.status == "new" and p.value("legal_name") == "丙汽车有限公司")
    assert model.setData(model.index(new_row, 0), Qt.Unchecked, Qt.CheckStateRole), "a row can be left out by hand"
    assert "Left out: 1" in preview.counts_label.text() and "New: 1" in preview.counts_label.text(), "counts follow the choice"

    announced = []
    app.bus.changed.connect(announced.append)
    _next(qtbot, wizard, RESULT_PAGE)
    assert any(Change.DEALERS in kinds for kinds in announced), "the dealer list is told to refresh"
    names = sorted(row.legal_name for row in listing.list_rows(ctx))
    assert names == ["乙汽车有限公司", "杭州宏达丰田汽车销售服务有限公司", "甲汽车有限公司"], f"excluded and rejected rows not written: {names}"
    assert dealers.get(ctx, existing.id).annual_sales == 800, "the update is written"
    page = wizard.result_page
    assert "1 new dealers, 1 updated" in page.summary_label.text(), page.summary_label.text()
    shown = {key: label.text() for key, label in page.count_labels.items()}
    assert shown == {"created": "1", "updated": "1", "unchanged": "0", "duplicates": "1", "invalid": "1", "excluded": "1"}, \
        f"the counts in large figures: {shown}"
    qtbot.waitUntil(lambda: page.problems_table.rowCount() == 3, timeout=20000)  # one line per faulty cell
    problems = [[page.problems_table.item(i, c).text() for c in range(4)] for i in range(3)]
    assert [row[:3] for row in problems] == [["名录!7", "年新车销量", "很多"], ["名录!7", "老板电话", "12345"],
                                             ["名录!8", "车商名称", "杭州宏达丰田汽车服务有限公司"]], \
        f"the rows not imported: sheet!row, column, value: {problems}"
    assert "mobile" in problems[1][3] and "existing dealer" in problems[2][3], f"and what is wrong: {problems}"

    asked = _answer(monkeypatch, QMessageBox.Yes)
    qtbot.mouseClick(wizard.result_page.undo_button, Qt.LeftButton)
    assert len(asked) == 1, f"undoing asks first: {asked}"
    title, text = asked[0]
    assert title == "Undo import", f"the question names the action: {title!r}"
    assert "The 1 dealer(s) it created will be deleted" in text and "the 1 dealer(s) it updated will be restored" in text, \
        f"the question names what will be deleted and restored: {text!r}"
    qtbot.waitUntil(lambda: "deleted" in wizard.result_page.status_label.text(), timeout=20000)
    assert dealers.get(ctx, existing.id).annual_sales == 500, "undo restores the updated field"
    assert len(listing.list_rows(ctx)) == 2, "undo removes the created dealer"


def test_cancelled_undo_changes_nothing(qtbot, wizard, app, tmp_path, monkeypatch):
    ctx = app.ctx
    path = rf.write_xlsx(tmp_path / "roster.xlsx", [["车商名称", "城市"], ["甲汽车有限公司", "杭州"], ["乙汽车有限公司", "杭州"]])
    qtbot.keyClicks(wizard.file_page.file_edit, str(path))
    _next(qtbot, wizard, MAPPING_PAGE)
    _next(qtbot, wizard, PREVIEW_PAGE)
    qtbot.waitUntil(lambda: "New: 2" in wizard.preview_page.counts_label.text(), timeout=20000)
    _next(qtbot, wizard, RESULT_PAGE)
    page = wizard.result_page
    asked = _answer(monkeypatch, QMessageBox.Cancel)
    qtbot.mouseClick(page.undo_button, Qt.LeftButton)
    wait_for_idle()
    assert len(asked) == 1 and "The 2 dealer(s) it created will be deleted." in asked[0][1], \
        f"an import that only created dealers says so, with the count: {asked}"
    assert "updated" not in asked[0][1].split("\n")[0], f"no mention of updates when there were none: {asked[0][1]!r}"
    assert len(listing.list_rows(ctx)) == 2, "cancelling keeps the imported dealers"
    assert roster_history.list_imports(ctx)[0].undone_at is None, "cancelling does not mark the import undone"
    assert page.undo_button.isEnabled(), "the import can still be undone after cancelling"
    assert page.status_label.text() == "", f"nothing is reported after cancelling: {page.status_label.text()!r}"


def test_rejected_rows_report_from_the_preview(qtbot, wizard, app, tmp_path):
    preview = _to_preview(qtbot, wizard, rf.write_xlsx(tmp_path / "roster.xlsx", ROWS))
    assert preview.report_button.isEnabled(), "there are rejected rows to save"
    report = tmp_path / "rejected.xlsx"
    wizard.save_rejected(str(report))
    qtbot.waitUntil(lambda: report.exists() and "written" in preview.status_label.text(), timeout=20000)
    from openpyxl import load_workbook

    assert load_workbook(report).active.max_row == 2, "the invalid row (the near-duplicate has no match here) comes back"


def test_mode_change_re_plans(qtbot, wizard, app, tmp_path):
    dealers.save(app.ctx, r.Dealer(legal_name="甲汽车有限公司", city="杭州"))
    preview = _to_preview(qtbot, wizard, rf.write_xlsx(tmp_path / "roster.xlsx", ROWS))
    preview.mode_combo.setCurrentIndex(preview.mode_combo.findData("create"))
    preview.mode_combo.activated.emit(preview.mode_combo.currentIndex())
    qtbot.waitUntil(lambda: wizard.plan is not None and wizard.plan.mode == "create", timeout=20000)
    assert "Will update: 0" in preview.counts_label.text(), "create-only mode updates nothing"


def test_cancel_during_import_writes_nothing(qtbot, wizard, app, tmp_path, monkeypatch):
    rows = [["车商名称", "城市", "老板电话"]] + [[f"车商{n}汽车有限公司", "杭州", ""] for n in range(30)]
    path = rf.write_xlsx(tmp_path / "many.xlsx", rows)
    monkeypatch.setattr(roster_write, "CHUNK", 1)
    slow_tick = roster_write._tick

    def tick(progress, done, total):
        time.sleep(0.05)
        slow_tick(progress, done, total)

    monkeypatch.setattr(roster_write, "_tick", tick)
    preview = _to_preview(qtbot, wizard, path)
    qtbot.mouseClick(wizard.button(QWizard.NextButton), Qt.LeftButton)
    def importing():
        return [d for d in wizard.findChildren(QProgressDialog) if d.isVisible() and d.labelText() == "Importing dealers…"]

    qtbot.waitUntil(lambda: bool(importing()), timeout=20000)
    qtbot.mouseClick(importing()[0].findChild(QPushButton), Qt.LeftButton)
    qtbot.waitUntil(lambda: "cancelled" in preview.status_label.text(), timeout=20000)
    assert wizard.currentId() == PREVIEW_PAGE, "the wizard stays on the preview"
    assert listing.list_rows(app.ctx) == [], "a cancelled import writes nothing"


def test_unusable_file_says_why_and_stays(qtbot, wizard, tmp_path):
    path = rf.random_bytes(tmp_path / "noise.xlsx")
    qtbot.keyClicks(wizard.file_page.file_edit, str(path))
    qtbot.mouseClick(wizard.button(QWizard.NextButton), Qt.LeftButton)
    qtbot.waitUntil(lambda: "not a spreadsheet" in wizard.file_page.status_label.text(), timeout=20000)
    assert wizard.currentId() == FILE_PAGE, "an unusable file keeps the wizard on the first page"


def test_sheet_choice_reloads_the_mapping(qtbot, wizard, tmp_path):
    path = rf.write_xlsx(tmp_path / "two.xlsx", [["车商名称", "城市"], ["甲汽车有限公司", "杭州"]],
                         extra_sheets={"宁波": [["经销商名称", "所在城市", "联系电话"], ["乙汽车有限公司", "宁波", "13812345678"]]})
    qtbot.keyClicks(wizard.file_page.file_edit, str(path))
    _next(qtbot, wizard, MAPPING_PAGE)
    page = wizard.mapping_page
    assert page.mapping() == ["legal_name", "city"], "the first sheet's columns"
    page.sheet_combo.setCurrentIndex(page.sheet_combo.findData("宁波"))
    page.sheet_combo.activated.emit(page.sheet_combo.currentIndex())
    qtbot.waitUntil(lambda: wizard.source.sheet == "宁波" and len(page.combos) == 3, timeout=20000)
    assert page.mapping() == ["legal_name", "city", "contact_phone"], "the chosen sheet's columns, mapped by alias"
    assert page.mapping_table.item(1, 0).text() == "乙汽车有限公司", "its first rows are shown"


def test_mapping_needs_a_name_column(qtbot, wizard, tmp_path):
    path = rf.write_xlsx(tmp_path / "r.xlsx", [["车商名称", "城市"], ["甲汽车有限公司", "杭州"]])
    qtbot.keyClicks(wizard.file_page.file_edit, str(path))
    _next(qtbot, wizard, MAPPING_PAGE)
    page = wizard.mapping_page
    page.set_field(1, "legal_name")
    assert page.mapping() == [None, "legal_name"], "one column per field: the first lets go"
    page.set_field(1, None)
    assert not wizard.button(QWizard.NextButton).isEnabled() and "dealer name" in page.status_label.text(), \
        "without a name column the wizard cannot go on"


def test_export_dialog(qtbot, app, tmp_path):
    ctx = app.ctx
    ids = [dealers.save(ctx, r.Dealer(legal_name=f"车商{n}汽车有限公司", city="杭州")).id for n in range(3)]
    dialog = ExportDialog(None, app, shown_ids=ids, selected_ids=ids[:1])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.selected_radio.isChecked(), "a selection is exported by default"
    target = tmp_path / "out.xlsx"
    dialog.path_edit.setText(str(target))
    qtbot.mouseClick(dialog.button_box.button(QDialogButtonBox.Ok), Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20000)
    assert dialog.result.dealers == 1 and target.exists(), "just the selected dealer written"
    dialog2 = ExportDialog(None, app, shown_ids=ids)
    qtbot.addWidget(dialog2)
    dialog2.path_edit.setText(str(tmp_path / "bad.csv"))
    dialog2.export()
    assert ".xlsx" in dialog2.status_label.text(), "the file must be an .xlsx"


def test_export_dialog_warns_when_a_text_is_cut(qtbot, app, tmp_path):
    dealer = dealers.save(app.ctx, r.Dealer(legal_name="甲汽车有限公司", city="杭州", notes="长" * 40_000))
    dialog = ExportDialog(None, app, shown_ids=[dealer.id])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path_edit.setText(str(tmp_path / "out.xlsx"))
    qtbot.mouseClick(dialog.button_box.button(QDialogButtonBox.Ok), Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20000)
    box = dialog.cut_box
    assert box is not None and box.isVisible(), "the person is told, not just the notes sheet"
    assert "甲汽车有限公司" in box.text() and "32,767" in box.text() and "full texts stay" in box.text(), box.text()
    box.close()


def _drop(qtbot, target, paths) -> tuple[bool, bool]:
    """Drag ``paths`` onto ``target`` as a file manager would; returns (entering accepted, drop accepted)."""
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    at = target.rect().center()
    enter = QDragEnterEvent(at, Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():
        return False, False
    drop = QDropEvent(QPointF(at), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(target, drop)
    return True, drop.isAccepted()


def test_a_roster_dropped_on_the_file_page_is_read_and_remembered(qtbot, app, wizard, tmp_path):
    path = rf.write_xlsx(tmp_path / "拖进来的名录.xlsx", ROWS)
    picture = tmp_path / "photo.png"
    picture.write_bytes(b"\x89PNG\r\n")
    assert _drop(qtbot, wizard.file_page, [picture]) == (False, False), "a picture is refused while dragging"
    assert _drop(qtbot, wizard.file_page, [path, path]) == (False, False), "several files at once are refused"
    assert _drop(qtbot, wizard.file_page, [path]) == (True, True), "a roster file is taken"
    qtbot.waitUntil(lambda: wizard.currentId() == MAPPING_PAGE, timeout=20000)
    assert wizard.source is not None and wizard.source.path == path, "the dropped file is the one read"
    again = ImportWizard(None, app)
    qtbot.addWidget(again)
    again.show()
    recent = again.file_page.recent_list
    assert recent.isVisibleTo(again) and recent.count() == 1, "the file read before is offered next time"
    assert "拖进来的名录.xlsx" in recent.item(0).text() and str(tmp_path) in recent.item(0).text(), recent.item(0).text()
    recent.itemActivated.emit(recent.item(0))
    qtbot.waitUntil(lambda: again.currentId() == MAPPING_PAGE, timeout=20000)
    assert again.source.path == path, "double-clicking a recent file reads it again"
    wait_for_idle()


def test_a_roster_dropped_on_the_main_window_opens_the_wizard(qtbot, window, tmp_path):
    path = rf.write_xlsx(tmp_path / "名录.xlsx", ROWS)
    window.nav_list.setCurrentRow(1)  # somewhere else than the dealer list
    assert _drop(qtbot, window, [path]) == (True, True), "the window takes a roster file"
    view = window.sections["dealers"]
    wizard = view.import_wizard
    qtbot.waitUntil(lambda: wizard.currentId() == MAPPING_PAGE, timeout=20000)
    assert window.stack.currentWidget() is view, "the dealer list is shown under the wizard"
    assert wizard.source.path == path, "with the dropped file read"
    folder = tmp_path / "a-folder.xlsx"
    folder.mkdir()
    wizard.reject()
    assert _drop(qtbot, window, [tmp_path / "notes.docx"]) == (False, False), "other files are refused"
    assert _drop(qtbot, window, [folder]) == (False, False), "and so is a folder, whatever its name"
    wait_for_idle()


def test_the_preview_names_every_row(qtbot, wizard, app, tmp_path):
    """An unchanged row shows the dealer it matched (it was blank); a row without a legal name shows its short name."""
    dealers.save(app.ctx, r.Dealer(legal_name="甲汽车有限公司", short_name="甲车", city="杭州"))
    path = rf.write_xlsx(tmp_path / "names.xlsx", [["车商名称", "简称", "城市"], ["甲汽车有限公司", "甲车", "杭州"],
                                                   ["", "戊车行", "杭州"], ["己汽车有限公司", "", "杭州"]])
    wizard.file_page.file_edit.clear()
    qtbot.keyClicks(wizard.file_page.file_edit, str(path))
    _next(qtbot, wizard, MAPPING_PAGE)
    _next(qtbot, wizard, PREVIEW_PAGE)
    preview = wizard.preview_page
    qtbot.waitUntil(lambda: "New:" in preview.counts_label.text(), timeout=20000)
    model = preview.model
    names = {p.status: model.data(model.index(i, 3)) for i, p in enumerate(model.rows)}
    assert names.get("unchanged") == "甲汽车有限公司", f"an unchanged row names its dealer: {names}"
    assert names.get("invalid") == "戊车行", f"a row with no legal name shows its short name: {names}"
    assert names.get("new") == "己汽车有限公司", names


def test_after_an_import_the_list_shows_the_batch_until_cleared(qtbot, demo_window, tmp_path):
    view = demo_window.sections["dealers"]
    view.city_combo.setCurrentIndex(view.city_combo.findData("重庆"))  # a filter none of the new dealers passes
    type_text = __import__("tests.ui.typing", fromlist=["type_text"]).type_text
    type_text(qtbot, view.search_edit, "cq")
    path = rf.write_xlsx(tmp_path / "batch.xlsx", [["车商名称", "城市"], ["杭州新甲汽车有限公司", "杭州"],
                                                   ["杭州新乙汽车有限公司", "杭州"], ["杭州新丙汽车有限公司", "杭州"]])
    view.import_roster(path)
    wizard = view.import_wizard
    qtbot.waitUntil(lambda: wizard.currentId() == MAPPING_PAGE or wizard.file_page.isComplete(), timeout=20000)
    if wizard.currentId() == FILE_PAGE:
        _next(qtbot, wizard, MAPPING_PAGE)
    _next(qtbot, wizard, PREVIEW_PAGE)
    qtbot.waitUntil(lambda: "New: 3" in wizard.preview_page.counts_label.text(), timeout=20000)
    with qtbot.waitSignal(view.loaded, timeout=30000):
        _next(qtbot, wizard, RESULT_PAGE)
    qtbot.waitUntil(lambda: view.batch_button.isVisible() and view.model.rowCount() == 3, timeout=20000)
    shown = sorted(view.model.row_at(i).legal_name for i in range(view.model.rowCount()))
    assert shown == ["杭州新丙汽车有限公司", "杭州新乙汽车有限公司", "杭州新甲汽车有限公司"], f"the imported batch is shown: {shown}"
    assert "3" in view.batch_button.text() and view.city_combo.currentIndex() == 0 and not view.search_edit.text(), \
        "the old filters gave way to 'this import'"
    wizard.close()
    qtbot.mouseClick(view.batch_button, Qt.LeftButton)
    assert not view.batch_button.isVisible() and view.model.rowCount() == 123, "cleared: every dealer again"


def test_the_new_dealers_search_keys_are_stored_behind_the_result(qtbot, wizard, app, tmp_path):
    """The import leaves the pinyin keys for later (issue 15); the wizard stores them on the write
    worker once the result shows, and the dealers are found by pinyin all along."""
    from desktop.services.dealers import keys as dealer_keys

    ctx = app.ctx
    path = rf.write_xlsx(tmp_path / "roster.xlsx", [["车商名称", "城市"], ["重庆长安汽车有限公司", "重庆"], ["杭州宏达汽车有限公司", "杭州"]])
    qtbot.keyClicks(wizard.file_page.file_edit, str(path))
    _next(qtbot, wizard, MAPPING_PAGE)
    _next(qtbot, wizard, PREVIEW_PAGE)
    qtbot.waitUntil(lambda: "New: 2" in wizard.preview_page.counts_label.text(), timeout=20000)
    _next(qtbot, wizard, RESULT_PAGE)
    assert [r.legal_name for r in listing.search(ctx, listing.DealerFilter(text="cqca"))] == ["重庆长安汽车有限公司"], \
        "found by its initials as soon as the result shows"
    qtbot.waitUntil(lambda: dealer_keys.missing(ctx) == 0, timeout=20000)
    wait_for_idle()


def test_every_columns_drop_down_offers_one_shared_list_of_fields(qtbot, wizard, tmp_path):
    """Issue 15: each column's drop-down used to get every field added one by one (~30 × ~30 items,
    most of a second on the GUI thread for a wide roster); now they share one list — and choosing
    still works per column: a field taken by one column is let go by the column that had it."""
    path = rf.write_xlsx(tmp_path / "roster.xlsx", ROWS)
    wizard.file_page.file_edit.clear()
    qtbot.keyClicks(wizard.file_page.file_edit, str(path))
    _next(qtbot, wizard, MAPPING_PAGE)
    page = wizard.mapping_page
    combos = page.combos
    assert len(combos) == 4 and len({id(c.model()) for c in combos}) == 1, "one list of fields behind every drop-down"
    assert combos[0].count() > 10 and combos[0].itemText(0) == "— ignore —", "'ignore' first, then the fields"
    assert combos[0].currentData() == "legal_name" and combos[1].currentData() == "city", "the headers recognised"
    combos[2].setCurrentIndex(combos[2].findData("city"))
    assert combos[2].currentData() == "city" and combos[1].currentData() is None, "the city moved to column 3"
    assert page.mapping() == ["legal_name", None, "city", "annual_sales"], f"per column: {page.mapping()}"
