"""Past imports of policy and claims lists (batches of the roster's import history): list them, and
undo one — delete the records it created and restore the fields it changed, for every record nobody
has changed since (its version is still the one the import left); the others are kept and counted.
One transaction; calling thread.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import delete, select, update

from desktop.errors import NotFoundError, ServiceError, local_time_text
from desktop.persistence.models import aftersales as am
from desktop.persistence.models import rosters as rm
from desktop.services.aftersales.planner import MODEL
from desktop.services.context import ServiceContext
from desktop.services.rosters.history import ImportRecord

KINDS = ("policies", "claims")


@dataclass
class ListUndoResult:
    deleted: int = 0
    restored: int = 0
    kept: list[tuple[int, str]] = field(default_factory=list)  # (record id, reason code)


def list_imports(ctx: ServiceContext, kind: str | None = None, limit: int = 200) -> list[ImportRecord]:
    """The newest imports of policy lists, claims lists, or both, first."""
    kinds = (kind,) if kind else KINDS
    with ctx.unit() as s:
        rows = s.scalars(select(rm.RosterImport).where(rm.RosterImport.kind.in_(kinds)).order_by(rm.RosterImport.id.desc()).limit(limit))
        return [ImportRecord(r.id, r.file_name, r.sha256, r.sheet, r.mode,
                             {k: getattr(r, k) for k in ("created", "updated", "unchanged", "duplicates", "invalid", "excluded")},
                             r.imported_at, r.imported_by, r.undone_at, r.undone_by, r.kind) for r in rows]


def _from_json(column, value):
    if value is None:
        return None
    python_type = column.type.python_type
    if python_type is date:
        return date.fromisoformat(value)
    if python_type is Decimal:
        return Decimal(value)
    return value


def undo(ctx: ServiceContext, import_id: int) -> ListUndoResult:
    """Undo one import of a policy or claims list. Raises NotFoundError or ServiceError('roster.undo.already')."""
    result = ListUndoResult()
    with ctx.write_unit() as s:
        batch = s.get(rm.RosterImport, import_id)
        if batch is None or batch.kind not in KINDS:
            raise NotFoundError("list_import", import_id)
        if batch.undone_at is not None:
            raise ServiceError("roster.undo.already", when=local_time_text(batch.undone_at), user=batch.undone_by)
        model = MODEL[batch.kind]
        table = model.__table__
        rows = list(s.execute(select(am.ImportRow.record_id, am.ImportRow.action, am.ImportRow.version_after, am.ImportRow.before)
                              .where(am.ImportRow.import_id == import_id)))
        ids = [row.record_id for row in rows]
        versions: dict[int, int] = {}
        for start in range(0, len(ids), 900):
            versions.update(s.execute(select(model.id, model.version).where(model.id.in_(ids[start:start + 900]))).all())
        doomed = []
        for row in rows:
            if versions.get(row.record_id) is None:
                result.kept.append((row.record_id, "roster.undo.gone"))
            elif versions[row.record_id] != row.version_after:
                result.kept.append((row.record_id, "roster.undo.changed_since"))
            elif row.action == "created":
                doomed.append(row.record_id)
            else:
                values = {f: _from_json(table.c[f], v) for f, v in json.loads(row.before or "{}").items()}
                s.execute(update(table).where(table.c.id == row.record_id)
                          .values(**values, version=row.version_after + 1, updated_at=ctx.now(), updated_by=ctx.user))
                result.restored += 1
        for start in range(0, len(doomed), 900):
            s.execute(delete(table).where(table.c.id.in_(doomed[start:start + 900])))
        result.deleted = len(doomed)
        batch.undone_at, batch.undone_by = ctx.now(), ctx.user
    return result
