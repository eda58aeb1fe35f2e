"""Our team (SOP step 7): rank matching, the main negotiator, scopes, leadership, double booking."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from desktop.rules.negotiation.meeting_records import Attendee, Meeting, TeamMember
from desktop.rules.negotiation.team import (
    default_main,
    double_bookings,
    overlaps,
    our_order,
    required_rank,
    team_missing,
    their_order,
    with_main,
)
from desktop.rules.negotiation.vocab import DEFAULT_RANK_REQUIREMENTS

LEVELS = {"leadership": 40, "department_head": 30, "team_manager": 20, "specialist": 10}
REQ = dict(DEFAULT_RANK_REQUIREMENTS)


def member(sid, rank, line="channel", main=False, scope="", name=None):
    return TeamMember(None, sid, main, scope, name or f"员工{sid}", "", rank, LEVELS[rank], line)


def person(pid, role):
    return Attendee(pid, True, f"对方{pid}", role, "")


RANK_CASES = [
    # (case, kind, attendee roles, our ranks, matched?)
    ("decision-maker with leadership", "decision_maker", ["decision_maker"], ["leadership", "team_manager"], True),
    ("decision-maker with a department head only", "decision_maker", ["decision_maker"], ["department_head"], False),
    ("no attendees yet: the kind's principal counts", "decision_maker", [], ["department_head"], False),
    ("insurance head with a team manager", "insurance_sales", ["insurance_head"], ["team_manager"], True),
    ("insurance head with a specialist", "insurance_sales", ["insurance_head"], ["specialist"], False),
    ("sales head needs a department head", "insurance_sales", ["insurance_head", "sales_head"], ["team_manager"], False),
    ("after-sales head with a department head", "aftersales", ["aftersales_head"], ["department_head", "specialist"], True),
    ("the most senior counterpart decides", "aftersales", ["aftersales_head", "decision_maker"], ["department_head"], False),
]


@pytest.mark.parametrize("case,kind,roles,ranks,matched", RANK_CASES, ids=[c[0] for c in RANK_CASES])
def test_rank_matching(case, kind, roles, ranks, matched):
    attendees = [person(i, r) for i, r in enumerate(roles)]
    code, level = required_rank(kind, attendees, REQ, LEVELS)
    top = max(LEVELS[r] for r in ranks)
    assert (top >= level) == matched, f"{case}: required {code} ({level}), our top {top}"
    mt = Meeting(id=1, kind=kind, attendees=attendees,
                 team=with_main([member(i, r, line="leadership" if r == "leadership" else "channel", scope="话题")
                                 for i, r in enumerate(ranks)]))
    codes = [x.code for x in team_missing(mt, REQ, LEVELS, [])]
    assert ("readiness.team.rank" not in codes) == matched, f"{case}: readiness agrees: {codes}"


def test_rank_mapping_is_configurable():
    req = {**REQ, "decision_maker": "department_head"}
    code, level = required_rank("decision_maker", [person(1, "decision_maker")], req, LEVELS)
    assert (code, level) == ("department_head", 30), "the branch may map the decision-maker to a department head"
    assert required_rank("decision_maker", [], {}, LEVELS) == ("", None), "nothing mapped, nothing required"


def test_main_negotiator_defaults_to_highest_rank():
    team = [member(1, "team_manager"), member(2, "leadership"), member(3, "leadership")]
    assert default_main(team) == 1, "the highest rank, the first listed among equals"
    assert [m.is_main for m in with_main(team)] == [False, True, False], "exactly one main, set by default"
    chosen = [member(1, "team_manager", main=True), member(2, "leadership")]
    assert [m.is_main for m in with_main(chosen)] == [True, False], "a chosen main negotiator is kept"
    assert default_main([]) is None and with_main([]) == [], "no members, no main"


def test_orders_for_introductions():
    ours = [m.staff_id for m in our_order([member(1, "specialist"), member(2, "leadership"), member(3, "team_manager")])]
    assert ours == [2, 3, 1], f"our side by rank, most senior first: {ours}"
    roles = [a.role for a in their_order([person(1, "aftersales_head"), person(2, "other"), person(3, "decision_maker"),
                                          person(4, "insurance_head")])]
    assert roles == ["decision_maker", "insurance_head", "aftersales_head", "other"], f"their side by seniority: {roles}"


def test_team_checks_name_each_problem():
    mt = Meeting(id=9, kind="decision_maker", attendees=[person(1, "decision_maker")],
                 team=[member(1, "department_head", main=True), member(2, "team_manager", name="冯俊杰"),
                       member(3, "specialist", main=True, scope="记录")])
    missing = team_missing(mt, REQ, LEVELS, [], {"leadership": {"en": "Branch leadership", "zh_CN": "机构班子"}})
    codes = [x.code for x in missing]
    assert codes == ["readiness.team.main", "readiness.team.scope", "readiness.team.leadership", "readiness.team.rank"], codes
    assert missing[1].target == ("meeting", 9, "team", 2), f"the scope problem points at the member: {missing[1].target}"
    assert "冯俊杰 has no scope" in missing[1].text("en"), missing[1].text("en")
    assert "calls for Branch leadership (level 40)" in missing[3].text("en"), missing[3].text("en")
    assert "机构班子" in missing[3].text("zh_CN"), missing[3].text("zh_CN")
    assert team_missing(Meeting(id=9), REQ, LEVELS, [])[0].code == "readiness.team.none", "an empty team"


T = lambda h, m=0: datetime(2026, 12, 1, h, m)  # noqa: E731


@pytest.mark.parametrize("a,b,clash", [
    ((T(9), T(10, 30)), (T(10), T(11)), True),
    ((T(9), T(10)), (T(10), T(11)), False),  # back to back is fine
    ((T(9), T(12)), (T(10), T(11)), True),  # one inside the other
    ((T(14), T(15)), (T(9), T(10)), False),
])
def test_overlaps(a, b, clash):
    assert overlaps(*a, *b) == clash and overlaps(*b, *a) == clash, f"{a} vs {b}"


def meeting(mid, start, minutes, staff, status="confirmed"):
    return Meeting(id=mid, day=date(2026, 12, 1), start=start, duration_minutes=minutes, status=status,
                   dealer_name=f"车商{mid}", team=[member(s, "team_manager") for s in staff])


@pytest.mark.parametrize("other,flagged", [
    (meeting(2, time(10), 60, [7, 8]), [7]),
    (meeting(2, time(10, 30), 60, [7]), []),  # starts when ours ends
    (meeting(2, time(10), 60, [8]), []),  # nobody shared
    (meeting(2, time(10), 60, [7], status="cancelled"), []),  # cancelled meetings hold nobody
    (meeting(1, time(10), 60, [7]), []),  # itself
])
def test_double_booking(other, flagged):
    ours = meeting(1, time(9), 90, [7, 9])
    found = double_bookings(ours, [other])
    assert [b.staff_id for b in found] == flagged, f"{other.status} {other.start}: {found}"
    if found:
        missing = team_missing(Meeting(**{**ours.__dict__, "kind": "aftersales"}), {}, LEVELS, found)
        texts = [x.text("en") for x in missing if x.code == "readiness.team.double_booked"]
        assert texts and "also in meeting 2 with 车商2 at 2026-12-01 10:00" in texts[0], texts


def test_a_cancelled_or_undated_meeting_books_nobody():
    assert double_bookings(meeting(1, time(9), 60, [7], status="cancelled"), [meeting(2, time(9), 60, [7])]) == [], "cancelled"
    assert double_bookings(Meeting(id=1, team=[member(7, "team_manager")]), [meeting(2, time(9), 60, [7])]) == [], "undated"
