"""Readiness of each of the eight steps, judged from a dossier: one change at a time from a ready one."""

from __future__ import annotations

from dataclasses import replace

from copy import deepcopy
from datetime import date, datetime, time
from decimal import Decimal

import pytest

from desktop.rules.dealers import records as r
from desktop.rules.negotiation.agenda import default_steps
from desktop.rules.negotiation.meeting_records import Attendee, Booking, Dossier, MaterialItem, Meeting, TeamMember
from desktop.rules.negotiation.advantages import CODES as ADVANTAGE_CODES
from desktop.rules.negotiation.records import (
    Advantage,
    Assessment,
    BottomLine,
    Classification,
    ClassificationResult,
    DossierScript,
    Strategy,
)
from desktop.rules.negotiation.policy_records import CapBreach, PolicyVersion
from desktop.rules.negotiation.vocab import DEFAULT_RANK_REQUIREMENTS, MATERIALS
from desktop.rules.negotiation.readiness import evaluate, is_ready

LEVELS = {"leadership": 40, "department_head": 30, "team_manager": 20, "specialist": 10}


def ready() -> Dossier:
    dm = r.KeyPerson(11, "王伟", "male", 1972, "总经理", "decision_maker", "销售出身", "区域销量冠军", "高尔夫", "13800000000")
    head = r.KeyPerson(12, "李娜", "female", 1985, "保险部经理", "insurance_head", phone="13900000000")
    dealer = r.Dealer(
        id=7, legal_name="杭州骏通丰田汽车销售服务有限公司", address="杭州市西湖区文三路 1 号", main_models="凯美瑞", annual_sales=2400,
        contact_name="王伟", contact_phone="13800000000", sources=["association", "field"], premium_scale=Decimal(9_000_000),
        business_structure="新车六成", new_car_rate=Decimal(70), renewal_rate=Decimal(45), repair_needs="每月 80 台",
        brands=["丰田"], brands_repaired=["丰田"], entity_structure="独立法人", willingness="high", licence_no="330100123",
        people=[dm, head], visits=[r.Visit(1, date(2026, 10, 1))],
    )
    approved = PolicyVersion(id=3, dealer_id=7, number=2, status="approved",
                             rates={"compulsory": Decimal(4), "commercial": Decimal(15)}, vehicle_types=["private_car"],
                             new_car_ratio=Decimal("0.6"))
    strategy = Strategy(7, "win_win", "保费换送修", "重视投入产出", "提升续保率", [BottomLine(1, "商业险手续费率", "max", Decimal(15), "%")],
                        [DossierScript(1, None, "对方压价", "我们执行备案费率……")], r.Audit(version=2))
    meeting = Meeting(
        id=5, dealer_id=7, kind="decision_maker", day=date(2026, 12, 3), start=time(9, 30), place="总经理办公室",
        content="共赢模式", status="confirmed",
        attendees=[Attendee(11, True, "王伟", "decision_maker"), Attendee(12, True, "李娜", "insurance_head")],
        team=[TeamMember(1, 1, True, "", "周建国", "", "leadership", 40, "leadership"),
              TeamMember(2, 2, False, "费用政策", "孙海燕", "", "department_head", 30, "channel")],
        materials=[MaterialItem(i, code, "", True) for i, code in enumerate(MATERIALS)],
        agenda=[replace(s, owner_staff_id=1) for s in default_steps("decision_maker")],
    )
    return Dossier(
        dealer=dealer, assessment=Assessment(7, Decimal(50), 4), fresh_classification=ClassificationResult("key", "good_large"),
        classification=Classification(1, 7, "key", "good_large", computed_tier="key"), approved_policy=approved, draft_policy=None,
        economics=None, strategy=strategy, cooperation_model=None, decision_makers=[dm], relationships=[], meeting=meeting,
        our_team=meeting.team, their_team=meeting.attendees, bookings=[], required_level=40, required_rank="leadership",
        rank_levels=LEVELS, rank_names={}, rank_requirements=dict(DEFAULT_RANK_REQUIREMENTS),
        dossier_changed_at=datetime(2026, 11, 20, 10), generated_at=datetime(2026, 11, 26),
        advantages=[Advantage(code, "数据", "分公司", "2026-10") for code in ADVANTAGE_CODES],
    )


