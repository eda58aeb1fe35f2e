"""The dossier: one read model of everything about a dealer and a meeting, and its readiness.

``build`` returns a plain ``Dossier`` snapshot — dealer profile and figures, classification
with its reason, approved and drafted policies with cap breaches and economics, strategy with
bottom lines and scripts, decision-maker profiles, relationships, the meeting, both teams in
rank order, the agenda with standards, the materials — and ``dossier_changed_at``, the last
change to any of it, so a printed packet can be marked out of date. Read-only; runs on the
calling thread (a worker thread in the windows) in one unit of work.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.persistence.models import dealers as m
from desktop.persistence.models import negotiation as n
from desktop.persistence.models import meetings as mm
from desktop.rules.negotiation import policy as policy_rules
from desktop.rules.negotiation import readiness as readiness_rules
from desktop.rules.negotiation import team as team_rules
from desktop.rules.negotiation.classification import classify as classify_rules
from desktop.rules.negotiation.meeting_records import Dossier, StepState
from desktop.rules.negotiation.records import CooperationModel
from desktop.services.context import ServiceContext
from desktop.services.dealers.write import load as load_dealer
from desktop.services.mapping import audit_of, dealer_record
from desktop.services.office.staff import relationships_in
from desktop.services.negotiation.classification import assessment_record, classification_inputs, classification_record, current_rows
from desktop.services.negotiation.common import NegNotFound, require, require_dealer
from desktop.services.negotiation.policies import current_pair, record as policy_record, with_breaches
from desktop.services.negotiation.advantages import advantages_in
from desktop.services.negotiation.settings import settings_in, rank_table
from desktop.services.negotiation.strategy import strategy_record
from desktop.services.negotiation import meetings as meeting_service


def choose_meeting(rows: list[mm.MeetingRow], today: date) -> mm.MeetingRow | None:
    """The meeting a dossier is about when none is named: the next upcoming active one, else the latest held."""
    active = [r for r in rows if r.status in ("proposed", "confirmed")]
    upcoming = sorted((r for r in active if r.day is None or r.day >= today), key=lambda r: (r.day is None, r.day or date.max, r.id))
    if upcoming:
        return upcoming[0]
    held = sorted((r for r in rows if r.status == "held" or r in active), key=lambda r: (r.day or date.min, r.id))
    return held[-1] if held else None


def changed_at(s: Session, dealer_id: int, meeting_id: int | None) -> datetime | None:
    """The newest ``updated_at`` among the dealer's file and everything the dossier holds."""
    people = select(m.KeyPerson.id).where(m.KeyPerson.dealer_id == dealer_id)
    stamps = [
        select(m.Dealer.updated_at).where(m.Dealer.id == dealer_id),
        select(func.max(m.KeyPerson.updated_at)).where(m.KeyPerson.dealer_id == dealer_id),
        select(func.max(m.Visit.updated_at)).where(m.Visit.dealer_id == dealer_id),
        select(func.max(m.Relationship.updated_at)).where(m.Relationship.key_person_id.in_(people)),
        select(n.TargetAssessment.updated_at).where(n.TargetAssessment.dealer_id == dealer_id),
        select(func.max(n.ClassificationRow.updated_at)).where(n.ClassificationRow.dealer_id == dealer_id),
        select(func.max(n.PolicyVersionRow.updated_at)).where(n.PolicyVersionRow.dealer_id == dealer_id),
        select(n.StrategyRow.updated_at).where(n.StrategyRow.dealer_id == dealer_id),
        select(func.max(n.AdvantageRow.updated_at)),  # the branch's figures printed on the 优势介绍 page
    ]
    if meeting_id is not None:
        stamps.append(select(mm.MeetingRow.updated_at).where(mm.MeetingRow.id == meeting_id))
    values = [s.scalar(q) for q in stamps]
    values = [v for v in values if v is not None]
    return max(values) if values else None


def build(ctx: ServiceContext, dealer_id: int, meeting_id: int | None = None, today: date | None = None) -> Dossier:
    """The snapshot of ``dealer_id`` and ``meeting_id`` (default: its next meeting), read in one unit of work.
    NotFoundError if unknown."""
    with ctx.unit() as s:
        return build_in(s, ctx, dealer_id, meeting_id, today)


