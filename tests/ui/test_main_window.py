"""The main window in both languages, its navigation and its remembered layout."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.ui.operations import wait_for_idle


def test_chinese_window_speaks_chinese(qtbot, make_window, ctx):
    window = make_window(qtbot, ctx, "zh_CN")
    try:
        assert window.windowTitle() == "车商渠道工作台", "window title is the product name, translated"
        titles = [window.nav_list.item(i).text() for i in range(window.nav_list.count())]
        assert titles[:1] == ["车商档案"] and "员工" in titles, f"navigation is Chinese: {titles}"
        view = window.sections["dealers"]
        assert view.search_edit.placeholderText().startswith("搜索"), "search hint is Chinese"
        assert view.model.headerData(0, Qt.Horizontal) == "车商名称", "column headers are Chinese"
        assert view.type_combo.itemText(1) == "4S店", "dealer-type labels come from the Chinese catalogue"
    finally:
        wait_for_idle()
        window.close()
        make_window(qtbot, ctx, "en").close()  # leave the app in English for other tests


def test_navigation_switches_sections(qtbot, window):
    from PySide6.QtCore import Qt as _Qt

    keys = [window.nav_list.item(i).data(_Qt.UserRole) for i in range(window.nav_list.count())]
    assert keys[0] == "dealers" and "staff" in keys, f"dealers first, staff present: {keys}"
    for row, key in enumerate(keys):
        window.nav_list.setCurrentRow(row)
        assert window.stack.currentWidget() is window.sections[key], f"entry {row} shows the {key} section"


def test_layout_is_remembered(qtbot, make_window, ctx):
    first = make_window(qtbot, ctx)
    first.resize(first.width(), 503)  # the offscreen screen is narrow: vary the height
    staff_row = [first.nav_list.item(i).data(Qt.UserRole) for i in range(first.nav_list.count())].index("staff")
    first.nav_list.setCurrentRow(staff_row)
    first.sections["dealers"].table.setColumnWidth(0, 333)
    first.close()
    second = make_window(qtbot, ctx)
    try:
        assert second.nav_list.currentRow() == staff_row, "the last section is shown again"
        assert second.height() == 503, "window size is restored"
        assert second.sections["dealers"].table.columnWidth(0) == 333, "column widths are restored"
    finally:
        second.close()


def test_staff_view_lists_and_edits(qtbot, demo_window, demo_ctx):
    view = demo_window.sections["staff"]
    with qtbot.waitSignal(view.status_message, timeout=10000):
        view.reload()
    assert view.table.rowCount() == 25, "the demo territory has 25 staff members"
    assert view.table.item(0, 0).text() == "周建国", "staff listed in id order"
    assert view.table.item(0, 2).text() == "Branch leadership", "rank shown by name"


def test_rank_scale_can_be_edited(qtbot, window, ctx):
    from PySide6.QtWidgets import QPushButton

    from desktop.rules.dealers.records import Staff
    from desktop.services.office import staff as staff_service
    from desktop.ui.staff.ranks_dialog import RanksDialog

    dialog = RanksDialog(window.app, staff_service.ranks(ctx), window)
    qtbot.addWidget(dialog)
    dialog.table.setCurrentCell(3, 0)
    qtbot.mouseClick(dialog.findChild(QPushButton, "up_rank_button"), Qt.LeftButton)
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.save()
    codes = [r.code for r in staff_service.ranks(ctx)]
    assert codes == ["leadership", "department_head", "specialist", "team_manager"], f"order saved as shown: {codes}"

    staff_service.save(ctx, Staff(name="周建国", rank_code="leadership", line="leadership"))
    again = RanksDialog(window.app, staff_service.ranks(ctx), window)
    qtbot.addWidget(again)
    again.table.setCurrentCell(0, 0)
    qtbot.mouseClick(again.findChild(QPushButton, "remove_rank_button"), Qt.LeftButton)
    again.save()
    qtbot.waitUntil(lambda: "leadership" in again.error_label.text(), timeout=10000)
    assert "leadership" in [r.code for r in staff_service.ranks(ctx)], "a rank still held by staff is kept"


def test_dialogs_come_back_at_the_size_they_were_closed(qtbot, app):
    """The dealer file, the import wizard, branch settings… reopen as large as the user left them
    (the height varies: the offscreen screen is narrow, and a restored window is kept on screen)."""
    from shiboken6 import isValid

    from desktop.ui.dealers.dialog import DealerDialog
    from desktop.ui.rosters.wizard import ImportWizard
    from desktop.ui.negotiation_settings.dialog import NegotiationSettingsDialog

    from desktop.ui.contracts.template_dialog import ContractTemplateDialog

    makers = {"dealer file": lambda: DealerDialog(app, None), "import wizard": lambda: ImportWizard(None, app),
              "branch settings": lambda: NegotiationSettingsDialog(app), "contract templates": lambda: ContractTemplateDialog(app)}
    for name, make in makers.items():
        first = make()
        default = first.size()
        first.show()
        qtbot.waitExposed(first)
        first.resize(default.width(), default.height() - 67)
        qtbot.waitUntil(lambda: first.height() == default.height() - 67, timeout=3000)
        first.reject()
        wait_for_idle()
        again = make()
        try:
            assert again.height() == default.height() - 67, \
                f"the {name} reopens at the size it was closed: {again.size()}, default {default}"
        finally:
            for dialog in (first, again):
                if isValid(dialog):
                    dialog.close()
                    dialog.deleteLater()


def test_back_up_the_database_from_the_file_menu(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop.services.dealers import files as dealers
    from desktop.services.dealers import listing
    from desktop.ui.toolkit import file_dialogs

    from desktop.rules.dealers import records as r

    dealers.save(window.app.ctx, r.Dealer(legal_name="备份测试汽车有限公司", city="杭州"))
    target = tmp_path / "我的备份.sqlite3"
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a, **k: str(target))
    action = window.findChild(type(window.file_menu.actions()[0]), "backup_action")
    assert action in window.file_menu.actions(), "File ▸ Back up database…"
    action.trigger()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "backup_done_box") is not None, timeout=20000)
    box = window.findChild(QMessageBox, "backup_done_box")
    assert box.text().startswith(f"Backed up to {target} (") and "contract scans included" in box.informativeText(), box.text()
    assert target.exists(), "the copy is where the user said"
    from desktop.services.context import ServiceContext

    copy = ServiceContext.open("sqlite:///" + target.as_posix(), "tester")
    try:
        assert [d.legal_name for d in listing.list_rows(copy)] == ["备份测试汽车有限公司"], "and holds the dealers"
    finally:
        copy.dispose()
    box.accept()


def test_windows_fit_a_small_screen(qtbot, app, make_window, ctx, tmp_path):
    """Default sizes are made for a large monitor; on a small screen (the offscreen one is 800×800)
    every window opens within it, so no button ends up under the taskbar."""
    from PySide6.QtGui import QGuiApplication

    from desktop.ui.dealers.dialog import DealerDialog
    from desktop.ui.printing.pdf_preview import PdfPreviewDialog
    from desktop.ui.toolkit.layout_memory import FRAME_ROOM

    room = QGuiApplication.primaryScreen().availableGeometry().size() - FRAME_ROOM
    window = make_window(qtbot, ctx)
    try:
        # (its width stops at the dealer list's tool bar, ~1240 px: fine from 1280-px screens up)
        assert window.height() <= room.height() and window.width() <= max(room.width(), window.minimumSizeHint().width()), window.size()
    finally:
        window.close()
    for dialog in (DealerDialog(app, None), PdfPreviewDialog(tmp_path / "packet.pdf", "x")):
        qtbot.addWidget(dialog)
        assert dialog.height() <= room.height() and dialog.width() <= room.width(), (type(dialog).__name__, dialog.size())
