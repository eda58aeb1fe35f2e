"""Small key/value facts stored with the database (e.g. whether the demo was offered)."""

from __future__ import annotations

from desktop.persistence.models import dealers as m
from desktop.services.context import ServiceContext


def get(ctx: ServiceContext, key: str) -> str | None:
    with ctx.unit() as s:
        row = s.get(m.AppMeta, key)
        return row.value if row else None


def put(ctx: ServiceContext, key: str, value: str) -> None:
    with ctx.write_unit() as s:
        row = s.get(m.AppMeta, key) or m.AppMeta(key=key)
        row.value, row.updated_at = value, ctx.now()
        s.add(row)
