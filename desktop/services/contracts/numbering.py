"""Contract numbers: unique and never reused, also when two users create contracts at the same moment.

Each scope (the pattern filled without its counter, e.g. 'ZJ-车商-2026-#') has a row in
``contract_sequences`` holding the last number handed out. A number is taken inside the
caller's transaction by compare-and-set — read the value, then ``UPDATE … SET value = old + 1
WHERE scope = … AND value = old`` — and tried again when another writer got there first. The
increment commits or rolls back with the contract that uses it, so a number is never lost to
a failed save nor handed out twice; the counter only counts up, so a deleted draft's number is
never reused. Plain SQL, no SQLite specifics: the same holds on PostgreSQL (row locks under
READ COMMITTED). The services take numbers inside a write unit, so the compare-and-set succeeds
at once there; it stays as the guard for any other writer. Runs on the calling thread.
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.persistence.models import contracts as cm
from desktop.rules.contracts.lifecycle import format_number, number_scope
from desktop.services.context import ServiceContext
from desktop.services.contracts.common import ContractRefused

MAX_ATTEMPTS = 200


def ensure_scope(ctx: ServiceContext, scope: str) -> None:
    """Create the scope's counter row in a transaction of its own (another process may race us to it)."""
    with ctx.unit() as s:
        if s.get(cm.ContractSequence, scope) is not None:
            return
    try:
        with ctx.write_unit() as s:
            if s.get(cm.ContractSequence, scope) is None:  # checked again under the write lock
                s.add(cm.ContractSequence(scope=scope, value=0))
    except IntegrityError:
        pass  # another program created it a moment ago: that is all we wanted


def take(s: Session, scope: str) -> int:
    """The next number of ``scope`` inside the caller's transaction (the scope row must exist)."""
    table = cm.ContractSequence.__table__
    for _ in range(MAX_ATTEMPTS):
        current = s.execute(select(table.c.value).where(table.c.scope == scope)).scalar()
        if current is None:
            raise ContractRefused("contract.number_scope_missing", scope=scope)
        done = s.execute(update(table).where(table.c.scope == scope, table.c.value == current).values(value=current + 1))
        if done.rowcount == 1:
            return current + 1
    raise ContractRefused("contract.number_busy")


def peek(s: Session, scope: str) -> int:
    """The last number handed out in ``scope`` (0 when none)."""
    row = s.get(cm.ContractSequence, scope)
    return row.value if row is not None else 0


def allocate(s: Session, pattern: str, branch: str, year: int) -> str:
    """A new contract number inside the caller's transaction (call ``ensure_scope`` first)."""
    return format_number(pattern, branch, year, take(s, number_scope(pattern, branch, year)))


def allocate_in_session(s: Session, pattern: str, branch: str, year: int) -> str:
    """The same for a caller that owns one long transaction (the demo): creates the scope row if needed."""
    scope = number_scope(pattern, branch, year)
    if s.get(cm.ContractSequence, scope) is None:
        s.add(cm.ContractSequence(scope=scope, value=0))
        s.flush()
    return format_number(pattern, branch, year, take(s, scope))
