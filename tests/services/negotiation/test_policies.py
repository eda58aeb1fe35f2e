"""Policy versions: draft → submitted → approved by an approver, caps refuse approval, approved never changes."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from desktop.persistence.models import negotiation as n
from desktop.rules.errors import RuleError
from desktop.rules.negotiation.policy_records import FeeCap, PolicyVersion
from desktop.services.negotiation import policies
from desktop.services.negotiation import settings
from desktop.errors import ConflictError
from desktop.services.negotiation.common import NegNotFound, PermissionDenied, Refused
from tests.services.negotiation_setup import grant_approver, make_dealer


def draft(dealer_id: int, commercial="14", **kw) -> PolicyVersion:
    return PolicyVersion(dealer_id=dealer_id, rates={"compulsory": "4", "commercial": commercial}, vehicle_types=["private_car"],
                         new_car_ratio="0.6", renewal_ratio="1:1", take_up="50", average_premium="5000", **kw)


def approved_version(ctx, dealer_id):
    grant_approver(ctx)
    v = policies.save_draft(ctx, draft(dealer_id))
    v = policies.submit(ctx, v.id, v.audit.version)
    return policies.approve(ctx, v.id, v.audit.version)


def test_the_whole_flow_records_who_and_when(ctx):
    d = make_dealer(ctx)
    v = policies.save_draft(ctx, draft(d.id))
    assert (v.number, v.status, v.breaches) == (1, "draft", []), v
    v = policies.save_draft(ctx, replace(v, note="第二稿"))
    assert v.number == 1 and v.note == "第二稿", "editing a draft changes it in place"
    v = policies.submit(ctx, v.id, v.audit.version)
    assert v.status == "submitted" and v.submitted_by == "tester" and v.submitted_at, v
    v = policies.return_to_draft(ctx, v.id, v.audit.version)
    v = policies.submit(ctx, v.id, v.audit.version)
    grant_approver(ctx)
    v = policies.approve(ctx, v.id, v.audit.version)
    assert (v.status, v.approved_by, v.approver_role) == ("approved", "tester", "approver") and v.approved_at, v


def test_only_an_approver_approves(ctx):
    d = make_dealer(ctx)
    v = policies.save_draft(ctx, draft(d.id))
    v = policies.submit(ctx, v.id, v.audit.version)
    with pytest.raises(PermissionDenied) as err:
        policies.approve(ctx, v.id, v.audit.version)
    assert "tester does not hold the approver role" in err.value.message("en"), err.value.message("en")
    settings.set_role_holders(ctx, "approver", ["someone else"])
    with pytest.raises(PermissionDenied):
        policies.approve(ctx, v.id, v.audit.version)
    assert policies.get(ctx, v.id).status == "submitted", "nothing changed"


def test_a_rate_above_its_cap_is_flagged_and_cannot_be_approved(ctx):
    d = make_dealer(ctx)
    grant_approver(ctx)
    v = policies.save_draft(ctx, draft(d.id, commercial="16"))
    assert [(b.line, b.rate, b.cap) for b in v.breaches] == [("commercial", Decimal(16), Decimal(15))], v.breaches
    v = policies.submit(ctx, v.id, v.audit.version)
    with pytest.raises(Refused) as err:
        policies.approve(ctx, v.id, v.audit.version)
    assert "above the cap of 15%" in err.value.message("en") and "超过上限" in err.value.message("zh_CN"), err.value.message("en")
    assert policies.get(ctx, v.id).status == "submitted", "refused: still submitted"


def test_caps_per_region(ctx):
    d = make_dealer(ctx)  # in 杭州, 浙江省
    caps = settings.fee_caps(ctx)
    settings.save_fee_caps(ctx, caps + [FeeCap(None, "杭州", "commercial", "12")])
    v = policies.save_draft(ctx, draft(d.id, commercial="13"))
    assert v.breaches and v.breaches[0].region == "杭州", f"the city's cap applies: {v.breaches}"
    elsewhere = make_dealer(ctx, "宁波某车商", city="宁波")
    assert policies.save_draft(ctx, draft(elsewhere.id, commercial="13")).breaches == [], "宁波 keeps the default 15 %"


def test_an_approved_version_never_changes(ctx):
    d = make_dealer(ctx)
    first = approved_version(ctx, d.id)
    edited = policies.save_draft(ctx, replace(first, rates={**first.rates, "commercial": Decimal(12)}))
    assert (edited.number, edited.status, edited.based_on) == (2, "draft", first.id), "editing made a new draft version"
    again = policies.get(ctx, first.id)
    assert again == first, "the approved version is exactly as approved"
    with pytest.raises(RuleError):
        policies.submit(ctx, first.id, first.audit.version)
    with pytest.raises(RuleError):
        policies.delete_draft(ctx, first.id, first.audit.version)
    versions = policies.list_versions(ctx, d.id)
    assert [v.number for v in versions] == [2, 1] and policies.current_pair(versions) == (first, versions[0]), "newest first"


def test_the_database_layer_refuses_to_change_an_approved_version(ctx):
    d = make_dealer(ctx)
    first = approved_version(ctx, d.id)
    with pytest.raises(n.ImmutableRowError):
        with ctx.unit() as s:
            s.get(n.PolicyVersionRow, first.id).commercial_rate = Decimal(1)
    with pytest.raises(n.ImmutableRowError):
        with ctx.unit() as s:
            s.delete(s.get(n.PolicyVersionRow, first.id))
    assert policies.get(ctx, first.id).rates["commercial"] == Decimal(14), "still as approved"


def test_submitted_versions_are_locked_and_stale_copies_refused(ctx):
    d = make_dealer(ctx)
    v = policies.save_draft(ctx, draft(d.id))
    stale = v
    v = policies.save_draft(ctx, replace(v, note="新"))
    with pytest.raises(ConflictError):
        policies.save_draft(ctx, replace(stale, note="旧"))
    v = policies.submit(ctx, v.id, v.audit.version)
    with pytest.raises(RuleError) as err:
        policies.save_draft(ctx, replace(v, note="改"))
    assert err.value.problems[0].code == "policy.locked_submitted", "return it to draft first"
    with pytest.raises(NegNotFound) as nf:
        policies.get(ctx, 999)
    assert nf.value.message("en") == "No policy version with id 999", nf.value.message("en")


def test_drafts_can_be_deleted(ctx):
    d = make_dealer(ctx)
    v = policies.save_draft(ctx, draft(d.id))
    policies.delete_draft(ctx, v.id, v.audit.version)
    assert policies.list_versions(ctx, d.id) == [], "the draft is gone"


def test_economics_against_the_dealers_figures(ctx):
    d = make_dealer(ctx)  # 2400 cars a year, ¥9,000,000 premium scale, new-car rate 70 %
    eco = policies.economics(ctx, draft(d.id))
    assert eco.new_car_premium == Decimal("6000000.00"), f"2400 × 50 % × 5000: {eco.new_car_premium}"
    assert eco.share_of_current == Decimal("66.67") and eco.current_new_car_rate == Decimal(70), eco
    assert eco.referral_value == Decimal("3600000.00"), f"6,000,000 × 0.6: {eco.referral_value}"
