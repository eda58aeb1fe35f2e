"""The scorecard's pure rules: rates as fractions, the traffic-light judgement at its boundaries,
the referral commitment and its condition, year-to-date folding."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop.rules.aftersales.kpis import Figures, judge, light, marks, referral_owed
from desktop.rules.contracts.records import ContractTerms

D = Decimal


@pytest.mark.parametrize("actual, target, expected", [
    (D("100"), D("100"), "met"), (D("100.01"), D("100"), "met"), (D("90"), D("100"), "at_risk"),
    (D("89.99"), D("100"), "missed"), (D("0.5"), D("0.5"), "met"), (D("0.45"), D("0.5"), "at_risk"),
    (D("0.4499"), D("0.5"), "missed"), (None, D("1"), None), (D("1"), None, None),
])
def test_judge_boundaries(actual, target, expected):
    assert judge(actual, target) == expected, f"{actual} against {target}"


def test_rates_are_fractions_and_undefined_without_a_base():
    f = Figures(premium_new_car=D("18950"), premium_renewal=D("6000"), new_car_vehicles=2, new_car_sales=4, due=4, renewed=2,
                referral_amount=D("8000"))
    assert (f.premium, f.new_car_rate, f.renewal_rate, f.referral_ratio) == (D("24950"), D("0.5"), D("0.5"), D("0.3206")), "hand-checked"
    empty = Figures()
    assert (empty.new_car_rate, empty.renewal_rate, empty.referral_ratio) == (None, None, None), "no base: no rate, not 0"


def test_referral_owed_and_its_condition():
    f = Figures(premium_new_car=D("18950"), premium_renewal=D("6000"), referral_amount=D("8000"))
    terms = ContractTerms(new_car_ratio=D("0.4"), renewal_ratio=D("0.2"))
    assert referral_owed(f, terms) == D("8780.00"), "0.4 × 18950 + 0.2 × 6000"
    mark = next(m for m in marks(f, terms) if m.term == "referral")
    assert (mark.target, mark.actual, mark.status) == (D("8780.00"), D("8000"), "at_risk"), "8000 ≥ 90% of 8780"
    conditional = ContractTerms(new_car_ratio=D("0.4"), renewal_ratio=D("0.2"), min_monthly_premium=D("30000"))
    mark = next(m for m in marks(f, conditional) if m.term == "referral")
    assert mark.status is None, "the dealer's premium is below the condition: nothing owed, nothing judged"


def test_year_to_date_folds_months_and_averages_the_monthly_target():
    jan = Figures(premium_new_car=D("20000"), new_car_vehicles=3, new_car_sales=5, months=1)
    feb = Figures(premium_new_car=D("10000"), new_car_vehicles=1, new_car_sales=None, months=1)
    jan.add(feb)
    assert (jan.premium, jan.months, jan.new_car_vehicles, jan.new_car_sales) == (D("30000"), 2, 4, 5), "summed"
    mark = marks(jan, ContractTerms(target_monthly_premium=D("15000")))[0]
    assert (mark.actual, mark.status) == (D("15000.00"), "met"), "30000 over two months is 15000 a month"
    assert light(["met", "at_risk", None]) == "amber" and light(["met", "missed"]) == "red" and light([None]) == "", "worst wins"
