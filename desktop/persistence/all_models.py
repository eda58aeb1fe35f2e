"""Import every model module so their tables are registered on ``Base.metadata``.

Each area keeps its tables in its own module (``models.py`` for the dealer files, then one
per later area); Alembic's env and the services import this module, not the pieces.
"""

import importlib

from desktop.persistence import models  # noqa: F401

AREA_MODULES = ("roster_models", "negotiation_models", "meeting_models", "contract_models", "office.models")

for _name in AREA_MODULES:
    importlib.import_module(f"desktop.persistence.{_name}")
