"""Meetings on a real database: defaults, team, double booking, statuses, outcomes against bottom lines."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time
from decimal import Decimal

import pytest

from desktop.rules.errors import RuleError
from desktop.rules.negotiation.meeting_records import AgreedTerm, NextAction, Outcome, TeamMember
from desktop.rules.negotiation.records import BottomLine
from desktop.services.negotiation import meetings
from desktop.services.negotiation import outcomes
from desktop.services.negotiation import strategy
from desktop.errors import ConflictError, InUseError, NotFoundError
from tests.services.negotiation_setup import make_dealer, make_staff

DAY = date(2026, 12, 3)


def planned(ctx, dealer, staff, start=time(9, 30), members=("leadership", "department_head")):
    mt = meetings.new_meeting(ctx, dealer.id, "decision_maker")
    mt.day, mt.start, mt.place = DAY, start, "总经理办公室"
    mt.team = [TeamMember(staff_id=staff[rank].id, scope="" if i == 0 else "费用政策") for i, rank in enumerate(members)]
    return meetings.save(ctx, mt)


def test_a_new_meeting_comes_prepared(ctx):
    d = make_dealer(ctx)
    mt = meetings.new_meeting(ctx, d.id, "decision_maker")
    assert mt.id is None and mt.place == d.address, "unsaved, at the dealer's address"
    assert [a.role for a in mt.attendees] == ["decision_maker", "insurance_head"], "the decision-maker and the heads invited"
    assert [m.code for m in mt.materials] == ["brochure", "agreement", "business_cards", "publicity", "gifts"], mt.materials
    assert len(mt.agenda) == 7 and mt.agenda[0].code == "dm.introductions", "the SOP's agenda"
    after = meetings.new_meeting(ctx, d.id, "aftersales")
    assert after.attendees == [] and after.agenda[1].code == "as.needs", "no after-sales head on file yet"
    with pytest.raises(RuleError):
        meetings.new_meeting(ctx, d.id, "banquet")


def test_save_sets_the_main_negotiator_and_keeps_everything(ctx):
    d, staff = make_dealer(ctx), make_staff(ctx)
    mt = planned(ctx, d, staff, members=("team_manager", "leadership"))
    assert [(m.staff_name, m.is_main) for m in mt.team] == [("王春梅", False), ("周建国", True)], "highest rank leads by default"
    assert mt.team[1].rank_level == 40 and mt.dealer_name and mt.audit.version == 1, mt
    mt.materials[0].ready = True
    mt.agenda.pop()
    mt.attendees[0].confirmed = True
    again = meetings.save(ctx, mt)
    assert again.materials[0].ready and len(again.agenda) == 6 and again.attendees[0].confirmed, "children saved"
    assert again.audit.version == 2, "the meeting's version moves when only children changed"
    with pytest.raises(ConflictError):
        meetings.save(ctx, mt)


def test_people_and_staff_must_exist(ctx):
    d, other, staff = make_dealer(ctx), make_dealer(ctx, "另一家车商"), make_staff(ctx)
    mt = meetings.new_meeting(ctx, d.id)
    mt.attendees = meetings.new_meeting(ctx, other.id).attendees
    mt.team = [TeamMember(staff_id=9999)]
    with pytest.raises(RuleError) as err:
        meetings.save(ctx, mt)
    fields = {p.field for p in err.value.problems}
    assert {"attendees[0].key_person_id", "team[0].staff_id"} <= fields, fields
    with pytest.raises(NotFoundError):
        meetings.get(ctx, 4242)


def test_double_booking_is_flagged(ctx):
    d1, d2, staff = make_dealer(ctx, "甲车商"), make_dealer(ctx, "乙车商"), make_staff(ctx)
    first = planned(ctx, d1, staff, time(9, 30))
    second = planned(ctx, d2, staff, time(10, 30), members=("department_head", "team_manager"))
    found = meetings.bookings(ctx, second)
    assert [(b.staff_name, b.meeting_id) for b in found] == [("孙海燕", first.id)], f"孙海燕 is in both: {found}"
    moved = meetings.save(ctx, replace(second, start=time(11)))
    assert meetings.bookings(ctx, moved) == [], "back to back is fine"
    meetings.set_status(ctx, first.id, first.audit.version, "cancelled")
    assert meetings.bookings(ctx, replace(moved, start=time(9, 30))) == [], "a cancelled meeting holds nobody"


def test_status_rules(ctx):
    d, staff = make_dealer(ctx), make_staff(ctx)
    mt = meetings.save(ctx, meetings.new_meeting(ctx, d.id))
    with pytest.raises(RuleError) as err:
        meetings.set_status(ctx, mt.id, mt.audit.version, "confirmed")
    assert {p.field for p in err.value.problems} == {"day", "start"}, "a confirmed meeting needs a date and time"
    mt = planned(ctx, d, staff)
    mt = meetings.set_status(ctx, mt.id, mt.audit.version, "confirmed")
    assert mt.status == "confirmed", mt.status
    rows = meetings.list_meetings(ctx, dealer_id=d.id)
    assert [(r.day, r.status) for r in rows] == [(DAY, "confirmed"), (None, "proposed")], "dated first, undated last"
    assert [r.main_negotiator for r in rows] == ["周建国", ""], "the list names the main negotiator"


def outcome_setup(ctx):
    d, staff = make_dealer(ctx), make_staff(ctx)
    st = strategy.get_strategy(ctx, d.id)
    st.bottom_lines = [BottomLine(None, "商业险手续费率", "max", Decimal(15), "%"), BottomLine(None, "月度保费", "min", Decimal(150000), "¥")]
    st = strategy.save_strategy(ctx, st)
    return d, staff, st, planned(ctx, d, staff)


def test_outcome_flags_terms_beyond_bottom_lines_and_marks_the_meeting_held(ctx):
    d, staff, st, mt = outcome_setup(ctx)
    rate, premium = st.bottom_lines
    empty = outcomes.get_outcome(ctx, mt.id)
    assert empty.audit.version == 0 and set(empty.step_notes) == {s.id for s in mt.agenda}, "one note per agenda step"
    notes = {mt.agenda[0].id: "对方记住了每位成员", mt.agenda[6].id: "达成意向"}
    saved = outcomes.save_outcome(ctx, Outcome(mt.id, "intent", "顺利", notes,
                                               [AgreedTerm(None, rate.id, value="16"), AgreedTerm(None, premium.id, value="200000")],
                                               [NextAction(None, "报送协议草案", staff["team_manager"].id, due=date(2026, 12, 10))]))
    assert [(t.item, t.beyond) for t in saved.terms] == [("商业险手续费率", True), ("月度保费", False)], saved.terms
    assert saved.actions[0].owner_name == "王春梅" and saved.step_notes[mt.agenda[6].id] == "达成意向", saved
    assert meetings.get(ctx, mt.id).status == "held", "recording the outcome marks the meeting held"
    assert [a.action for _, a in outcomes.open_actions(ctx)] == ["报送协议草案"], "open actions by due date"
    with pytest.raises(ConflictError):
        outcomes.save_outcome(ctx, Outcome(mt.id, "no_deal"))
    with pytest.raises(InUseError):
        meetings.delete(ctx, mt.id, meetings.get(ctx, mt.id).audit.version)


def test_outcome_validation(ctx):
    d, staff, st, mt = outcome_setup(ctx)
    with pytest.raises(RuleError) as err:
        outcomes.save_outcome(ctx, Outcome(mt.id, "", actions=[NextAction(None, "x", owner_staff_id=999)]))
    assert "result" in {p.field for p in err.value.problems}, err.value.problems
    with pytest.raises(RuleError) as err:
        outcomes.save_outcome(ctx, Outcome(mt.id, "intent", actions=[NextAction(None, "x", owner_staff_id=999)]))
    assert err.value.problems[0].field == "actions[0].owner_staff_id", err.value.problems
    cancelled = meetings.set_status(ctx, mt.id, mt.audit.version, "cancelled")
    with pytest.raises(RuleError) as err:
        outcomes.save_outcome(ctx, Outcome(cancelled.id, "intent"))
    assert err.value.problems[0].code == "meeting.outcome_cancelled", err.value.problems


def test_printing_the_packet_keeps_editors_valid(ctx):
    d, staff = make_dealer(ctx), make_staff(ctx)
    mt = planned(ctx, d, staff)
    meetings.mark_packet_printed(ctx, mt.id)
    after = meetings.get(ctx, mt.id)
    assert after.packet_printed_at and after.audit.version == mt.audit.version, "printing is not an edit"
    meetings.save(ctx, replace(mt, notes="带两份协议"))  # the editor's copy is still current
    meetings.delete(ctx, mt.id, meetings.get(ctx, mt.id).audit.version)
    assert meetings.list_meetings(ctx, dealer_id=d.id) == [], "a meeting without an outcome can be deleted"
