"""One renewal per contract and one open revision per contract number, also when two users act at
the same moment: the database refuses the second (unique indexes of 0005_contract_followups) and
the services turn that into a message naming who got there first — on SQLite and on PostgreSQL."""

from __future__ import annotations

import os
import traceback
from datetime import date

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from desktop.persistence.models import contracts as cm
from desktop.rules.contracts import lifecycle as rules
from desktop.services.contracts import drafts as contracts, lifecycle as lc
from desktop.services.context import ServiceContext
from desktop.services.contracts.common import ContractRefused
from tests.services.contracts_support import DAY, dealer_with_policy, in_two_processes, submit_ready

PG_URL = os.environ.get("DEALERDESK_TEST_PG_URL")
ROUNDS = 3


def _signed(ctx, dealer_id: int, count: int = 1):
    """``count`` signed contracts of one dealer, in force (started before DAY, ending within a year)."""
    out = []
    for _ in range(count):
        c = contracts.create(ctx, dealer_id, today=DAY, start=date(2026, 3, 1))
        c = submit_ready(ctx, c, today=DAY)
        out.append(lc.sign(ctx, c.id, c.audit.version, today=DAY))
    return out


def _renewals_of(ctx, contract_id: int) -> list[str]:
    with ctx.unit() as s:
        return list(s.scalars(select(cm.ContractRow.number).where(cm.ContractRow.renews_id == contract_id)))


def _open_revisions(ctx, number: str) -> list[int]:
    with ctx.unit() as s:
        return list(s.scalars(select(cm.ContractRow.revision).where(cm.ContractRow.number == number,
                                                                   cm.ContractRow.status.in_(rules.OPEN))))


def test_the_index_predicate_is_the_open_statuses():
    assert cm.OPEN_WHERE == "status IN ({})".format(", ".join(f"'{s}'" for s in rules.OPEN)), (
        f"the partial index must cover exactly the statuses the rules call open: {cm.OPEN_WHERE} vs {rules.OPEN}")


def test_the_database_itself_refuses_a_second_renewal_and_a_second_open_revision(ctx):
    dealer, _pv = dealer_with_policy(ctx)
    c, = _signed(ctx, dealer.id)
    r = lc.renew(ctx, c.id, c.audit.version, today=DAY)
    a = lc.amend(ctx, c.id, c.audit.version, today=DAY)
    with pytest.raises(IntegrityError):
        with ctx.unit() as s:
            s.add(cm.ContractRow(number="X-2", revision=1, dealer_id=dealer.id, kind="cooperation", terms={}, renews_id=c.id))
    with pytest.raises(IntegrityError):
        with ctx.unit() as s:
            s.add(cm.ContractRow(number=c.number, revision=3, dealer_id=dealer.id, kind=c.kind, terms={},
                                 status="under_review", amends_id=c.id))
    assert _renewals_of(ctx, c.id) == [r.number], "still exactly one renewal"
    assert _open_revisions(ctx, c.number) == [a.revision], "still exactly one open revision"
    contracts.delete_draft(ctx, r.id, r.audit.version)
    second = lc.renew(ctx, c.id, c.audit.version, today=DAY)
    assert _renewals_of(ctx, c.id) == [second.number], "deleting the renewal draft lets the contract be renewed again"
    a = lc.sign(ctx, a.id, submit_ready(ctx, a, today=DAY).audit.version, today=DAY)
    again = lc.amend(ctx, a.id, a.audit.version, today=DAY)
    assert (again.revision, again.status) == (3, "draft"), "once the amendment is binding, the next one may open"


def test_a_renewal_already_signed_is_named(ctx):
    dealer, _pv = dealer_with_policy(ctx)
    c, = _signed(ctx, dealer.id)
    r = lc.renew(ctx, c.id, c.audit.version, today=DAY)
    lc.sign(ctx, r.id, submit_ready(ctx, r, today=DAY).audit.version, today=DAY)
    with ctx.unit() as s:  # a renewal signed while the old one could not be marked renewed (e.g. older data)
        s.execute(cm.ContractRow.__table__.update().where(cm.ContractRow.id == c.id).values(status="expired"))
    old = contracts.get(ctx, c.id)
    with pytest.raises(ContractRefused) as caught:
        lc.renew(ctx, c.id, old.audit.version, today=DAY)
    assert caught.value.code == "contract.already_renewed", f"a contract is renewed only once: {caught.value.code}"
    assert r.number in caught.value.message("en") and "只能续签一次" in caught.value.message("zh_CN"), (
        f"the message names the renewal: {caught.value.message('en')} / {caught.value.message('zh_CN')}")


def _ctx_and_url(request, which: str):
    if which == "sqlite":
        return request.getfixturevalue("ctx"), request.getfixturevalue("db_url")
    return request.getfixturevalue("pg_ctx"), PG_URL


