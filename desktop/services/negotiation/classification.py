"""Target classification (SOP step 3): assessments, classifying, manual overrides, history, ranking.

Every function runs on the calling thread in its own unit of work (the windows call them from
a worker). ``classify``/``classify_many`` append to the classification history only when the
result changed; ``override`` appends a manual entry, which needs a reason.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.persistence.models import dealers as m
from desktop.persistence.models import negotiation as n
from desktop.rules.negotiation.classification import classify as classify_rules
from desktop.rules.errors import FieldProblem, Problems, RuleError
from desktop.rules.negotiation.priority import rank_targets
from desktop.rules.negotiation.records import (
    Assessment,
    Classification,
    ClassificationInput,
    ClassificationResult,
    PriorityInput,
    RankedTarget,
    Tie,
)
from desktop.rules.facts import Fact
from desktop.rules.negotiation.vocab import TIERS
from desktop.rules.values import parse_amount, parse_decimal
from desktop.services.context import ServiceContext
from desktop.services.mapping import audit_of
from desktop.services.conflicts import check_version, stale_guard
from desktop.services.negotiation.common import require_dealer
from desktop.services.negotiation.resources import list_resources
from desktop.services.negotiation.settings import settings_in


def get_assessment(ctx: ServiceContext, dealer_id: int) -> Assessment:
    """The dealer's assessment; an empty one (version 0) when none was saved yet."""
    with ctx.unit() as s:
        require_dealer(s, dealer_id)
        row = s.get(n.TargetAssessment, dealer_id)
        return assessment_record(row) if row else Assessment(dealer_id=dealer_id)


def assessment_record(row: n.TargetAssessment) -> Assessment:
    return Assessment(row.dealer_id, row.loss_ratio, row.manager_rating, row.terms_changeable, row.business_selectable,
                      row.repair_need_amount, row.note, audit_of(row))


def validate_assessment(a: Assessment) -> Assessment:
    p = Problems()
    loss = None
    if a.loss_ratio not in (None, ""):
        loss = p.check("loss_ratio", lambda v: parse_decimal(str(v).rstrip("%％")), a.loss_ratio)
        if loss is not None and not Decimal(0) <= loss <= Decimal(1000):
            p.add("loss_ratio", "cls.bad_loss_ratio", value=a.loss_ratio)
    rating = None
    if a.manager_rating not in (None, ""):
        try:
            rating = int(a.manager_rating)
        except (TypeError, ValueError):
            rating = -1
        if not 1 <= rating <= 5:
            p.add("manager_rating", "cls.bad_rating", value=a.manager_rating)
    need = None if a.repair_need_amount in (None, "") else p.check("repair_need_amount", parse_amount, a.repair_need_amount)
    p.raise_if_any()
    return Assessment(a.dealer_id, loss, rating, bool(a.terms_changeable), bool(a.business_selectable), need,
                      (a.note or "").strip(), a.audit)


def save_assessment(ctx: ServiceContext, a: Assessment) -> Assessment:
    """Create or update; RuleError (loss_ratio, manager_rating, repair_need_amount), ConflictError when stale."""
    a = validate_assessment(a)
    with stale_guard(ctx, n.TargetAssessment, a.dealer_id), ctx.write_unit() as s:
        require_dealer(s, a.dealer_id)
        row = s.get(n.TargetAssessment, a.dealer_id)
        if row is None:
            if a.audit.version:
                raise RuleError(FieldProblem("dealer_id", "conflict.gone"))
            row = n.TargetAssessment(dealer_id=a.dealer_id)
            s.add(row)
            ctx.stamp(row, new=True)
        else:
            check_version(row, a.audit.version)
            ctx.stamp(row, new=False)
        row.loss_ratio, row.manager_rating, row.terms_changeable = a.loss_ratio, a.manager_rating, a.terms_changeable
        row.business_selectable, row.repair_need_amount, row.note = a.business_selectable, a.repair_need_amount, a.note
    return get_assessment(ctx, a.dealer_id)


