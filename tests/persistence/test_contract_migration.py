"""0005_contract_followups: the two unique indexes (one partial), and a database already holding
duplicate follow-ups is left exactly as it was, with a message naming them."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, func, inspect, select, text
from sqlalchemy.exc import IntegrityError

from desktop.persistence.models import contracts as cm
from desktop.persistence import migrate
from desktop.persistence.errors import DatabaseError
from desktop.services.contracts import drafts as contracts
from desktop.services.context import ServiceContext
from tests.services.contracts_support import DAY, dealer_with_policy


@pytest.fixture
def old_ctx(db_url):
    """A database with a dealer, its approved policy and a contract, taken back to 0004_contracts
    (before this revision), and a context that does not upgrade it. The data is made at HEAD: the
    services write today's dealer columns, which 0004 did not have yet."""
    context = ServiceContext.open(db_url, "tester")
    dealer, _pv = dealer_with_policy(context)
    context.made = contracts.create(context, dealer.id, today=DAY)
    migrate.downgrade(context.engine, "0004_contracts")
    yield context
    context.dispose()


def _indexes(engine) -> dict[str, dict]:
    return {ix["name"]: ix for ix in inspect(engine).get_indexes("contracts")}


def _copy(row: cm.ContractRow, **changes) -> cm.ContractRow:
    keep = {c.key: getattr(row, c.key) for c in cm.ContractRow.__table__.columns if c.key != "id"}
    return cm.ContractRow(**{**keep, **changes})


def test_head_has_the_followup_indexes(ctx):
    found = _indexes(ctx.engine)
    assert found.get("uq_contracts_renews_id", {}).get("unique"), f"renews_id is unique: {sorted(found)}"
    assert found.get("uq_contracts_open_revision", {}).get("unique"), f"one open revision per number: {sorted(found)}"
    with ctx.unit() as s:
        sql = s.execute(text("SELECT sql FROM sqlite_master WHERE name = 'uq_contracts_open_revision'")).scalar()
    assert "WHERE status IN ('draft', 'under_review')" in sql, f"the index is partial on the open statuses: {sql}"


def test_duplicates_stop_the_upgrade_untouched_until_removed(old_ctx):
    c = old_ctx.made
    with old_ctx.unit() as s:  # what the race could leave behind before 0005
        row = s.get(cm.ContractRow, c.id)
        s.add_all([_copy(row, number="R-1", renews_id=c.id), _copy(row, number="R-2", renews_id=c.id),
                   _copy(row, revision=2, amends_id=c.id)])
    with pytest.raises(DatabaseError) as info:
        migrate.upgrade(old_ctx.engine)
    message = str(info.value)
    assert f"contract {c.number}/1 is renewed by R-1, R-2" in message, f"names the doubly renewed contract: {message}"
    assert f"contract {c.number} has open revisions 1, 2" in message, f"names the open revisions: {message}"
    live = migrate.sqlite_file(old_ctx.engine)
    assert "\n" not in message and str(live) in message, f"one line, naming the untouched database file: {message}"
    assert not list(live.parent.glob("*before-migration*")), "a failed upgrade leaves no extra copy (the file is unchanged)"
    assert migrate.current_revision(old_ctx.engine) == "0004_contracts", "the database stays at the old revision"
    with old_ctx.unit() as s:
        assert s.scalar(select(func.count()).select_from(cm.ContractRow)) == 4, "no contract was removed or changed"
        s.execute(delete(cm.ContractRow).where(cm.ContractRow.number == "R-2"))
        s.execute(delete(cm.ContractRow).where(cm.ContractRow.revision == 2))
    migrate.upgrade(old_ctx.engine)
    assert migrate.current_revision(old_ctx.engine) == migrate.HEAD, "without duplicates the upgrade goes through"
    with pytest.raises(IntegrityError):
        with old_ctx.unit() as s:
            s.add(_copy(s.get(cm.ContractRow, c.id), number="R-3", renews_id=c.id))


def test_downgrade_removes_only_the_indexes(ctx):
    migrate.downgrade(ctx.engine, "0004_contracts")
    found = _indexes(ctx.engine)
    assert not {"uq_contracts_renews_id", "uq_contracts_open_revision"} & set(found), f"both indexes dropped: {sorted(found)}"
    assert "ix_contracts_number" in found, f"0004's own indexes stay: {sorted(found)}"
