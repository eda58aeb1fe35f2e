"""Integrity of generated contract packs: every pack stored with its SHA-256 and the snapshot it was
made from; "verify" takes a PDF and says which contract and revision it is, or that it was altered.

A file whose hash is stored is intact. Otherwise the pack id the PDF carries in its metadata
(written when the pack was made, and found even in a damaged file) names the pack it claims to
be: then it has been altered; with no claim, or one this database does not know, it is unknown.
Every function runs on the calling thread in its own unit of work; only ``record`` writes.
"""

from __future__ import annotations

import hashlib
import io
import re
import stat
from pathlib import Path

import pypdf
from sqlalchemy import select

from desktop.documents.contracts.attachments import MAX_BYTES as MAX_ATTACHMENT_BYTES
from desktop.persistence.models import contracts as cm
from desktop.persistence.sqlite_safety import refuse_live_database
from desktop.rules.contracts.records import PackInfo, Verdict
from desktop.rules.contracts.snapshot import PackInput, from_snapshot, snapshot
from desktop.services.backup.create import size_text
from desktop.services.context import ServiceContext
from desktop.services.contracts.attachments import MAX_ATTACHMENTS
from desktop.services.contracts.common import ContractNotFound, require
from desktop.errors import ServiceError, local_time_text

PACK_KEY, CONTRACT_KEY, REVISION_KEY = "/DealerDeskPack", "/DealerDeskContract", "/DealerDeskRevision"
_RAW_UID = re.compile(rb"/DealerDeskPack\s*\(([0-9a-f]{32})\)")
# Larger than any pack can be: every attachment at its largest, plus the pages we render.
MAX_VERIFY_BYTES = MAX_ATTACHMENTS * MAX_ATTACHMENT_BYTES + 64 * 1024 * 1024
# The PDF parser reads a file's claims (number, revision) only up to this size: on a large damaged
# or fake "PDF" it rebuilds the whole file and takes minutes (41 s for 100 MB). Larger files are
# hashed and searched for the pack id in one streamed pass, in constant memory.
PARSE_LIMIT = 8 * 1024 * 1024
_BLOCK = 1 << 20


class UnusableFile(ServiceError):
    """The file to verify cannot be read as a PDF at all (missing, a folder, empty, not a PDF)."""


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _info(row: cm.ContractPackRow) -> PackInfo:
    return PackInfo(row.id, row.uid, row.contract_id, row.number, row.revision, row.sha256, row.pages, row.lang,
                    row.created_at, row.created_by)


def record(ctx: ServiceContext, pack: PackInput, digest: str, pages: int, file_name: str = "") -> PackInfo:
    """Store a generated pack: its hash, page count and the snapshot it was made from."""
    with ctx.write_unit() as s:
        row = cm.ContractPackRow(uid=pack.uid, contract_id=pack.contract.id, number=pack.contract.number,
                                 revision=pack.contract.revision, sha256=digest, pages=pages, lang=pack.lang,
                                 file_name=file_name[-255:], snapshot=snapshot(pack), created_at=ctx.now(),
                                 created_by=ctx.user)
        s.add(row)
        s.flush()
        return _info(row)


def packs_of(ctx: ServiceContext, contract_id: int) -> list[PackInfo]:
    """The packs generated for a contract, newest first."""
    with ctx.unit() as s:
        rows = s.scalars(select(cm.ContractPackRow).where(cm.ContractPackRow.contract_id == contract_id)
                         .order_by(cm.ContractPackRow.id.desc()))
        return [_info(r) for r in rows]


def stored_snapshot(ctx: ServiceContext, uid: str) -> PackInput:
    """The snapshot a pack was made from, as records again."""
    with ctx.unit() as s:
        row = s.scalars(select(cm.ContractPackRow).where(cm.ContractPackRow.uid == uid)).first()
        if row is None:
            raise ContractNotFound("pack", uid)
        return from_snapshot(row.snapshot)


def read_claim(data: bytes) -> tuple[str, str, int | None]:
    """(pack id, contract number, revision) as the PDF's metadata states them; '' / None where absent."""
    uid, number, revision = "", "", None
    try:
        meta = pypdf.PdfReader(io.BytesIO(data), strict=False).metadata or {}
        uid = str(meta.get(PACK_KEY) or "")
        number = str(meta.get(CONTRACT_KEY) or "")
        raw_revision = str(meta.get(REVISION_KEY) or "")
        revision = int(raw_revision) if raw_revision.isdigit() else None
    except Exception:  # a damaged file: fall back to the raw bytes below
        pass
    if not re.fullmatch(r"[0-9a-f]{32}", uid):
        found = _RAW_UID.search(data)
        uid = found.group(1).decode() if found else ""
    return uid, number, revision


