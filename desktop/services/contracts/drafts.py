"""Contracts: create a draft from the approved policy version and the negotiation outcome, read,
list, edit drafts, delete drafts.

A new contract's terms are the approved policy's (commission per line, bonuses, repair referral,
underwriting) with the outcome's agreed items beside them; targets and service commitments are
the parts a draft edits. Numbers come from ``contracts_numbering`` inside the creating
transaction. Every function runs on the calling thread in its own unit of work; saving refuses
a stale copy (ConflictError).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.persistence.models import contracts as cm
from desktop.persistence.models import dealers as m
from desktop.persistence.models import negotiation as n
from desktop.persistence.models import meetings as mm
from desktop.rules.contracts import lifecycle as rules
from desktop.rules.contracts.records import AgreedItem, Contract, ContractLine, ContractTerms, Party, Template
from desktop.rules.contracts.snapshot import to_json
from desktop.rules.errors import FieldProblem, RuleError
from desktop.rules.negotiation.policy_records import PolicyVersion
from desktop.services.contracts import numbering
from desktop.services.contracts import settings
from desktop.services.context import ServiceContext
from desktop.services.contracts.common import (
    ContractNotFound,
    attachments_of,
    branch_row,
    list_row,
    record,
    refuse_second_renewal,
    require_contract,
    terms_of,
    write_content,
)
from desktop.errors import InUseError
from desktop.services.conflicts import check_version, stale_guard
from desktop.services.negotiation.common import require_dealer
from desktop.services.negotiation.outcomes import get_outcome
from desktop.services.negotiation.policies import record as policy_record

CREATE_ATTEMPTS = 5


def _today(today: date | None) -> date:
    return today or date.today()


def get(ctx: ServiceContext, contract_id: int, today: date | None = None) -> Contract:
    """The contract with its attachments (metadata) and its warnings as of ``today``."""
    with ctx.unit() as s:
        row = require_contract(s, contract_id)
        return record(row, attachments_of(s, contract_id), _today(today), settings.reminder_days(s))


def list_rows(ctx: ServiceContext, today: date | None = None, *, dealer_id: int | None = None) -> list[ContractLine]:
    """Every contract (or one dealer's), newest number first, with days left and warning counts."""
    day = _today(today)
    with ctx.unit() as s:
        days = settings.reminder_days(s)
        stmt = select(cm.ContractRow).order_by(cm.ContractRow.id.desc())
        if dealer_id is not None:
            stmt = stmt.where(cm.ContractRow.dealer_id == dealer_id)
        types: dict[int, set[str]] = {}
        for cid, doc_type in s.execute(select(cm.ContractAttachmentRow.contract_id, cm.ContractAttachmentRow.doc_type)):
            types.setdefault(cid, set()).add(doc_type)
        return [list_row(r, day, days, types.get(r.id, set())) for r in s.scalars(stmt)]


@dataclass
class Candidate:
    """A dealer a contract can be drafted for: it has an approved policy version."""

    dealer_id: int
    name: str
    policy_id: int
    policy_number: int


def candidates(ctx: ServiceContext) -> list[Candidate]:
    """Dealers with an approved policy (newest approved version each), by name. Worker thread."""
    pv, d = n.PolicyVersionRow, m.Dealer
    with ctx.unit() as s:
        rows = s.execute(select(d.id, d.legal_name, pv.id, pv.number).join(pv, pv.dealer_id == d.id)
                         .where(pv.status == "approved", d.archived.is_(False)).order_by(d.legal_name, pv.number.desc()))
        newest: dict[int, Candidate] = {}
        for dealer_id, name, policy_id, number in rows:
            newest.setdefault(dealer_id, Candidate(dealer_id, name, policy_id, number))
    return list(newest.values())


def approved_policy(s: Session, dealer_id: int, policy_id: int | None) -> n.PolicyVersionRow:
    """The policy version a contract takes its terms from: the one named, else the newest approved."""
    if policy_id is None:
        row = s.scalars(select(n.PolicyVersionRow).where(n.PolicyVersionRow.dealer_id == dealer_id,
                                                         n.PolicyVersionRow.status == "approved")
                        .order_by(n.PolicyVersionRow.number.desc()).limit(1)).first()
        if row is None:
            raise RuleError(FieldProblem("terms.policy_id", "contract.no_approved_policy"))
        return row
    row = s.get(n.PolicyVersionRow, policy_id)
    if row is None or row.dealer_id != dealer_id:
        raise RuleError(FieldProblem("terms.policy_id", "contract.policy_other_dealer", {"id": policy_id}))
    if row.status != "approved":
        raise RuleError(FieldProblem("terms.policy_id", "contract.policy_not_approved", {"number": row.number}))
    return row


def _outcome_meeting(s: Session, dealer_id: int, meeting_id: int | None) -> int | None:
    """The meeting whose outcome the contract records: the one named, else the latest with an agreement."""
    if meeting_id is not None:
        meeting = s.get(mm.MeetingRow, meeting_id)
        if meeting is None or meeting.dealer_id != dealer_id:
            raise RuleError(FieldProblem("terms.meeting_id", "contract.meeting_other_dealer", {"id": meeting_id}))
        return meeting_id
    rows = s.execute(select(mm.MeetingRow.id, mm.MeetingRow.day, mm.OutcomeRow.result)
                     .join(mm.OutcomeRow, mm.OutcomeRow.meeting_id == mm.MeetingRow.id)
                     .where(mm.MeetingRow.dealer_id == dealer_id)).all()
    ranked = sorted(rows, key=lambda r: (r.result == "intent", r.day or date.min, r.id))
    return ranked[-1].id if ranked else None


def terms_from(pv: PolicyVersion, agreed: list[AgreedItem], service: list[str], meeting_id: int | None) -> ContractTerms:
    """The contract's terms: exactly the approved policy's, the outcome's items beside them."""
    renewal = next((a.value for a in agreed if "续保率" in a.item or "renewal rate" in a.item.lower()), None)
    return ContractTerms(
        rates=dict(pv.rates), bonuses=list(pv.bonuses), new_car_ratio=pv.new_car_ratio, renewal_ratio=pv.renewal_ratio,
        min_monthly_premium=pv.min_monthly_premium, min_sales_share=pv.min_sales_share,
        referral_brands=list(pv.referral_brands), vehicle_types=list(pv.vehicle_types), max_vehicle_age=pv.max_vehicle_age,
        conditions=pv.conditions, exclusions=list(pv.exclusions), service=list(service),
        target_monthly_premium=pv.min_monthly_premium, target_take_up=pv.take_up, target_renewal_rate=renewal,
        agreed=agreed, policy_id=pv.id, policy_number=pv.number, policy_approved_by=pv.approved_by,
        policy_approved_at=pv.approved_at, meeting_id=meeting_id,
    )


def _agreed(ctx: ServiceContext, meeting_id: int | None) -> list[AgreedItem]:
    if meeting_id is None:
        return []
    return [AgreedItem(t.item, t.value, t.unit, t.note, t.beyond) for t in get_outcome(ctx, meeting_id).terms]


def one_year_on(start: date) -> date:
    """The last day of a one-year term starting on ``start`` (29 Feb starts run to 28 Feb)."""
    try:
        following = start.replace(year=start.year + 1)
    except ValueError:
        following = date(start.year + 1, 3, 1)
    return following - timedelta(days=1)


def dealer_party(d: m.Dealer) -> Party:
    boss = next((p.name for p in d.people if p.role == "decision_maker"), "")
    return Party(d.legal_name, d.uscc or "", boss, d.address, d.contact_phone)


def template_defaults(template: Template, dealer: Party) -> dict[str, str]:
    """The template's own terms as a new contract starts them: each field's default; the account
    name, when the template asks for one, is the dealer's legal name (commission goes to its
    corporate account only)."""
    extra = {f.name: f.default for f in template.fields}
    if "dealer_account_name" in extra and not extra["dealer_account_name"]:
        extra["dealer_account_name"] = dealer.name
    return extra


def create(ctx: ServiceContext, dealer_id: int, *, kind: str = "cooperation", start: date | None = None,
           end: date | None = None, policy_id: int | None = None, meeting_id: int | None = None,
           today: date | None = None, renews_id: int | None = None) -> Contract:
    """A new draft for the dealer, numbered, with the approved policy's terms and the current template.

    RuleError when the dealer has no approved policy (or the one named is not approved or not
    theirs), or when a value is malformed. The number is taken in the same transaction. With
    ``renews_id``: ContractRefused when that contract already has a renewal (the database refuses
    a second one even when two users renew it at the same moment).
    """
    day = _today(today)
    if kind not in rules.KINDS:
        raise RuleError(FieldProblem("kind", "value.choice", {"value": kind}))
    start = start or day
    end = end or one_year_on(start)
    with ctx.unit() as s:
        dealer = require_dealer(s, dealer_id)
        pv = policy_record(approved_policy(s, dealer_id, policy_id))
        meeting = _outcome_meeting(s, dealer_id, meeting_id)
        party = dealer_party(dealer)
        qualification = (dealer.licence_no, dealer.licence_expiry)
        b = branch_row(s)
        pattern, code = b.number_pattern, b.branch_code
        our = Party(b.name, b.uscc, b.legal_rep, b.address, b.phone)
    settings.ensure_templates(ctx)
    template = settings.current_template(ctx, kind)
    terms = replace(terms_from(pv, _agreed(ctx, meeting), template.service_zh, meeting),
                    extra=template_defaults(template, party))
    draft = Contract(dealer_id=dealer_id, kind=kind, start=start, end=end, dealer=party, branch=our, branch_code=code,
                     terms=terms, qualification_no=qualification[0], qualification_expiry=qualification[1])
    clean = rules.validate_contract(draft, complete=False)
    numbering.ensure_scope(ctx, rules.number_scope(pattern, code, day.year))
    for attempt in range(CREATE_ATTEMPTS):
        try:
            with ctx.write_unit() as s:
                number = numbering.allocate(s, pattern, code, day.year)
                row = cm.ContractRow(number=number, revision=1, dealer_id=dealer_id, status="draft", branch_code=code,
                                     policy_version_id=pv.id, meeting_id=meeting, template_id=template.id,
                                     template_version=template.version, renews_id=renews_id)
                write_content(row, clean)
                ctx.stamp(row, new=True)
                s.add(row)
                s.flush()
                contract_id = row.id
            break
        except IntegrityError:  # the unique (number, revision) caught a clash: take the next number
            if renews_id is not None:  # … or another user renewed the same contract a moment ago
                with ctx.unit() as s:
                    refuse_second_renewal(s, require_contract(s, renews_id), just_now=True)
            if attempt == CREATE_ATTEMPTS - 1:
                raise
    return get(ctx, contract_id, day)


def save_draft(ctx: ServiceContext, c: Contract, today: date | None = None) -> Contract:
    """Save a draft's content. Terms from the policy are kept as they are; targets and service
    commitments are taken from ``c``. RuleError for a contract past draft or bad values."""
    with ctx.unit() as s:
        row = require_contract(s, c.id)
        rules.require_editable(row.status, row.number)
        stored = terms_of(row)
    terms = replace(stored, target_monthly_premium=c.terms.target_monthly_premium, target_take_up=c.terms.target_take_up,
                    target_renewal_rate=c.terms.target_renewal_rate, service=list(c.terms.service),
                    extra={k: rules.plain(v) for k, v in c.terms.extra.items()})
    clean = rules.validate_contract(replace(c, terms=terms), complete=False)
    with stale_guard(ctx, cm.ContractRow, c.id), ctx.write_unit() as s:
        row = require_contract(s, c.id)
        check_version(row, c.audit.version)
        rules.require_editable(row.status, row.number)
        if write_content(row, clean):
            ctx.stamp(row, new=False)
    return get(ctx, c.id, today)


def refresh_terms(ctx: ServiceContext, contract_id: int, version: int, today: date | None = None) -> Contract:
    """Take a draft's terms again from the dealer's newest approved policy (targets and services kept)."""
    with stale_guard(ctx, cm.ContractRow, contract_id), ctx.unit() as s:
        row = require_contract(s, contract_id)
        check_version(row, version)
        rules.require_editable(row.status, row.number)
        pv = policy_record(approved_policy(s, row.dealer_id, None))
        old = terms_of(row)
        meeting = row.meeting_id
    fresh = terms_from(pv, _agreed(ctx, meeting), old.service, meeting)
    fresh = replace(fresh, target_monthly_premium=old.target_monthly_premium, target_take_up=old.target_take_up,
                    target_renewal_rate=old.target_renewal_rate, extra=dict(old.extra))
    with stale_guard(ctx, cm.ContractRow, contract_id), ctx.write_unit() as s:
        row = require_contract(s, contract_id)
        check_version(row, version)
        row.terms, row.policy_version_id = to_json(fresh), pv.id
        ctx.stamp(row, new=False)
    return get(ctx, contract_id, today)


def delete_draft(ctx: ServiceContext, contract_id: int, version: int) -> None:
    """Delete a draft (its number is not reused) with its attachments and the packs stored for it.

    A draft's pack is only a print of something that never became binding: its row goes with the
    draft (so a PDF made from it verifies as unknown afterwards). The PDF files themselves are not
    touched: the database holds only their names, and a copy may have been saved, printed or sent.
    Contracts past draft are kept for good (RuleError). InUseError when another contract was made
    from this one, or when something was stored for it while it was being deleted.
    """
    number = ""
    try:
        with stale_guard(ctx, cm.ContractRow, contract_id, "contract"), ctx.write_unit() as s:
            row = s.get(cm.ContractRow, contract_id, with_for_update=True)  # PostgreSQL: a pack being stored waits
            if row is None:
                raise ContractNotFound("contract", contract_id)
            number = row.number
            check_version(row, version)
            if row.status != "draft":
                raise RuleError(rules.StatusProblem("status", "contract.not_editable", {"number": row.number, "status": row.status}))
            follower = s.scalars(select(cm.ContractRow).where(
                (cm.ContractRow.amends_id == contract_id) | (cm.ContractRow.renews_id == contract_id))).first()
            if follower is not None:  # the services never make one from a draft; older or edited data might
                raise InUseError("contract.delete_followed", number=row.number, other=follower.number,
                                 revision=follower.revision)
            for pack in s.scalars(select(cm.ContractPackRow).where(cm.ContractPackRow.contract_id == contract_id)):
                s.delete(pack)  # through the ORM, so the pack guard checks once more that its contract is a draft
            s.flush()
            s.delete(row)  # the attachments go with it (ON DELETE CASCADE)
    except IntegrityError:  # a row pointing at the draft was stored between our reads and the delete
        raise InUseError("contract.delete_raced", number=number or contract_id) from None


def signed_dealers(s: Session) -> set[int]:
    """Dealers with a contract that was signed at some point (the pipeline's last stage)."""
    statuses = rules.LIVE + ("expired", "renewed", "terminated", "superseded")
    return set(s.scalars(select(cm.ContractRow.dealer_id).where(cm.ContractRow.status.in_(statuses)).distinct()))
