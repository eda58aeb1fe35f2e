"""Contract services on a real SQLite file: a draft from the approved policy (terms equal to it),
draft editing, deletion without reusing the number, immutability once signed (services and the
ORM backstop), clause templates versioned, the branch entity."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from desktop.persistence.models import contracts as cm
from desktop.rules.contracts.records import Clause, Party
from desktop.rules.errors import RuleError
from desktop.services.contracts import drafts as contracts, lifecycle, numbering
from desktop.services.contracts import settings
from desktop.services.negotiation import policies
from desktop.errors import ConflictError
from tests.services.contracts_support import DAY, approved_policy, dealer_with_policy, make_dealer, new_contract, submit_ready


def test_a_new_contract_takes_the_approved_policy_terms(ctx):
    dealer, pv = dealer_with_policy(ctx)
    c = contracts.create(ctx, dealer.id, today=DAY)
    t = c.terms
    assert c.number == "ZJ-车商-2026-0001" and c.revision == 1 and c.status == "draft", f"numbered draft: {c.number}"
    assert t.policy_id == pv.id and t.policy_number == pv.number and t.policy_approved_by == "tester", "the policy it rests on"
    assert t.rates == pv.rates, f"commission per line equals the approved policy: {t.rates} vs {pv.rates}"
    assert t.bonuses == pv.bonuses, "bonuses equal the policy's"
    for name in ("new_car_ratio", "renewal_ratio", "min_monthly_premium", "min_sales_share", "referral_brands",
                 "vehicle_types", "max_vehicle_age", "conditions", "exclusions"):
        assert getattr(t, name) == getattr(pv, name), f"{name}: {getattr(t, name)!r} must equal the policy's {getattr(pv, name)!r}"
    assert t.target_take_up == pv.take_up and t.target_monthly_premium == pv.min_monthly_premium, "targets start from the policy"
    assert c.dealer == Party(dealer.legal_name, dealer.uscc, "王伟", dealer.address, dealer.contact_phone), c.dealer
    assert c.branch.name == "瀚海财产保险股份有限公司浙江分公司" and c.branch_code == "ZJ", "our branch entity from the settings"
    assert (c.start, c.end) == (DAY, date(2027, 11, 25)), "a one-year term from today by default"
    assert (c.qualification_no, c.qualification_expiry) == (dealer.licence_no, dealer.licence_expiry), "qualification from the file"
    assert c.template_version == 1 and c.template_id is not None, "the template version is recorded"
    assert t.service and t.service == settings.current_template(ctx, "cooperation").service_zh, "default service commitments"


def test_a_later_policy_version_does_not_change_an_existing_contract(ctx):
    dealer, pv = dealer_with_policy(ctx)
    c = contracts.create(ctx, dealer.id, today=DAY)
    newer = policies.save_draft(ctx, dataclasses.replace(pv, rates={**pv.rates, "commercial": Decimal("13")}))
    newer = policies.approve(ctx, newer.id, policies.submit(ctx, newer.id, newer.audit.version).audit.version)
    assert contracts.get(ctx, c.id).terms.rates["commercial"] == Decimal("14.50"), "the contract keeps the terms it was made with"
    refreshed = contracts.refresh_terms(ctx, c.id, c.audit.version)
    assert refreshed.terms.rates == newer.rates and refreshed.terms.policy_id == newer.id, "a draft can take the new terms"


def test_no_approved_policy_no_contract(ctx):
    dealer = make_dealer(ctx)
    with pytest.raises(RuleError) as caught:
        contracts.create(ctx, dealer.id, today=DAY)
    assert caught.value.problems[0].code == "contract.no_approved_policy", "an approved policy comes first"
    assert "approve one before drafting" in caught.value.messages("en")["terms.policy_id"], "said clearly"
    other, pv = dealer_with_policy(ctx, 2)
    with pytest.raises(RuleError) as caught:
        contracts.create(ctx, dealer.id, policy_id=pv.id, today=DAY)
    assert caught.value.problems[0].code == "contract.policy_other_dealer", "another dealer's policy is refused"
    with pytest.raises(RuleError):
        contracts.create(ctx, other.id, kind="lease", today=DAY)


def test_saving_a_draft_keeps_the_policy_terms(ctx):
    c = new_contract(ctx)
    edited = dataclasses.replace(c, kind="agency", end=date(2028, 11, 30), dealer=dataclasses.replace(c.dealer, legal_rep="赵六"),
                                 terms=dataclasses.replace(c.terms, rates={"commercial": Decimal("30")},
                                                           target_renewal_rate="62%", service=["专属服务团队", ""]))
    saved = contracts.save_draft(ctx, edited)
    assert (saved.kind, saved.end, saved.dealer.legal_rep) == ("agency", date(2028, 11, 30), "赵六"), "content saved"
    assert saved.terms.rates == c.terms.rates, "commission cannot be edited in the contract: it is the approved policy's"
    assert saved.terms.target_renewal_rate == Decimal("62.00") and saved.terms.service == ["专属服务团队"], "targets and services are"
    assert saved.audit.version == c.audit.version + 1, "one save, one version"
    with pytest.raises(ConflictError):
        contracts.save_draft(ctx, edited)  # the stale copy


def test_deleting_a_draft_never_frees_its_number(ctx):
    first = new_contract(ctx)
    contracts.delete_draft(ctx, first.id, first.audit.version)
    again = contracts.create(ctx, first.dealer_id, today=DAY)
    assert again.number == "ZJ-车商-2026-0002", f"the deleted draft's number is not handed out again: {again.number}"
    with ctx.unit() as s:
        assert numbering.peek(s, "ZJ-车商-2026-#") == 2, "the counter only counts up"


def _signed(ctx):
    c = new_contract(ctx)
    c = submit_ready(ctx, c, today=DAY)
    return lifecycle.sign(ctx, c.id, c.audit.version, today=DAY)


def test_a_signed_contract_never_changes(ctx):
    c = _signed(ctx)
    assert c.status == "signed", "signed before its start date"
    with pytest.raises(RuleError) as caught:
        contracts.save_draft(ctx, dataclasses.replace(c, note="改一下"))
    assert caught.value.problems[0].code == "contract.not_editable", "the services refuse"
    assert "only drafts can be edited" in caught.value.messages("en")["status"], caught.value.messages("en")
    for action in (lambda: contracts.delete_draft(ctx, c.id, c.audit.version),
                   lambda: contracts.refresh_terms(ctx, c.id, c.audit.version)):
        with pytest.raises(RuleError):
            action()
    with pytest.raises(cm.ImmutableContractError):  # the backstop under the services
        with ctx.unit() as s:
            s.get(cm.ContractRow, c.id).end_date = date(2030, 1, 1)
    with pytest.raises(cm.ImmutableContractError):
        with ctx.unit() as s:
            s.delete(s.get(cm.ContractRow, c.id))
    with pytest.raises(cm.ImmutableContractError):
        with ctx.unit() as s:
            s.add(cm.ContractAttachmentRow(contract_id=c.id, file_name="x.png", content=b"x"))
    after = contracts.get(ctx, c.id, DAY)
    assert (after.end, after.note, after.audit.version) == (c.end, c.note, c.audit.version), "nothing moved"
    ended = lifecycle.terminate(ctx, c.id, c.audit.version, "门店停业", today=DAY)
    assert ended.status == "terminated" and ended.terms == c.terms, "its lifecycle still moves; its content does not"


def test_templates_are_versioned_and_recorded_with_each_contract(ctx):
    first = new_contract(ctx)
    current = settings.current_template(ctx, "cooperation")
    edited = dataclasses.replace(current, clauses=current.clauses + [Clause("补充", "Extra", "乙方 {dealer_name} 承诺……", "")])
    saved = settings.save_template(ctx, edited)
    assert (saved.version, saved.source, saved.created_by) == (2, "edited", "tester"), f"an edit is a new version: {saved}"
    with pytest.raises(ConflictError):
        settings.save_template(ctx, edited)  # started from version 1, which is no longer the newest
    second = contracts.create(ctx, first.dealer_id, today=DAY)
    assert (first.template_version, second.template_version) == (1, 2), "each contract records the version it was made with"
    assert [t.version for t in settings.templates(ctx, "cooperation")] == [2, 1], "old versions are kept"
    with pytest.raises(RuleError) as caught:
        settings.save_template(ctx, dataclasses.replace(saved, clauses=[Clause("错", "Bad", "{nope}", "")]))
    assert caught.value.problems[0].code == "contract.template_placeholder", "unknown placeholders refused"


def test_branch_entity_and_number_pattern(ctx):
    b = settings.branch(ctx)
    assert (b.branch_code, b.number_pattern, b.reminder_days) == ("ZJ", "{branch}-车商-{yyyy}-{nnnn}", 60), "seeded defaults"
    with pytest.raises(RuleError) as caught:
        settings.save_branch(ctx, dataclasses.replace(b, number_pattern="{branch}", reminder_days=0,
                                                      party=dataclasses.replace(b.party, uscc="123")))
    assert {p.field for p in caught.value.problems} == {"number_pattern", "reminder_days", "uscc"}, "all at once"
    saved = settings.save_branch(ctx, dataclasses.replace(b, branch_code="NB", number_pattern="{branch}HT{yy}{nnn}", reminder_days=90))
    dealer, _pv = dealer_with_policy(ctx)
    assert contracts.create(ctx, dealer.id, today=DAY).number == "NBHT26001", "new numbers follow the new pattern"
    with pytest.raises(ConflictError):
        settings.save_branch(ctx, b)
    assert saved.reminder_days == 90, "the reminder period is configurable"


def test_list_rows_and_dealer_filter(ctx):
    a = new_contract(ctx, 1)
    dealer_b, _ = dealer_with_policy(ctx, 2)
    b = contracts.create(ctx, dealer_b.id, today=DAY)
    rows = contracts.list_rows(ctx, DAY)
    assert [r.number for r in rows] == [b.number, a.number], "newest first"
    assert rows[1].days_left == (a.end - DAY).days and rows[1].warnings == len(a.warnings), "days left and warnings counted"
    assert [r.id for r in contracts.list_rows(ctx, DAY, dealer_id=dealer_b.id)] == [b.id], "one dealer's contracts"
    with ctx.unit() as s:
        assert s.scalar(select(cm.ContractRow.template_version).where(cm.ContractRow.id == a.id)) == 1, "stored"


def test_signed_dealers_reach_the_pipeline(ctx):
    from desktop.services.negotiation.pipeline import pipeline

    c = _signed(ctx)
    stages = {s.stage: s.at_stage for s in pipeline(ctx).stages}
    assert stages["signed"] == 1 and pipeline(ctx).stage_of[c.dealer_id] == "signed", f"the pipeline's last stage: {stages}"
    approved_policy(ctx, c.dealer_id, "13")  # a later policy changes nothing for a signed dealer
    assert pipeline(ctx).stage_of[c.dealer_id] == "signed", "still signed"
