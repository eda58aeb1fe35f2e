"""Draft policies (SOP step 4): validation, economics, status flow (the fee caps are in ``caps.py``).

A rate is a percentage of premium typed as people type it ('15', '15%', '12.5'); unlike
``values.parse_percent`` a bare 0.5 stays 0.5 %, because commission rates that small exist.
A version with a cap breach cannot be approved. Status: draft → submitted → approved; submitted can go back to draft; an approved
version never changes. Pure functions.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from desktop.rules.errors import FieldProblem, Problems, RuleError
from desktop.rules.negotiation.caps import line_totals
from desktop.rules.negotiation.policy_records import Bonus, Economics, PolicyVersion
from desktop.rules.negotiation.vocab import DEFAULT_LINE_MIX, LINES, VEHICLE_TYPES
from desktop.rules.text import clean, fold
from desktop.rules.values import parse_amount, parse_decimal

HUNDRED = Decimal(100)
# action → (statuses it may start from, status it leads to)
TRANSITIONS = {"submit": (("draft",), "submitted"), "return": (("submitted",), "draft"),
               "approve": (("submitted",), "approved")}


def parse_rate(raw) -> Decimal:
    """A rate in percent, 0–100: '15', '15%', 12.5. Raises RuleError(policy.bad_rate)."""
    text = fold(raw) if not isinstance(raw, (int, float, Decimal)) else raw
    if isinstance(text, str) and text.endswith(("%", "％")):
        text = text[:-1]
    try:
        value = parse_decimal(text)
    except RuleError:
        raise RuleError(FieldProblem("rate", "policy.bad_rate", {"value": raw})) from None
    if not Decimal(0) <= value <= HUNDRED:
        raise RuleError(FieldProblem("rate", "policy.bad_rate", {"value": raw}))
    return value.quantize(Decimal("0.01"))


def parse_ratio(raw) -> Decimal:
    """A referral ratio (referral value ÷ premium), 0–10: 0.6, '1:1' → 1."""
    text = fold(raw) if isinstance(raw, str) else raw
    if isinstance(text, str) and ":" in text.replace("：", ":"):
        left, _, right = text.replace("：", ":").partition(":")
        try:
            value = parse_decimal(left) / parse_decimal(right)
        except (RuleError, ArithmeticError):
            raise RuleError(FieldProblem("ratio", "policy.bad_ratio", {"value": raw})) from None
    else:
        try:
            value = parse_decimal(text)
        except RuleError:
            raise RuleError(FieldProblem("ratio", "policy.bad_ratio", {"value": raw})) from None
    if not Decimal(0) <= value <= Decimal(10):
        raise RuleError(FieldProblem("ratio", "policy.bad_ratio", {"value": raw}))
    return value.quantize(Decimal("0.001"))


def _optional(p: Problems, name: str, raw, fn):
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    return p.check(name, fn, raw)


def validate_policy(pv: PolicyVersion) -> PolicyVersion:
    """A normalised copy, or one RuleError naming every field at fault (rates.commercial, bonuses[0].label…)."""
    p = Problems()
    rates = {line: _optional(p, f"rates.{line}", pv.rates.get(line), parse_rate) for line in LINES}
    bonuses = []
    for i, b in enumerate(pv.bonuses):
        label = clean(b.label)
        if not label:
            p.add(f"bonuses[{i}].label", "required")
        if b.line and b.line not in LINES:
            p.add(f"bonuses[{i}].line", "value.choice", value=b.line)
        rate = _optional(p, f"bonuses[{i}].rate", b.rate, parse_rate)
        amount = _optional(p, f"bonuses[{i}].amount", b.amount, parse_amount)
        if rate is None and amount is None:
            p.add(f"bonuses[{i}].rate", "policy.bonus_value")
        if rate is not None and not b.line:
            p.add(f"bonuses[{i}].line", "policy.bonus_line")
        bonuses.append(Bonus(label, b.line, rate, amount, clean(b.condition)))
    bad_types = [v for v in pv.vehicle_types if v not in VEHICLE_TYPES]
    if bad_types:
        p.add("vehicle_types", "value.choice", value=", ".join(bad_types))
    age = None
    if pv.max_vehicle_age is not None and str(pv.max_vehicle_age).strip():
        try:
            age = int(str(pv.max_vehicle_age).strip())
        except ValueError:
            age = -1
        if not 0 <= age <= 30:
            p.add("max_vehicle_age", "policy.bad_age", value=pv.max_vehicle_age)
    mix = {line: _optional(p, f"mix.{line}", pv.mix.get(line), parse_rate) for line in ("compulsory", "commercial")}
    if sum(v for v in mix.values() if v is not None) > HUNDRED:
        p.add("mix.commercial", "policy.bad_mix")
    out = replace(
        pv, rates=rates, bonuses=bonuses, region=clean(pv.region), max_vehicle_age=age,
        vehicle_types=[v for v in VEHICLE_TYPES if v in set(pv.vehicle_types)],
        conditions=clean(pv.conditions), exclusions=[x for x in (clean(e) for e in pv.exclusions) if x],
        exclusions_text=(pv.exclusions_text or "").strip(),
        new_car_ratio=_optional(p, "new_car_ratio", pv.new_car_ratio, parse_ratio),
        renewal_ratio=_optional(p, "renewal_ratio", pv.renewal_ratio, parse_ratio),
        min_monthly_premium=_optional(p, "min_monthly_premium", pv.min_monthly_premium, parse_amount),
        min_sales_share=_optional(p, "min_sales_share", pv.min_sales_share, parse_rate),
        referral_brands=list(dict.fromkeys(x for x in (clean(b) for b in pv.referral_brands) if x)),
        take_up=_optional(p, "take_up", pv.take_up, parse_rate),
        average_premium=_optional(p, "average_premium", pv.average_premium, parse_amount),
        renewal_premium=_optional(p, "renewal_premium", pv.renewal_premium, parse_amount),
        mix={k: v for k, v in mix.items() if v is not None}, note=(pv.note or "").strip(),
    )
    p.raise_if_any()
    return out


def missing_parts(pv: PolicyVersion) -> list[str]:
    """The parts of the package a version still lacks ('fee', 'underwriting', 'repair'): a version is
    submitted, approved and counted ready only with all three."""
    missing = []
    if pv.rates.get("compulsory") is None and pv.rates.get("commercial") is None:
        missing.append("fee")
    if not pv.vehicle_types:
        missing.append("underwriting")
    if pv.new_car_ratio is None and pv.renewal_ratio is None:
        missing.append("repair")
    return missing


def next_status(current: str, action: str) -> str:
    """The status ``action`` leads to from ``current``; RuleError(policy.bad_transition) if not allowed."""
    allowed, target = TRANSITIONS.get(action, ((), ""))
    if current not in allowed:
        raise RuleError(FieldProblem("status", "policy.bad_transition", {"status": current, "action": action}))
    return target


def economics(pv: PolicyVersion, annual_sales: int | None, premium_scale, new_car_rate) -> Economics:
    """Expected premium, commission cost and referral value of a policy against the dealer's figures."""
    missing = [name for name, v in (("annual_sales", annual_sales), ("take_up", pv.take_up),
                                    ("average_premium", pv.average_premium)) if v is None]
    new_car = Decimal(0)
    if not missing:
        new_car = (Decimal(annual_sales) * Decimal(str(pv.take_up)) / HUNDRED * Decimal(str(pv.average_premium)))
    renewal = Decimal(str(pv.renewal_premium or 0))
    premium = (new_car + renewal).quantize(Decimal("0.01"))
    mix = {line: Decimal(str(pv.mix.get(line, DEFAULT_LINE_MIX[line]))) for line in ("compulsory", "commercial")}
    mix["other"] = max(Decimal(0), HUNDRED - mix["compulsory"] - mix["commercial"])
    totals = line_totals(pv)
    commission = sum((premium * mix[line] / HUNDRED * totals.get(line, Decimal(0)) / HUNDRED for line in LINES), Decimal(0))
    bonus_cost = sum((Decimal(str(b.amount)) for b in pv.bonuses if b.amount is not None), Decimal(0))
    referral = new_car * Decimal(str(pv.new_car_ratio or 0)) + renewal * Decimal(str(pv.renewal_ratio or 0))
    current = Decimal(str(premium_scale)) if premium_scale is not None else None
    met = None
    if pv.min_monthly_premium is not None or pv.min_sales_share is not None:
        by_premium = pv.min_monthly_premium is not None and new_car / 12 >= Decimal(str(pv.min_monthly_premium))
        by_share = pv.min_sales_share is not None and pv.take_up is not None and pv.take_up >= pv.min_sales_share
        met = bool(by_premium or by_share)
    q = Decimal("0.01")
    return Economics(
        expected_premium=premium, new_car_premium=new_car.quantize(q), commission_cost=commission.quantize(q),
        bonus_cost=bonus_cost.quantize(q),
        effective_rate=((commission + bonus_cost) / premium * HUNDRED).quantize(q) if premium else None,
        referral_value=referral.quantize(q), referral_ratio=(referral / premium).quantize(Decimal("0.001")) if premium else None,
        current_premium=current, share_of_current=(premium / current * HUNDRED).quantize(q) if current else None,
        current_new_car_rate=Decimal(str(new_car_rate)) if new_car_rate is not None else None,
        referral_conditions_met=met, missing=missing,
    )
