"""The demo territory's contracts: every state present, consistent with the rules, numbered through
the real sequence, amendments and renewals linked, packs printable."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select

from desktop.persistence.models import contracts as cm
from desktop.rules.contracts import lifecycle as rules
from desktop.services.contracts import drafts as contracts, lifecycle as lc, numbering
from desktop.services.contracts import pack as contracts_pack, integrity as pack_integrity
from desktop.services.demo.territory import TODAY
from tests.documents.pdfcheck import page_count


def test_the_demo_has_contracts_in_every_state(demo_ctx):
    rows = contracts.list_rows(demo_ctx, TODAY)
    states = Counter(r.status for r in rows)
    assert set(states) == set(rules.STATUSES), f"every state: missing {set(rules.STATUSES) - set(states)}"
    assert set(r.kind for r in rows) == set(rules.KINDS), "every kind of contract"
    assert lc.advance(demo_ctx, TODAY) == 0, "each demo contract already sits where its dates put it"


def test_demo_contracts_pass_the_rules(demo_ctx):
    for row in contracts.list_rows(demo_ctx, TODAY):
        c = contracts.get(demo_ctx, row.id, TODAY)
        rules.validate_contract(c, complete=c.status != "draft")
        if c.status not in rules.OPEN:
            assert c.signed_on is not None and c.signed_by, f"{c.number}/{c.revision} ({c.status}) records its signing"
        if c.status == "terminated":
            assert c.terminated_on and c.termination_reason, "a termination has its date and reason"
        assert c.terms.policy_id is not None and c.terms.rates, f"{c.number}: terms from an approved policy"


def test_demo_numbers_come_from_the_sequence_and_links_hold(demo_ctx):
    with demo_ctx.unit() as s:
        rows = list(s.scalars(select(cm.ContractRow)))
        by_id = {r.id: r for r in rows}
        originals = [r for r in rows if r.revision == 1]
        assert len({r.number for r in originals}) == len(originals), "one number per original contract"
        for scope_row in s.scalars(select(cm.ContractSequence)):
            prefix = scope_row.scope.rstrip("#")
            used = [int(r.number[len(prefix):]) for r in originals if r.number.startswith(prefix)]
            assert max(used) == scope_row.value == len(used), f"{scope_row.scope}: counter {scope_row.value}, used {sorted(used)}"
        for r in rows:
            if r.amends_id is not None:
                base = by_id[r.amends_id]
                assert base.number == r.number and base.revision == r.revision - 1, "an amendment keeps the number"
            if r.renews_id is not None:
                assert by_id[r.renews_id].status == "renewed" and by_id[r.renews_id].number != r.number, "a renewal is new"
        assert numbering.peek(s, "no-such-scope") == 0, "an unused scope has handed out nothing"


def test_a_demo_contract_with_scans_prints(demo_ctx, tmp_path):
    row = next(r for r in contracts.list_rows(demo_ctx, TODAY) if r.status == "in_force"
               and contracts.get(demo_ctx, r.id).attachments)
    result = contracts_pack.generate(demo_ctx, row.id, tmp_path / "demo.pdf", "zh_CN", today=TODAY)
    c = contracts.get(demo_ctx, row.id)
    assert page_count(result.path) == result.pack.pages and sum(a.pages for a in c.attachments) >= 1, "scans merged"
    assert pack_integrity.verify_file(demo_ctx, result.path).result == "intact", "and verifiable"
