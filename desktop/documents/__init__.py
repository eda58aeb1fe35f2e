"""Printed documents (ReportLab): one module per document over shared fonts, styles and pages.

Every ``render_*`` function takes plain records, a language ("zh_CN" or "en") and a target
(a path or a binary file object) and returns the path written. Rendering is pure Python
without Qt: call it from a worker thread (``ui/operations.py``), never from the GUI thread.
The renderers are importable from here; each module loads on first use.
"""

from __future__ import annotations

import importlib

_RENDERERS = {
    "render_dealer_card": "desktop.documents.dealers.card",
    "render_packet": "desktop.documents.negotiation.packet",
    "render_packet_set": "desktop.documents.negotiation.packet",
    "render_brochure": "desktop.documents.negotiation.brochure",
    "render_target_list": "desktop.documents.negotiation.target_list",
    "render_selftest_pdf": "desktop.documents.selftest_pdf",
}
__all__ = sorted(_RENDERERS)


def __getattr__(name: str):
    module = _RENDERERS.get(name)
    if module is None:
        raise AttributeError(f"module 'desktop.documents' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
