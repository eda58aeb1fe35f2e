"""Agenda templates and the checks of strategy, meetings and outcomes (bottom lines)."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

import pytest

from desktop import i18n
from desktop.rules.negotiation.agenda import DEFAULT_STEPS, copy_for_meeting, default_steps, validate_steps
from desktop.rules.errors import RuleError
from desktop.rules.negotiation.checks import (
    normalise_tags,
    term_beyond,
    validate_meeting,
    validate_outcome,
    validate_strategy,
)
from desktop.rules.negotiation.meeting_records import (
    AgendaStep,
    AgreedTerm,
    Attendee,
    MaterialItem,
    Meeting,
    NextAction,
    Outcome,
    TeamMember,
)
from desktop.rules.negotiation.records import BottomLine, DossierScript, Strategy
from desktop.rules.negotiation.vocab import MEETING_KINDS


def test_decision_maker_template_holds_the_sops_seven_steps():
    steps = default_steps("decision_maker")
    titles = [s.shown_title("zh_CN") for s in steps]
    assert [t[:4] for t in titles] == ["人员介绍", "寒暄问候", "切入主题", "优势介绍", "拟定模式", "整合资源", "达成意向"], titles
    standards = [s.shown_standard("en") for s in steps]
    assert "knows every member's name and position" in standards[0], standards[0]
    assert "Interest sparked" in standards[1] and "atmosphere kept" in standards[2], standards[1:3]
    assert "highest rank first" in steps[0].shown_title("en"), "introductions go in rank order"


@pytest.mark.parametrize("kind", MEETING_KINDS)
def test_every_default_step_has_words_in_both_languages(kind):
    assert default_steps(kind), f"{kind} has a default template"
    for step in default_steps(kind):
        for part in ("title", "owner", "standard"):
            key = f"agenda.{step.code}.{part}"
            en, zh = i18n.t(key, "en"), i18n.t(key, "zh_CN")
            assert en != key and zh != key and en != zh, f"{key}: English {en!r} and Chinese {zh!r}"


def test_edited_steps_keep_their_words_and_new_steps_need_a_title():
    steps = default_steps("aftersales")
    steps[1] = AgendaStep(None, steps[1].code, "  看车间  ", "", "产能确认")
    steps.append(AgendaStep(None, "", "参观展厅", "团队经理"))
    out = validate_steps(steps)
    assert out[1].shown_title("en") == "看车间" and out[1].shown_standard("en") == "产能确认", "the user's words win"
    assert out[-1].code == "" and out[-1].shown_owner("zh_CN") == "团队经理", "a step of the user's own"
    with pytest.raises(RuleError) as err:
        validate_steps([AgendaStep(None, "", "", "")])
    assert err.value.problems[0].field == "steps[0].title", "a step without a title is refused"
    with pytest.raises(RuleError):
        validate_steps([AgendaStep(None, "", "x")] * 31)


def test_a_meeting_copies_the_template_without_ids_or_notes():
    copied = copy_for_meeting([AgendaStep(5, "dm.intent", "", "", "", "old note")])
    assert copied[0].id is None and copied[0].note == "" and copied[0].code == "dm.intent", copied
    assert sum(len(v) for v in DEFAULT_STEPS.values()) == 18, "7 + 6 + 5 default steps"


@pytest.mark.parametrize("value,direction,limit,beyond", [
    (Decimal(15), "max", Decimal(15), False), (Decimal("15.01"), "max", Decimal(15), True), (Decimal(14), "max", Decimal(15), False),
    (Decimal(150000), "min", Decimal(150000), False), (Decimal(149999), "min", Decimal(150000), True),
    (Decimal(200000), "min", Decimal(150000), False), (None, "max", Decimal(15), False),
])
def test_terms_against_bottom_lines(value, direction, limit, beyond):
    line = BottomLine(1, "x", direction, limit)
    assert term_beyond(value, line) is beyond, f"{value} against {direction} {limit}"
    assert term_beyond(value, None) is False, "a term without a bottom line is never flagged"


def test_outcome_validation_flags_terms_beyond_and_names_faults():
    lines = {1: BottomLine(1, "商业险手续费率", "max", Decimal(15), "%"), 2: BottomLine(2, "月度保费", "min", Decimal(150000), "¥")}
    out = validate_outcome(Outcome(1, "intent", terms=[AgreedTerm(None, 1, "", "16"), AgreedTerm(None, 2, "", "200000")],
                                   actions=[NextAction(None, "报送协议", 3)]), lines)
    assert [(t.item, t.beyond) for t in out.terms] == [("商业险手续费率", True), ("月度保费", False)], out.terms
    assert out.terms[0].unit == "%", "the unit comes from the bottom line"
    with pytest.raises(RuleError) as err:
        validate_outcome(Outcome(1, "", terms=[AgreedTerm(None, 9, "", ""), AgreedTerm(None, None, "", "1")],
                                 actions=[NextAction(None, " ")]), lines)
    fields = {p.field for p in err.value.problems}
    assert {"result", "terms[0].bottom_line_id", "terms[0].value", "terms[1].item", "actions[0].action"} <= fields, fields


def test_meeting_validation():
    ok = validate_meeting(Meeting(dealer_id=1, status="proposed", materials=[MaterialItem(None, "brochure", "ignored")]))
    assert ok.materials[0].label == "", "a standard item keeps no label of its own"
    with pytest.raises(RuleError) as err:
        validate_meeting(Meeting(dealer_id=1, kind="lunch", status="confirmed", duration_minutes=5,
                                 team=[TeamMember(None, 3), TeamMember(None, 3)], attendees=[Attendee(4), Attendee(4)],
                                 materials=[MaterialItem(None, "", " "), MaterialItem(None, "caviar")]))
    fields = {p.field for p in err.value.problems}
    assert {"kind", "day", "start", "place", "duration_minutes", "team[1].staff_id", "attendees[1].key_person_id",
            "materials[0].label", "materials[1].code"} <= fields, fields
    held = validate_meeting(Meeting(dealer_id=1, status="held", day=date(2026, 12, 1), start=time(9), place=" 会议室 "))
    assert held.place == "会议室", "a held meeting with date, time and place is fine"


def test_strategy_validation():
    st = validate_strategy(Strategy(1, "win_win", bottom_lines=[BottomLine(None, " 商业险手续费率 ", "max", "15")],
                                    scripts=[DossierScript(None, None, "压价", "话术", "报行合一，手续费；报行合一")]), ["win_win"])
    assert st.bottom_lines[0].item == "商业险手续费率" and st.bottom_lines[0].value == Decimal(15), st.bottom_lines
    assert st.scripts[0].tags == ["报行合一", "手续费"], st.scripts[0].tags
    with pytest.raises(RuleError) as err:
        validate_strategy(Strategy(1, "mystery", bottom_lines=[BottomLine(None, "a", "sideways", None), BottomLine(None, "a", "max", 1)],
                                   scripts=[DossierScript(None, None, "", "")]), ["win_win"])
    fields = {p.field for p in err.value.problems}
    assert {"cooperation_model", "bottom_lines[0].direction", "bottom_lines[0].value", "bottom_lines[1].item",
            "scripts[0].situation", "scripts[0].script"} <= fields, fields


def test_tags_split_on_chinese_and_latin_separators():
    assert normalise_tags("续保, 送修；价格、续保") == ["续保", "送修", "价格"], "、，；; , all separate tags"
