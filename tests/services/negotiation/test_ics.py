"""Meeting export to iCalendar: parsed back with the ``icalendar`` library, folding and escaping per RFC 5545."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import icalendar
import pytest

from desktop.rules.errors import RuleError
from desktop.rules.negotiation.meeting_records import Attendee, Meeting, TeamMember
from desktop.rules.dealers.records import Audit
from desktop.services.negotiation import ics, meetings
from tests.services.negotiation_setup import make_dealer, make_staff

NOW = datetime(2026, 11, 26, 8, 0)


def sample(**kw) -> Meeting:
    base = dict(id=12, dealer_id=3, kind="decision_maker", day=date(2026, 12, 3), start=time(9, 30), duration_minutes=90,
                place="杭州市西湖区文三路 1 号, 二楼; 会议室", content="介绍共赢模式\n商谈费用, 送修；底线 \\ 不让",
                status="confirmed", dealer_name="杭州骏通丰田", audit=Audit(version=3, created_at=datetime(2026, 11, 1, 10)),
                team=[TeamMember(1, 1, False, "费用政策", "孙海燕", "部门经理", "department_head", 30),
                      TeamMember(2, 2, True, "", "周建国", "分公司总经理", "leadership", 40)],
                attendees=[Attendee(5, True, "李娜", "insurance_head", "保险部经理"), Attendee(4, True, "王伟", "decision_maker", "总经理")])
    base.update(kw)
    return Meeting(**base)


def parse(text: str) -> icalendar.Event:
    cal = icalendar.Calendar.from_ical(text)
    events = [c for c in cal.walk() if c.name == "VEVENT"]
    assert len(events) == 1, f"one event in the file, found {len(events)}"
    return events[0]


def test_parsed_back_in_shanghai_time():
    text = ics.render(sample(), NOW, "zh_CN")
    event = parse(text)
    start, end = event.decoded("DTSTART"), event.decoded("DTEND")
    assert start.replace(tzinfo=None) == datetime(2026, 12, 3, 9, 30) and end - start == timedelta(minutes=90), (start, end)
    assert start.utcoffset() == timedelta(hours=8), f"Asia/Shanghai is UTC+8: {start.utcoffset()}"
    assert start.astimezone(timezone.utc).hour == 1, "09:30 in Shanghai is 01:30 UTC"
    assert str(event["SUMMARY"]) == "杭州骏通丰田：与决定性人员商谈", event["SUMMARY"]
    assert str(event["LOCATION"]) == "杭州市西湖区文三路 1 号, 二楼; 会议室", "commas and semicolons survive escaping"
    desc = str(event["DESCRIPTION"])
    assert "商谈费用, 送修；底线 \\ 不让" in desc and "介绍共赢模式\n" in desc, f"newlines and backslashes survive: {desc!r}"
    assert desc.index("周建国") < desc.index("孙海燕") and "主商谈人" in desc, "our team in rank order, the main negotiator marked"
    assert desc.index("王伟") < desc.index("李娜"), "their side in rank order"
    assert str(event["STATUS"]) == "CONFIRMED" and int(event["SEQUENCE"]) == 2, "status and sequence"
    assert str(event["UID"]) == "dealerdesk-meeting-12-20261101T100000@dealerdesk.invalid", "a stable UID"
    tz = icalendar.Calendar.from_ical(text).walk("VTIMEZONE")[0]
    assert str(tz["TZID"]) == "Asia/Shanghai", "the file carries its VTIMEZONE"


def test_lines_are_folded_at_75_octets_without_breaking_characters():
    long = sample(content="长" * 200 + "ab" * 50)
    raw = ics.render(long, NOW, "zh_CN").encode("utf-8")
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b""), "CRLF line ends only"
    lines = raw.split(b"\r\n")[:-1]
    assert max(len(line) for line in lines) <= 75, f"longest line {max(len(line) for line in lines)} octets"
    for line in lines:
        line.decode("utf-8")  # raises if a character was split
    assert "长" * 200 in str(parse(raw.decode("utf-8"))["DESCRIPTION"]), "unfolded again intact"


@pytest.mark.parametrize("status,expected", [("proposed", "TENTATIVE"), ("held", "CONFIRMED"), ("cancelled", "CANCELLED")])
def test_status_mapping(status, expected):
    assert str(parse(ics.render(sample(status=status), NOW))["STATUS"]) == expected, status


def test_english_and_zone_conversion():
    event = parse(ics.render(sample(), NOW, "en"))
    assert str(event["SUMMARY"]) == "杭州骏通丰田: With the decision-maker", event["SUMMARY"]
    local = event.decoded("DTSTART").astimezone(ZoneInfo("Europe/Berlin"))
    assert (local.hour, local.minute) == (2, 30), f"09:30 CST is 02:30 in Berlin in winter: {local}"


def test_undated_meetings_cannot_be_exported():
    with pytest.raises(RuleError) as err:
        ics.render(sample(start=None), NOW)
    assert err.value.problems[0].code == "meeting.needs_when_ics", err.value.problems


def test_written_file_from_the_database(ctx, tmp_path):
    d, staff = make_dealer(ctx), make_staff(ctx)
    mt = meetings.new_meeting(ctx, d.id)
    mt.day, mt.start, mt.team = date(2026, 12, 3), time(14), [TeamMember(staff_id=staff["leadership"].id)]
    mt = meetings.save(ctx, mt)
    path = ics.write_meeting_ics(ctx, mt.id, tmp_path / "meeting.ics", "zh_CN")
    event = parse(path.read_bytes().decode("utf-8"))
    assert event.decoded("DTSTART").replace(tzinfo=None) == datetime(2026, 12, 3, 14), "the stored time"
    assert "周建国" in str(event["DESCRIPTION"]) and "王伟" in str(event["DESCRIPTION"]), "team and counterpart listed"
