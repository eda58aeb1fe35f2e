"""Policy versions (SOP step 4): draft → submitted → approved, caps checked, economics.

Saving a draft edits it in place; saving over an approved version makes a new draft version
(the approved one never changes); a submitted version must be returned to draft first.
Approval needs the 'approver' role and no rate above its cap. Every function runs on the
calling thread in its own unit of work and refuses stale copies (ConflictError).
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.persistence.models import dealers as m
from desktop.persistence.models import negotiation as n
from desktop.rules.negotiation import policy as rules
from desktop.rules.negotiation.caps import check_caps
from desktop.rules.errors import FieldProblem, RuleError
from desktop.rules.negotiation.policy_records import Bonus, Economics, FeeCap, PolicyVersion
from desktop.rules.facts import Fact
from desktop.rules.negotiation.vocab import APPROVER_ROLE
from desktop.services.context import ServiceContext
from desktop.services.mapping import audit_of
from desktop.services.negotiation.common import PermissionDenied, Refused, require, require_dealer
from desktop.services.conflicts import check_version, stale_guard

COLUMNS = ("region", "vehicle_types", "max_vehicle_age", "conditions", "exclusions", "exclusions_text", "new_car_ratio",
           "renewal_ratio", "min_monthly_premium", "min_sales_share", "referral_brands", "take_up", "average_premium",
           "renewal_premium", "note")


def _dec(v):
    return None if v is None else Decimal(str(v))


def record(row: n.PolicyVersionRow) -> PolicyVersion:
    bonuses = [Bonus(b.get("label", ""), b.get("line", ""), _dec(b.get("rate")), _dec(b.get("amount")), b.get("condition", ""))
               for b in row.bonuses or []]
    mix = {k: v for k, v in (("compulsory", row.mix_compulsory), ("commercial", row.mix_commercial)) if v is not None}
    return PolicyVersion(
        row.id, row.dealer_id, row.number, row.status, row.region,
        {"compulsory": row.compulsory_rate, "commercial": row.commercial_rate, "other": row.other_rate}, bonuses,
        list(row.vehicle_types or []), row.max_vehicle_age, row.conditions, list(row.exclusions or []), row.exclusions_text,
        row.new_car_ratio, row.renewal_ratio, row.min_monthly_premium, row.min_sales_share, list(row.referral_brands or []),
        row.take_up, row.average_premium, row.renewal_premium, mix, row.note, row.based_on, row.submitted_by,
        row.submitted_at, row.approved_by, row.approved_at, row.approver_role, [], audit_of(row))


def _fill(row: n.PolicyVersionRow, pv: PolicyVersion) -> None:
    for name in COLUMNS:
        setattr(row, name, getattr(pv, name))
    row.compulsory_rate, row.commercial_rate, row.other_rate = (pv.rates.get(k) for k in ("compulsory", "commercial", "other"))
    row.bonuses = [{"label": b.label, "line": b.line, "rate": None if b.rate is None else str(b.rate),
                    "amount": None if b.amount is None else str(b.amount), "condition": b.condition} for b in pv.bonuses]
    row.mix_compulsory, row.mix_commercial = pv.mix.get("compulsory"), pv.mix.get("commercial")


def caps_and_regions(s: Session, dealer: m.Dealer, pv: PolicyVersion) -> tuple[list[FeeCap], list[str]]:
    caps = [FeeCap(c.id, c.region, c.line, c.cap) for c in s.scalars(select(n.FeeCapRow))]
    regions = [x for x in ([pv.region] if pv.region else []) + [dealer.city, dealer.province] if x]
    return caps, regions


def with_breaches(s: Session, pv: PolicyVersion) -> PolicyVersion:
    dealer = require_dealer(s, pv.dealer_id)
    caps, regions = caps_and_regions(s, dealer, pv)
    return replace(pv, breaches=check_caps(pv, caps, regions))


def list_versions(ctx: ServiceContext, dealer_id: int) -> list[PolicyVersion]:
    """Every version of the dealer's policy, newest first, each with its cap breaches."""
    with ctx.unit() as s:
        require_dealer(s, dealer_id)
        rows = s.scalars(select(n.PolicyVersionRow).where(n.PolicyVersionRow.dealer_id == dealer_id)
                         .order_by(n.PolicyVersionRow.number.desc()))
        return [with_breaches(s, record(r)) for r in rows]


def cap_context(ctx: ServiceContext, dealer_id: int) -> tuple[list[FeeCap], list[str]]:
    """Every fee cap and the dealer's own regions (city, province): what a window needs to check rates as
    they are typed (a version's own region, when set, is looked up first). Any thread; reads only."""
    with ctx.unit() as s:
        dealer = require_dealer(s, dealer_id)
        caps = [FeeCap(c.id, c.region, c.line, c.cap) for c in s.scalars(select(n.FeeCapRow))]
        return caps, [x for x in (dealer.city, dealer.province) if x]


def get(ctx: ServiceContext, policy_id: int) -> PolicyVersion:
    with ctx.unit() as s:
        return with_breaches(s, record(require(s, n.PolicyVersionRow, policy_id, "policy")))


