"""The readiness gate of the packet (issue 14): a meeting whose day has passed is not ready; the
out-of-date packet itself never holds printing back."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from desktop.rules.negotiation import readiness
from desktop.rules.negotiation.meeting_records import Missing, StepState
from tests.documents.dossier_factory import dossier as make_dossier


def test_a_meeting_whose_day_has_passed_is_not_ready():
    d = make_dossier()
    day = d.meeting.day
    before = replace(d, today=day)
    after = replace(d, today=date.fromordinal(day.toordinal() + 1))
    codes = lambda x: [m.code for m in readiness.step6(x).missing]  # noqa: E731
    assert "readiness.meeting.past" not in codes(before), "on the day itself the meeting is not past"
    assert "readiness.meeting.past" in codes(after), "the day after, it is"
    held = replace(after, meeting=replace(after.meeting, status="held"))
    assert "readiness.meeting.past" not in codes(held), "a held meeting is past by nature"


def test_the_gate_ignores_only_the_out_of_date_packet():
    states = [StepState(8, "partial", [Missing("readiness.materials.packet"), Missing("readiness.materials.none")]),
              StepState(7, "done", [])]
    assert [(s, m.code) for s, m in readiness.packet_gaps(states)] == [(8, "readiness.materials.none")], \
        "reprinting fixes an out-of-date packet, so only the other gap counts"