def of_meeting(ctx: ServiceContext, meeting_id: int, today: date | None = None) -> Dossier:
    """The snapshot of a meeting and its dealer, read in one unit of work. NotFoundError if unknown."""
    with ctx.unit() as s:
        dealer_id = require(s, mm.MeetingRow, meeting_id, "meeting").dealer_id
        return build_in(s, ctx, dealer_id, meeting_id, today)


def build_in(s: Session, ctx: ServiceContext, dealer_id: int, meeting_id: int | None = None,
             today: date | None = None) -> Dossier:
    """``build`` inside the caller's unit of work: every part of the snapshot comes from the same transaction."""
    today = today or date.today()
    dealer = dealer_record(load_dealer(s, dealer_id))
    relationships = relationships_in(s, dealer_id=dealer_id)
    require_dealer(s, dealer_id)
    row = s.get(n.TargetAssessment, dealer_id)
    assessment = assessment_record(row) if row else None
    cls_row = current_rows(s, [dealer_id]).get(dealer_id)
    inputs = classification_inputs(s, [dealer_id])
    fresh = classify_rules(inputs[0], settings_in(s), today) if inputs else None
    versions = [with_breaches(s, policy_record(r)) for r in s.scalars(
        select(n.PolicyVersionRow).where(n.PolicyVersionRow.dealer_id == dealer_id).order_by(n.PolicyVersionRow.number.desc()))]
    approved, draft = current_pair(versions)
    shown = approved or draft
    economics = policy_rules.economics(shown, dealer.annual_sales, dealer.premium_scale, dealer.new_car_rate) if shown else None
    strategy = strategy_record(dealer_id, s.get(n.StrategyRow, dealer_id))
    model_row = s.get(n.CooperationModelRow, strategy.cooperation_model) if strategy.cooperation_model else None
    model = CooperationModel(model_row.code, model_row.name_en, model_row.name_zh, model_row.description_en,
                             model_row.description_zh, model_row.position, model_row.active,
                             audit_of(model_row)) if model_row else None
    if meeting_id is not None:
        mrow = s.get(mm.MeetingRow, meeting_id)
        if mrow is None or mrow.dealer_id != dealer_id:
            raise NegNotFound("dealer_meeting", meeting_id)
    else:
        mrow = choose_meeting(list(s.scalars(select(mm.MeetingRow).where(mm.MeetingRow.dealer_id == dealer_id))), today)
    meeting = meeting_service.record(s, mrow) if mrow is not None else None
    levels, names = rank_table(s)
    requirements = {r.role: r.rank_code for r in s.scalars(select(n.RankRequirement))}
    bookings = meeting_service.bookings_in(s, meeting) if meeting and meeting.starts_at and meeting.team else []
    code, level = team_rules.required_rank(meeting.kind, meeting.attendees, requirements, levels) if meeting else ("", None)
    stamp = changed_at(s, dealer_id, meeting.id if meeting else None)
    generated = ctx.now()
    return Dossier(
        dealer=dealer, assessment=assessment, classification=classification_record(cls_row) if cls_row else None,
        fresh_classification=fresh, approved_policy=approved, draft_policy=draft, economics=economics,
        strategy=strategy, cooperation_model=model,
        decision_makers=[p for p in dealer.people if p.role == "decision_maker"], relationships=relationships,
        meeting=meeting, our_team=team_rules.our_order(meeting.team) if meeting else [],
        their_team=team_rules.their_order(meeting.attendees) if meeting else [], bookings=bookings,
        required_level=level, required_rank=code, rank_levels=levels, rank_names=names, rank_requirements=requirements,
        dossier_changed_at=stamp, generated_at=generated, today=today, advantages=advantages_in(s),
    )


def readiness(ctx: ServiceContext, dealer_id: int, meeting_id: int | None = None,
              today: date | None = None) -> tuple[Dossier, list[StepState]]:
    """The dossier and its eight steps, each with state and what is missing."""
    dossier = build(ctx, dealer_id, meeting_id, today)
    return dossier, readiness_rules.evaluate(dossier)
