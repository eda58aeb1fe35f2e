"""Priority inside a tier: repair resources against the dealer's needs, and our staff's relationships."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from desktop.rules.negotiation.priority import ResourceIndex, best_tie, rank_targets, resource_window
from desktop.rules.negotiation.records import ClassificationSettings, PriorityInput, RepairResource, Tie

TODAY = date(2026, 11, 26)
CFG = ClassificationSettings(repair_weight=60, network_weight=40, repair_years=3)


def res(brand, city, year, amount, claims=10):
    return RepairResource(None, brand, city, year, claims, Decimal(amount))


RESOURCES = [
    res("丰田", "杭州", 2023, 3_000_000), res("丰田", "杭州", 2024, 3_000_000), res("丰田", "杭州", 2025, 3_000_000),
    res("丰田", "杭州", 2022, 90_000_000),  # outside the 3-year window
    res("丰田", "杭州", 2026, 90_000_000),  # the current, partial year does not count
    res("大众", "宁波", 2025, 600_000),
]


def target(did, tier="key", city="杭州", brands=("丰田",), need=None, ties=(), sales=1000):
    return PriorityInput(did, f"车商{did}", tier, city, list(brands), None if need is None else Decimal(need), list(ties), sales)


def test_window_is_the_last_full_years():
    assert resource_window(TODAY, 3) == (2023, 2025), "three full past years"
    amount, claims, found = ResourceIndex(RESOURCES, TODAY, 3).yearly("杭州", ["丰田", "本田"])
    assert amount == Decimal("3000000") and claims == 30 and found == ["丰田"], (
        f"yearly average over the window only, brands with stock named: {amount}, {claims}, {found}")


def test_needs_we_can_meet_come_first():
    ranked = rank_targets([
        target(1, city="宁波", brands=["大众"], need=2_000_000),  # we cover 10 %
        target(2, need=2_000_000),  # we cover 150 %
        target(3, brands=["本田"], need=1_000_000),  # no stock
    ], RESOURCES, CFG, TODAY)
    assert [t.dealer_id for t in ranked] == [2, 1, 3], f"coverage decides: {[(t.dealer_id, t.score) for t in ranked]}"
    assert [t.rank for t in ranked] == [1, 2, 3], "ranks run 1… inside the tier"
    assert ranked[0].coverage == Decimal(150) and ranked[0].score == Decimal(60), f"full repair weight when covered: {ranked[0]}"
    text = ranked[0].explain("en")
    assert "No. 1 of 3 (Key target)" in text and "150% of its need" in text and "杭州" in text, f"reason for rank 1: {text}"


def test_relationships_raise_priority_and_are_named():
    strong = [Tie("周建国", "王伟", "decision_maker", 4)]
    weak = [Tie("沈明", "李娜", "sales_head", 2)]
    ranked = rank_targets([target(1, brands=["本田"], ties=weak), target(2, brands=["本田"], ties=strong)], RESOURCES, CFG, TODAY)
    assert [t.dealer_id for t in ranked] == [2, 1], "the stronger tie comes first when resources are equal"
    assert ranked[0].network == 5, "a tie to the decision-maker counts one point more"
    assert "周建国 knows 王伟 (Decision-maker), strength 4" in ranked[0].explain("en"), ranked[0].explain("en")
    assert "周建国与王伟（决定性人员）相识" in ranked[0].explain("zh_CN"), ranked[0].explain("zh_CN")


def test_tiers_stay_in_order_and_rank_separately():
    ranked = rank_targets([
        target(1, tier="general", need=100), target(2, tier="key", brands=["本田"]), target(3, tier="secondary", need=100),
        target(4, tier="none", need=100), target(5, tier="key", need=100),
    ], RESOURCES, CFG, TODAY)
    assert [(t.tier, t.rank) for t in ranked] == [("key", 1), ("key", 2), ("secondary", 1), ("general", 1)], (
        f"key, secondary, general; 'not now' left out: {[(t.dealer_id, t.tier, t.rank) for t in ranked]}")


def test_unknown_need_gets_half_the_repair_weight():
    ranked = rank_targets([target(1)], RESOURCES, CFG, TODAY)
    assert ranked[0].coverage is None and ranked[0].score == Decimal(30), f"stock but unknown need: {ranked[0]}"
    assert "its need is not known" in ranked[0].explain("en"), ranked[0].explain("en")


def test_best_tie_ignores_no_ties():
    assert best_tie([]) == (0, None), "no relationships: strength 0"
