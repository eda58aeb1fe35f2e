"""The dealer search: pinyin in full and as initials, heteronyms, several words, full-width queries."""

from __future__ import annotations

import pytest

from desktop.rules.dealers.search import filter_indices, haystack, matches, normalise_query, pinyin_keys

DEALERS = [
    ("杭州丰田汽车销售服务有限公司", "杭州丰田", "西湖区", "张伟", "13812345678"),
    ("重庆长安汽车销售有限公司", "重庆长安", "渝北区", "李娜", "023-68886666"),
    ("宁波宝马4S店有限公司", "宁波宝马", "鄞州区", "王强", "0574-88886666"),
    ("杭州大众汽车有限公司", "杭州大众", "滨江区", "刘洋", "13900001111"),
    ("长沙银行汽车金融部", "", "岳麓区", "陈静", "0731-8888666"),
]


def hay(legal, short, district, contact, phone) -> str:
    full, initials = pinyin_keys(legal, short)
    return haystack(legal, short, district, contact, phone, full, initials)


HAYS = [hay(*d) for d in DEALERS]


def find(query: str) -> list[str]:
    return [DEALERS[i][0] for i in filter_indices(normalise_query(query), HAYS)]


@pytest.mark.parametrize(
    "name, full, initials",
    [
        ("杭州丰田", "hangzhoufengtian", "hzft"),
        ("重庆", "chongqing", "cq"),  # 重 is zhong elsewhere
        ("重庆长安", "chongqingchangan", "cqca"),  # 长 is zhang elsewhere
        ("长沙银行", "changshayinhang", "csyh"),  # 行 is xing elsewhere
        ("厦门", "xiamen", "xm"),
        ("宁波4S店", "ningbo4sdian", "nb4sd"),  # Latin and digits stay whole
    ],
)
def test_pinyin_keys(name, full, initials):
    assert pinyin_keys(name) == (full, initials), f"{name}: expected ({full}, {initials}), got {pinyin_keys(name)}"


def test_pinyin_keys_keep_names_apart():
    assert pinyin_keys("杭州丰田", "", "丰田") == ("hangzhoufengtian fengtian", "hzft ft"), (
        f"each non-empty name gives its own keys, space separated: {pinyin_keys('杭州丰田', '', '丰田')}")


@pytest.mark.parametrize(
    "query, expected",
    [
        ("hzft", ["杭州丰田汽车销售服务有限公司"]),
        ("HZFT", ["杭州丰田汽车销售服务有限公司"]),
        ("hangzhoufengtian", ["杭州丰田汽车销售服务有限公司"]),
        ("fengtian", ["杭州丰田汽车销售服务有限公司"]),
        ("hz", ["杭州丰田汽车销售服务有限公司", "杭州大众汽车有限公司"]),
        ("chongqing", ["重庆长安汽车销售有限公司"]),
        ("cqca", ["重庆长安汽车销售有限公司"]),
        ("zhongqing", []),  # the wrong reading of the heteronym finds nothing
        ("yinhang", ["长沙银行汽车金融部"]),
        ("csyh", ["长沙银行汽车金融部"]),
        ("丰田", ["杭州丰田汽车销售服务有限公司"]),
        ("4s", ["宁波宝马4S店有限公司"]),
        ("13812345678", ["杭州丰田汽车销售服务有限公司"]),
        ("8888666", ["宁波宝马4S店有限公司", "长沙银行汽车金融部"]),
        ("王强", ["宁波宝马4S店有限公司"]),
        ("滨江", ["杭州大众汽车有限公司"]),
    ],
)
def test_single_word_queries(query, expected):
    assert find(query) == expected, f"{query!r} should find {expected}, found {find(query)}"


@pytest.mark.parametrize(
    "query, expected",
    [
        ("hz ft", ["杭州丰田汽车销售服务有限公司"]),  # every word must match
        ("杭州 dazhong", ["杭州大众汽车有限公司"]),
        ("hz 139", ["杭州大众汽车有限公司"]),
        ("hz baoma", []),
        ("  hzft   张伟 ", ["杭州丰田汽车销售服务有限公司"]),
    ],
)
def test_several_words_all_match(query, expected):
    assert find(query) == expected, f"{query!r} should find {expected}, found {find(query)}"


@pytest.mark.parametrize("query", ["ＨＺＦＴ", "ｈｚｆｔ", "ｈｚ　ｆｔ", "１３８１２３４５６７８"])
def test_full_width_queries(query):
    assert find(query) == ["杭州丰田汽车销售服务有限公司"], f"full-width {query!r} must search like half-width, found {find(query)}"


def test_empty_query_keeps_every_row_and_candidates_narrow():
    assert filter_indices(normalise_query("   "), HAYS) == list(range(len(HAYS))), "an empty query matches everything"
    assert filter_indices(normalise_query("hz"), HAYS, candidates=[1, 3, 4]) == [3], (
        "only the candidate rows are searched")


def test_fields_do_not_run_together():
    h = haystack("杭州", "丰田")
    assert not matches(normalise_query("杭州丰田"), h), "two fields must not join into a word that is in neither"
    assert matches(normalise_query("杭州 丰田"), h), "words found in different fields match together"


def test_normalise_query():
    assert normalise_query("ＨＺ　Ft\tBMW") == ["hz", "ft", "bmw"], f"got {normalise_query('ＨＺ　Ft	BMW')}"