def test_the_complete_dossier_is_ready():
    states = evaluate(ready())
    assert [s.state for s in states] == ["done"] * 8, [(s.step, s.state, [m.code for m in s.missing]) for s in states]
    assert is_ready(states), "all eight done"
    assert all(s.title("en") and s.standard("zh_CN") and s.owner("en") for s in states), "every step has title, standard, owner"


def _set(path: str, value):
    def change(d: Dossier):
        *parents, last = path.split(".")
        obj = d
        for name in parents:
            obj = obj[int(name)] if name.isdigit() else getattr(obj, name)
        setattr(obj, last, value)
    return change


def _call(fn):
    def change(d: Dossier):
        fn(d)
    return change


CASES = [
    # (case, change, step, state, missing code, target)
    ("no address", _set("dealer.address", ""), 1, "partial", "readiness.field_missing", ("dealer", 7, "address")),
    ("no phone", _set("dealer.contact_phone", ""), 1, "partial", "readiness.field_missing", ("dealer", 7, "contact_phone")),
    ("no sales", _set("dealer.annual_sales", None), 1, "partial", "readiness.field_missing", ("dealer", 7, "annual_sales")),
    ("one source only", _set("dealer.sources", ["field"]), 1, "partial", "readiness.survey.sources", ("dealer", 7, "sources")),
    ("never visited", _set("dealer.visits", []), 2, "todo", "readiness.visit.none", ("dealer", 7, "visits")),
    ("renewal rate unknown", _set("dealer.renewal_rate", None), 2, "partial", "readiness.field_missing", ("dealer", 7, "renewal_rate")),
    ("brands repaired unknown", _set("dealer.brands_repaired", []), 2, "partial", "readiness.field_missing", ("dealer", 7, "brands_repaired")),
    ("no decision-maker", _call(lambda d: d.dealer.people.pop(0)), 2, "partial", "readiness.visit.decision_maker", ("dealer", 7, "people")),
    ("not assessed", _set("assessment", None), 3, "partial", "readiness.cls.assessment", ("dealer", 7, "assessment")),
    ("not classified", _set("classification", None), 3, "todo", "readiness.cls.none", ("dealer", 7, "classification")),
    ("classification out of date", _set("fresh_classification", ClassificationResult("secondary", "good_small")), 3, "partial",
     "readiness.cls.stale", ("dealer", 7, "classification")),
    ("not a target", _call(lambda d: setattr(d, "classification", Classification(1, 7, "none", "otherwise", computed_tier="key",
                                                                                   manual=True, reason="集团另有安排"))),
     3, "partial", "readiness.cls.not_target", ("dealer", 7, "classification")),
    ("no policy", _set("approved_policy", None), 4, "todo", "readiness.policy.none", ("dealer", 7, "policies")),
    ("only a submitted version", _call(lambda d: (setattr(d, "draft_policy", PolicyVersion(id=4, number=3, status="submitted")),
                                                  setattr(d, "approved_policy", None))),
     4, "partial", "readiness.policy.submitted", ("dealer", 7, "policies")),
    ("a draft above its cap", _call(lambda d: setattr(d, "draft_policy", PolicyVersion(
        id=4, number=3, breaches=[CapBreach("commercial", Decimal(16), Decimal(15), "")]))),
     4, "partial", "readiness.policy.breach", ("dealer", 7, "policies")),
    ("approved without underwriting", _set("approved_policy.vehicle_types", []), 4, "partial", "readiness.policy.part", ("dealer", 7, "policies")),
    ("profile lacks hobbies", _set("decision_makers.0.hobbies", ""), 5, "partial", "readiness.strategy.profile", ("dealer", 7, "people", 11)),
    ("no model", _set("strategy.cooperation_model", ""), 5, "partial", "readiness.strategy.model", ("dealer", 7, "strategy")),
    ("win-win without content", _set("strategy.model_content", ""), 5, "partial", "readiness.strategy.win_win", ("dealer", 7, "strategy")),
    ("no bottom lines", _set("strategy.bottom_lines", []), 5, "partial", "readiness.strategy.bottom_lines", ("dealer", 7, "bottom_lines")),
    ("no scripts", _set("strategy.scripts", []), 5, "partial", "readiness.strategy.scripts", ("dealer", 7, "scripts")),
    ("no meeting", _set("meeting", None), 6, "todo", "readiness.meeting.none", ("dealer", 7, "meetings")),
    ("no place", _set("meeting.place", ""), 6, "partial", "readiness.meeting.field", ("meeting", 5, "details")),
    ("still proposed", _set("meeting.status", "proposed"), 6, "partial", "readiness.meeting.status", ("meeting", 5, "details")),
    ("attendee unconfirmed", _set("meeting.attendees.1.confirmed", False), 6, "partial", "readiness.meeting.unconfirmed",
     ("meeting", 5, "attendees", 12)),
    ("insurance head not invited", _call(lambda d: d.meeting.attendees.pop(1)), 6, "partial", "readiness.meeting.invite",
     ("meeting", 5, "attendees", 12)),
    ("decision-maker not invited", _call(lambda d: d.meeting.attendees.pop(0)), 6, "partial", "readiness.meeting.principal",
     ("meeting", 5, "attendees")),
    ("no team", _set("meeting.team", []), 7, "todo", "readiness.team.none", ("meeting", 5, "team")),
    ("a step without its leader", _set("meeting.agenda.3.owner_staff_id", None), 7, "partial", "readiness.team.step_owner",
     ("meeting", 5, "agenda", 3)),
    ("a step led by someone off the team", _set("meeting.agenda.0.owner_staff_id", 99), 7, "partial",
     "readiness.team.step_owner", ("meeting", 5, "agenda", 0)),
    ("member without scope", _set("meeting.team.1.scope", ""), 7, "partial", "readiness.team.scope", ("meeting", 5, "team", 2)),
    ("no leadership", _call(lambda d: d.meeting.team.pop(0)), 7, "partial", "readiness.team.main", ("meeting", 5, "team")),
    ("double booked", _set("bookings", [Booking(2, "孙海燕", 9, "别的车商", datetime(2026, 12, 3, 9), datetime(2026, 12, 3, 10))]),
     7, "partial", "readiness.team.double_booked", ("meeting", 5, "team", 2)),
    ("brochure not ready", _set("meeting.materials.0.ready", False), 8, "partial", "readiness.materials.item", ("meeting", 5, "materials", 0)),
    ("nothing ready", _call(lambda d: [setattr(x, "ready", False) for x in d.meeting.materials]), 8, "todo",
     "readiness.materials.item", ("meeting", 5, "materials", 0)),
    ("own item not ready", _call(lambda d: d.meeting.materials.append(MaterialItem(9, "", "茶叶", False))), 8, "partial",
     "readiness.materials.own", ("meeting", 5, "materials", 5)),
    ("packet printed before the last change", _set("meeting.packet_printed_at", datetime(2026, 11, 19)), 8, "partial",
     "readiness.materials.packet", ("meeting", 5, "packet")),
]


