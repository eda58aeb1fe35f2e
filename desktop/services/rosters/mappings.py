"""Remembered header mappings: a corrected column → field mapping is reused for files whose header
row is the same (same texts, same order). Each function opens its own unit of work."""

from __future__ import annotations

import json

from sqlalchemy import insert, select, update

from desktop.persistence.models import rosters as rm
from desktop.services.context import ServiceContext
from desktop.spreadsheets.columns import FIELDS


def load(ctx: ServiceContext, signature: str, width: int, fields=FIELDS) -> list[str | None] | None:
    """The mapping last used for this header layout, if any (and still valid: ``fields`` are those
    of the list being read — a roster's by default)."""
    table = rm.RosterMapping.__table__  # Core, not the ORM: a list import never needs the mappers configured
    with ctx.unit() as s:
        text = s.execute(select(table.c.mapping).where(table.c.signature == signature)).scalar()
    if text is None:
        return None
    try:
        mapping = json.loads(text)
    except ValueError:
        return None
    if not isinstance(mapping, list) or len(mapping) != width or any(f is not None and f not in fields for f in mapping):
        return None
    return mapping


def save(ctx: ServiceContext, session, signature: str, mapping: list[str | None]) -> None:
    """Store the mapping inside the caller's unit of work (the import that used it)."""
    table = rm.RosterMapping.__table__
    values = dict(mapping=json.dumps(mapping), updated_at=ctx.now(), updated_by=ctx.user)
    if not session.execute(update(table).where(table.c.signature == signature).values(**values)).rowcount:
        session.execute(insert(table).values(signature=signature, **values))
