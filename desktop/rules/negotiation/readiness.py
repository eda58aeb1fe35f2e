"""Readiness: the SOP's eight preparation steps judged from a dossier's data.

Each step gets a state — 'done' (its standard 效果 is met), 'partial' (started, something
missing) or 'todo' (not started) — and the exact list of what is missing. Every missing item
carries a target such as ('dealer', 7, 'address') or ('meeting', 3, 'team', 12) so a window
can take the user to the place to fix it. Steps 1–5 belong to the dealer; 6–8 to the meeting.
Pure functions over ``Dossier``.
"""

from __future__ import annotations

from desktop.rules.negotiation import advantages as advantage_rules
from desktop.rules.negotiation import team as team_rules
from desktop.rules.facts import fmt_number
from desktop.rules.negotiation.meeting_records import Dossier, Missing, StepState
from desktop.rules.negotiation.vocab import KIND_ROLES
from desktop.rules.negotiation.policy import missing_parts
from desktop.rules.dealers.vocab import is_verified

SURVEY_FIELDS = ("legal_name", "address", "main_models", "annual_sales", "contact_name", "contact_phone")
VISIT_FIELDS = ("premium_scale", "business_structure", "new_car_rate", "renewal_rate", "repair_needs",
                "brands_repaired", "entity_structure", "willingness", "licence_no")
PROFILE_FIELDS = ("gender", "birth_year", "position", "background", "highlights", "hobbies")


def _blank(value) -> bool:
    return value is None or value == "" or value == []


def _state(missing: list[Missing], started: bool) -> str:
    return "done" if not missing else ("partial" if started else "todo")


def step1(d: Dossier) -> StepState:
    dealer = d.dealer
    missing = [Missing("readiness.field_missing", {"field": f}, ("dealer", dealer.id, f))
               for f in SURVEY_FIELDS if _blank(getattr(dealer, f))]
    if not is_verified(dealer.sources):
        missing.append(Missing("readiness.survey.sources", {"count": len(set(dealer.sources))},
                               ("dealer", dealer.id, "sources")))
    return StepState(1, _state(missing, True), missing)


def step2(d: Dossier) -> StepState:
    dealer = d.dealer
    missing = []
    if not dealer.visits:
        missing.append(Missing("readiness.visit.none", {}, ("dealer", dealer.id, "visits")))
    missing += [Missing("readiness.field_missing", {"field": f}, ("dealer", dealer.id, f))
                for f in VISIT_FIELDS if _blank(getattr(dealer, f))]
    if not any(p.role == "decision_maker" for p in dealer.people):
        missing.append(Missing("readiness.visit.decision_maker", {}, ("dealer", dealer.id, "people")))
    return StepState(2, _state(missing, bool(dealer.visits)), missing)


def step3(d: Dossier) -> StepState:
    did = d.dealer.id
    missing = []
    a = d.assessment
    if a is None or (a.loss_ratio is None and a.manager_rating is None):
        missing.append(Missing("readiness.cls.assessment", {}, ("dealer", did, "assessment")))
    c = d.classification
    if c is None:
        missing.append(Missing("readiness.cls.none", {}, ("dealer", did, "classification")))
    else:
        fresh = d.fresh_classification
        if not c.manual and fresh is not None and fresh.tier != c.computed_tier:
            missing.append(Missing("readiness.cls.stale", {"tier": c.tier, "fresh": fresh.tier},
                                   ("dealer", did, "classification")))
        if c.tier == "none":
            missing.append(Missing("readiness.cls.not_target", {}, ("dealer", did, "classification")))
    return StepState(3, _state(missing, c is not None), missing)


def step4(d: Dossier) -> StepState:
    did = d.dealer.id
    target = ("dealer", did, "policies")
    missing = []
    draft, approved = d.draft_policy, d.approved_policy
    if draft is not None:
        for b in draft.breaches:
            missing.append(Missing("readiness.policy.breach", {"line": b.line, "rate": fmt_number(b.rate), "cap": fmt_number(b.cap),
                                                               "number": draft.number}, target))
    if approved is None:
        if draft is None:
            missing.append(Missing("readiness.policy.none", {}, target))
        else:
            code = "readiness.policy.submitted" if draft.status == "submitted" else "readiness.policy.draft"
            missing.append(Missing(code, {"number": draft.number}, target))
        return StepState(4, _state(missing, draft is not None), missing)
    for part in missing_parts(approved):
        missing.append(Missing("readiness.policy.part", {"what": f"policy.part.{part}"}, target))
    if d.economics is not None and d.economics.missing:  # printed as 未测算: never a silent 0
        missing.append(Missing("readiness.policy.economics", {"what": [f"econ.input.{m}" for m in d.economics.missing]}, target))
    return StepState(4, _state(missing, True), missing)


