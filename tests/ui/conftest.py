"""Windows over a real database file, driven with qtbot like a user would."""

from __future__ import annotations

import pytest

from desktop.app import build_main_window, create_application
from desktop.ui.tasks import wait_for_idle


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
