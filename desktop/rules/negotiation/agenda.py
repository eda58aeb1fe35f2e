"""Default agenda templates, one per meeting kind, and their validation.

The decision-maker template holds the SOP's seven steps (introductions in rank order, small
talk, into the subject, our advantages, propose the model, integrate resources, agreement of
intent), each with its owner and standard. The SOP's text of steps 5–7 and of the other two
kinds is lost: those are common practice, and every template is editable. A default step
keeps its ``code`` and takes its words from the i18n catalogue (``agenda.<code>.title`` …)
until the user rewrites them. Pure functions.
"""

from __future__ import annotations

from desktop.rules.errors import Problems
from desktop.rules.negotiation.meeting_records import AgendaStep
from desktop.rules.text import clean

DEFAULT_STEPS: dict[str, tuple[str, ...]] = {
    "decision_maker": (
        "dm.introductions", "dm.small_talk", "dm.subject", "dm.advantages", "dm.model", "dm.resources", "dm.intent",
    ),
    "insurance_sales": (
        "is.introductions", "is.business", "is.policy", "is.quote", "is.renewal", "is.next",
    ),
    "aftersales": (
        "as.introductions", "as.needs", "as.referral", "as.claims", "as.next",
    ),
}
MAX_STEPS = 30


def default_steps(kind: str) -> list[AgendaStep]:
    """The SOP's / practice's default steps of a meeting kind (no custom text: words follow the language)."""
    return [AgendaStep(code=code) for code in DEFAULT_STEPS.get(kind, ())]


def validate_steps(steps: list[AgendaStep]) -> list[AgendaStep]:
    """Trimmed steps; every step needs a title (its own or its default's). RuleError steps[i].title."""
    p = Problems()
    if len(steps) > MAX_STEPS:
        p.add("steps", "agenda.too_many", max=MAX_STEPS)
    out = []
    for i, step in enumerate(steps):
        title, owner, standard = clean(step.title), clean(step.owner), (step.standard or "").strip()
        code = step.code if step.code in {c for codes in DEFAULT_STEPS.values() for c in codes} else ""
        if not title and not code:
            p.add(f"steps[{i}].title", "required")
        if len(title) > 200:
            p.add(f"steps[{i}].title", "value.too_long", max=200)
        out.append(AgendaStep(step.id, code, title, owner, standard, (step.note or "").strip(), step.owner_staff_id))
    p.raise_if_any()
    return out


# Which line of ours leads a default step (staff.line), after the SOP's owners; others: the main negotiator.
STEP_LINES: dict[str, tuple[str, ...]] = {
    "dm.introductions": ("team_manager",), "dm.resources": ("claims", "product"), "dm.intent": ("leadership",),
    "is.introductions": ("team_manager",), "is.business": ("team_manager",), "is.policy": ("channel",),
    "is.quote": ("product",), "is.renewal": ("team_manager",),
    "as.introductions": ("team_manager",), "as.needs": ("claims",), "as.referral": ("claims",), "as.claims": ("claims",),
}


def suggest_owners(steps: list[AgendaStep], team) -> list[AgendaStep]:
    """Every step without an owner on the team gets one: the member of the step's line, else the main
    negotiator (``team``: TeamMember records, most senior first). A step already owned keeps its owner."""
    from dataclasses import replace

    on_team = {m.staff_id for m in team}
    main = next((m for m in team if m.is_main), team[0] if team else None)
    out = []
    for step in steps:
        if step.owner_staff_id in on_team or main is None:
            out.append(step)
            continue
        lines = STEP_LINES.get(step.code, ())
        owner = next((m for line in lines for m in team if m.line == line), main)
        out.append(replace(step, owner_staff_id=owner.staff_id, owner_name=owner.staff_name))
    return out


def copy_for_meeting(template: list[AgendaStep]) -> list[AgendaStep]:
    """A meeting's own agenda from a template: the same steps, no ids, empty notes."""
    return [AgendaStep(None, s.code, s.title, s.owner, s.standard, "") for s in template]
