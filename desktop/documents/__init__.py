"""Printed documents (ReportLab): one module per document over shared fonts, styles and pages.

Every ``render_*`` function takes plain records, a language ("zh_CN" or "en") and a target
(a path or a binary file object) and returns the path written. Rendering is pure Python
without Qt: call it from a worker thread (``ui/tasks.py``), never from the GUI thread.
"""

from __future__ import annotations

from desktop.documents.dealer_card import render_dealer_card
from desktop.documents.selftest_pdf import render_selftest_pdf

__all__ = ["render_dealer_card", "render_selftest_pdf"]
