"""Tables of the contract area (SOP 签约合作): contracts and their amendments, the number sequences,
clause templates (every edit a new version), attachments, our branch entity, and generated packs.

A contract's content changes only while it is a draft; from then on only its lifecycle columns
move (status, signing, termination). An ORM event refuses anything else — the services never
try, this is the backstop — and the same holds for the attachments and the stored packs of a
contract past draft.

Follow-ups are one at a time, also when two users act at the same moment (the services check
first; the database has the last word): a contract is renewed by at most one contract
(``uq_contracts_renews_id``; deleting a renewal draft frees it), and a contract number has at
most one revision not yet binding (``uq_contracts_open_revision``, partial on the open statuses,
which SQLite and PostgreSQL both enforce).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (JSON, Date, DateTime, ForeignKey, Index, Integer, LargeBinary, String, Text, UniqueConstraint,
                        event, inspect, select, text)
from sqlalchemy.orm import Mapped, mapped_column

from desktop.persistence.base import Audited, Base, utcnow
from desktop.errors import ServiceError


class ContractBranch(Audited, Base):
    """Our branch entity (one row, id 1): the party on our side, the number pattern, the reminder."""

    __tablename__ = "contract_branch"
    id: Mapped[int] = mapped_column(primary_key=True)
    branch_code: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200))
    uscc: Mapped[str] = mapped_column(String(18), default="")
    legal_rep: Mapped[str] = mapped_column(String(60), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    number_pattern: Mapped[str] = mapped_column(String(60))
    reminder_days: Mapped[int] = mapped_column(Integer, default=60)
    # The branch's logo as printed on the brochure (PNG or JPEG bytes; kept out of the history).
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)
    logo_name: Mapped[str] = mapped_column(String(200), default="", server_default="")


class ContractSequence(Base):
    """The last number handed out in one scope (e.g. 'ZJ-车商-2026-#'); only ever counts up."""

    __tablename__ = "contract_sequences"
    scope: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


class ContractTemplateRow(Audited, Base):
    """One version of the clause template of a contract kind; versions are never edited."""

    __tablename__ = "contract_templates"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    template_version: Mapped[int] = mapped_column(Integer)
    title_zh: Mapped[str] = mapped_column(String(200))
    title_en: Mapped[str] = mapped_column(String(200))
    clauses: Mapped[list] = mapped_column(JSON, default=list)
    service_zh: Mapped[list] = mapped_column(JSON, default=list)
    service_en: Mapped[list] = mapped_column(JSON, default=list)
    fields: Mapped[list] = mapped_column(JSON, default=list)  # the template's own placeholders (TemplateField)
    source: Mapped[str] = mapped_column(String(10), default="bundled")
    note: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (UniqueConstraint("kind", "template_version", name="uq_contract_templates_kind_version"),)


# The statuses not yet binding (rules.contracts.lifecycle.OPEN, spelled out: the index must never change silently).
OPEN_WHERE = "status IN ('draft', 'under_review')"


class ContractRow(Audited, Base):
    __tablename__ = "contracts"
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(60), index=True)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    dealer_id: Mapped[int] = mapped_column(ForeignKey("dealers.id", ondelete="RESTRICT"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(16), default="draft", index=True)
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date, index=True)
    dealer_name: Mapped[str] = mapped_column(String(200), default="")
    dealer_uscc: Mapped[str] = mapped_column(String(18), default="")
    dealer_legal_rep: Mapped[str] = mapped_column(String(60), default="")
    dealer_address: Mapped[str] = mapped_column(String(300), default="")
    dealer_phone: Mapped[str] = mapped_column(String(40), default="")
    branch_code: Mapped[str] = mapped_column(String(20), default="")
    branch_name: Mapped[str] = mapped_column(String(200), default="")
    branch_uscc: Mapped[str] = mapped_column(String(18), default="")
    branch_legal_rep: Mapped[str] = mapped_column(String(60), default="")
    branch_address: Mapped[str] = mapped_column(String(300), default="")
    branch_phone: Mapped[str] = mapped_column(String(40), default="")
    terms: Mapped[dict] = mapped_column(JSON, default=dict)
    policy_version_id: Mapped[int | None] = mapped_column(ForeignKey("policy_versions.id", ondelete="RESTRICT"))
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id", ondelete="SET NULL"))
    template_id: Mapped[int | None] = mapped_column(ForeignKey("contract_templates.id", ondelete="RESTRICT"))
    template_version: Mapped[int] = mapped_column(Integer, default=0)
    qualification_no: Mapped[str] = mapped_column(String(60), default="")
    qualification_expiry: Mapped[date | None] = mapped_column(Date)
    amends_id: Mapped[int | None] = mapped_column(ForeignKey("contracts.id", ondelete="RESTRICT"))
    renews_id: Mapped[int | None] = mapped_column(ForeignKey("contracts.id", ondelete="RESTRICT"))
    signed_on: Mapped[date | None] = mapped_column(Date)
    signed_by: Mapped[str] = mapped_column(String(60), default="")
    terminated_on: Mapped[date | None] = mapped_column(Date)
    termination_reason: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (
        UniqueConstraint("number", "revision", name="uq_contracts_number_revision"),
        Index("uq_contracts_renews_id", "renews_id", unique=True),
        Index("uq_contracts_open_revision", "number", unique=True, sqlite_where=text(OPEN_WHERE),
              postgresql_where=text(OPEN_WHERE)),
    )


class ContractAttachmentRow(Audited, Base):
    """A scan the user supplied, stored with its bytes so a pack can always be made again."""

    __tablename__ = "contract_attachments"
    id: Mapped[int] = mapped_column(primary_key=True)
    contract_id: Mapped[int] = mapped_column(ForeignKey("contracts.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    doc_type: Mapped[str] = mapped_column(String(30), default="other")
    label: Mapped[str] = mapped_column(String(200), default="")
    file_name: Mapped[str] = mapped_column(String(255), default="")
    media_type: Mapped[str] = mapped_column(String(40), default="")
    size: Mapped[int] = mapped_column(Integer, default=0)
    sha256: Mapped[str] = mapped_column(String(64), default="")
    pages: Mapped[int] = mapped_column(Integer, default=1)
    content: Mapped[bytes] = mapped_column(LargeBinary)


class ContractPackRow(Base):
    """A generated pack: the SHA-256 of the PDF and the JSON snapshot it was made from. Never edited."""

    __tablename__ = "contract_packs"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True)
    contract_id: Mapped[int] = mapped_column(ForeignKey("contracts.id", ondelete="RESTRICT"), index=True)
    number: Mapped[str] = mapped_column(String(60))
    revision: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    pages: Mapped[int] = mapped_column(Integer, default=0)
    lang: Mapped[str] = mapped_column(String(8), default="zh_CN")
    file_name: Mapped[str] = mapped_column(String(255), default="")
    snapshot: Mapped[dict] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(60), default="")


# --- the backstop: nothing but the lifecycle moves once a contract has left draft ----------------------
LIFECYCLE = frozenset({"status", "signed_on", "signed_by", "terminated_on", "termination_reason",
                       "version", "updated_at", "updated_by"})


class ImmutableContractError(ServiceError):
    """A contract past draft (or its attachments, or a pack stored for it) was about to change.

    The message for the user is ``contract.immutable``; the text says what was touched (the log)."""

    code = "contract.immutable"

    def __init__(self, detail: str):
        super().__init__("contract.immutable")
        self.args = (detail,)


@event.listens_for(ContractRow, "before_update")
def _content_frozen_after_draft(_mapper, _connection, target: ContractRow) -> None:
    state = inspect(target)
    history = state.attrs.status.history
    was = history.deleted[0] if history.deleted else target.status
    if was == "draft":
        return
    changed = sorted(a.key for a in state.attrs if a.key not in LIFECYCLE and a.history.has_changes())
    if changed:
        raise ImmutableContractError(f"contract {target.number}/{target.revision} is {was}: {', '.join(changed)} cannot change")


@event.listens_for(ContractRow, "before_delete")
def _only_drafts_deleted(_mapper, _connection, target: ContractRow) -> None:
    if target.status != "draft":
        raise ImmutableContractError(f"contract {target.number}/{target.revision} is {target.status} and cannot be deleted")


def _attachments_frozen(_mapper, connection, target: ContractAttachmentRow) -> None:
    status = connection.execute(select(ContractRow.status).where(ContractRow.id == target.contract_id)).scalar()
    if status is not None and status != "draft":
        raise ImmutableContractError(f"the attachments of contract {target.contract_id} ({status}) cannot change")


for _event in ("before_insert", "before_update", "before_delete"):
    event.listen(ContractAttachmentRow, _event, _attachments_frozen)


def _packs_kept(_mapper, connection, target: ContractPackRow) -> None:
    # A pack is the proof of what was printed; once its contract left draft it stays as recorded.
    history = inspect(target).attrs.contract_id.history  # moving a pack off a contract changes that one too
    owners = {target.contract_id, *history.deleted}
    statuses = connection.execute(select(ContractRow.status).where(ContractRow.id.in_(owners))).scalars().all()
    status = next((s for s in statuses if s != "draft"), None)
    if status is not None:
        raise ImmutableContractError(f"pack {target.uid} of contract {target.number}/{target.revision} ({status}) cannot change")


for _event in ("before_update", "before_delete"):
    event.listen(ContractPackRow, _event, _packs_kept)
