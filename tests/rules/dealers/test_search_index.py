"""SearchIndex (the dealer list's fast search) finds exactly what the plain matcher finds."""

from __future__ import annotations

import random

import pytest

from desktop.rules.dealers.search import SearchIndex, filter_indices, haystack, pinyin_keys

NAMES = ["杭州骏通丰田汽车销售服务有限公司", "重庆和诚宝马汽车有限公司", "宁波永达奔驰", "上海信诚雷克萨斯", "温州尚逸丰田"]


@pytest.fixture(scope="module")
def haystacks():
    rng = random.Random(5)
    rows = []
    for n in range(400):
        name = rng.choice(NAMES)
        rows.append(haystack(name, f"0571-{rng.randrange(10**7, 10**8)}", f"138{n:08d}", *pinyin_keys(name)))
    rows.append("")  # an empty haystack must not break the joined text
    rows.append("line\nbreak hz")  # newlines inside a field are folded
    return rows


@pytest.mark.parametrize("words", [["h"], ["hz"], ["hzjt"], ["cq"], ["杭州"], ["丰田", "wz"], ["138000"], ["zzzz"], ["break", "hz"], []])
def test_same_rows_as_the_plain_matcher(haystacks, words):
    index = SearchIndex(haystacks)
    plain = [h.replace("\n", " ") for h in haystacks]
    assert index.find(words) == filter_indices(words, plain), f"{words}: index and plain scan disagree"


def test_candidates_keep_their_order_and_narrow(haystacks):
    index = SearchIndex(haystacks)
    candidates = list(range(len(haystacks) - 1, -1, -3))
    expected = filter_indices(["hz"], [h.replace("\n", " ") for h in haystacks], candidates)
    assert index.find(["hz"], candidates) == expected, "narrowing keeps the candidates' order"
    assert set(index.find(["hzjt"])) <= set(index.find(["hz"])), "a longer word never finds more rows"


def test_rows_containing_reports_each_row_once():
    index = SearchIndex(["aaaa", "xaax", "a"])
    assert index.rows_containing("aa") == [0, 1], "a row with several hits is listed once"
    assert index.rows_containing("a") == [0, 1, 2], "the last row is found"
