"""Validation of strategy (step 5), meetings (steps 6–8) and negotiation outcomes.

Each ``validate_*`` returns a normalised copy or raises one RuleError naming every field at
fault (``bottom_lines[2].value``, ``team[0].staff_id`` …). ``term_beyond`` says whether an agreed
term is worse than its bottom line. Pure functions.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from desktop.rules.errors import Problems, RuleError
from desktop.rules.negotiation.meeting_records import AgreedTerm, MaterialItem, Meeting, NextAction, Outcome
from desktop.rules.negotiation.records import BottomLine, DossierScript, Script, Strategy
from desktop.rules.negotiation.vocab import DIRECTIONS, MATERIALS, MEETING_KINDS, MEETING_STATUSES, PACKET_SENSITIVE, RESULTS
from desktop.rules.text import clean, fold
from desktop.rules.values import parse_decimal


def _number(p: Problems, name: str, raw, *, required: bool):
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        if required:
            p.add(name, "required")
        return None
    return p.check(name, parse_decimal, raw)


def normalise_tags(tags) -> list[str]:
    """'续保, 送修；价格' or a list → ['续保', '送修', '价格'] (trimmed, unique, order kept)."""
    if isinstance(tags, str):
        tags = tags.replace("，", ",").replace("；", ",").replace(";", ",").replace("、", ",").split(",")
    return list(dict.fromkeys(t for t in (clean(x) for x in tags) if t))


def validate_script(script: Script | DossierScript, prefix: str = "") -> Script | DossierScript:
    p = Problems()
    situation, text = clean(script.situation), (script.script or "").strip()
    if not situation:
        p.add(prefix + "situation", "required")
    if not text:
        p.add(prefix + "script", "required")
    p.raise_if_any()
    return replace(script, situation=situation, script=text, tags=normalise_tags(script.tags))


def validate_strategy(st: Strategy, model_codes: list[str]) -> Strategy:
    p = Problems()
    if st.cooperation_model and st.cooperation_model not in model_codes:
        p.add("cooperation_model", "value.choice", value=st.cooperation_model)
    lines = []
    for i, b in enumerate(st.bottom_lines):
        item = clean(b.item)
        if not item:
            p.add(f"bottom_lines[{i}].item", "required")
        if b.direction not in DIRECTIONS:
            p.add(f"bottom_lines[{i}].direction", "value.choice", value=b.direction)
        value = _number(p, f"bottom_lines[{i}].value", b.value, required=True)
        lines.append(BottomLine(b.id, item, b.direction, value, fold(b.unit), clean(b.note)))  # a unit is a code: ％ is %
    items = [x.item for x in lines if x.item]
    for i, item in enumerate(items):
        if item in items[:i]:
            p.add(f"bottom_lines[{i}].item", "neg.duplicate_bottom_line", item=item)
    scripts = []
    for i, s in enumerate(st.scripts):
        try:
            scripts.append(validate_script(s, f"scripts[{i}]."))
        except RuleError as err:  # already named with the row's prefix
            p.items.extend(err.problems)
    p.raise_if_any()
    return replace(st, bottom_lines=lines, scripts=scripts, model_content=(st.model_content or "").strip(),
                   decision_analysis=(st.decision_analysis or "").strip(),
                   common_interests=(st.common_interests or "").strip())


def validate_meeting(mt: Meeting) -> Meeting:
    """Kind and status from their lists; a confirmed or held meeting needs date, time and place."""
    p = Problems()
    if mt.kind not in MEETING_KINDS:
        p.add("kind", "value.choice", value=mt.kind)
    if mt.status not in MEETING_STATUSES:
        p.add("status", "value.choice", value=mt.status)
    if mt.status in ("confirmed", "held"):
        for name in ("day", "start"):
            if getattr(mt, name) is None:
                p.add(name, "meeting.needs_when", status=mt.status)
        if not clean(mt.place):
            p.add("place", "meeting.needs_place", status=mt.status)
    if not 15 <= int(mt.duration_minutes) <= 720:
        p.add("duration_minutes", "meeting.bad_duration", value=mt.duration_minutes)
    if len(clean(mt.place)) > 300:
        p.add("place", "value.too_long", max=300)
    staff = [m.staff_id for m in mt.team]
    for i, sid in enumerate(staff):
        if sid in staff[:i]:
            p.add(f"team[{i}].staff_id", "meeting.duplicate_member")
    people = [a.key_person_id for a in mt.attendees]
    for i, pid in enumerate(people):
        if pid in people[:i]:
            p.add(f"attendees[{i}].key_person_id", "meeting.duplicate_attendee")
    materials = []
    for i, item in enumerate(mt.materials):
        if item.code and item.code not in MATERIALS:
            p.add(f"materials[{i}].code", "value.choice", value=item.code)
        label = clean(item.label)
        if not item.code and not label:
            p.add(f"materials[{i}].label", "required")
        materials.append(MaterialItem(item.id, item.code, "" if item.code else label, bool(item.ready)))
    for i, step in enumerate(mt.agenda):
        if step.owner_staff_id is not None and step.owner_staff_id not in staff:
            p.add(f"agenda[{i}].owner_staff_id", "meeting.owner_not_on_team")
    for code in mt.packet_sensitive:
        if code not in PACKET_SENSITIVE:
            p.add("packet_sensitive", "value.choice", value=code)
    p.raise_if_any()
    team = [replace(m, scope=clean(m.scope)) for m in mt.team]
    return replace(mt, place=clean(mt.place), content=(mt.content or "").strip(), notes=(mt.notes or "").strip(),
                   team=team, materials=materials, packet_sensitive=[c for c in PACKET_SENSITIVE if c in mt.packet_sensitive])


def term_beyond(value, line: BottomLine | None) -> bool:
    """True when ``value`` is worse than the bottom line: above a 'max', below a 'min'."""
    if line is None or line.value is None or value is None:
        return False
    value, limit = Decimal(str(value)), Decimal(str(line.value))
    return value > limit if line.direction == "max" else value < limit


def validate_outcome(out: Outcome, bottom_lines: dict[int, BottomLine]) -> Outcome:
    """Result from its list; terms need an item and a number; actions need words. Flags terms beyond bottom lines."""
    p = Problems()
    if out.result not in RESULTS:
        p.add("result", "required" if not out.result else "value.choice", value=out.result)
    terms = []
    for i, term in enumerate(out.terms):
        line = bottom_lines.get(term.bottom_line_id) if term.bottom_line_id else None
        if term.bottom_line_id and line is None:
            p.add(f"terms[{i}].bottom_line_id", "neg.unknown_bottom_line")
        item = clean(term.item) or (line.item if line else "")
        if not item:
            p.add(f"terms[{i}].item", "required")
        value = _number(p, f"terms[{i}].value", term.value, required=True)
        unit = fold(term.unit) or (line.unit if line else "")
        terms.append(AgreedTerm(term.id, term.bottom_line_id, item, value, unit, clean(term.note), term_beyond(value, line)))
    actions = []
    for i, act in enumerate(out.actions):
        text = clean(act.action)
        if not text:
            p.add(f"actions[{i}].action", "required")
        actions.append(NextAction(act.id, text, act.owner_staff_id, act.owner_name, act.due, bool(act.done)))
    p.raise_if_any()
    notes = {k: (v or "").strip() for k, v in out.step_notes.items()}
    return replace(out, summary=(out.summary or "").strip(), terms=terms, actions=actions, step_notes=notes)
