"""What the contract services share: lookups, errors, rows ↔ records, the branch entity row.

Run on the calling thread inside the caller's unit of work; they change nothing themselves
(``branch_row`` writes the default branch row only when a database lacks it).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.persistence.models import contracts as cm
from desktop.rules.contracts import lifecycle as rules
from desktop.rules.contracts.records import Attachment, Contract, ContractLine, ContractTerms, Party
from desktop.rules.contracts.snapshot import from_json, to_json
from desktop.errors import NotFoundError, ServiceError
from desktop.services.mapping import assign, audit_of

DEFAULT_BRANCH = dict(branch_code="ZJ", name="分公司", uscc="", legal_rep="", address="", phone="",
                      number_pattern="{branch}-车商-{yyyy}-{nnnn}", reminder_days=rules.DEFAULT_REMINDER_DAYS)


class ContractNotFound(NotFoundError):
    """No such record of the contract area (contract, template version, pack)."""

    def message(self, lang: str | None = None) -> str:
        from desktop.i18n import t

        kind = t("kind.contract", lang) if self.kind == "contract" else t(f"contract.kind_name.{self.kind}", lang)
        return t("not_found", lang, kind=kind, id=self.record_id)


class ContractRefused(ServiceError):
    """A business rule refuses the action (e.g. an amendment while another one is open)."""


def refuse_second_renewal(s: Session, old: cm.ContractRow, *, just_now: bool = False) -> None:
    """ContractRefused when ``old`` already has a renewal (one per contract; the database enforces it too).

    ``just_now``: the database has just refused ours, so the message says who got there first.
    """
    other = s.scalars(select(cm.ContractRow).where(cm.ContractRow.renews_id == old.id)).first()
    if other is None:
        return
    if just_now:
        raise ContractRefused("contract.renewal_taken", number=old.number, other=other.number, user=other.created_by or "?")
    if other.status in rules.OPEN:
        raise ContractRefused("contract.renewal_open", number=old.number, other=other.number)
    raise ContractRefused("contract.already_renewed", number=old.number, other=other.number)


def refuse_second_amendment(s: Session, number: str, *, just_now: bool = False) -> None:
    """ContractRefused when a revision of ``number`` is still open (one at a time; the database enforces it too)."""
    pending = s.scalars(select(cm.ContractRow).where(cm.ContractRow.number == number,
                                                     cm.ContractRow.status.in_(rules.OPEN))).first()
    if pending is None:
        return
    if just_now:
        raise ContractRefused("contract.amendment_taken", number=number, revision=pending.revision,
                              user=pending.created_by or "?")
    raise ContractRefused("contract.amendment_open", number=number, revision=pending.revision)


def require(s: Session, model, key, kind: str):
    row = s.get(model, key)
    if row is None:
        raise ContractNotFound(kind, key)
    return row


def require_contract(s: Session, contract_id: int) -> cm.ContractRow:
    return require(s, cm.ContractRow, contract_id, "contract")


def branch_row(s: Session) -> cm.ContractBranch:
    """Our branch entity (seeded by the migration; recreated with defaults if someone removed it)."""
    row = s.get(cm.ContractBranch, 1)
    if row is None:
        row = cm.ContractBranch(id=1, created_by="setup", updated_by="setup", **DEFAULT_BRANCH)
        s.add(row)
        s.flush()
    return row


def attachments_of(s: Session, contract_id: int) -> list[cm.ContractAttachmentRow]:
    stmt = select(cm.ContractAttachmentRow).where(cm.ContractAttachmentRow.contract_id == contract_id)
    return list(s.scalars(stmt.order_by(cm.ContractAttachmentRow.position, cm.ContractAttachmentRow.id)))


def attachment_record(row: cm.ContractAttachmentRow) -> Attachment:
    return Attachment(row.id, row.position, row.doc_type, row.label, row.file_name, row.media_type, row.size,
                      row.sha256, row.pages)


def terms_of(row: cm.ContractRow) -> ContractTerms:
    return from_json(ContractTerms, row.terms or {}) or ContractTerms()


def record(row: cm.ContractRow, attachments: list[cm.ContractAttachmentRow], today: date, reminder_days: int) -> Contract:
    """The contract as a plain record, with its warnings as of ``today``."""
    c = Contract(
        id=row.id, number=row.number, revision=row.revision, dealer_id=row.dealer_id, kind=row.kind, status=row.status,
        start=row.start_date, end=row.end_date,
        dealer=Party(row.dealer_name, row.dealer_uscc, row.dealer_legal_rep, row.dealer_address, row.dealer_phone),
        branch=Party(row.branch_name, row.branch_uscc, row.branch_legal_rep, row.branch_address, row.branch_phone),
        branch_code=row.branch_code, terms=terms_of(row), template_id=row.template_id,
        template_version=row.template_version, qualification_no=row.qualification_no,
        qualification_expiry=row.qualification_expiry, amends_id=row.amends_id, renews_id=row.renews_id,
        signed_on=row.signed_on, signed_by=row.signed_by, terminated_on=row.terminated_on,
        termination_reason=row.termination_reason, note=row.note,
        attachments=[attachment_record(a) for a in attachments], audit=audit_of(row),
    )
    c.warnings = rules.warnings(c, today, reminder_days)
    return c


def write_content(row: cm.ContractRow, c: Contract) -> bool:
    """Copy a draft's editable content onto its row; True when anything changed."""
    values = dict(
        kind=c.kind, start_date=c.start, end_date=c.end, dealer_name=c.dealer.name, dealer_uscc=c.dealer.uscc,
        dealer_legal_rep=c.dealer.legal_rep, dealer_address=c.dealer.address, dealer_phone=c.dealer.phone,
        branch_name=c.branch.name, branch_uscc=c.branch.uscc, branch_legal_rep=c.branch.legal_rep,
        branch_address=c.branch.address, branch_phone=c.branch.phone, terms=to_json(c.terms),
        qualification_no=c.qualification_no, qualification_expiry=c.qualification_expiry, note=c.note,
    )
    return assign(row, **values)


def list_row(row: cm.ContractRow, today: date, reminder_days: int, attachment_types: set[str]) -> ContractLine:
    days = (row.end_date - today).days if row.end_date is not None else None
    probe = Contract(kind=row.kind, status=row.status, end=row.end_date, qualification_no=row.qualification_no,
                     qualification_expiry=row.qualification_expiry, terms=terms_of(row),
                     attachments=[Attachment(doc_type=d) for d in attachment_types])
    return ContractLine(row.id, row.number, row.revision, row.dealer_id, row.dealer_name, row.kind, row.status,
                           row.start_date, row.end_date, days, row.qualification_expiry,
                           len(rules.warnings(probe, today, reminder_days)), row.updated_at, row.version)


ATTACHMENT_COPIED = ("position", "doc_type", "label", "file_name", "media_type", "size", "sha256", "pages", "content")


def copy_attachments(s: Session, source_id: int, target: cm.ContractRow, stamp) -> None:
    """The documents of contract ``source_id`` attached to ``target`` as well (a revision starts with
    the documents the revision it amends was signed with; ``stamp(row)`` sets who and when)."""
    for a in attachments_of(s, source_id):
        copy = cm.ContractAttachmentRow(contract_id=target.id, **{k: getattr(a, k) for k in ATTACHMENT_COPIED})
        stamp(copy)
        s.add(copy)
    s.flush()