def step5(d: Dossier) -> StepState:
    did = d.dealer.id
    st = d.strategy
    missing = []
    if not d.decision_makers:
        missing.append(Missing("readiness.visit.decision_maker", {}, ("dealer", did, "people")))
    for person in d.decision_makers:
        for f in PROFILE_FIELDS:
            if _blank(getattr(person, f)):
                missing.append(Missing("readiness.strategy.profile", {"name": person.name, "field": f},
                                       ("dealer", did, "people", person.id)))
    target = ("dealer", did, "strategy")
    for name, code in (("decision_analysis", "readiness.strategy.analysis"),
                       ("cooperation_model", "readiness.strategy.model"),
                       ("common_interests", "readiness.strategy.interests")):
        if not getattr(st, name):
            missing.append(Missing(code, {}, target))
    if st.cooperation_model == "win_win" and not st.model_content:
        missing.append(Missing("readiness.strategy.win_win", {}, target))
    if not st.bottom_lines:
        missing.append(Missing("readiness.strategy.bottom_lines", {}, ("dealer", did, "bottom_lines")))
    if not st.scripts:
        missing.append(Missing("readiness.strategy.scripts", {}, ("dealer", did, "scripts")))
    started = bool(st.audit.version or st.bottom_lines or st.scripts)
    return StepState(5, _state(missing, started), missing)


def step6(d: Dossier) -> StepState:
    mt = d.meeting
    if mt is None:
        return StepState(6, "todo", [Missing("readiness.meeting.none", {}, ("dealer", d.dealer.id, "meetings"))])
    target = ("meeting", mt.id, "details")
    missing = []
    for name in ("day", "start", "place"):
        if _blank(getattr(mt, name)):
            missing.append(Missing("readiness.meeting.field", {"what": f"meeting.field.{name}"}, target))
    if not mt.content and not mt.agenda:
        missing.append(Missing("readiness.meeting.field", {"what": "meeting.field.content"}, target))
    roles = {a.role for a in mt.attendees}
    principal = KIND_ROLES[mt.kind][0]
    if not roles & set(KIND_ROLES[mt.kind]):
        missing.append(Missing("readiness.meeting.principal", {"role": principal}, ("meeting", mt.id, "attendees")))
    if mt.kind == "decision_maker":
        invited = {a.key_person_id for a in mt.attendees}
        for p in d.dealer.people:
            if p.role in ("insurance_head", "sales_head", "aftersales_head") and p.id not in invited:
                missing.append(Missing("readiness.meeting.invite", {"name": p.name, "role": p.role},
                                       ("meeting", mt.id, "attendees", p.id)))
    for a in mt.attendees:
        if not a.confirmed:
            missing.append(Missing("readiness.meeting.unconfirmed", {"name": a.name}, ("meeting", mt.id, "attendees", a.key_person_id)))
    if mt.status == "proposed":
        missing.append(Missing("readiness.meeting.status", {}, target))
    if d.today and mt.day and mt.day < d.today and mt.status in ("proposed", "confirmed"):
        missing.append(Missing("readiness.meeting.past", {"day": mt.day.isoformat()}, target))
    return StepState(6, _state(missing, True), missing)


def step7(d: Dossier) -> StepState:
    mt = d.meeting
    if mt is None:
        return StepState(7, "todo", [Missing("readiness.needs_meeting", {}, ("dealer", d.dealer.id, "meetings"))])
    missing = team_rules.team_missing(mt, d.rank_requirements, d.rank_levels, d.bookings, d.rank_names)
    if mt.team:  # each step of the agenda led by a named member of the team (issue 14)
        on_team = {m.staff_id for m in mt.team}
        for i, step in enumerate(mt.agenda):
            if step.owner_staff_id not in on_team:
                title = {lang: step.shown_title(lang) for lang in ("en", "zh_CN")}
                missing.append(Missing("readiness.team.step_owner", {"no": i + 1, "step": title}, ("meeting", mt.id, "agenda", i)))
    return StepState(7, _state(missing, bool(mt.team)), missing)


def step8(d: Dossier) -> StepState:
    mt = d.meeting
    if mt is None:
        return StepState(8, "todo", [Missing("readiness.needs_meeting", {}, ("dealer", d.dealer.id, "meetings"))])
    missing = []
    if not mt.materials:
        missing.append(Missing("readiness.materials.none", {}, ("meeting", mt.id, "materials")))
    for i, item in enumerate(mt.materials):
        if not item.ready:
            if item.code:
                missing.append(Missing("readiness.materials.item", {"what": f"meeting.material.{item.code}"},
                                       ("meeting", mt.id, "materials", i)))
            else:
                missing.append(Missing("readiness.materials.own", {"label": item.label}, ("meeting", mt.id, "materials", i)))
    for code in advantage_rules.unset(d.advantages):  # the brochure and 优势介绍 need every figure the SOP names
        missing.append(Missing("readiness.materials.advantage", {"what": f"advantage.{code}"}, ("settings", 0, "advantages", code)))
    if d.packet_out_of_date:
        missing.append(Missing("readiness.materials.packet", {}, ("meeting", mt.id, "packet")))
    return StepState(8, _state(missing, any(i.ready for i in mt.materials)), missing)


STEPS = (step1, step2, step3, step4, step5, step6, step7, step8)


def evaluate(d: Dossier) -> list[StepState]:
    """The eight steps in order, each with its state and what is missing."""
    return [fn(d) for fn in STEPS]


def is_ready(states: list[StepState]) -> bool:
    return all(s.state == "done" for s in states)


# Reprinting is how an out-of-date packet is fixed, so that gap never holds printing back.
GATE_EXEMPT = frozenset({"readiness.materials.packet"})


def packet_gaps(states: list[StepState]) -> list[tuple[int, Missing]]:
    """What keeps a meeting's packet from being printed as ready: (step, missing item), in step order."""
    return [(s.step, m) for s in states for m in s.missing if m.code not in GATE_EXEMPT]
