"""Negotiation stage data for the demo territory: called by ``services.demo.territory.generate``.

Adds repair resources, a script library, the approver role for the demo's user, quality
assessments and classifications, and — for a bounded set of targets — policies (drafted,
submitted, approved), strategies, meetings (proposed, one pair double-booked, confirmed and
fully prepared, held) and outcomes. Runs inside the demo's transaction on its thread;
deterministic for a given ``rng``; stays fast for 100,000 dealers (bulk inserts, ≤ 120 deep dealers).
"""

from __future__ import annotations

import random
from datetime import date, time, timedelta
from decimal import Decimal
from typing import Sequence

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from desktop.persistence.models import dealers as m
from desktop.persistence.models import negotiation as n
from desktop.persistence.models import meetings as mm
from desktop.persistence.base import utcnow
from desktop.rules.negotiation.agenda import DEFAULT_STEPS, suggest_owners
from desktop.rules.negotiation.meeting_records import AgendaStep, TeamMember
from desktop.rules.negotiation.classification import classify, months_before
from desktop.rules.negotiation.vocab import APPROVER_ROLE, MATERIALS
from desktop.services.demo import names as N
from desktop.services.demo import negotiation_words as D
from desktop.services.demo.bulk import insert_tables
from desktop.services.negotiation.classification import facts_json, classification_inputs
from desktop.services.negotiation.settings import settings_in

MAX_DEEP = 120
CHUNK = 5000  # dealers assessed, then classified, at a time
TARGET_TIERS = ("key", "secondary", "general")


