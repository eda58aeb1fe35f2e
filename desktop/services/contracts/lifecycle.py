"""The contract lifecycle: submit, return, sign, take effect, terminate; amendments and renewals;
the time-driven moves (in force on the start date, expiring a configurable number of days
before the end, expired after it) and the "expiring soon" list.

Signing an amendment supersedes the revision it amends; signing a renewal marks the contract
it renews as renewed. Every function runs on the calling thread in its own unit of work and
refuses stale copies (ConflictError); illegal moves are RuleError(contract.bad_transition).
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from desktop.persistence.models import contracts as cm
from desktop.rules.contracts import lifecycle as rules
from desktop.rules.contracts import blanks
from desktop.rules.contracts.records import Contract, ContractLine, Template
from desktop.rules.errors import FieldProblem, RuleError
from desktop.services.contracts import drafts as contract_service
from desktop.services.contracts import settings
from desktop.services.context import ServiceContext
from desktop.services.contracts.common import (
    ContractRefused,
    attachments_of,
    copy_attachments,
    record,
    refuse_second_amendment,
    refuse_second_renewal,
    require,
    require_contract,
)
from desktop.services.conflicts import check_version, stale_guard


def _today(today: date | None) -> date:
    return today or date.today()


def _move(ctx: ServiceContext, row: cm.ContractRow, action: str) -> None:
    row.status = rules.next_status(row.status, action)
    ctx.stamp(row, new=False)


def _template(s, row: cm.ContractRow) -> Template:
    """The template version the contract was drafted from (what its pack prints)."""
    if row.template_id is None:
        raise ContractRefused("contract.template_missing", kind=row.kind)
    return settings.template_record(require(s, cm.ContractTemplateRow, row.template_id, "template"))


def _settle(ctx: ServiceContext, row: cm.ContractRow, today: date, days: int) -> None:
    for action in rules.due_actions(row.status, row.start_date, row.end_date, today, days):
        _move(ctx, row, action)


def submit(ctx: ServiceContext, contract_id: int, version: int, today: date | None = None) -> Contract:
    """Draft → under review; every required field must be filled and no term of the text left blank
    (RuleError naming each)."""
    day = _today(today)
    with stale_guard(ctx, cm.ContractRow, contract_id), ctx.write_unit() as s:
        row = require_contract(s, contract_id)
        check_version(row, version)
        rules.next_status(row.status, "submit")
        contract = record(row, attachments_of(s, contract_id), day, 0)
        rules.validate_contract(contract, complete=True)
        blanks.refuse_blanks(contract, _template(s, row), "submit")
        _move(ctx, row, "submit")
    return contract_service.get(ctx, contract_id, day)


def return_to_draft(ctx: ServiceContext, contract_id: int, version: int, today: date | None = None) -> Contract:
    """Under review → draft, so it can be edited again."""
    with stale_guard(ctx, cm.ContractRow, contract_id), ctx.write_unit() as s:
        row = require_contract(s, contract_id)
        check_version(row, version)
        _move(ctx, row, "return")
    return contract_service.get(ctx, contract_id, today)


def sign(ctx: ServiceContext, contract_id: int, version: int, signed_on: date | None = None,
         today: date | None = None) -> Contract:
    """Under review → signed (in force at once when its start has come). From here on it never changes.

    An agency agreement needs a current agency qualification; every contract needs its text without
    a blank and its required documents attached (RuleError naming each). Signing an amendment supersedes
    the revision it amends; signing a renewal marks the renewed contract 'renewed'.
    """
    day = _today(today)
    on = signed_on or day
    with stale_guard(ctx, cm.ContractRow, contract_id), ctx.write_unit() as s:
        row = require_contract(s, contract_id)
        check_version(row, version)
        days = settings.reminder_days(s)
        rules.next_status(row.status, "sign")
        contract = record(row, attachments_of(s, contract_id), day, days)
        rules.check_signable(contract, on)
        blanks.refuse_blanks(contract, _template(s, row), "sign")
        blanks.refuse_missing_documents(contract)
        _move(ctx, row, "sign")
        row.signed_on, row.signed_by = on, ctx.user
        if row.amends_id is not None:
            _move(ctx, require_contract(s, row.amends_id), "supersede")
        if row.renews_id is not None:
            old = require_contract(s, row.renews_id)
            if old.status in rules.TRANSITIONS["renew"][0]:
                _move(ctx, old, "renew")
        _settle(ctx, row, day, days)
    return contract_service.get(ctx, contract_id, day)


def activate(ctx: ServiceContext, contract_id: int, version: int, today: date | None = None) -> Contract:
    """Signed → in force (RuleError before its start date); expiring or expired at once when due."""
    day = _today(today)
    with stale_guard(ctx, cm.ContractRow, contract_id), ctx.write_unit() as s:
        row = require_contract(s, contract_id)
        check_version(row, version)
        rules.next_status(row.status, "activate")
        if row.start_date is not None and row.start_date > day:
            raise RuleError(FieldProblem("start", "contract.not_started", {"date": row.start_date.isoformat()}))
        _move(ctx, row, "activate")
        _settle(ctx, row, day, settings.reminder_days(s))
    return contract_service.get(ctx, contract_id, day)


def terminate(ctx: ServiceContext, contract_id: int, version: int, reason: str, on: date | None = None,
              today: date | None = None) -> Contract:
    """Signed, in force or expiring → terminated on ``on`` for ``reason`` (required)."""
    day = _today(today)
    why = rules.plain(reason)
    if not why:
        raise RuleError(FieldProblem("termination_reason", "required"))
    with stale_guard(ctx, cm.ContractRow, contract_id), ctx.write_unit() as s:
        row = require_contract(s, contract_id)
        check_version(row, version)
        _move(ctx, row, "terminate")
        row.terminated_on, row.termination_reason = on or day, why
    return contract_service.get(ctx, contract_id, day)


AMEND_ATTEMPTS = 3


def _amend_once(ctx: ServiceContext, contract_id: int, version: int) -> int:
    with stale_guard(ctx, cm.ContractRow, contract_id), ctx.write_unit() as s:
        row = require_contract(s, contract_id)
        check_version(row, version)
        if row.status not in rules.LIVE:
            raise RuleError(rules.StatusProblem("status", "contract.amend_not_live", {"number": row.number, "status": row.status}))
        refuse_second_amendment(s, row.number)
        revision = (s.scalar(select(func.max(cm.ContractRow.revision)).where(cm.ContractRow.number == row.number)) or 1) + 1
        copy = cm.ContractRow(status="draft", revision=revision, amends_id=row.id, renews_id=None, signed_by="",
                              termination_reason="")
        for column in cm.ContractRow.__table__.columns:
            if column.key not in ("id", "status", "revision", "amends_id", "renews_id", "signed_on", "signed_by",
                                  "terminated_on", "termination_reason", "version", "created_at", "created_by",
                                  "updated_at", "updated_by"):
                setattr(copy, column.key, getattr(row, column.key))
        ctx.stamp(copy, new=True)
        s.add(copy)
        s.flush()
        copy_attachments(s, row.id, copy, lambda a: ctx.stamp(a, new=True))
        return copy.id


def amend(ctx: ServiceContext, contract_id: int, version: int, today: date | None = None) -> Contract:
    """A new draft revision of a signed contract (same number, revision + 1, linked to this one), with
    the documents the amended revision carries.

    Refused (ContractRefused) while another revision of the number is open — also when another
    user started one at the same moment: the database's unique index refuses the second.
    """
    for attempt in range(AMEND_ATTEMPTS):
        try:
            new_id = _amend_once(ctx, contract_id, version)
            break
        except IntegrityError:  # someone else's revision got in first: say whose, else read again and retry
            with ctx.unit() as s:
                refuse_second_amendment(s, require_contract(s, contract_id).number, just_now=True)
            if attempt == AMEND_ATTEMPTS - 1:
                raise
    return contract_service.get(ctx, new_id, today)


def renew(ctx: ServiceContext, contract_id: int, version: int, today: date | None = None) -> Contract:
    """A new contract (new number) for the term after this one, from the newest approved policy.

    A contract is renewed once: refused (ContractRefused) when it already has a renewal, also one
    another user created at the same moment (the database refuses the second). The old one is
    marked renewed when the new one is signed; deleting a renewal draft lets it be renewed again.
    """
    with ctx.unit() as s:
        row = require_contract(s, contract_id)
        check_version(row, version)
        if row.status not in rules.TRANSITIONS["renew"][0]:
            raise RuleError(rules.StatusProblem("status", "contract.bad_transition", {"status": row.status, "action": "renew"}))
        refuse_second_renewal(s, row)
        kind, dealer_id, end = row.kind, row.dealer_id, row.end_date
    start = end + timedelta(days=1) if end is not None else _today(today)
    return contract_service.create(ctx, dealer_id, kind=kind, start=start, today=today, renews_id=contract_id)


def advance(ctx: ServiceContext, today: date | None = None) -> int:
    """Apply the moves due by date to every binding contract; returns how many contracts moved.

    Safe to run from several places at once: a contract another user moved meanwhile is left to them.
    On an office database the database applies them by its own date (``office.advance_contracts``:
    whoever opens the contracts may, the moves need no role), within the caller's team scope.
    """
    if ctx.office:
        from sqlalchemy import text

        with ctx.unit() as s:
            return int(s.execute(text("SELECT office.advance_contracts()")).scalar() or 0)
    day = _today(today)
    moved = 0
    try:
        with ctx.write_unit() as s:
            days = settings.reminder_days(s)
            for row in s.scalars(select(cm.ContractRow).where(cm.ContractRow.status.in_(rules.LIVE))):
                if rules.due_actions(row.status, row.start_date, row.end_date, day, days):
                    _settle(ctx, row, day, days)
                    moved += 1
    except StaleDataError:
        return 0
    return moved


def expiring_soon(ctx: ServiceContext, today: date | None = None) -> list[ContractLine]:
    """Binding contracts ending within the reminder period (or already past their end), soonest first."""
    day = _today(today)
    with ctx.unit() as s:
        days = settings.reminder_days(s)
    rows = [r for r in contract_service.list_rows(ctx, day)
            if r.status in ("in_force", "expiring") and r.days_left is not None and r.days_left <= days]
    return sorted(rows, key=lambda r: (r.days_left, r.number))
