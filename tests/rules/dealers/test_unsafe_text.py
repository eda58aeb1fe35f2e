"""Invisible control and text-direction characters are refused at the door — one rule for every text
field of a dealer, a key person and a visit, with a message on the field that says what it holds."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.i18n import t
from desktop.rules.dealers import records as r
from desktop.rules.dealers.validation import validate_dealer, validate_person, validate_visit
from desktop.rules.errors import RuleError
from desktop.rules.text import unsafe_characters

BAD = {"bell": ("\x07", "U+0007"), "escape": ("\x1b[31m", "U+001B"), "nul": ("\x00", "U+0000"),
       "right-to-left override": ("\u202e", "U+202E"), "left-to-right embedding": ("\u202a", "U+202A"),
       "first strong isolate": ("\u2068", "U+2068"), "delete": ("\x7f", "U+007F"), "C1 control": ("\x85\x9b", "U+009B")}


def _problem(err: RuleError, field: str):
    found = [p for p in err.problems if p.field == field]
    assert found, f"a problem on {field}: {err.problems}"
    return found[0]


@pytest.mark.parametrize("kind", list(BAD))
@pytest.mark.parametrize("field", ["legal_name", "city", "address", "contact_name", "notes", "business_structure", "repair_needs"])
def test_dealer_text_fields_refuse_unsafe_characters(kind, field):
    text, code = BAD[kind]
    values = {"legal_name": "甲汽车有限公司", "city": "杭州", field: f"甲汽车{text}有限公司"}
    with pytest.raises(RuleError) as caught:
        validate_dealer(r.Dealer(**values))
    problem = _problem(caught.value, field)
    assert problem.code == "value.unsafe_chars" and code in problem.params["chars"], f"{field}: {problem}"
    assert code in t(problem.code, "zh_CN", **problem.params) and "控制字符" in t(problem.code, "zh_CN", **problem.params), \
        "the Chinese message names the character"


def test_lists_insurers_phones_people_and_visits_follow_the_same_rule():
    with pytest.raises(RuleError) as caught:
        validate_dealer(r.Dealer(legal_name="甲汽车有限公司", brands=["丰田\u202e"], insurers=[r.InsurerShare("人保\x07", None)],
                                 contact_phone="138\x0012345678"))
    assert {p.field for p in caught.value.problems if p.code == "value.unsafe_chars"} == {"brands", "insurers", "contact_phone"}, \
        caught.value.problems
    with pytest.raises(RuleError) as caught:
        validate_person(r.KeyPerson(name="王\u202e伟", notes="周三\x1b在店", hobbies="钓鱼\x07"))
    assert {p.field for p in caught.value.problems} == {"name", "notes", "hobbies"}, caught.value.problems
    with pytest.raises(RuleError) as caught:
        validate_visit(r.Visit(visited_on=date(2026, 11, 2), findings="同意\u2066续约", next_step="\x00"))
    assert {p.field for p in caught.value.problems} == {"findings", "next_step"}, caught.value.problems


def test_ordinary_text_passes_unchanged():
    notes = "第一行\n第二行\t缩进\r\n全角空格　和 emoji 🚗、罕见字 𠀀、零宽连接符\u200d"
    d = validate_dealer(r.Dealer(legal_name="甲汽车有限公司", notes=notes, business_structure="新车六成\n续保四成"))
    assert d.notes == notes, "tabs, line breaks and every printable character are kept exactly"
    assert unsafe_characters(notes) == "", "nothing in it is unsafe"
    assert validate_dealer(r.Dealer(legal_name="甲汽车\x1c有限公司")).legal_name == "甲汽车 有限公司", \
        "whitespace-like controls in a one-line field become a space, as before"
