"""The territory's pipeline: surveyed → visited → classified → policy approved → meeting set →
negotiated → signed, with the number of dealers at each stage and how many reached it.

A dealer's stage is the furthest it reached: classified means a current tier other than
"not a target for now"; meeting set means an active (not cancelled) meeting; negotiated means
an outcome was recorded; signed comes from the contracts area (``contracts.drafts.signed_dealers``).
Read-only; runs on the calling thread in one unit of work.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.persistence.models import dealers as m
from desktop.persistence.models import negotiation as n
from desktop.persistence.models import meetings as mm
from desktop.rules.negotiation.vocab import PIPELINE_STAGES
from desktop.services.context import ServiceContext
from desktop.services.contracts.drafts import signed_dealers
from desktop.services.negotiation.classification import current_rows

@dataclass
class StageCount:
    stage: str
    at_stage: int  # dealers whose furthest stage is this one
    reached: int  # dealers that reached this stage or a later one


@dataclass
class Pipeline:
    stages: list[StageCount]
    total: int
    stage_of: dict[int, str]  # dealer id → furthest stage


def _sets(s: Session) -> dict[str, set[int]]:
    active = set(s.scalars(select(m.Dealer.id).where(m.Dealer.archived.is_(False))))
    classified = {did for did, row in current_rows(s).items() if row.tier != "none"}
    approved = set(s.scalars(select(n.PolicyVersionRow.dealer_id).where(n.PolicyVersionRow.status == "approved")))
    meetings = set(s.scalars(select(mm.MeetingRow.dealer_id).where(mm.MeetingRow.status != "cancelled")))
    negotiated = set(s.scalars(select(mm.MeetingRow.dealer_id).join(mm.OutcomeRow, mm.OutcomeRow.meeting_id == mm.MeetingRow.id)))
    signed = signed_dealers(s)
    return {
        "surveyed": active,
        "visited": set(s.scalars(select(m.Visit.dealer_id).distinct())) & active,
        "classified": classified & active,
        "policy_approved": approved & active,
        "meeting_set": meetings & active,
        "negotiated": negotiated & active,
        "signed": signed & active,
    }


def pipeline(ctx: ServiceContext) -> Pipeline:
    """Counts by stage for the territory (archived dealers left out)."""
    with ctx.unit() as s:
        sets = _sets(s)
    stage_of: dict[int, str] = {}
    for stage in PIPELINE_STAGES:  # later stages overwrite earlier ones: the furthest wins
        for did in sets[stage]:
            stage_of[did] = stage
    at = {stage: 0 for stage in PIPELINE_STAGES}
    for stage in stage_of.values():
        at[stage] += 1
    counts, running = [], 0
    for stage in reversed(PIPELINE_STAGES):
        running += at[stage]
        counts.append(StageCount(stage, at[stage], running))
    return Pipeline(list(reversed(counts)), len(sets["surveyed"]), stage_of)
