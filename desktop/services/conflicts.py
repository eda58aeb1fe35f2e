"""The stale-edit rule every service applies: a caller's copy carries the version it read.

``check_version`` refuses a copy that is behind the stored row; ``stale_guard`` turns the
last-moment race SQLAlchemy catches (StaleDataError on UPDATE) into the same ConflictError.
"""

from __future__ import annotations

from contextlib import contextmanager

from sqlalchemy.orm.exc import StaleDataError

from desktop.services.context import ServiceContext
from desktop.errors import ConflictError, NotFoundError


def check_version(row, version: int) -> None:
    """Refuse a caller's stale copy: ConflictError naming who changed the row and when."""
    if row.version != version:
        raise ConflictError(row.updated_by, row.updated_at, row.version)


@contextmanager
def stale_guard(ctx: ServiceContext, model, key, kind: str | None = None):
    """Turn SQLAlchemy's StaleDataError (a concurrent write won) into ConflictError.

    When the row is gone meanwhile: NotFoundError(kind) if ``kind`` is given, else a conflict.
    """
    try:
        yield
    except StaleDataError:
        with ctx.unit() as s:
            row = s.get(model, key)
            if row is None:
                if kind is not None:
                    raise NotFoundError(kind, key) from None
                raise ConflictError("?", None, 0) from None
            raise ConflictError(row.updated_by, row.updated_at, row.version) from None
