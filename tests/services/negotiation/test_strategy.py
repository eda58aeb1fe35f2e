"""Strategy and the script library: bottom lines, stale copies, search by words, pinyin and tags, copy and improve."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from desktop.rules.errors import RuleError
from desktop.rules.negotiation.records import BottomLine, DossierScript, Script
from desktop.services.negotiation import strategy
from desktop.errors import ConflictError
from desktop.services.negotiation.common import NegNotFound
from tests.services.negotiation_setup import make_dealer


def library(ctx):
    a = strategy.save_script(ctx, Script(None, "对方认为手续费偏低", "我们执行备案费率……", "手续费，报行合一"))
    b = strategy.save_script(ctx, Script(None, "介绍闪赔服务", "小额案件当天赔付", ["理赔", "优势介绍"]))
    c = strategy.save_script(ctx, Script(None, "续保名单交接", "到期前 90/60/30 天提供名单", ["续保"]))
    return a, b, c


def test_strategy_round_trip_and_stale_copy(ctx):
    d = make_dealer(ctx)
    empty = strategy.get_strategy(ctx, d.id)
    assert empty.audit.version == 0 and empty.bottom_lines == [], "nothing yet"
    st = strategy.save_strategy(ctx, replace(empty, cooperation_model="win_win", model_content="保费换送修",
                                             bottom_lines=[BottomLine(None, "商业险手续费率", "max", "15%".rstrip("%"), "%")]))
    assert st.audit.version == 1 and st.bottom_lines[0].value == Decimal(15) and st.bottom_lines[0].id, st
    again = strategy.save_strategy(ctx, replace(st, common_interests="提升续保率"))
    assert again.audit.version == 2, "a change moves the version"
    with pytest.raises(ConflictError):
        strategy.save_strategy(ctx, replace(st, common_interests="别的"))
    with pytest.raises(ConflictError):
        strategy.save_strategy(ctx, replace(empty, dealer_id=d.id))  # a second 'first save'
    with pytest.raises(RuleError) as err:
        strategy.save_strategy(ctx, replace(again, cooperation_model="unknown_model"))
    assert err.value.problems[0].field == "cooperation_model", err.value.problems


def test_library_search_by_words_pinyin_and_tags(ctx):
    fee, claims, renewal = library(ctx)
    assert fee.tags == ["手续费", "报行合一"], "tags split on Chinese commas"
    assert [s.id for s in strategy.search_scripts(ctx, "闪赔")] == [claims.id], "a word of the situation"
    assert [s.id for s in strategy.search_scripts(ctx, "xubao")] == [renewal.id], "pinyin of the situation"
    assert [s.id for s in strategy.search_scripts(ctx, tags=["理赔"])] == [claims.id], "by tag"
    assert strategy.search_scripts(ctx, "闪赔", tags=["续保"]) == [], "words and tags together"
    assert set(strategy.all_tags(ctx)) == {"手续费", "报行合一", "理赔", "优势介绍", "续保"}, strategy.all_tags(ctx)
    with pytest.raises(RuleError):
        strategy.save_script(ctx, Script(None, "", ""))


def test_copy_counts_one_use_and_improving_writes_back(ctx):
    d = make_dealer(ctx)
    fee, _claims, _renewal = library(ctx)
    st = strategy.copy_to_dossier(ctx, d.id, fee.id, 0)
    assert st.scripts[0].library_id == fee.id and st.scripts[0].script == fee.script, "copied into the dossier"
    st = strategy.save_strategy(ctx, replace(st, common_interests="x"))
    assert strategy.search_scripts(ctx, "手续费")[0].uses == 1, "one use, however often the strategy is saved"
    mine = st.scripts[0]
    st = strategy.save_strategy(ctx, replace(st, scripts=[replace(mine, script="我们执行备案费率，但送修上可以倾斜。", tags=["底线"]),
                                                          DossierScript(None, None, "对方要独家", "先试运行三个月")]))
    improved = strategy.improve_library(ctx, d.id, st.scripts[0].id)
    assert improved.id == fee.id and improved.script.startswith("我们执行备案费率，但") and "底线" in improved.tags, improved
    added = strategy.improve_library(ctx, d.id, st.scripts[1].id)
    assert added.id not in (fee.id,) and strategy.get_strategy(ctx, d.id).scripts[1].library_id == added.id, "a new entry, linked"
    with pytest.raises(NegNotFound):
        strategy.improve_library(ctx, d.id, 99999)
    with pytest.raises(ConflictError):
        strategy.copy_to_dossier(ctx, d.id, fee.id, 1)
    strategy.delete_script(ctx, fee.id)
    assert strategy.get_strategy(ctx, d.id).scripts[0].library_id is None, "the dossier keeps its copy when the source goes"
