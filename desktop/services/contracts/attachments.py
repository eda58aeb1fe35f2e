"""Supporting documents of a draft contract (business licence, agency qualification, authorisation
letter …): add, remove, reorder. They are merged into the pack in this order.

A file is checked when it is added — a corrupt, encrypted or foreign file is refused with a
message naming it — and stored with its bytes and SHA-256, so the pack can always be made again.
Only drafts change; each change moves the contract's version. Every function runs on the
calling thread in its own unit of work and refuses a stale copy (ConflictError).
"""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

from desktop.documents.contracts.attachments import AttachmentError, inspect
from desktop.persistence.models import contracts as cm
from desktop.persistence.sqlite_safety import refuse_live_database
from desktop.rules.contracts import lifecycle as rules
from desktop.rules.contracts.records import Contract
from desktop.rules.errors import FieldProblem, RuleError
from desktop.rules.text import clean
from desktop.services.contracts import drafts as contract_service
from desktop.services.context import ServiceContext
from desktop.services.contracts.common import attachments_of, require, require_contract
from desktop.services.conflicts import check_version, stale_guard
from desktop.services.negotiation.common import touch

MAX_ATTACHMENTS = 30


def _editable(s, contract_id: int, version: int) -> cm.ContractRow:
    row = require_contract(s, contract_id)
    check_version(row, version)
    rules.require_editable(row.status, row.number)
    return row


def add(ctx: ServiceContext, contract_id: int, version: int, file_name: str, data: bytes, doc_type: str = "other",
        label: str = "", today: date | None = None) -> Contract:
    """Append a document; AttachmentError (RuleError) when the file is not a readable PDF, JPG or PNG."""
    if doc_type not in rules.ATTACHMENT_TYPES:
        raise RuleError(FieldProblem("doc_type", "value.choice", {"value": doc_type}))
    name = Path(str(file_name)).name[-255:] or "attachment"
    info = inspect(name, data)
    with stale_guard(ctx, cm.ContractRow, contract_id), ctx.write_unit() as s:
        row = _editable(s, contract_id, version)
        existing = attachments_of(s, contract_id)
        if len(existing) >= MAX_ATTACHMENTS:
            raise RuleError(FieldProblem("attachments", "contract.attachment_many", {"max": MAX_ATTACHMENTS}))
        item = cm.ContractAttachmentRow(contract_id=contract_id, position=len(existing), doc_type=doc_type,
                                        label=clean(label)[:200], file_name=name, media_type=info.media_type,
                                        size=len(data), sha256=hashlib.sha256(data).hexdigest(), pages=info.pages,
                                        content=data)
        ctx.stamp(item, new=True)
        s.add(item)
        touch(ctx, row)
    return contract_service.get(ctx, contract_id, today)


def add_file(ctx: ServiceContext, contract_id: int, version: int, path: str | Path, doc_type: str = "other",
             label: str = "", today: date | None = None) -> Contract:
    """``add`` for a file on disk; an unreadable file is an AttachmentError naming it."""
    source = Path(path)
    refuse_live_database(source)  # reading it by path would release this process's locks on it
    try:
        data = source.read_bytes()
    except OSError as err:
        raise AttachmentError(source.name, "contract.attachment_unreadable", reason=err.strerror or str(err)) from None
    return add(ctx, contract_id, version, source.name, data, doc_type, label, today)


def remove(ctx: ServiceContext, contract_id: int, version: int, attachment_id: int, today: date | None = None) -> Contract:
    with stale_guard(ctx, cm.ContractRow, contract_id), ctx.write_unit() as s:
        row = _editable(s, contract_id, version)
        item = require(s, cm.ContractAttachmentRow, attachment_id, "attachment")
        if item.contract_id != contract_id:
            raise RuleError(FieldProblem("attachments", "contract.attachment_other", {"id": attachment_id}))
        s.delete(item)
        s.flush()
        for pos, other in enumerate(attachments_of(s, contract_id)):
            other.position = pos
        touch(ctx, row)
    return contract_service.get(ctx, contract_id, today)


def move(ctx: ServiceContext, contract_id: int, version: int, attachment_id: int, delta: int,
         today: date | None = None) -> Contract:
    """Move a document ``delta`` places up (negative) or down in the merge order."""
    with stale_guard(ctx, cm.ContractRow, contract_id), ctx.write_unit() as s:
        row = _editable(s, contract_id, version)
        items = attachments_of(s, contract_id)
        index = next((i for i, a in enumerate(items) if a.id == attachment_id), None)
        if index is None:
            raise RuleError(FieldProblem("attachments", "contract.attachment_other", {"id": attachment_id}))
        target = max(0, min(len(items) - 1, index + delta))
        items.insert(target, items.pop(index))
        for pos, item in enumerate(items):
            item.position = pos
        touch(ctx, row)
    return contract_service.get(ctx, contract_id, today)
