"""The pinned Qt binding does not over-release None/True/False (PySide6 6.12.0 did, on Python 3.11,
and the app crashed after enough calls — 'deallocating None')."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QCheckBox


def test_void_and_bool_calls_keep_refcounts(qtbot):
    box = QCheckBox()
    qtbot.addWidget(box)
    none_before, true_before, false_before = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    for i in range(20_000):
        box.setEnabled(True)
        box.setChecked(i % 2 == 0)
        box.isChecked()
    assert sys.getrefcount(None) - none_before > -100, "None is released once per void call too many"
    assert sys.getrefcount(True) - true_before > -100, "True loses references in bool calls"
    assert sys.getrefcount(False) - false_before > -100, "False loses references in bool calls"
