"""Import of a policy or claims list, step 3: write a plan — new and changed records in one
transaction, recorded as a batch of the roster's import history (``roster_imports``, kind
policies/claims) with what each row did, so the batch can be listed and undone. Cancel, any error
or a killed process leaves the database as it was. Calling thread.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, insert, select, update
from sqlalchemy.exc import IntegrityError

from desktop.errors import ServiceError
from desktop.persistence.models import aftersales as am
from desktop.persistence.models import rosters as rm
from desktop.persistence.page_cache import roomy_cache
from desktop.services.aftersales.plan import ListLine, ListPlan
from desktop.services.aftersales.planner import MODEL
from desktop.services.context import ServiceContext
from desktop.services.rosters import bulk as roster_bulk, mappings as roster_mappings
from desktop.services.rosters.bulk import Same
from desktop.services.rosters.plan import ImportCancelled, ProgressFn
from desktop.services.rosters.read import bulk_work

CHUNK = 5000
BULK_CACHE_KB = 64 * 1024  # SQLite's page cache while a big list import writes (the default is 2 MB)
LOG_COLUMNS = ("import_id", "list_kind", "record_id", "dealer_id", "row_no", "action", "version_after", "before")


@dataclass
class ListImportResult:
    import_id: int
    counts: dict[str, int]


def to_json(value):
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def commit(ctx: ServiceContext, plan: ListPlan, *, exclude=frozenset(), progress: ProgressFn | None = None) -> ListImportResult:
    """Write the plan's new and changed records (minus the rows in ``exclude``) and the batch, in one
    transaction. Raises ImportCancelled or ServiceError('roster.conflict.changed'): nothing written."""
    new = [line for line in plan.rows if line.status == "new" and line.row not in exclude]
    changed = [line for line in plan.rows if line.status == "update" and line.row not in exclude]
    counts = plan.counts(exclude)
    model = MODEL[plan.kind]
    table = model.__table__
    total, done = len(new) + len(changed), 0
    try:
        with bulk_work(), ctx.write_unit() as s, roomy_cache(s, BULK_CACHE_KB):
            # Core, not the ORM, throughout: an import never needs the mappers configured.
            batch_id = s.execute(insert(rm.RosterImport.__table__).values(
                file_name=plan.file_name[:260], sha256=plan.sha256, sheet=plan.sheet[:100], mode="upsert", kind=plan.kind,
                imported_at=ctx.now(), imported_by=ctx.user, undone_by="", created=counts["created"], updated=counts["updated"],
                unchanged=counts["unchanged"], duplicates=counts["duplicates"], invalid=counts["invalid"] + counts["unmatched"],
                excluded=counts["excluded"])).inserted_primary_key[0]  # the write lock held since the unit began
            bulk = roster_bulk.Bulk(s)
            _check_versions(s, table, changed)
            now, user = ctx.now(), ctx.user
            columns = ("dealer_id", *plan.fields, "import_id", "version", "created_at", "created_by", "updated_at", "updated_by")
            next_id = (s.scalar(select(func.max(table.c.id))) or 0) + 1
            stamps = [Same(batch_id), Same(1), Same(now), Same(user), Same(now), Same(user)]
            for start in range(0, len(new), CHUNK):
                chunk = new[start:start + CHUNK]
                n = len(chunk)
                dealer_ids = [line.dealer_id for line in chunk]
                by_field = list(zip(*(line.values for line in chunk)))  # the rows' values column by column
                if bulk.fast:
                    ids = range(next_id, next_id + n)
                    next_id += n
                    bulk.insert(table, ("id", *columns), bulk.rows(table, ("id", *columns), [ids, dealer_ids, *by_field, *stamps], n),
                                adapted=True)
                else:
                    stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
                    rows = bulk.rows(table, columns, [dealer_ids, *by_field, *stamps], n)
                    ids = list(bulk.conn.execute(stmt, [dict(zip(columns, row)) for row in rows]).scalars())
                log = bulk.rows(am.ImportRow.__table__, LOG_COLUMNS, [Same(batch_id), Same(plan.kind), ids, dealer_ids,
                                                                       [line.row for line in chunk], Same("created"), Same(1), Same("")], n)
                bulk.insert(am.ImportRow.__table__, LOG_COLUMNS, log, adapted=True)
                done += n
                _tick(progress, done, total)
            log = []
            for line in changed:
                values = {f: after for f, _before, after in line.changes}
                s.execute(update(table).where(table.c.id == line.record_id)
                          .values(**values, import_id=batch_id, version=line.version + 1, updated_at=now, updated_by=user))
                before = json.dumps({f: to_json(b) for f, b, _after in line.changes}, ensure_ascii=False)
                log.append((batch_id, plan.kind, line.record_id, line.dealer_id, line.row, "updated", line.version + 1, before))
                done += 1
                if done % CHUNK == 0:
                    _tick(progress, done, total)
            bulk.insert(am.ImportRow.__table__, LOG_COLUMNS, log)
            roster_mappings.save(ctx, s, plan.signature, plan.mapping)
            s.flush()
            import_id = batch_id
    except IntegrityError:
        raise ServiceError("roster.conflict.changed", n="?") from None
    return ListImportResult(import_id, counts)


def _tick(progress: ProgressFn | None, done: int, total: int) -> None:
    if progress is not None and progress(done, total) is False:
        raise ImportCancelled()


def _check_versions(s, table, changed: list[ListLine]) -> None:
    """Every record to update is still the version the plan compared against (else nothing is written)."""
    wanted = {line.record_id: line.version for line in changed}
    ids = sorted(wanted)
    stale = 0
    for start in range(0, len(ids), 900):
        chunk = ids[start:start + 900]
        current = dict(s.execute(select(table.c.id, table.c.version).where(table.c.id.in_(chunk)).with_for_update()).all())
        stale += sum(1 for i in chunk if current.get(i) != wanted[i])
    if stale:
        raise ServiceError("roster.conflict.changed", n=stale)