def classification_record(row: n.ClassificationRow) -> Classification:
    return Classification(row.id, row.dealer_id, row.tier, row.rule, [Fact(f["code"], f.get("params", {})) for f in row.facts],
                          row.computed_tier, row.manual, row.reason, row.created_at, row.created_by)


def current_rows(s: Session, dealer_ids=None) -> dict[int, n.ClassificationRow]:
    """The current (newest) classification of each dealer."""
    c = n.ClassificationRow
    newest = select(func.max(c.id)).group_by(c.dealer_id)
    if dealer_ids is not None:
        newest = newest.where(c.dealer_id.in_(list(dealer_ids)))
    return {row.dealer_id: row for row in s.scalars(select(c).where(c.id.in_(newest)))}


def classification_inputs(s: Session, dealer_ids=None) -> list[ClassificationInput]:
    d = m.Dealer
    stmt = select(d.id, d.legal_name, d.short_name, d.founded_on, d.annual_sales, d.premium_scale).where(d.archived.is_(False))
    b = m.DealerBrand
    t = n.TargetAssessment  # plain rows, not entities: a million-dealer territory holds ~300,000
    brand_stmt = select(b.dealer_id, b.brand).where(b.kind == "sold").order_by(b.dealer_id, b.position)
    assess_stmt = select(t.dealer_id, t.loss_ratio, t.manager_rating, t.terms_changeable, t.business_selectable)
    if dealer_ids is not None:  # only these dealers' brands and assessments (one dealer's file read them all)
        ids = list(dealer_ids)
        stmt, brand_stmt, assess_stmt = (stmt.where(d.id.in_(ids)), brand_stmt.where(b.dealer_id.in_(ids)),
                                         assess_stmt.where(t.dealer_id.in_(ids)))
    brands: dict[int, list[str]] = defaultdict(list)
    for did, brand in s.execute(brand_stmt):
        brands[did].append(brand)
    assess = {a.dealer_id: a for a in s.execute(assess_stmt)}
    out = []
    for did, legal, short, founded, sales, premium in s.execute(stmt):
        a = assess.get(did)
        out.append(ClassificationInput(did, short or legal, brands.get(did, []), founded, sales, premium,
                                       a.loss_ratio if a else None, a.manager_rating if a else None,
                                       bool(a and a.terms_changeable), bool(a and a.business_selectable)))
    return out


def facts_json(result: ClassificationResult) -> list[dict]:
    return [{"code": f.code, "params": f.params} for f in result.facts]


def classify_many(ctx: ServiceContext, dealer_ids=None, today: date | None = None) -> Counter:
    """Classify the given (default: every active) dealers; history grows only where the result changed.

    Returns the count of dealers per tier. Worker thread: ~seconds for 100,000 dealers.
    """
    today = today or date.today()
    tally: Counter = Counter()
    with ctx.write_unit() as s:
        cfg = settings_in(s)
        current = current_rows(s, dealer_ids)
        now = ctx.now()
        for inp in classification_inputs(s, dealer_ids):
            result = classify_rules(inp, cfg, today)
            tally[result.tier] += 1
            cur = current.get(inp.dealer_id)
            if cur is not None and cur.computed_tier == result.tier and cur.rule == result.rule and \
                    (cur.manual or cur.facts == facts_json(result)):
                continue
            s.add(n.ClassificationRow(dealer_id=inp.dealer_id, tier=result.tier, computed_tier=result.tier, rule=result.rule,
                                      facts=facts_json(result), manual=False, reason="", created_at=now,
                                      created_by=ctx.user, updated_at=now, updated_by=ctx.user))
    return tally


def classify(ctx: ServiceContext, dealer_id: int, today: date | None = None) -> Classification:
    """Classify one dealer now and return its current classification."""
    with ctx.unit() as s:
        require_dealer(s, dealer_id)
    classify_many(ctx, [dealer_id], today)
    return current(ctx, dealer_id)