@pytest.mark.parametrize("case,change,step,state,code,target", CASES, ids=[c[0] for c in CASES])
def test_each_step_says_exactly_what_is_missing(case, change, step, state, code, target):
    d = deepcopy(ready())
    change(d)
    states = evaluate(d)
    got = states[step - 1]
    assert got.state == state, f"{case}: step {step} should be {state}, is {got.state}: {[m.code for m in got.missing]}"
    match = [m for m in got.missing if m.code == code]
    assert match, f"{case}: {code} expected among {[m.code for m in got.missing]}"
    assert match[0].target == target, f"{case}: target {match[0].target} should be {target}"
    assert match[0].text("en") != code and match[0].text("zh_CN") != code, f"{case}: the item reads as words in both languages"
    if step <= 5:
        others = [s.step for s in states if s.state != "done" and s.step != step]
        assert not others, f"{case}: only step {step} is affected, also {others}"


def test_a_packet_printed_after_the_last_change_is_current():
    d = ready()
    d.meeting.packet_printed_at = datetime(2026, 11, 21)
    assert not d.packet_out_of_date and evaluate(d)[7].state == "done", "printed after the last change: current"


def test_missing_words_name_the_field():
    d = ready()
    d.dealer.contact_phone = ""
    item = evaluate(d)[0].missing[0]
    assert item.text("en") == "Contact phone is missing" and item.text("zh_CN") == "缺少联系电话", (item.text("en"), item.text("zh_CN"))
