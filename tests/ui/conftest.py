"""Windows over a real database file, driven with qtbot like a user would."""

from __future__ import annotations

import pytest

from desktop.app import build_main_window, create_application
from desktop.ui.operations import wait_for_idle


@pytest.fixture(autouse=True)
def _no_unexpected_message_boxes(monkeypatch):
    """A modal box nobody answers would hang the run: fail the test at once instead.

    Tests that expect a question patch it themselves (their monkeypatch wins over this one).
    """
    from PySide6.QtWidgets import QMessageBox

    def unexpected(kind):
        def box(_parent, title, text, *args, **kwargs):
            raise AssertionError(f"unexpected QMessageBox.{kind}: {title!r}: {text!r}")

        return staticmethod(box)

    for kind in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, unexpected(kind))


@pytest.fixture(autouse=True)
def _no_window_outlives_its_test():
    """A window a test left open (a dirty dealer dialog, the box asking about it when the main window
    closed) would be seen by the next test as the user's: hide every top-level window after each test."""
    yield
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    for widget in app.topLevelWidgets():
        if widget.isVisible():
            widget.hide()
            widget.deleteLater()
    app.processEvents()


def _window(qtbot, ctx, lang="en"):
    create_application(["dealerdesk-tests"], lang)
    window = build_main_window(ctx, lang)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _loaded(qtbot, window):
    view = window.sections["dealers"]
    with qtbot.waitSignal(view.loaded, timeout=20000):
        view.reload()
    return view


@pytest.fixture
def window(qtbot, ctx):
    win = _window(qtbot, ctx)
    yield win
    wait_for_idle()
    win.close()


@pytest.fixture
def demo_window(qtbot, demo_ctx):
    win = _window(qtbot, demo_ctx)
    _loaded(qtbot, win)
    yield win
    wait_for_idle()
    win.close()


@pytest.fixture
def loaded():
    return _loaded


@pytest.fixture
def make_window():
    return _window


@pytest.fixture
def app(qtbot, ctx):
    """The services a window gets (English), without a window: for dialogs tested on their own."""
    from desktop.config import Settings
    from desktop.ui.appservices import AppServices
    from desktop.ui.change_bus import ChangeBus

    services = AppServices(ctx=ctx, bus=ChangeBus(), lang="en", settings=Settings())
    yield services
    wait_for_idle()
