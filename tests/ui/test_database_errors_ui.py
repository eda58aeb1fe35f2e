"""A window meets what the disk refuses: the message box says it in Chinese, with what to do, no SQL."""

from __future__ import annotations

import os
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.rules.dealers import records as r
from desktop.services.dealers import files as dealers
from desktop.services.dealers import listing
from desktop.services.context import ServiceContext
from tests.ui.dealers.test_workflows import open_dialog
from tests.ui.typing import type_text


@pytest.fixture
def read_only_database(tmp_path):
    if os.geteuid() != 0:
        pytest.skip("needs root to set the immutable attribute (permission bits do not stop root)")
    path = tmp_path / "只读.sqlite3"
    ctx = ServiceContext.open("sqlite:///" + path.as_posix(), "tester")
    dealers.save(ctx, r.Dealer(legal_name="已有的车商有限公司", city="杭州"))
    ctx.dispose()
    done = subprocess.run(["chattr", "+i", str(path)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"chattr +i does not work here: {done.stderr.strip()}")
    ctx = ServiceContext.open("sqlite:///" + path.as_posix(), "tester")
    yield path, ctx
    ctx.dispose()
    subprocess.run(["chattr", "-i", str(path)], check=False)


def test_saving_a_dealer_into_a_read_only_file_says_so_in_chinese(qtbot, make_window, loaded, read_only_database,
                                                                   monkeypatch):
    path, ctx = read_only_database
    window = make_window(qtbot, ctx, "zh_CN")
    view = loaded(qtbot, window)
    dialog = open_dialog(qtbot, view, new=True)
    type_text(qtbot, dialog.ui.legal_name_edit, "新建的私密车商有限公司")
    type_text(qtbot, dialog.ui.city_edit, "杭州")
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    qtbot.keyClick(dialog.ui.legal_name_edit, Qt.Key_S, Qt.ControlModifier)
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "error_message_box") is not None, timeout=20000)
    text = dialog.findChild(QMessageBox, "error_message_box").text()
    assert "是只读的" in text and str(path) in text and "取消该文件的只读属性" in text, f"says what and what to do: {text}"
    assert not [w for w in ("INSERT", "SQL", "Traceback", "新建的私密车商有限公司", "OperationalError") if w in text], text
    assert [d.legal_name for d in listing.list_rows(ctx)] == ["已有的车商有限公司"], "nothing half-saved"
    dialog.findChild(QMessageBox, "error_message_box").close()
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.Discard))
    dialog.close()  # the unsaved edits are let go
    window.close()
