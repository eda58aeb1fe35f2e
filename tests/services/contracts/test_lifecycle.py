"""The lifecycle through the services: every transition a contract takes, the illegal ones refused,
amendments superseding what they amend, renewals, the moves due by date, the expiring-soon list."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest

from desktop.rules.errors import RuleError
from desktop.services.contracts import drafts as contracts, lifecycle as lc
from desktop.services.contracts import settings
from desktop.services.contracts.common import ContractRefused
from desktop.errors import ConflictError
from tests.services.contracts_support import DAY, dealer_with_policy, new_contract, ready, submit_ready


def _refused(action, code="contract.bad_transition"):
    with pytest.raises(RuleError) as caught:
        action()
    assert caught.value.problems[0].code == code, f"expected {code}, got {caught.value.problems[0].code}"


def test_the_whole_way_from_draft_to_expired(ctx):
    c = new_contract(ctx, start=date(2026, 12, 1))
    _refused(lambda: lc.sign(ctx, c.id, c.audit.version, today=DAY))  # a draft is reviewed before signing
    _refused(lambda: lc.activate(ctx, c.id, c.audit.version, today=DAY))
    _refused(lambda: lc.terminate(ctx, c.id, c.audit.version, "x", today=DAY))
    c = submit_ready(ctx, c, today=DAY)
    assert c.status == "under_review", "draft → under review"
    _refused(lambda: lc.submit(ctx, c.id, c.audit.version, today=DAY))
    c = lc.return_to_draft(ctx, c.id, c.audit.version, today=DAY)
    assert c.status == "draft", "under review → draft"
    c = lc.sign(ctx, c.id, submit_ready(ctx, c, today=DAY).audit.version, today=DAY)
    assert (c.status, c.signed_on, c.signed_by) == ("signed", DAY, "tester"), "under review → signed, who and when"
    _refused(lambda: lc.activate(ctx, c.id, c.audit.version, today=DAY), "contract.not_started")
    assert lc.advance(ctx, DAY) == 0, "nothing due before the start"
    assert lc.advance(ctx, date(2026, 12, 1)) == 1 and contracts.get(ctx, c.id).status == "in_force", "in force on its start date"
    assert lc.advance(ctx, date(2027, 9, 30)) == 0, "nothing due 61 days before the end"
    assert lc.advance(ctx, date(2027, 10, 1)) == 1, "60 days before the end (30 Nov 2027) it is expiring"
    expiring = contracts.get(ctx, c.id, date(2027, 10, 1))
    assert expiring.status == "expiring" and [w.code for w in expiring.warnings] == ["contract.warn.ends_soon"], expiring.warnings
    assert [r.id for r in lc.expiring_soon(ctx, date(2027, 10, 1))] == [c.id], "on the expiring-soon list"
    assert lc.advance(ctx, date(2027, 12, 1)) == 1 and contracts.get(ctx, c.id).status == "expired", "expired after the end"
    assert lc.expiring_soon(ctx, date(2027, 12, 1)) == [], "no longer on the list"
    assert lc.advance(ctx, date(2027, 12, 1)) == 0, "advancing twice changes nothing"


def test_signing_on_or_after_the_start_puts_it_in_force_at_once(ctx):
    c = new_contract(ctx, start=date(2026, 11, 1))
    c = lc.sign(ctx, c.id, submit_ready(ctx, c, today=DAY).audit.version, today=DAY)
    assert c.status == "in_force", f"started already: in force when signed, found {c.status}"


def test_submitting_needs_every_required_field(ctx):
    c = new_contract(ctx)
    c = contracts.save_draft(ctx, dataclasses.replace(c, dealer=dataclasses.replace(c.dealer, legal_rep="", address="")))
    with pytest.raises(RuleError) as caught:
        submit_ready(ctx, c, today=DAY)
    assert {p.field for p in caught.value.problems} == {"dealer.legal_rep", "dealer.address"}, "the missing fields are named"
    assert contracts.get(ctx, c.id).status == "draft", "still a draft"


def test_an_agency_agreement_needs_a_current_qualification_to_be_signed(ctx):
    dealer, _pv = dealer_with_policy(ctx, licence_expiry=date(2026, 11, 1))
    c = contracts.create(ctx, dealer.id, kind="agency", today=DAY)
    assert "contract.warn.qualification_expired" in [w.code for w in c.warnings], "warned from the start"
    c = submit_ready(ctx, c, today=DAY)
    _refused(lambda: lc.sign(ctx, c.id, c.audit.version, today=DAY), "contract.sign_qualification_expired")
    assert contracts.get(ctx, c.id).status == "under_review", "not signed"


def test_terminating_needs_a_reason(ctx):
    c = new_contract(ctx, start=date(2026, 11, 1))
    c = lc.sign(ctx, c.id, submit_ready(ctx, c, today=DAY).audit.version, today=DAY)
    _refused(lambda: lc.terminate(ctx, c.id, c.audit.version, "  ", today=DAY), "required")
    t = lc.terminate(ctx, c.id, c.audit.version, "门店经营权转让", on=date(2026, 12, 31), today=DAY)
    assert (t.status, t.terminated_on, t.termination_reason) == ("terminated", date(2026, 12, 31), "门店经营权转让"), t
    for action in (lc.submit, lc.return_to_draft, lc.activate, lc.renew):
        _refused(lambda: action(ctx, t.id, t.audit.version, today=DAY))
    _refused(lambda: lc.amend(ctx, t.id, t.audit.version, today=DAY), "contract.amend_not_live")
    assert lc.advance(ctx, date(2030, 1, 1)) == 0, "a terminated contract never moves again"


def test_an_amendment_is_a_new_revision_that_supersedes_the_signed_one(ctx):
    c = new_contract(ctx, start=date(2026, 11, 1))
    c = lc.sign(ctx, c.id, submit_ready(ctx, c, today=DAY).audit.version, today=DAY)
    a = lc.amend(ctx, c.id, c.audit.version, today=DAY)
    assert (a.number, a.revision, a.status, a.amends_id) == (c.number, 2, "draft", c.id), "same number, next revision, linked"
    assert (a.terms, a.dealer, a.start, a.end) == (c.terms, c.dealer, c.start, c.end), "it starts as a copy"
    with pytest.raises(ContractRefused) as caught:
        lc.amend(ctx, c.id, c.audit.version, today=DAY)
    assert caught.value.code == "contract.amendment_open" and "revision 2" in caught.value.message("en"), "one open at a time"
    a = contracts.save_draft(ctx, dataclasses.replace(a, terms=dataclasses.replace(a.terms, target_take_up="65")))
    a = lc.sign(ctx, a.id, submit_ready(ctx, a, today=DAY).audit.version, today=DAY)
    old = contracts.get(ctx, c.id)
    assert (a.status, old.status) == ("in_force", "superseded"), "the signed amendment replaces the revision it amends"
    assert old.terms == c.terms and old.terms.target_take_up != a.terms.target_take_up, "the old revision is unchanged"
    _refused(lambda: lc.amend(ctx, c.id, old.audit.version, today=DAY), "contract.amend_not_live")


def test_a_renewal_is_a_new_contract_for_the_next_term(ctx):
    c = new_contract(ctx, start=date(2026, 1, 1), end=date(2026, 12, 31))
    c = lc.sign(ctx, c.id, submit_ready(ctx, c, today=DAY).audit.version, today=DAY)
    assert c.status == "expiring", "35 days before the end it is expiring as soon as it is signed"
    _refused(lambda: lc.renew(ctx, new_contract(ctx, 2).id, 1, today=DAY))  # a draft cannot be renewed
    r = lc.renew(ctx, c.id, c.audit.version, today=DAY)
    assert r.number != c.number and r.renews_id == c.id and r.status == "draft", "a new number, linked to the old one"
    assert (r.start, r.end) == (date(2027, 1, 1), date(2027, 12, 31)), "the next term"
    with pytest.raises(ContractRefused):
        lc.renew(ctx, c.id, c.audit.version, today=DAY)
    assert contracts.get(ctx, c.id).status == "expiring", "the old one runs on until the renewal is signed"
    lc.sign(ctx, r.id, submit_ready(ctx, r, today=DAY).audit.version, today=DAY)
    assert contracts.get(ctx, c.id).status == "renewed", "signing the renewal marks the old contract renewed"


def test_the_reminder_period_is_configurable(ctx):
    c = new_contract(ctx, start=date(2026, 1, 1), end=date(2027, 2, 28))
    c = lc.sign(ctx, c.id, submit_ready(ctx, c, today=DAY).audit.version, today=DAY)
    assert c.status == "in_force", "94 days before the end: not yet expiring with the default 60"
    b = settings.branch(ctx)
    settings.save_branch(ctx, dataclasses.replace(b, reminder_days=120))
    assert lc.advance(ctx, DAY) == 1 and contracts.get(ctx, c.id).status == "expiring", "with 120 days it is"


def test_stale_copies_are_refused(ctx):
    c = new_contract(ctx)
    c = ready(ctx, c)
    lc.submit(ctx, c.id, c.audit.version, today=DAY)
    with pytest.raises(ConflictError):
        lc.submit(ctx, c.id, c.audit.version, today=DAY)
    with pytest.raises(ConflictError):
        lc.sign(ctx, c.id, c.audit.version, today=DAY)


def test_advance_moves_every_due_contract_in_one_go(ctx):
    made = []
    for n, start in enumerate((DAY - timedelta(days=400), DAY - timedelta(days=320), DAY - timedelta(days=10)), start=1):
        dealer, _ = dealer_with_policy(ctx, n)
        c = contracts.create(ctx, dealer.id, start=start, today=start)
        made.append(lc.sign(ctx, c.id, submit_ready(ctx, c, today=start).audit.version, today=start))
    assert [c.status for c in made] == ["in_force"] * 3, "each in force when signed"
    assert lc.advance(ctx, DAY) == 2, "one expired, one expiring, one untouched"
    assert [contracts.get(ctx, c.id).status for c in made] == ["expired", "expiring", "in_force"], "each where it belongs"