@pytest.mark.parametrize("which", ["sqlite", "postgresql"])
def test_a_renewal_slipping_in_between_check_and_write_is_refused(request, which, monkeypatch):
    ctx, url = _ctx_and_url(request, which)
    dealer, _pv = dealer_with_policy(ctx)
    c, = _signed(ctx, dealer.id)
    other = ServiceContext.open(url, "李娜", migrate=False)
    original, theirs = contracts.create, []

    def other_user_first(*args, **kwargs):  # our check has passed; 李娜's renewal is committed before our write
        if not theirs:
            theirs.append(original(other, dealer.id, today=DAY, renews_id=c.id))
        return original(*args, **kwargs)

    monkeypatch.setattr(contracts, "create", other_user_first)
    try:
        with pytest.raises(ContractRefused) as caught:
            lc.renew(ctx, c.id, c.audit.version, today=DAY)
    finally:
        other.dispose()
    assert caught.value.code == "contract.renewal_taken", f"the database refused the second renewal: {caught.value.code}"
    en, zh = caught.value.message("en"), caught.value.message("zh_CN")
    assert "李娜" in en and theirs[0].number in en and c.number in en, f"says who renewed it and as what: {en}"
    assert "李娜" in zh and "续签" in zh and theirs[0].number in zh, f"the same in Chinese: {zh}"
    assert _renewals_of(ctx, c.id) == [theirs[0].number], "only 李娜's renewal is stored"


def test_an_amendment_slipping_in_between_check_and_write_is_refused(request, monkeypatch):
    """Our amendment checks under the write lock, so no DealerDesk client can come in between (on
    SQLite no writer at all can). A program that does not take the lock (another SQL tool on the
    office's PostgreSQL) still can: then the database's unique index refuses ours, with a message."""
    ctx, url = _ctx_and_url(request, "postgresql")
    dealer, _pv = dealer_with_policy(ctx)
    c, = _signed(ctx, dealer.id)
    other = ServiceContext.open(url, "李娜", migrate=False)
    other.write_unit = other.unit  # 李娜's program writes without DealerDesk's write lock
    original, theirs = lc.refuse_second_amendment, []

    def other_user_first(s, number, **kwargs):  # our check is running; 李娜's amendment commits right after it
        original(s, number, **kwargs)
        if not theirs and not kwargs:
            theirs.append(None)
            theirs[0] = lc.amend(other, c.id, c.audit.version, today=DAY)

    monkeypatch.setattr(lc, "refuse_second_amendment", other_user_first)
    try:
        with pytest.raises(ContractRefused) as caught:
            lc.amend(ctx, c.id, c.audit.version, today=DAY)
    finally:
        other.dispose()
    assert caught.value.code == "contract.amendment_taken", f"the database refused the second open revision: {caught.value.code}"
    en, zh = caught.value.message("en"), caught.value.message("zh_CN")
    assert "李娜" in en and "revision 2" in en and c.number in en, f"says who amended it and which revision: {en}"
    assert "李娜" in zh and "第 2 版" in zh, f"the same in Chinese: {zh}"
    assert _open_revisions(ctx, c.number) == [2], "only 李娜's revision is open"


def _follow_up(url: str, action: str, targets: list[tuple[int, int]], barrier, results) -> None:
    """Runs in a child process: for each contract, wait for the other worker, then renew or amend it."""
    try:
        ctx = ServiceContext.open(url, f"worker-{os.getpid()}", migrate=False)
        outcome = []
        for contract_id, version in targets:
            barrier.wait(timeout=120)
            try:
                made = getattr(lc, action)(ctx, contract_id, version, today=DAY)
                outcome.append(("made", made.number, made.revision))
            except ContractRefused as err:
                outcome.append(("refused", err.code, err.message("en")))
        ctx.dispose()
        results.put(("ok", outcome))
    except BaseException:  # report, never hang the parent
        results.put(("error", traceback.format_exc()))


@pytest.mark.parametrize("which", ["sqlite", "postgresql"])
@pytest.mark.parametrize("action", ["renew", "amend"])
def test_two_processes_following_up_one_contract_at_once_make_one(request, which, action):
    ctx, url = _ctx_and_url(request, which)
    dealer, _pv = dealer_with_policy(ctx)
    signed = _signed(ctx, dealer.id, ROUNDS)
    targets = [(c.id, c.audit.version) for c in signed]
    batches = in_two_processes(_follow_up, url, action, targets, failure="a worker failed (not a translated refusal)")
    expected_codes = {"renew": {"contract.renewal_open", "contract.renewal_taken"},
                      "amend": {"contract.amendment_open", "contract.amendment_taken"}}[action]
    for i, c in enumerate(signed):
        pair = [batch[i] for batch in batches]
        made = [p for p in pair if p[0] == "made"]
        refused = [p for p in pair if p[0] == "refused"]
        assert len(made) == 1 and len(refused) == 1, f"{c.number}: exactly one {action} succeeds, one is refused: {pair}"
        assert refused[0][1] in expected_codes, f"{c.number}: the refusal is the translated message: {refused[0]}"
        if action == "renew":
            assert _renewals_of(ctx, c.id) == [made[0][1]], f"{c.number}: the database holds one renewal"
        else:
            assert _open_revisions(ctx, c.number) == [2], f"{c.number}: the database holds one open revision"
    with ctx.unit() as s:
        total = s.scalar(select(func.count()).select_from(cm.ContractRow))
    assert total == 2 * ROUNDS, f"{ROUNDS} contracts and one follow-up each, nothing else: {total}"