def extend(session: Session, rng: random.Random, dealer_ids: Sequence[int], staff_ids: list[int], today: date) -> None:
    """Add the negotiation stages to the territory just generated (same session, same transaction)."""
    if not dealer_ids or not staff_ids:
        return
    user = session.scalar(select(m.Dealer.created_by).where(m.Dealer.id == dealer_ids[0])) or "demo"
    now = utcnow()
    audit = dict(version=1, created_at=now, created_by=user, updated_at=now, updated_by=user)
    session.execute(insert(n.UserRole), [dict(profile_name=p, role=APPROVER_ROLE, **audit) for p in dict.fromkeys((user, N.STAFF[0][0]))])
    _resources(session, rng, today, audit)
    library = _library(session, audit)
    tiers = _classify(session, rng, dealer_ids, today, audit)
    targets = sorted(tiers)
    rng.shuffle(targets)
    deep = targets[: min(MAX_DEEP, max(12, len(dealer_ids) // 10))]
    Stager(session, rng, staff_ids, today, user, library).run(_ready_slots_visited(session, deep))


def _ready_slots_visited(s: Session, deep: list[int]) -> list[int]:
    """Reorder so the fully prepared slots (every 6th from the 5th) get dealers already visited.

    The demo's visit count is reported before extensions run, so none are added here.
    """
    visited = set(s.scalars(select(m.Visit.dealer_id).where(m.Visit.dealer_id.in_(deep))))
    with_visits = [d for d in deep if d in visited]
    without = [d for d in deep if d not in visited]
    out = []
    for i in range(len(deep)):
        first, second = (with_visits, without) if i % 6 == 4 else (without, with_visits)
        out.append((first or second).pop(0))
    return out


def _resources(s: Session, rng: random.Random, today: date, audit: dict) -> None:
    rows = []
    for _province, city, _division, _districts in N.CITIES:
        for brand, (_models, mainstream) in N.BRANDS.items():
            if rng.random() < 0.35:
                continue
            base = rng.randrange(200, 3000) * (2 if mainstream else 1)
            for year in range(today.year - 3, today.year):
                claims = max(10, int(base * rng.uniform(0.8, 1.2)))
                rows.append(dict(brand=brand, city=city, year=year, claim_count=claims,
                                 repair_amount=Decimal(claims * rng.randrange(3500, 9000)), **audit))
    s.execute(insert(n.RepairResourceRow), rows)


def _library(s: Session, audit: dict) -> list[n.ScriptRow]:
    rows = [n.ScriptRow(situation=sit, script=text, tags=list(tags), uses=0, **audit) for sit, text, tags in D.SCRIPTS]
    s.add_all(rows)
    s.flush()
    return rows


def _classify(s: Session, rng: random.Random, dealer_ids, today: date, audit: dict) -> dict[int, str]:
    """Assess about half of the surveyed dealers, then classify those and the newly established ones;
    the tiers of the dealers classified as targets (key, secondary, general).

    ``CHUNK`` dealers at a time (nothing read or built for the whole territory at once), in two
    passes — every assessment, then every classification — so the rows and their history entries
    come in the order they always did."""
    user = audit["created_by"]
    for lo in range(0, len(dealer_ids), CHUNK):
        ids = list(dealer_ids[lo:lo + CHUNK])
        surveyed = set(s.scalars(select(m.Dealer.id).where(m.Dealer.id.in_(ids), m.Dealer.premium_scale.is_not(None))))
        rows = []
        for did in ids:
            if did in surveyed and rng.random() < 0.55:
                rows.append(dict(dealer_id=did, loss_ratio=Decimal(rng.randrange(40, 95)), manager_rating=rng.randrange(1, 6),
                                 terms_changeable=rng.random() < 0.4, business_selectable=rng.random() < 0.3,
                                 repair_need_amount=Decimal(rng.randrange(50, 600) * 10_000) if rng.random() < 0.7 else None,
                                 note="", **audit))
        # one executemany (demo/bulk.py): the ORM's bulk insert of audited rows went one statement a row
        insert_tables(s.connection(), user, [(n.TargetAssessment.__table__, rows)])
    cfg = settings_in(s)
    out = {}
    recent = months_before(today, cfg.new_within_months)
    t = n.TargetAssessment
    for lo in range(0, len(dealer_ids), CHUNK):
        ids = list(dealer_ids[lo:lo + CHUNK])
        assessed = set(s.scalars(select(t.dealer_id).where(t.dealer_id.in_(ids))))
        history = []
        for inp in classification_inputs(s, ids):
            if inp.dealer_id not in assessed and (inp.founded_on is None or inp.founded_on < recent):
                continue  # neither assessed nor new: left unclassified, as a real territory would be
            result = classify(inp, cfg, today)
            if inp.dealer_id in assessed or result.rule == "new_mainstream":
                if result.tier in TARGET_TIERS:
                    out[inp.dealer_id] = result.tier
                history.append(dict(dealer_id=inp.dealer_id, tier=result.tier, computed_tier=result.tier, rule=result.rule,
                                    facts=facts_json(result), manual=False, reason="", **audit))
        insert_tables(s.connection(), user, [(n.ClassificationRow.__table__, history)])
    return out


class Stager:
    """Builds the deep stages, one bucket per dealer in turn (draft, submitted, approved, proposed, ready, held)."""

    def __init__(self, s: Session, rng: random.Random, staff_ids: list[int], today: date, user: str, library) -> None:
        self.s, self.rng, self.today, self.user, self.library = s, rng, today, user, library
        # Meetings are dated from the real today: a confirmed meeting in the past is never ready (issue 14),
        # and a demo opened weeks after its fixed date should still show meetings ahead.
        self.meeting_base = max(today, date.today())
        staff = list(s.scalars(select(m.Staff).where(m.Staff.id.in_(staff_ids)).order_by(m.Staff.id)))
        self.by_rank = {code: [x for x in staff if x.rank_code == code] for code in ("leadership", "department_head", "team_manager", "specialist")}
        self.slot = self.proposed = self.held = 0
        self.first_proposed: tuple[date, time] | None = None

    def stamp(self, row):
        now = utcnow()
        row.created_by = row.updated_by = self.user
        row.created_at = row.updated_at = now
        return row

    def run(self, deep: list[int]) -> None:
        for i, did in enumerate(deep):
            dealer = self.s.get(m.Dealer, did)
            bucket = i % 6
            if bucket == 4:
                self.complete_file(dealer)
            status = ("draft", "submitted")[bucket] if bucket < 2 else "approved"
            self.policy(dealer, status, breach=bucket == 0 and i % 12 == 0)
            if bucket >= 2:
                self.strategy(dealer)
            if bucket == 3:
                self.meeting(dealer, "proposed")
            elif bucket == 4:
                self.meeting(dealer, "confirmed", ready=True)
            elif bucket == 5:
                self.outcome(self.meeting(dealer, "held"))

    def complete_file(self, d: m.Dealer) -> None:
        """Fill what steps 1, 2 and 5 ask for, so this dealer's meeting can be fully ready (it was visited already)."""
        if self.s.get(n.TargetAssessment, d.id) is None:  # a newly established dealer classified without one
            self.s.add(self.stamp(n.TargetAssessment(dealer_id=d.id, loss_ratio=Decimal(55), manager_rating=4, note="")))
        d.premium_scale = d.premium_scale or Decimal((d.annual_sales or 500) * 4000)
        d.business_structure = d.business_structure or "新车保险约占六成，续保约占四成"
        d.new_car_rate = d.new_car_rate or Decimal("72.5")
        d.renewal_rate = d.renewal_rate or Decimal("48.0")
        d.repair_needs = d.repair_needs or "希望每月送修事故车 80 台以上"
        d.entity_structure = d.entity_structure or "独立法人"
        d.willingness = d.willingness or "high"
        d.licence_no = d.licence_no or f"{d.id:012d}"
        have = {x.source for x in d.sources}
        for src in ("association", "field"):
            if src not in have:
                d.sources.append(m.DealerSource(source=src))
        for p in d.people:
            if p.role == "decision_maker":
                p.gender = p.gender or "male"
                p.birth_year = p.birth_year or 1975
                p.background = p.background or N.BACKGROUNDS[0]
                p.highlights = p.highlights or N.HIGHLIGHTS[0]
                p.hobbies = p.hobbies or "品茶、高尔夫"

    def policy(self, d: m.Dealer, status: str, breach: bool) -> None:
        row = self.stamp(n.PolicyVersionRow(
            dealer_id=d.id, number=1, status=status, region="", compulsory_rate=Decimal(4),
            commercial_rate=Decimal(16 if breach else self.rng.choice([12, 13, 14, 15])), other_rate=Decimal(20),
            bonuses=[{"label": "续保达标奖励", "line": "", "rate": None, "amount": "50000", "condition": "续保率达到 60%"}],
            vehicle_types=["private_car", "new_energy"], max_vehicle_age=8, conditions="新车及 8 年以内车辆",
            exclusions=["营业货车", "改装车"], exclusions_text="", new_car_ratio=Decimal("0.6"), renewal_ratio=Decimal(1),
            min_monthly_premium=Decimal(150000), min_sales_share=Decimal(50), referral_brands=[b.brand for b in d.brands if b.kind == "sold"],
            take_up=Decimal(self.rng.choice([40, 50, 60])), average_premium=Decimal(self.rng.choice([4500, 5200, 6800])),
            renewal_premium=None, note=""))
        now = utcnow()
        if status in ("submitted", "approved"):
            row.submitted_by, row.submitted_at = self.user, now
        if status == "approved":
            row.approved_by, row.approved_at, row.approver_role = N.STAFF[0][0], now, APPROVER_ROLE
        self.s.add(row)

    def strategy(self, d: m.Dealer) -> None:
        row = self.stamp(n.StrategyRow(dealer_id=d.id, cooperation_model="win_win", model_content=D.WIN_WIN,
                                       decision_analysis=self.rng.choice(D.ANALYSES), common_interests=self.rng.choice(D.INTERESTS)))
        for pos, (item, direction, value, unit) in enumerate((
                ("商业险手续费率", "max", Decimal(15), "%"), ("新车送修比例", "max", Decimal("0.6"), "×"),
                ("月度保费", "min", Decimal(150000), "¥"))):
            row.bottom_lines.append(self.stamp(n.BottomLineRow(item=item, direction=direction, value=value, unit=unit, position=pos)))
        for pos, lib in enumerate(self.rng.sample(self.library, 3)):
            lib.uses += 1
            row.scripts.append(self.stamp(n.DossierScriptRow(library_id=lib.id, situation=lib.situation, script=lib.script,
                                                            tags=list(lib.tags), position=pos)))
        self.s.add(row)

    def meeting(self, d: m.Dealer, status: str, ready: bool = False) -> mm.MeetingRow:
        if status == "held":
            self.held += 1
            day, start = self.meeting_base - timedelta(days=4 + self.held), time(14, 30)
        elif status == "proposed" and self.proposed == 1:
            day, start = self.first_proposed  # the same slot as the first proposed one: a double booking
        else:
            self.slot += 1
            day, start = self.meeting_base + timedelta(days=2 + self.slot), time(9, 30) if self.slot % 2 else time(14, 30)
        if status == "proposed":
            self.proposed += 1
            self.first_proposed = self.first_proposed or (day, start)
        row = self.stamp(mm.MeetingRow(dealer_id=d.id, kind="decision_maker", day=day, start=start, duration_minutes=90,
                                      place=self.rng.choice(D.PLACES).format(name=d.short_name or d.legal_name),
                                      content="介绍共赢合作模式，商谈费用及送修政策", status=status, notes=""))
        roles = ("decision_maker", "insurance_head", "sales_head", "aftersales_head")
        for pos, p in enumerate(p for p in d.people if p.role in roles):
            row.attendees.append(self.stamp(mm.MeetingAttendee(key_person_id=p.id, confirmed=ready or status == "held", position=pos)))
        lead = self.by_rank["leadership"][self.slot % len(self.by_rank["leadership"])]
        members = [lead, self.by_rank["department_head"][self.slot % 3], self.by_rank["team_manager"][0 if status == "proposed" else self.slot % 3]]
        if status == "proposed" and self.proposed == 1:
            members = [self.by_rank["department_head"][3], self.by_rank["team_manager"][0]]  # leadership still missing
        for pos, st in enumerate(members):
            scope = "" if pos == 0 or (status == "proposed" and pos == 2) else D.SCOPES[st.rank_code]
            row.team.append(self.stamp(mm.TeamMemberRow(staff_id=st.id, is_main=pos == 0, scope=scope, position=pos)))
        for pos, code in enumerate(MATERIALS):
            row.materials.append(self.stamp(mm.MaterialRow(code=code, label="", ready=ready or status == "held" or pos < 2, position=pos)))
        team = [TeamMember(staff_id=st.id, is_main=pos == 0, staff_name=st.name, line=st.line) for pos, st in enumerate(members)]
        steps = suggest_owners([AgendaStep(code=code) for code in DEFAULT_STEPS["decision_maker"]], team)
        for pos, step in enumerate(steps):
            owner = step.owner_staff_id if not (status == "proposed" and step.code == "dm.resources") else None  # one gap
            row.agenda.append(self.stamp(mm.MeetingAgendaStep(code=step.code, position=pos, note="", owner_staff_id=owner)))
        self.s.add(row)
        self.s.flush()
        return row

    def outcome(self, meeting: mm.MeetingRow) -> None:
        result = self.rng.choice(["intent", "intent", "follow_up", "no_deal"])
        row = self.stamp(mm.OutcomeRow(meeting_id=meeting.id, result=result, summary=D.SUMMARIES[result]))
        strategy = self.s.get(n.StrategyRow, meeting.dealer_id)
        lines = {b.item: b for b in strategy.bottom_lines}
        rate, ratio = lines["商业险手续费率"], lines["新车送修比例"]
        row.terms.append(self.stamp(mm.AgreedTermRow(bottom_line_id=rate.id, item=rate.item, value=Decimal(15), unit="%", position=0)))
        row.terms.append(self.stamp(mm.AgreedTermRow(bottom_line_id=ratio.id, item=ratio.item, unit="×", position=1,
                                                    value=Decimal("0.65") if self.rng.random() < 0.5 else Decimal("0.6"))))
        for pos, text in enumerate(self.rng.sample(D.ACTIONS, 2)):
            row.actions.append(self.stamp(mm.NextActionRow(action=text, owner_staff_id=self.by_rank["team_manager"][pos].id,
                                                          due=self.today + timedelta(days=7 * (pos + 1)), done=False, position=pos)))
        for step in meeting.agenda[:3]:
            step.note = "按计划完成"
        self.s.add(row)