def current_pair(versions: list[PolicyVersion]) -> tuple[PolicyVersion | None, PolicyVersion | None]:
    """(the newest approved version, the newest version when it is not that one)."""
    approved = next((v for v in versions if v.status == "approved"), None)
    newest = versions[0] if versions else None
    return approved, (newest if newest is not None and newest is not approved else None)


def save_draft(ctx: ServiceContext, pv: PolicyVersion) -> PolicyVersion:
    """Create a version (id None), edit a draft, or start a new draft from an approved version.

    RuleError for bad values or a submitted version; ConflictError when the copy is stale.
    Rates above their caps are allowed in a draft — flagged in ``breaches`` — but block approval.
    """
    clean = rules.validate_policy(pv)
    with stale_guard(ctx, n.PolicyVersionRow, pv.id), ctx.write_unit() as s:
        require_dealer(s, pv.dealer_id)
        base = require(s, n.PolicyVersionRow, pv.id, "policy") if pv.id is not None else None
        if base is not None:
            check_version(base, pv.audit.version)
            if base.dealer_id != pv.dealer_id:
                raise RuleError(FieldProblem("dealer_id", "value.choice", {"value": pv.dealer_id}))
        if base is not None and base.status == "submitted":
            raise RuleError(FieldProblem("status", "policy.locked_submitted", {"number": base.number}))
        if base is not None and base.status == "draft":
            row = base
            ctx.stamp(row, new=False)
        else:
            number = (s.scalar(select(func.max(n.PolicyVersionRow.number)).where(n.PolicyVersionRow.dealer_id == pv.dealer_id)) or 0) + 1
            row = n.PolicyVersionRow(dealer_id=pv.dealer_id, number=number, status="draft",
                                     based_on=base.id if base is not None else None)
            ctx.stamp(row, new=True)
            s.add(row)
        _fill(row, clean)
        s.flush()
        policy_id = row.id
    return get(ctx, policy_id)


def _transition(ctx: ServiceContext, policy_id: int, version: int, action: str) -> PolicyVersion:
    with stale_guard(ctx, n.PolicyVersionRow, policy_id), ctx.write_unit() as s:
        row = require(s, n.PolicyVersionRow, policy_id, "policy")
        check_version(row, version)
        target = rules.next_status(row.status, action)
        now = ctx.now()
        if action in ("submit", "approve"):
            # On an office database the database decides (office.guard_policy: the role, never the
            # submitter, the caps); the profile-name roles are the single-user database's.
            if action == "approve" and not ctx.office and not _holds(s, ctx.user, APPROVER_ROLE):
                raise PermissionDenied("policy.not_approver", user=ctx.user)
            _require_complete(s, row, action)
        if action == "approve":
            row.approved_by, row.approved_at, row.approver_role = ctx.user, now, APPROVER_ROLE
        elif action == "submit":
            row.submitted_by, row.submitted_at = ctx.user, now
        row.status = target
        ctx.stamp(row, new=False)
    return get(ctx, policy_id)


def _require_complete(s: Session, row: n.PolicyVersionRow, action: str) -> None:
    """Refuse submitting or approving a version above a cap or lacking a part readiness asks for."""
    pv = with_breaches(s, record(row))
    if pv.breaches:
        raise Refused("policy.cap_refused" if action == "approve" else "policy.cap_refused_submit",
                      [b.fact() for b in pv.breaches])
    parts = rules.missing_parts(pv)
    if parts:
        raise Refused("policy.parts_missing", [Fact("policy.part_lacking", {"what": f"policy.part.{p}"}) for p in parts],
                      number=row.number)


def _holds(s: Session, user: str, role: str) -> bool:
    return s.get(n.UserRole, (user, role)) is not None


def submit(ctx: ServiceContext, policy_id: int, version: int) -> PolicyVersion:
    """Draft → submitted for approval (who and when are recorded). Refused above a cap or without the fee,
    underwriting and repair-referral parts that readiness asks for."""
    return _transition(ctx, policy_id, version, "submit")


def return_to_draft(ctx: ServiceContext, policy_id: int, version: int) -> PolicyVersion:
    """Submitted → draft, so it can be edited again."""
    return _transition(ctx, policy_id, version, "return")


def approve(ctx: ServiceContext, policy_id: int, version: int) -> PolicyVersion:
    """Submitted → approved by the current profile, which must hold the approver role.

    PermissionDenied without the role; Refused when a rate is above its cap. Approved is final.
    """
    return _transition(ctx, policy_id, version, "approve")


def delete_draft(ctx: ServiceContext, policy_id: int, version: int) -> None:
    """Delete a draft version; submitted and approved versions are kept."""
    with ctx.write_unit() as s:
        row = require(s, n.PolicyVersionRow, policy_id, "policy")
        check_version(row, version)
        if row.status != "draft":
            raise RuleError(FieldProblem("status", "policy.not_draft", {"number": row.number}))
        s.delete(row)


def economics(ctx: ServiceContext, pv: PolicyVersion) -> Economics:
    """The economics panel of a (possibly unsaved) version against the dealer's current figures."""
    clean = rules.validate_policy(pv)
    with ctx.unit() as s:
        d = require_dealer(s, pv.dealer_id)
        return rules.economics(clean, d.annual_sales, d.premium_scale, d.new_car_rate)
