"""Generating a contract pack: gather the snapshot, render it, write the PDF, store its hash.

``generate`` reads the contract revision, the template version it was made with and its
attachments in one unit of work, renders off that snapshot (``documents.contracts.pack``),
writes the file under a temporary name (never half a PDF), stores the SHA-256 with the snapshot
(``contracts.integrity``) and only then gives the file its name. Runs on the calling thread — a
worker thread in the windows; ``progress(step, total)`` is called between the steps.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Callable

from sqlalchemy.exc import IntegrityError

from desktop.documents.base import language
from desktop.documents.contracts.pack import render_contract_pack
from desktop.documents.glyphs import located
from desktop.files import replacing
from desktop.documents.profile import ProfileError, load as load_profile
from desktop.persistence.models import contracts as cm
from desktop.rules.contracts.snapshot import PackInput
from desktop.rules.contracts.records import PackInfo
from desktop.services.contracts import settings
from desktop.services.contracts import integrity as pack_integrity
from desktop.services.context import ServiceContext
from desktop.services.contracts.common import (
    ContractNotFound,
    ContractRefused,
    attachments_of,
    record,
    require,
    require_contract,
)

Progress = Callable[[int, int], None]
STEPS = 4


@dataclass
class PackResult:
    path: str
    pack: PackInfo


def pack_input(ctx: ServiceContext, contract_id: int, lang: str | None = None,
               today: date | None = None) -> tuple[PackInput, list[bytes]]:
    """The snapshot a pack of ``contract_id`` is made from, and the attachments' bytes in order."""
    lang = language(lang)
    with ctx.unit() as s:
        row = require_contract(s, contract_id)
        rows = attachments_of(s, contract_id)
        contract = record(row, rows, today or date.today(), settings.reminder_days(s))
        if row.template_id is None:
            raise ContractRefused("contract.template_missing", kind=row.kind)
        template = settings.template_record(require(s, cm.ContractTemplateRow, row.template_id, "template"))
        files = [a.content for a in rows]
        previous = previous_template = None
        if row.amends_id is not None:  # a revision: the supplement compares it with the one it amends
            old = require_contract(s, row.amends_id)
            previous = record(old, [], today or date.today(), settings.reminder_days(s))
            if old.template_id is not None:
                previous_template = settings.template_record(require(s, cm.ContractTemplateRow, old.template_id, "template"))
    try:
        organisation = load_profile().organisation(lang)
    except ProfileError:
        organisation = contract.branch.name
    pack = PackInput(uid=uuid.uuid4().hex, lang=lang, contract=contract, template=template,
                     attachments=list(contract.attachments), generated_at=ctx.now(), generated_by=ctx.user,
                     organisation=organisation or contract.branch.name, previous=previous,
                     previous_template=previous_template)
    return pack, files


def _gone(ctx: ServiceContext, contract_id: int) -> bool:
    with ctx.unit() as s:
        return s.get(cm.ContractRow, contract_id) is None


def generate(ctx: ServiceContext, contract_id: int, out: str | Path, lang: str | None = None,
             progress: Progress | None = None, today: date | None = None) -> PackResult:
    """Render the pack of ``contract_id`` into ``out`` and store its hash and snapshot.

    RuleError (AttachmentError) naming an attachment that cannot be read; OSError when ``out``
    cannot be written (nothing is stored then); ContractNotFound when the draft is deleted meanwhile
    (nothing is written then).
    """
    tick = progress or (lambda _step, _total: None)
    tick(0, STEPS)
    pack, files = pack_input(ctx, contract_id, lang, today)
    tick(1, STEPS)
    with located(contract=pack.contract, template=pack.template):
        data, pages = render_contract_pack(pack, files)
    tick(2, STEPS)
    target = Path(out).expanduser()
    # The hash is committed before the file takes its name: a pack under that name is always one
    # verify-pack recognises. A kill in between leaves a stored hash and no file (nothing to
    # mistrust); a failed write stores nothing and leaves a file already there as it was.
    with replacing(target) as tmp:
        with open(tmp, "xb") as handle:
            handle.write(data)
        tick(3, STEPS)
        try:
            info = pack_integrity.record(ctx, pack, pack_integrity.sha256(data), pages, target.name)
        except IntegrityError:
            if _gone(ctx, contract_id):  # the draft was deleted while rendering
                raise ContractNotFound("contract", contract_id) from None
            raise
    tick(STEPS, STEPS)
    return PackResult(str(target), info)