def preview(ctx: ServiceContext, dealer_id: int, today: date | None = None) -> ClassificationResult:
    """What the rules say on today's data, without recording anything."""
    with ctx.unit() as s:
        require_dealer(s, dealer_id)
        inputs = classification_inputs(s, [dealer_id])
        if not inputs:  # archived dealers are not classified
            return ClassificationResult("none", "otherwise", [Fact("cls.fact.archived")])
        return classify_rules(inputs[0], settings_in(s), today or date.today())


def current(ctx: ServiceContext, dealer_id: int) -> Classification | None:
    with ctx.unit() as s:
        require_dealer(s, dealer_id)
        row = current_rows(s, [dealer_id]).get(dealer_id)
        return classification_record(row) if row else None


def history(ctx: ServiceContext, dealer_id: int) -> list[Classification]:
    """Every classification of the dealer, newest first."""
    with ctx.unit() as s:
        require_dealer(s, dealer_id)
        rows = s.scalars(select(n.ClassificationRow).where(n.ClassificationRow.dealer_id == dealer_id)
                         .order_by(n.ClassificationRow.id.desc()))
        return [classification_record(r) for r in rows]


def override(ctx: ServiceContext, dealer_id: int, tier: str, reason: str, today: date | None = None) -> Classification:
    """Set the tier by hand; the reason is required and kept with the rules' own verdict."""
    p = Problems()
    if tier not in TIERS:
        p.add("tier", "value.choice", value=tier)
    if not (reason or "").strip():
        p.add("reason", "cls.reason_required")
    p.raise_if_any()
    result = preview(ctx, dealer_id, today)
    with ctx.write_unit() as s:
        now = ctx.now()
        s.add(n.ClassificationRow(dealer_id=dealer_id, tier=tier, computed_tier=result.tier, rule=result.rule,
                                  facts=facts_json(result), manual=True, reason=reason.strip(), created_at=now,
                                  created_by=ctx.user, updated_at=now, updated_by=ctx.user))
    return current(ctx, dealer_id)


def ranked_targets(ctx: ServiceContext, tier: str | None = None, today: date | None = None) -> list[RankedTarget]:
    """The territory's targets in priority order inside each tier, each with the reason for its rank."""
    resources = list_resources(ctx)
    with ctx.unit() as s:
        cfg = settings_in(s)
        cur = current_rows(s)
        d = m.Dealer
        dealers = {row.id: row for row in s.execute(
            select(d.id, d.legal_name, d.short_name, d.city, d.annual_sales).where(d.archived.is_(False), d.id.in_(list(cur))))}
        brands: dict[tuple[int, str], list[str]] = defaultdict(list)
        for did, kind, brand in s.execute(select(m.DealerBrand.dealer_id, m.DealerBrand.kind, m.DealerBrand.brand)
                                          .order_by(m.DealerBrand.position)):
            brands[(did, kind)].append(brand)
        needs = dict(s.execute(select(n.TargetAssessment.dealer_id, n.TargetAssessment.repair_need_amount)).all())
        ties: dict[int, list[Tie]] = defaultdict(list)
        k = m.KeyPerson
        for did, sname, pname, role, strength in s.execute(
                select(k.dealer_id, m.Staff.name, k.name, k.role, m.Relationship.strength)
                .join(m.Relationship, m.Relationship.key_person_id == k.id).join(m.Staff, m.Staff.id == m.Relationship.staff_id)):
            ties[did].append(Tie(sname, pname, role, strength))
        inputs = [PriorityInput(did, row.short_name or row.legal_name, cur[did].tier, row.city,
                                brands.get((did, "repaired")) or brands.get((did, "sold"), []), needs.get(did),
                                ties.get(did, []), row.annual_sales)
                  for did, row in dealers.items() if tier is None or cur[did].tier == tier]
    return rank_targets(inputs, resources, cfg, today or date.today())
