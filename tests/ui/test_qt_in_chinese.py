"""Qt's own dialogs speak Chinese inside the Chinese UI, and every title names the product once."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel, QMessageBox

from desktop.app import create_application


def _titled(title: str) -> str:
    """What the window manager shows (QPlatformWindow::formatWindowTitle): the display name is
    appended unless the title already ends with it."""
    name = QApplication.applicationDisplayName()
    return title if not name or title.endswith(name) else f"{title} — {name}"


def test_file_dialog_and_buttons_are_chinese(qtbot):
    create_application(["dealerdesk-tests"], "zh_CN")
    try:
        dialog = QFileDialog(None, "导出")
        dialog.setOption(QFileDialog.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
        assert labels and not [t for t in labels if t.isascii()], f"the file dialog's labels are Chinese: {labels}"
        assert "查找范围(&L)：" in labels and "文件类型(&T)：" in labels, labels
        box = QMessageBox(QMessageBox.Question, "x", "y", QMessageBox.Yes | QMessageBox.No | QMessageBox.Cancel)
        assert sorted(b.text() for b in box.buttons()) == sorted(["是(&Y)", "否(&N)", "取消"]), "standard buttons"
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        assert sorted(b.text() for b in buttons.buttons()) == ["保存", "取消"], "button boxes"
    finally:
        create_application(["dealerdesk-tests"], "en")


def test_the_window_title_says_the_name_once(qtbot, make_window, ctx):
    for lang, name in (("zh_CN", "车商渠道工作台"), ("en", "DealerDesk")):
        window = make_window(qtbot, ctx, lang)
        try:
            shown = _titled(window.windowTitle())
            assert shown == name, f"{lang}: the main window's title is the name, once: {shown!r}"
            assert _titled("导入车商名录").count(name) == 1, "a dialog's title ends with the name, once"
        finally:
            window.close()
