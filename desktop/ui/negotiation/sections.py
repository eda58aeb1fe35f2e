"""Main-window sections of the negotiation area: the dossier workspace and the pipeline.

Ordered after the lead's sections (dealers 10, staff 90) so their positions stay as they are.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.ui.sections import Section


def _dossier(app):
    from desktop.ui.dossier.view import DossierView

    return DossierView(app)


def _pipeline(app):
    from desktop.ui.negotiation.pipeline import PipelineView

    return PipelineView(app)


SECTIONS = [
    Section("dossier", lambda: QCoreApplication.translate("Sections", "Preparation"), _dossier, 20),
    Section("pipeline", lambda: QCoreApplication.translate("Sections", "Pipeline"), _pipeline, 30),
]
