"""Stored text keeps what the user typed; only keys for matching and search are folded."""

from __future__ import annotations

import pytest

from desktop.rules.dealers import records as r
from desktop.rules.dealers.validation import validate_dealer, validate_person
from desktop.rules.dealers.search import haystack, normalise_query
from desktop.rules.text import clean, clean_many, fold


@pytest.mark.parametrize("typed", [
    "嘉兴宏达汽车销售服务有限公司（嘉兴分公司）",
    "阿依古丽·买买提",
    "《车商》、合作：２０２６",
    "ＡＢＣ汽车",
    "杭州市　西湖区",  # an ideographic space between words, as a Chinese IME types it
    "\uf900\uf9dc公司",  # compatibility ideographs: NFC would turn them into other characters
])
def test_clean_keeps_what_was_typed(typed):
    assert clean(f"  {typed} ") == typed, f"{typed!r} stored as typed (only the ends trimmed)"
    assert clean_many([typed, f" {typed}"]) == [typed, typed], "the column-at-once path agrees"


def test_clean_still_tidies_spaces_and_composes_accents():
    assert clean(" 杭州  宏达\n汽车\t公司 ") == "杭州 宏达 汽车 公司", "runs of spaces and breaks become one space"
    assert clean("Cafe\u0301") == "Café", "decomposed accents are composed (NFC)"


def test_fold_is_the_key():
    assert fold("（嘉兴分公司）") == fold("(嘉兴分公司)") == "(嘉兴分公司)", "bracket widths are one key"
    assert fold("ＡＢＣ　１２３") == "ABC 123", "full-width letters, digits and space fold"


def test_validation_keeps_full_width_punctuation_in_names_addresses_and_people():
    dealer = validate_dealer(r.Dealer(legal_name="嘉兴宏达汽车销售服务有限公司（嘉兴分公司）", contact_name="阿依古丽·买买提",
                                      address="嘉兴市《中环》南路１号、二楼", short_name="宏达（嘉兴）"))
    assert dealer.legal_name == "嘉兴宏达汽车销售服务有限公司（嘉兴分公司）", "the licence's name is kept"
    assert dealer.short_name == "宏达（嘉兴）" and dealer.contact_name == "阿依古丽·买买提", "names as typed"
    assert dealer.address == "嘉兴市《中环》南路１号、二楼", "the address as typed"
    assert validate_person(r.KeyPerson(name="马·阿不都", role="other")).name == "马·阿不都", "a person's middle dot kept"


def test_search_matches_either_width():
    hay = haystack("嘉兴宏达汽车销售服务有限公司（嘉兴分公司）")
    for query in ("（嘉兴分公司）", "(嘉兴分公司)", "嘉兴分公司"):
        assert all(w in hay for w in normalise_query(query)), f"{query!r} finds the full-width name"
