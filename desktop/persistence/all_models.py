"""Import every model module so their tables are registered on ``Base.metadata``.

Each area keeps its tables in its own module under ``persistence/models/``; Alembic's env and the
services import this module, not the pieces.
"""

from desktop.persistence.models import aftersales, contracts, dealers, meetings, negotiation, office, rosters  # noqa: F401
