"""The branch's logo chosen in the branch dialog, saved in the database, printed on the brochure."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.services.contracts import settings
from desktop.services.demo.branch import logo_png
from desktop.ui.operations import wait_for_idle


def _dialog(qtbot, app):
    from desktop.ui.contracts.branch_dialog import ContractBranchDialog

    dialog = ContractBranchDialog(app)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=10000)
    return dialog


def test_a_logo_chosen_is_saved_and_shown_again(qtbot, app, tmp_path, monkeypatch):
    from desktop.ui.toolkit import file_dialogs

    path = tmp_path / "瀚海标志.png"
    path.write_bytes(logo_png(120))
    monkeypatch.setattr(file_dialogs, "open_file_name", lambda *a, **k: str(path))
    dialog = _dialog(qtbot, app)
    assert dialog.logo_preview.text() == "No logo" and not dialog.remove_logo_button.isEnabled(), "none at first"
    qtbot.mouseClick(dialog.logo_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.logo is not None, timeout=10000)
    assert not dialog.logo_preview.pixmap().isNull(), "the chosen logo is previewed"
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
    wait_for_idle()
    stored = settings.branch(app.ctx)
    assert stored.logo == path.read_bytes() and stored.logo_name == "瀚海标志.png", "the image is stored with its name"
    again = _dialog(qtbot, app)
    assert not again.logo_preview.pixmap().isNull() and again.remove_logo_button.isEnabled(), "shown when reopened"
    qtbot.mouseClick(again.remove_logo_button, Qt.LeftButton)
    with qtbot.waitSignal(again.saved, timeout=10000):
        qtbot.mouseClick(again.save_button, Qt.LeftButton)
    wait_for_idle()
    assert settings.branch(app.ctx).logo is None, "removed"


def test_a_file_that_is_not_an_image_is_refused_at_the_logo(qtbot, app, tmp_path, monkeypatch):
    from desktop.ui.toolkit import file_dialogs

    path = tmp_path / "logo.png"
    path.write_bytes(b"not an image at all")
    monkeypatch.setattr(file_dialogs, "open_file_name", lambda *a, **k: str(path))
    dialog = _dialog(qtbot, app)
    qtbot.mouseClick(dialog.logo_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dialog.logo is not None, timeout=10000)
    qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: "PNG or JPEG" in dialog.errors.message_for("logo_edit"), timeout=10000)
    assert dialog.isVisible(), "not saved: the dialog stays open"
    assert settings.branch(app.ctx).logo is None, "nothing stored"
