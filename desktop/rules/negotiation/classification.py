"""Target classification (SOP step 3): quality × scale → key / secondary / general / not now.

The SOP's rules, in the order they are tried:
  1. a newly established dealer of a mainstream brand → key target (new_mainstream);
  2. good quality and large scale → key target (good_large);
  3. good quality, small scale → secondary key target (good_small);
  4. poor quality but terms could change or business could be selected → general (poor_changeable);
  5. everything else → not a target for now (otherwise).
Thresholds, the mainstream-brand list and "newly established" are branch settings. Every
result carries worded facts naming the values the rule fired on. Pure functions.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from datetime import date
from decimal import Decimal

from desktop.rules.facts import Fact, fmt_number
from desktop.rules.negotiation.records import ClassificationInput, ClassificationResult, ClassificationSettings


@lru_cache(maxsize=64)
def months_before(day: date, months: int) -> date:
    """The same day ``months`` earlier (clamped to the month's end: 31 Mar − 1 month → 28/29 Feb)."""
    total = day.year * 12 + day.month - 1 - months
    year, month = divmod(total, 12)
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month + 1, d)
        except ValueError:
            continue
    raise ValueError(day)  # unreachable: every month has a 28th


def quality(inp: ClassificationInput, cfg: ClassificationSettings) -> tuple[str, list[Fact], list[str]]:
    """'good' when every known measure passes, 'poor' when one fails, 'unknown' when none is known."""
    facts: list[Fact] = []
    missing: list[str] = []
    verdicts: list[bool] = []
    if inp.loss_ratio is None:
        missing.append("loss_ratio")
    else:
        ok = Decimal(str(inp.loss_ratio)) <= cfg.loss_ratio_max
        verdicts.append(ok)
        facts.append(Fact("cls.fact.loss_ratio_" + ("good" if ok else "poor"),
                          {"value": fmt_number(inp.loss_ratio), "limit": fmt_number(cfg.loss_ratio_max)}))
    if inp.manager_rating is None:
        missing.append("manager_rating")
    else:
        ok = inp.manager_rating >= cfg.rating_min
        verdicts.append(ok)
        facts.append(Fact("cls.fact.rating_" + ("good" if ok else "poor"),
                          {"value": inp.manager_rating, "limit": cfg.rating_min}))
    if not verdicts:
        return "unknown", [Fact("cls.fact.quality_unknown")], missing
    return ("good" if all(verdicts) else "poor"), facts, missing


def scale(inp: ClassificationInput, cfg: ClassificationSettings) -> tuple[str, list[Fact], list[str]]:
    """'large' / 'small' / 'unknown' by annual sales and premium scale ('any' or 'all' must reach)."""
    facts: list[Fact] = []
    missing: list[str] = []
    verdicts: list[bool] = []
    for name, value, limit, key in (
        ("annual_sales", inp.annual_sales, cfg.sales_large_min, "sales"),
        ("premium_scale", inp.premium_scale, cfg.premium_large_min, "premium"),
    ):
        if value is None:
            missing.append(name)
            continue
        ok = Decimal(str(value)) >= Decimal(str(limit))
        verdicts.append(ok)
        facts.append(Fact(f"cls.fact.{key}_" + ("large" if ok else "small"),
                          {"value": fmt_number(value), "limit": fmt_number(limit)}))
    if not verdicts:
        return "unknown", [Fact("cls.fact.scale_unknown")], missing
    if cfg.scale_rule == "all":
        if not all(verdicts):
            return "small", [f for f, v in zip(facts, verdicts) if not v], missing
        if missing:
            return "unknown", facts + [Fact("cls.fact.scale_unknown")], missing
        return "large", facts, missing
    if any(verdicts):
        return "large", [f for f, v in zip(facts, verdicts) if v], missing
    return "small", facts, missing


def newly_mainstream(inp: ClassificationInput, cfg: ClassificationSettings, today: date) -> list[Fact] | None:
    """Facts of rule 1 when the dealer is newly established and sells a mainstream brand, else None."""
    if inp.founded_on is None:
        return None
    since = months_before(today, cfg.new_within_months)
    if inp.founded_on < since or inp.founded_on > today:
        return None
    mainstream = [b for b in inp.brands if b in set(cfg.mainstream_brands)]
    if not mainstream:
        return None
    return [
        Fact("cls.fact.new", {"founded": inp.founded_on.isoformat(), "months": cfg.new_within_months}),
        Fact("cls.fact.mainstream", {"brand": "、".join(mainstream)}),
    ]


def classify(inp: ClassificationInput, cfg: ClassificationSettings, today: date) -> ClassificationResult:
    """Apply the SOP's rules in order; the result names the rule and the values it fired on."""
    new_facts = newly_mainstream(inp, cfg, today)
    q, q_facts, q_missing = quality(inp, cfg)
    s, s_facts, s_missing = scale(inp, cfg)
    missing = q_missing + s_missing
    if new_facts:
        return ClassificationResult("key", "new_mainstream", new_facts, missing)
    if q == "good" and s == "large":
        return ClassificationResult("key", "good_large", q_facts + s_facts, missing)
    if q == "good":
        return ClassificationResult("secondary", "good_small", q_facts + s_facts, missing)
    changeable = []
    if inp.terms_changeable:
        changeable.append(Fact("cls.fact.terms_changeable"))
    if inp.business_selectable:
        changeable.append(Fact("cls.fact.business_selectable"))
    if q == "poor" and changeable:
        return ClassificationResult("general", "poor_changeable", q_facts + changeable, missing)
    why = q_facts if q == "poor" else [Fact("cls.fact.quality_unknown")]
    if q == "poor":
        why.append(Fact("cls.fact.not_changeable"))
    return ClassificationResult("none", "otherwise", why, missing)


def validate_settings(cfg: ClassificationSettings) -> ClassificationSettings:
    """Range checks of the branch's thresholds; one RuleError listing every field at fault."""
    from desktop.rules.errors import Problems
    from desktop.rules.text import clean

    p = Problems()
    if not Decimal(0) <= Decimal(str(cfg.loss_ratio_max)) <= Decimal(1000):
        p.add("loss_ratio_max", "cls.bad_loss_ratio", value=cfg.loss_ratio_max)
    if not 1 <= int(cfg.rating_min) <= 5:
        p.add("rating_min", "cls.bad_rating", value=cfg.rating_min)
    for name in ("sales_large_min", "premium_large_min", "repair_weight", "network_weight"):
        if Decimal(str(getattr(cfg, name))) < 0:
            p.add(name, "value.negative", value=getattr(cfg, name))
    if cfg.scale_rule not in ("any", "all"):
        p.add("scale_rule", "value.choice", value=cfg.scale_rule)
    if not 0 <= int(cfg.new_within_months) <= 240:
        p.add("new_within_months", "cls.bad_months", value=cfg.new_within_months)
    if not 1 <= int(cfg.repair_years) <= 20:
        p.add("repair_years", "cls.bad_years", value=cfg.repair_years)
    if int(cfg.repair_weight) + int(cfg.network_weight) <= 0:
        p.add("repair_weight", "cls.bad_weights")
    brands = list(dict.fromkeys(b for b in (clean(x) for x in cfg.mainstream_brands) if b))
    p.raise_if_any()
    return replace(cfg, mainstream_brands=brands)