def verify_bytes(ctx: ServiceContext, data: bytes, name: str = "") -> Verdict:
    """Intact (a stored pack's exact bytes), altered (claims a stored pack, differs) or unknown."""
    if b"%PDF-" not in data[:1024]:
        raise UnusableFile("contract.verify_not_pdf", path=name or "?")
    return _verdict(ctx, sha256(data), lambda: read_claim(data))


def _verdict(ctx: ServiceContext, digest: str, claim) -> Verdict:
    """The verdict on a file with SHA-256 ``digest``; ``claim()`` reads what it claims to be (only
    when it is not a stored pack as it was made)."""
    with ctx.unit() as s:
        row = s.scalars(select(cm.ContractPackRow).where(cm.ContractPackRow.sha256 == digest)).first()
        if row is not None:
            status = require(s, cm.ContractRow, row.contract_id, "contract").status
            return Verdict("intact", digest, _info(row), row.number, row.revision, row.uid, status)
        uid, number, revision = claim()
        claimed = s.scalars(select(cm.ContractPackRow).where(cm.ContractPackRow.uid == uid)).first() if uid else None
        if claimed is not None:
            status = require(s, cm.ContractRow, claimed.contract_id, "contract").status
            return Verdict("altered", digest, _info(claimed), claimed.number, claimed.revision, uid, status)
        return Verdict("unknown", digest, None, number, revision, uid)


def verify_file(ctx: ServiceContext, path: str | Path) -> Verdict:
    """Verify a PDF file; UnusableFile (one clear message) when it cannot be read. Only a regular
    file is read (a device such as /dev/zero or a pipe would never end), at most MAX_VERIFY_BYTES."""
    target = Path(path).expanduser()
    refuse_live_database(target)  # reading it by path would release this process's locks on it
    try:
        info = target.stat()
    except FileNotFoundError:
        raise UnusableFile("contract.verify_missing", path=str(path)) from None
    except OSError as err:
        raise UnusableFile("contract.verify_unreadable", path=str(path), reason=err.strerror or str(err)) from None
    if stat.S_ISDIR(info.st_mode):
        raise UnusableFile("contract.verify_folder", path=str(path))
    if not stat.S_ISREG(info.st_mode):
        raise UnusableFile("contract.verify_not_file", path=str(path))
    if info.st_size > MAX_VERIFY_BYTES:
        raise _too_big(path, info.st_size)
    try:
        with target.open("rb") as handle:
            if info.st_size <= PARSE_LIMIT:
                data = handle.read(PARSE_LIMIT + 1)
                if len(data) <= PARSE_LIMIT:
                    if not data:
                        raise UnusableFile("contract.verify_empty", path=str(path))
                    return verify_bytes(ctx, data, str(path))
                handle.seek(0)  # it grew since: take the streamed way
            digest, head, uid = _scan(handle, path)
    except OSError as err:
        raise UnusableFile("contract.verify_unreadable", path=str(path), reason=err.strerror or str(err)) from None
    if b"%PDF-" not in head:
        raise UnusableFile("contract.verify_not_pdf", path=str(path))
    return _verdict(ctx, digest, lambda: (uid, "", None))


def _scan(handle, path) -> tuple[str, bytes, str]:
    """One pass over a large file: (SHA-256, its first KB, the pack id it carries or '')."""
    digest, head, uid, carry, total = hashlib.sha256(), b"", "", b"", 0
    while block := handle.read(_BLOCK):
        total += len(block)
        if total > MAX_VERIFY_BYTES:
            raise _too_big(path, total)
        digest.update(block)
        if not head:
            head = block[:1024]
        if not uid:
            window = carry + block
            found = _RAW_UID.search(window)
            uid = found.group(1).decode() if found else ""
            carry = window[-64:]
    return digest.hexdigest(), head, uid


def _too_big(path, size: int) -> UnusableFile:
    return UnusableFile("contract.verify_too_big", path=str(path), size=size_text(size), limit=size_text(MAX_VERIFY_BYTES))


def describe(verdict: Verdict, lang: str | None = None) -> str:
    """The finding in words, as the CLI prints it and the windows show it."""
    from desktop.i18n import t

    pack = verdict.pack
    if pack is not None:
        when = local_time_text(pack.created_at) if pack.created_at else "?"
        key = "contract.verify.intact" if verdict.result == "intact" else "contract.verify.altered"
        return t(key, lang, number=pack.number, revision=pack.revision, uid=pack.uid, when=when, user=pack.created_by,
                 status=t(f"contract.status.{verdict.contract_status}", lang))
    if verdict.claimed_number:
        return t("contract.verify.unknown_claim", lang, number=verdict.claimed_number,
                 revision=verdict.claimed_revision if verdict.claimed_revision is not None else "?")
    return t("contract.verify.unknown", lang)
