"""Contract numbers stay unique and gap-free when two processes create contracts on one SQLite file
at the same moment, and a number taken in a transaction that fails is not lost or handed out twice."""

from __future__ import annotations

import os
import traceback

import pytest
from sqlalchemy import func, select

from desktop.persistence.models import contracts as cm
from desktop.rules.contracts.lifecycle import format_number
from desktop.services.contracts import drafts as contracts, numbering
from desktop.services.context import ServiceContext
from tests.services.contracts_support import DAY, dealer_with_policy, in_two_processes

PER_PROCESS = 12
PATTERN = "{branch}-车商-{yyyy}-{nnnn}"


def _create_many(url: str, dealer_id: int, count: int, barrier, results) -> None:
    """Runs in a child process: wait for the other one, then create ``count`` contracts as fast as possible."""
    try:
        ctx = ServiceContext.open(url, "worker", migrate=False)
        barrier.wait(timeout=120)
        numbers = [contracts.create(ctx, dealer_id, today=DAY).number for _ in range(count)]
        ctx.dispose()
        results.put(("ok", numbers))
    except BaseException:  # report, never hang the parent
        results.put(("error", traceback.format_exc()))


PG_URL = os.environ.get("DEALERDESK_TEST_PG_URL")


def test_two_processes_creating_at_once_never_share_a_number(ctx, db_url):
    _race(ctx, db_url)


def test_the_same_race_on_postgresql(pg_ctx):
    _race(pg_ctx, PG_URL)


def _race(ctx, db_url):
    dealer, _pv = dealer_with_policy(ctx)
    contracts.create(ctx, dealer.id, today=DAY)  # templates and the sequence row exist; number 1 taken
    batches = in_two_processes(_create_many, db_url, dealer.id, PER_PROCESS)
    numbers = [n for batch in batches for n in batch]
    assert len(numbers) == 2 * PER_PROCESS, f"every creation returned a number: {len(numbers)}"
    assert len(set(numbers)) == len(numbers), f"no number handed out twice: {sorted(numbers)}"
    expected = {format_number(PATTERN, "ZJ", 2026, n) for n in range(2, 2 * PER_PROCESS + 2)}
    assert set(numbers) == expected, f"contiguous from 2: missing {sorted(expected - set(numbers))}"
    with ctx.unit() as s:
        stored = list(s.scalars(select(cm.ContractRow.number)))
        assert len(stored) == len(set(stored)) == 2 * PER_PROCESS + 1, "the database holds each number once"
        assert numbering.peek(s, "ZJ-车商-2026-#") == 2 * PER_PROCESS + 1, "the counter equals the last number"


def test_a_failed_transaction_gives_its_number_back_unused(ctx):
    dealer, _pv = dealer_with_policy(ctx)
    first = contracts.create(ctx, dealer.id, today=DAY)
    with pytest.raises(RuntimeError):
        with ctx.unit() as s:
            taken = numbering.allocate(s, PATTERN, "ZJ", 2026)
            assert taken == "ZJ-车商-2026-0002", f"the next number inside the transaction: {taken}"
            raise RuntimeError("the save failed after the number was taken")
    second = contracts.create(ctx, dealer.id, today=DAY)
    assert (first.number, second.number) == ("ZJ-车商-2026-0001", "ZJ-车商-2026-0002"), (
        "a number is only used once its contract is committed: no gap, no duplicate")


def test_the_same_number_cannot_be_stored_twice(ctx):
    dealer, _pv = dealer_with_policy(ctx)
    c = contracts.create(ctx, dealer.id, today=DAY)
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError):
        with ctx.unit() as s:
            s.add(cm.ContractRow(number=c.number, revision=1, dealer_id=dealer.id, kind="cooperation", terms={}))
    with ctx.unit() as s:
        assert s.scalar(select(func.count()).select_from(cm.ContractRow)) == 1, "the unique (number, revision) is the last defence"


def test_each_year_and_branch_counts_on_its_own(ctx):
    ensure = numbering.ensure_scope
    for scope in ("ZJ-车商-2026-#", "ZJ-车商-2027-#", "NB-车商-2026-#"):
        ensure(ctx, scope)
        ensure(ctx, scope)  # twice is harmless
    with ctx.unit() as s:
        got = [numbering.allocate(s, PATTERN, b, y) for b, y in (("ZJ", 2026), ("ZJ", 2026), ("ZJ", 2027), ("NB", 2026))]
    assert got == ["ZJ-车商-2026-0001", "ZJ-车商-2026-0002", "ZJ-车商-2027-0001", "NB-车商-2026-0001"], got
