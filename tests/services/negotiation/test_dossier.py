"""The dossier read model and readiness: from an empty dossier to a ready meeting; the demo at every stage."""

from __future__ import annotations

from desktop.rules.negotiation.agenda import suggest_owners

from dataclasses import replace
from datetime import date, time
from decimal import Decimal

from sqlalchemy import func, select

from desktop.persistence.models import negotiation as n
from desktop.persistence.models import meetings as mm
from desktop.rules.dealers import records as r
from desktop.rules.negotiation.meeting_records import TeamMember
from desktop.rules.negotiation.records import Assessment, BottomLine, Script
from desktop.rules.negotiation.policy_records import PolicyVersion
from desktop.rules.negotiation.readiness import is_ready
from desktop.services.dealers import files as dealers
from desktop.services.negotiation import dossier, meetings, classification as negotiation
from desktop.services.office import staff
from desktop.services.negotiation import advantages, pipeline
from desktop.services.negotiation import policies
from desktop.services.negotiation import strategy
from tests.services.negotiation_setup import grant_approver, make_dealer, make_staff

TODAY = date(2026, 11, 26)


def states_of(ctx, dealer_id, meeting_id=None):
    return [s.state for s in dossier.readiness(ctx, dealer_id, meeting_id, TODAY)[1]]


def test_from_an_empty_dossier_to_a_ready_meeting(ctx):
    team = make_staff(ctx)
    d = make_dealer(ctx, complete=False)
    assert states_of(ctx, d.id) == ["partial", "todo", "todo", "todo", "todo", "todo", "todo", "todo"], "an empty dossier"

    full = make_dealer(ctx, "临时", complete=True)  # borrow the complete survey and visit fields
    d = dealers.get(ctx, d.id)
    for name in ("sources", "premium_scale", "business_structure", "new_car_rate", "renewal_rate", "repair_needs", "brands_repaired",
                 "entity_structure", "willingness", "licence_no"):
        setattr(d, name, getattr(full, name))
    d.visits = [r.Visit(visited_on=date(2026, 10, 1), visitor_ids=[team["team_manager"].id], findings="初访")]
    dm = next(p for p in d.people if p.role == "decision_maker")
    dm.background, dm.highlights, dm.hobbies = "销售出身", "三年销量冠军", "钓鱼"
    d = dealers.save(ctx, d)
    assert states_of(ctx, d.id)[:2] == ["done", "done"], "steps 1–2 done"

    negotiation.save_assessment(ctx, Assessment(d.id, 50, 4))
    negotiation.classify(ctx, d.id, TODAY)
    assert states_of(ctx, d.id)[2] == "done", "step 3 done"

    grant_approver(ctx)
    v = policies.save_draft(ctx, PolicyVersion(dealer_id=d.id, rates={"compulsory": 4, "commercial": 15},
                                               vehicle_types=["private_car"], new_car_ratio="0.6"))
    v = policies.submit(ctx, v.id, v.audit.version)
    policies.approve(ctx, v.id, v.audit.version)
    assert states_of(ctx, d.id)[3] == "partial", "approved, but its economics are not estimated (issue 14)"
    v = policies.save_draft(ctx, PolicyVersion(dealer_id=d.id, rates={"compulsory": 4, "commercial": 15},
                                               vehicle_types=["private_car"], new_car_ratio="0.6", take_up=50,
                                               average_premium=4500))
    v = policies.submit(ctx, v.id, v.audit.version)
    policies.approve(ctx, v.id, v.audit.version)
    assert states_of(ctx, d.id)[3] == "done", "step 4 done"

    lib = strategy.save_script(ctx, Script(None, "对方压价", "我们执行备案费率……", ["手续费"]))
    st = strategy.copy_to_dossier(ctx, d.id, lib.id, 0)
    st.cooperation_model, st.model_content = "win_win", "保费换送修"
    st.decision_analysis, st.common_interests = "重视投入产出", "提升续保率"
    st.bottom_lines = [BottomLine(None, "商业险手续费率", "max", Decimal(15), "%")]
    strategy.save_strategy(ctx, st)
    assert states_of(ctx, d.id)[4] == "done", "step 5 done"

    mt = meetings.new_meeting(ctx, d.id, "decision_maker")
    mt.day, mt.start, mt.status = date(2026, 12, 3), time(9, 30), "confirmed"
    for a in mt.attendees:
        a.confirmed = True
    mt.team = [TeamMember(staff_id=team["department_head"].id, scope="费用政策"), TeamMember(staff_id=team["leadership"].id)]
    for item in mt.materials:
        item.ready = True
    mt = meetings.save(ctx, mt)
    _d, states = dossier.readiness(ctx, d.id, None, TODAY)
    assert {m.code for m in states[6].missing} == {"readiness.team.step_owner"}, "every agenda step still needs its leader"
    mt.agenda = suggest_owners(mt.agenda, mt.team)  # chosen with the team (issue 14)
    mt = meetings.save(ctx, mt)
    assert all(s.owner_name for s in mt.agenda), "each step led by a named member"
    _d, states = dossier.readiness(ctx, d.id, None, TODAY)
    assert {m.code for m in states[7].missing} == {"readiness.materials.advantage"}, "our advantages still lack figures"
    figures = [replace(a, value=f"{a.code} 的数据", source="分公司车商渠道部", as_of="2026-10") for a in advantages.advantages(ctx)]
    advantages.save_advantages(ctx, figures)  # the branch states them in its settings (issue 14)
    d_final, states = dossier.readiness(ctx, d.id, None, TODAY)
    assert is_ready(states), [(s.step, [m.code for m in s.missing]) for s in states]
    assert [m.staff_name for m in d_final.our_team] == ["周建国", "孙海燕"], "our team in rank order"
    assert [a.role for a in d_final.their_team] == ["decision_maker", "insurance_head"], "their side in rank order"
    assert d_final.meeting.agenda[0].shown_standard("en").startswith("The counterpart knows"), "the agenda carries standards"


