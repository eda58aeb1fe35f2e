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
        out.append(AgendaStep(step.id, code, title, owner, standard, (step.note or "").strip()))
    p.raise_if_any()
    return out


def copy_for_meeting(template: list[AgendaStep]) -> list[AgendaStep]:
    """A meeting's own agenda from a template: the same steps, no ids, empty notes."""
    return [AgendaStep(None, s.code, s.title, s.owner, s.standard, "") for s in template]
