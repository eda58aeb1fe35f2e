"""A background load that fails says why, in place, with a Retry — in every section of the main window
(it used to leave 合同管理 on "Loading contracts…" with the old rows and the reason only in the log)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.services.contracts import drafts as contracts
from desktop.services.dealers import listing as dealers
from desktop.services.negotiation import pipeline as negotiation_pipeline
from desktop.services.office import staff
from tests.ui.dossier.test_workspace import settle, show_section

# section → (module, function its load calls)
LOADS = {
    "dealers": (dealers, "list_rows"),
    "staff": (staff, "list_staff"),
    "dossier": (dealers, "list_rows"),
    "pipeline": (negotiation_pipeline, "pipeline"),
    "contracts": (contracts, "list_rows"),
}


@pytest.mark.parametrize("key", list(LOADS))
def test_a_failed_load_shows_the_reason_and_retries(qtbot, window, monkeypatch, key):
    module, name = LOADS[key]
    real = getattr(module, name)

    def broken(*_a, **_k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(module, name, broken)
    show_section(window, key)
    view = window.sections[key]
    view.reload()
    banner = view.load_banner
    qtbot.waitUntil(banner.isVisible, timeout=10000)
    assert "disk is full" in banner.message_label.text(), f"{key}: the reason is shown: {banner.message_label.text()!r}"
    assert banner.retry_button.isVisible() and banner.retry_button.isEnabled(), f"{key}: a Retry is offered in place"
    for label in view.findChildren(type(banner.message_label), "count_label"):
        assert "Loading" not in label.text(), f"{key}: no longer says it is loading: {label.text()!r}"

    monkeypatch.setattr(module, name, real)
    qtbot.mouseClick(banner.retry_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=10000)
    settle(qtbot)