def test_the_snapshot_holds_everything_the_packet_needs(ctx):
    team = make_staff(ctx)
    d = make_dealer(ctx)
    person = next(p for p in d.people if p.role == "decision_maker")
    staff.save_relationship(ctx, r.Relationship(staff_id=team["leadership"].id, key_person_id=person.id, strength=4))
    negotiation.save_assessment(ctx, Assessment(d.id, 50, 4))
    negotiation.classify(ctx, d.id, TODAY)
    policies.save_draft(ctx, PolicyVersion(dealer_id=d.id, rates={"commercial": 16}, take_up=50, average_premium=5000))
    snap = dossier.build(ctx, d.id, today=TODAY)
    assert snap.dealer.legal_name == d.legal_name and snap.dealer.annual_sales == 2400, "profile and figures"
    assert snap.classification.tier == "key" and "good quality" in snap.classification.explain("en"), "classification with its reason"
    assert snap.approved_policy is None and snap.draft_policy.breaches, "the draft with its cap breach"
    assert snap.economics.expected_premium == Decimal("6000000.00"), "economics of the shown policy"
    assert [p.name for p in snap.decision_makers] == ["王伟"] and snap.relationships[0].staff_name == "周建国", "people and 人脉"
    assert snap.meeting is None and snap.our_team == [] and snap.dossier_changed_at, "no meeting yet"


def test_dossier_changed_at_and_the_out_of_date_packet(ctx):
    team = make_staff(ctx)
    d = make_dealer(ctx)
    mt = meetings.new_meeting(ctx, d.id)
    mt.day, mt.start, mt.team = date(2026, 12, 3), time(9), [TeamMember(staff_id=team["leadership"].id)]
    mt = meetings.save(ctx, mt)
    before = dossier.build(ctx, d.id, mt.id, TODAY)
    meetings.mark_packet_printed(ctx, mt.id)
    printed = dossier.build(ctx, d.id, mt.id, TODAY)
    assert printed.dossier_changed_at == before.dossier_changed_at and not printed.packet_out_of_date, "printing changes nothing"
    negotiation.save_assessment(ctx, Assessment(d.id, 70, 2))
    changed = dossier.build(ctx, d.id, mt.id, TODAY)
    assert changed.dossier_changed_at > printed.dossier_changed_at and changed.packet_out_of_date, "a later change dates the packet"
    step8 = dossier.readiness(ctx, d.id, mt.id, TODAY)[1][7]
    assert "readiness.materials.packet" in [m.code for m in step8.missing], step8.missing


def test_the_demo_territory_has_dealers_at_every_stage(demo_ctx):
    pipe = pipeline.pipeline(demo_ctx)
    reached = {s.stage: s.reached for s in pipe.stages}
    assert reached["surveyed"] == 120 == pipe.total, f"every demo dealer is surveyed: {reached}"
    for stage in ("visited", "classified", "policy_approved", "meeting_set", "negotiated"):
        assert reached[stage] > 0, f"the demo has dealers at {stage}: {reached}"
    counts = [s.reached for s in pipe.stages]
    assert counts == sorted(counts, reverse=True), f"a funnel: {counts}"
    assert sum(s.at_stage for s in pipe.stages) == pipe.total, "each dealer at exactly one stage"
    rows = meetings.list_meetings(demo_ctx)
    statuses = {row.status for row in rows}
    assert {"proposed", "confirmed", "held"} <= statuses, f"meetings planned and held: {statuses}"
    ready = [row for row in rows if row.status == "confirmed" and is_ready(dossier.readiness(demo_ctx, row.dealer_id, row.id, TODAY)[1])]
    assert ready, "at least one demo meeting is fully prepared"
    flagged = [row for row in rows if row.status == "proposed" and
               dossier.build(demo_ctx, row.dealer_id, row.id, TODAY).bookings]
    assert flagged, "the demo shows a double booking"
    with demo_ctx.unit() as s:
        statuses = set(s.scalars(select(n.PolicyVersionRow.status).distinct()))
        outcomes = s.scalar(select(func.count()).select_from(mm.OutcomeRow))
    assert statuses == {"draft", "submitted", "approved"} and outcomes > 0, f"policies in every state, outcomes: {statuses}, {outcomes}"
