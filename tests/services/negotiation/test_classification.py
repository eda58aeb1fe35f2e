"""Classification on a real database: assessments, history, manual overrides, settings, ranked targets."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop.rules.dealers import records as r
from desktop.rules.errors import RuleError
from desktop.rules.negotiation.records import Assessment, RepairResource
from desktop.services.negotiation import classification as negotiation
from desktop.services.office import staff
from desktop.services.negotiation import resources
from desktop.services.negotiation import settings
from desktop.errors import ConflictError, NotFoundError
from tests.services.negotiation_setup import make_dealer, make_staff

TODAY = date(2026, 11, 26)


def test_assessment_round_trip_and_stale_copy(ctx):
    d = make_dealer(ctx)
    empty = negotiation.get_assessment(ctx, d.id)
    assert empty.audit.version == 0 and empty.loss_ratio is None, "no assessment yet: an empty one"
    saved = negotiation.save_assessment(ctx, Assessment(d.id, "55%", "4", True, False, "1.2万", "看好"))
    assert (saved.loss_ratio, saved.manager_rating, saved.repair_need_amount) == (Decimal(55), 4, Decimal(12000)), saved
    negotiation.save_assessment(ctx, Assessment(d.id, 60, 4, audit=saved.audit))
    with pytest.raises(ConflictError):
        negotiation.save_assessment(ctx, Assessment(d.id, 70, 4, audit=saved.audit))


@pytest.mark.parametrize("field,value", [("loss_ratio", "abc"), ("loss_ratio", -3), ("manager_rating", 6), ("manager_rating", "x"),
                                         ("repair_need_amount", "-5")])
def test_assessment_validation(ctx, field, value):
    d = make_dealer(ctx)
    with pytest.raises(RuleError) as err:
        negotiation.save_assessment(ctx, Assessment(**{"dealer_id": d.id, field: value}))
    assert err.value.problems[0].field == field, f"{field}={value!r} refused and named"


def test_classify_keeps_history_only_when_the_result_changes(ctx):
    d = make_dealer(ctx)
    negotiation.save_assessment(ctx, Assessment(d.id, 50, 4))
    first = negotiation.classify(ctx, d.id, TODAY)
    assert (first.tier, first.rule, first.created_by) == ("key", "good_large", "tester"), first
    assert "loss ratio 50% ≤ 65%" in first.explain("en"), first.explain("en")
    negotiation.classify(ctx, d.id, TODAY)
    assert len(negotiation.history(ctx, d.id)) == 1, "the same result adds nothing"
    a = negotiation.get_assessment(ctx, d.id)
    negotiation.save_assessment(ctx, Assessment(d.id, 80, 4, terms_changeable=True, audit=a.audit))
    second = negotiation.classify(ctx, d.id, TODAY)
    hist = negotiation.history(ctx, d.id)
    assert second.tier == "general" and [h.tier for h in hist] == ["general", "key"], f"newest first: {hist}"


def test_override_needs_a_reason_and_survives_reclassifying(ctx):
    d = make_dealer(ctx)
    negotiation.save_assessment(ctx, Assessment(d.id, 50, 4))
    negotiation.classify(ctx, d.id, TODAY)
    with pytest.raises(RuleError) as err:
        negotiation.override(ctx, d.id, "secondary", "  ", TODAY)
    assert err.value.problems[0].field == "reason", "no reason, no override"
    with pytest.raises(RuleError):
        negotiation.override(ctx, d.id, "vip", "因为", TODAY)
    manual = negotiation.override(ctx, d.id, "secondary", "集团总部另有安排", TODAY)
    assert manual.manual and manual.tier == "secondary" and manual.computed_tier == "key", manual
    assert "集团总部另有安排" in manual.explain("en") and "Key target" in manual.explain("en"), "both verdicts in words"
    negotiation.classify(ctx, d.id, TODAY)
    assert negotiation.current(ctx, d.id).manual, "reclassifying on unchanged data keeps the override"
    assert len(negotiation.history(ctx, d.id)) == 2, "the history holds the rules' verdict and the override"


def test_preview_records_nothing_and_unknown_dealers_fail(ctx):
    d = make_dealer(ctx)
    assert negotiation.preview(ctx, d.id, TODAY).tier == "none", "unassessed and old: not a target"
    assert negotiation.history(ctx, d.id) == [], "a preview leaves no trace"
    with pytest.raises(NotFoundError):
        negotiation.classify(ctx, 999)


def test_settings_drive_the_rules(ctx):
    d = make_dealer(ctx, founded_on=date(2025, 10, 1), brands=["现代"])
    assert negotiation.preview(ctx, d.id, TODAY).tier == "none", "现代 is not mainstream by default"
    cfg = settings.classification_settings(ctx)
    assert "丰田" in cfg.mainstream_brands and cfg.loss_ratio_max == Decimal(65), "the SOP defaults are seeded"
    cfg.mainstream_brands.append("现代")
    saved = settings.save_classification_settings(ctx, cfg)
    assert negotiation.preview(ctx, d.id, TODAY).rule == "new_mainstream", "the branch's list is used"
    with pytest.raises(ConflictError):
        settings.save_classification_settings(ctx, cfg)  # cfg still holds the old version
    saved.rating_min = 9
    with pytest.raises(RuleError):
        settings.save_classification_settings(ctx, saved)


def test_classify_many_counts_tiers(ctx):
    a, b = make_dealer(ctx, "甲车商"), make_dealer(ctx, "乙车商", annual_sales=300, premium_scale=Decimal(100000))
    negotiation.save_assessment(ctx, Assessment(a.id, 50, 4))
    negotiation.save_assessment(ctx, Assessment(b.id, 50, 4))
    tally = negotiation.classify_many(ctx, today=TODAY)
    assert tally == {"key": 1, "secondary": 1}, f"one large, one small: {tally}"


def test_ranked_targets_use_resources_and_relationships(ctx):
    people = make_staff(ctx)
    near = make_dealer(ctx, "近车商", repair_needs="x")
    far = make_dealer(ctx, "远车商", city="宁波")
    for d, need in ((near, 2_000_000), (far, 2_000_000)):
        negotiation.save_assessment(ctx, Assessment(d.id, 50, 4, repair_need_amount=need))
    negotiation.classify_many(ctx, today=TODAY)
    for year in (2023, 2024, 2025):
        resources.save_resource(ctx, RepairResource(None, "丰田", "杭州", year, 300, Decimal(2_400_000)))
    person = next(p for p in far.people if p.role == "decision_maker")
    staff.save_relationship(ctx, r.Relationship(staff_id=people["leadership"].id, key_person_id=person.id, strength=5))
    ranked = negotiation.ranked_targets(ctx, today=TODAY)
    assert [t.name for t in ranked] == ["近车商", "远车商"], f"repair coverage outweighs the tie: {[(t.name, t.score) for t in ranked]}"
    assert ranked[0].coverage == Decimal(120) and "周建国 knows 王伟" in ranked[1].explain("en"), ranked[1].explain("en")


def test_inputs_of_some_dealers_read_only_their_brands_and_assessments(ctx):
    """One dealer's file (dossier, classify) read every dealer's brands and assessments; the demo
    classifies a million dealers a chunk at a time through the same function."""
    from sqlalchemy import event

    one = make_dealer(ctx)
    other = make_dealer(ctx, "宁波元通大众汽车有限公司", brands=["大众", "奥迪"])
    for d in (one, other):
        negotiation.save_assessment(ctx, Assessment(d.id, 50, 4))
    with ctx.unit() as s:
        everyone = {i.dealer_id: i for i in negotiation.classification_inputs(s)}
        seen: list[str] = []
        event.listen(s.connection(), "before_cursor_execute", lambda *a: seen.append(a[2]))
        only = negotiation.classification_inputs(s, [other.id])
    assert [i.dealer_id for i in only] == [other.id] and only[0] == everyone[other.id], "the same input as from the full read"
    assert only[0].brands == ["大众", "奥迪"] and only[0].loss_ratio == 50
    reads = [q for q in seen if "FROM dealer_brands" in q or "FROM target_assessments" in q]
    assert len(reads) == 2 and all("dealer_id IN" in q for q in reads), f"only the given dealers' rows are read: {reads}"
