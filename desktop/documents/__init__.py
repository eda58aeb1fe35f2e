"""Printed documents (ReportLab): one module per document over shared fonts, styles and pages.

Every ``render_*`` function takes plain records, a language ("zh_CN" or "en") and a target
(a path or a binary file object) and returns the path written. Rendering is pure Python
without Qt: call it from a worker thread (``ui/operations.py``), never from the GUI thread.
Import a renderer from its own module (``desktop.documents.negotiation.packet`` …).
"""
