"""Pinyin search keys a roster import leaves for later (issue 15): the dealer list computes them
meanwhile, so nobody can tell — the same rows found, the same keys — and ``complete`` stores
them without touching the dealers' versions or anything a person changed in between."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select

from desktop.persistence.models import dealers as m
from desktop.rules.dealers.search import pinyin_keys
from desktop.services.dealers import keys as dealer_keys
from desktop.services.dealers import listing
from desktop.services.dealers import files as dealers
from desktop.services.rosters import read as roster_import, commit as roster_write
from tests.spreadsheets import roster_files as rf

NAMES = ["重庆长安汽车销售有限公司", "杭州宏达丰田汽车销售服务有限公司", "宁波银行大厦汽车服务有限公司", "BMW 4S 温州店有限公司"]


def _import(ctx, tmp_path):
    rows = [["车商名称", "简称", "城市"]] + [[name, name[:4], "杭州"] for name in NAMES]
    path = rf.write_xlsx(tmp_path / "keys.xlsx", rows)
    return roster_write.commit(ctx, roster_import.analyse(ctx, roster_import.open_roster(ctx, path)))


def _stored(ctx) -> dict[int, tuple]:
    with ctx.unit() as s:
        return {i: (legal, short, py, ini, version, updated) for i, legal, short, py, ini, version, updated in s.execute(
            select(m.Dealer.id, m.Dealer.legal_name, m.Dealer.short_name, m.Dealer.name_pinyin, m.Dealer.name_initials,
                   m.Dealer.version, m.Dealer.updated_at))}


def test_missing_keys_are_computed_by_the_list_then_stored_unchanged(ctx, tmp_path):
    _import(ctx, tmp_path)
    assert dealer_keys.missing(ctx) == len(NAMES), "the import left every new dealer's keys for later"
    queries = ["cqca", "chongqing", "hzhd", "yinhang", "nbyh", "bmw", "hangzhou"]
    before = {q: [r.id for r in listing.search(ctx, listing.DealerFilter(text=q))] for q in queries}
    assert before["cqca"] and before["yinhang"] and before["bmw"], f"found by pinyin before the keys are stored: {before}"
    rows_before = {r.id: r.haystack for r in listing.list_rows(ctx)}
    stored_before = _stored(ctx)
    assert dealer_keys.complete(ctx) == len(NAMES), "every missing key stored"
    assert dealer_keys.missing(ctx) == 0 and dealer_keys.complete(ctx) == 0, "nothing left to do"
    after = _stored(ctx)
    for i, (legal, short, py, ini, version, updated) in after.items():
        assert (py, ini) == pinyin_keys(legal, short), f"{legal}: the same keys a save computes"
        assert (version, updated) == stored_before[i][4:], f"{legal}: storing derived keys is not an edit"
    assert {q: [r.id for r in listing.search(ctx, listing.DealerFilter(text=q))] for q in queries} == before, \
        "the same dealers found before and after the keys are stored"
    assert {r.id: r.haystack for r in listing.list_rows(ctx)} == rows_before, "the same haystacks"


def test_a_dealer_renamed_meanwhile_keeps_the_keys_of_its_new_name(ctx, tmp_path):
    _import(ctx, tmp_path)
    first = min(_stored(ctx))
    dealer = dealers.get(ctx, first)
    dealers.save(ctx, replace(dealer, legal_name="温州新名汽车有限公司", short_name="温州新名"))
    assert dealer_keys.complete(ctx) == len(NAMES) - 1, "only the dealers still without keys"
    legal, short, py, ini, _v, _u = _stored(ctx)[first]
    assert (py, ini) == pinyin_keys("温州新名汽车有限公司", "温州新名"), f"the renamed dealer's keys are its new name's: {py}"


def test_completing_can_stop_between_chunks(ctx, tmp_path, monkeypatch):
    monkeypatch.setattr(dealer_keys, "CHUNK", 2)
    _import(ctx, tmp_path)
    seen = []
    assert dealer_keys.complete(ctx, progress=lambda done: seen.append(done) or False) == 2, "stopped after one chunk"
    assert seen == [2] and dealer_keys.missing(ctx) == len(NAMES) - 2, "the rest is left for the next time"
    assert dealer_keys.complete(ctx) == len(NAMES) - 2 and dealer_keys.missing(ctx) == 0, "and done the next time"
