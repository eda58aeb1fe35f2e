"""Past roster imports: list them, and undo one as a batch.

Undo deletes the dealers the import created and restores the fields it updated — for every dealer
nobody has changed since (its version is still the one the import left). Dealers changed since,
or created ones that have gathered key people or visits, are kept and reported. One write unit,
its lock taken before anything is checked; runs on the calling thread.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import delete, select

from desktop.errors import local_time_text
from desktop.persistence.models import dealers as m
from desktop.persistence.models import rosters as rm
from desktop.rules.dealers.search import pinyin_keys
from desktop.services import checkpoints
from desktop.services.context import ServiceContext
from desktop.errors import NotFoundError, ServiceError
from desktop.services.rosters.values import SCALARS, from_json, load_values


@dataclass
class ImportRecord:
    id: int
    file_name: str
    sha256: str
    sheet: str
    mode: str
    counts: dict[str, int]
    imported_at: datetime
    imported_by: str
    undone_at: datetime | None
    undone_by: str
    kind: str = "dealers"  # dealers (a roster), policies or claims (services.aftersales.history)


@dataclass
class UndoResult:
    deleted: int = 0
    restored: int = 0
    kept: list[tuple[int, str]] = field(default_factory=list)  # (dealer id, reason code)
    names: dict[int, str] = field(default_factory=dict)  # legal names of the kept dealers that still exist

    def kept_names(self, reason: str) -> list[str]:
        """The names of the dealers kept for ``reason``, in the import's order (the deleted have none)."""
        return [self.names[dealer_id] for dealer_id, why in self.kept if why == reason and dealer_id in self.names]


def _record(row: rm.RosterImport) -> ImportRecord:
    counts = {k: getattr(row, k) for k in ("created", "updated", "unchanged", "duplicates", "invalid", "excluded")}
    return ImportRecord(row.id, row.file_name, row.sha256, row.sheet, row.mode, counts, row.imported_at,
                        row.imported_by, row.undone_at, row.undone_by)


def list_imports(ctx: ServiceContext, limit: int = 200) -> list[ImportRecord]:
    """The newest roster imports first (the policy and claims lists' batches are ``services.aftersales.history``'s)."""
    with ctx.unit() as s:
        return [_record(row) for row in s.scalars(select(rm.RosterImport).where(rm.RosterImport.kind == "dealers")
                                                  .order_by(rm.RosterImport.id.desc()).limit(limit))]


def dealer_ids(ctx: ServiceContext, import_id: int) -> list[int]:
    """The dealers one import created or updated (for the dealer list's 'this import' filter). Any thread."""
    with ctx.unit() as s:
        return list(s.scalars(select(rm.RosterImportRow.dealer_id).where(rm.RosterImportRow.import_id == import_id)
                              .order_by(rm.RosterImportRow.row_no)))


def undo(ctx: ServiceContext, import_id: int) -> UndoResult:
    """Undo one import (see the module docstring). Raises NotFoundError or ServiceError('roster.undo.already')."""
    result = UndoResult()
    # The write lock first: a second undo of the same import waits here and then finds it undone,
    # and a colleague's save either lands before the versions are read (and is kept) or after the
    # commit (and is told the dealer is gone) — never in between, where it would be deleted unseen.
    with ctx.write_unit() as s:
        batch = s.get(rm.RosterImport, import_id, with_for_update=True)
        if batch is None or batch.kind != "dealers":
            raise NotFoundError("roster_import", import_id)
        if batch.undone_at is not None:
            raise ServiceError("roster.undo.already", when=local_time_text(batch.undone_at), user=batch.undone_by)
        rows = list(s.execute(select(rm.RosterImportRow.dealer_id, rm.RosterImportRow.action, rm.RosterImportRow.version_after,
                                     rm.RosterImportRow.before).where(rm.RosterImportRow.import_id == import_id)))
        ids = [row.dealer_id for row in rows]
        versions: dict[int, int] = {}
        names: dict[int, str] = {}
        busy: set[int] = set()
        for start in range(0, len(ids), 900):
            chunk = ids[start:start + 900]
            for dealer_id, version, name in s.execute(select(m.Dealer.id, m.Dealer.version, m.Dealer.legal_name)
                                                      .where(m.Dealer.id.in_(chunk)).with_for_update()):
                versions[dealer_id], names[dealer_id] = version, name
            busy.update(referenced_dealers(s, chunk))
        checkpoints.reached("roster.undo.checked")
        doomed, restore = [], []
        for row in rows:
            if versions.get(row.dealer_id) is None:
                result.kept.append((row.dealer_id, "roster.undo.gone"))
            elif versions[row.dealer_id] != row.version_after:
                result.kept.append((row.dealer_id, "roster.undo.changed_since"))
            elif row.action == "created" and row.dealer_id in busy:
                result.kept.append((row.dealer_id, "roster.undo.has_history"))
            elif row.action == "created":
                doomed.append(row.dealer_id)
            else:
                restore.append((row.dealer_id, json.loads(row.before or "{}")))
        for start in range(0, len(doomed), 900):
            s.execute(delete(m.Dealer).where(m.Dealer.id.in_(doomed[start:start + 900])))
        result.deleted = len(doomed)
        result.names = {dealer_id: names[dealer_id] for dealer_id, _why in result.kept if dealer_id in names}
        _restore(ctx, s, restore)
        result.restored = len(restore)
        batch.undone_at, batch.undone_by = ctx.now(), ctx.user
    return result


def referenced_dealers(s, dealer_ids: list[int]) -> set[int]:
    """Which of these dealers anything refers to (visits, people, negotiation records, contracts…):
    the same rule as deleting one dealer by hand (dealers.has_history), in bulk. Deleting such a
    dealer would cascade its history away or be refused by the database."""
    from desktop.persistence.base import Base
    from desktop.services.dealers.files import OWN_PARTS

    found: set[int] = set()
    for table in Base.metadata.sorted_tables:
        if table.name in OWN_PARTS:
            continue
        for fk in table.foreign_keys:
            if fk.column.table.name == "dealers":
                found.update(s.scalars(select(fk.parent).where(fk.parent.in_(dealer_ids)).distinct()))
    return found


def _restore(ctx: ServiceContext, s, restore: list[tuple[int, dict]]) -> None:
    stored = load_values(s, [dealer_id for dealer_id, _ in restore])
    for dealer_id, before in restore:
        row = s.get(m.Dealer, dealer_id)
        values = {f: from_json(f, v) for f, v in before.items()}
        for f in SCALARS:
            if f in values:
                setattr(row, f, (values[f] or None) if f == "uscc" else values[f])
        final = {**stored[dealer_id], **values}
        if "brands" in values or "brands_repaired" in values:
            wanted = [("sold", b) for b in final["brands"]] + [("repaired", b) for b in final["brands_repaired"]]
            row.brands = [m.DealerBrand(kind=k, brand=b, position=i) for i, (k, b) in enumerate(wanted)]
        if "sources" in values:
            row.sources = [m.DealerSource(source=x) for x in values["sources"]]
        if "insurers" in values:
            row.insurers = [m.DealerInsurer(insurer=i.insurer, share=i.share, position=n, fee_terms=getattr(i, "fee_terms", ""),
                                            repair_terms=getattr(i, "repair_terms", ""), other_terms=getattr(i, "other_terms", ""))
                            for n, i in enumerate(values["insurers"])]
        row.name_pinyin, row.name_initials = pinyin_keys(final["legal_name"], final["short_name"])
        ctx.stamp(row, new=False)
        s.flush()
