"""Remembered header mappings: a corrected column → field mapping is reused for files whose header
row is the same (same texts, same order). Each function opens its own unit of work."""

from __future__ import annotations

import json

from desktop.persistence.models import rosters as rm
from desktop.services.context import ServiceContext
from desktop.spreadsheets.columns import FIELDS


def load(ctx: ServiceContext, signature: str, width: int, fields=FIELDS) -> list[str | None] | None:
    """The mapping last used for this header layout, if any (and still valid: ``fields`` are those
    of the list being read — a roster's by default)."""
    with ctx.unit() as s:
        row = s.get(rm.RosterMapping, signature)
        text = row.mapping if row is not None else None
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
    row = session.get(rm.RosterMapping, signature)
    if row is None:
        row = rm.RosterMapping(signature=signature)
        session.add(row)
    row.mapping = json.dumps(mapping)
    row.updated_at = ctx.now()
    row.updated_by = ctx.user
