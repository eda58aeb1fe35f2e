"""The dealer list's Core read model: the same columns as the models' tables, and a search with
a limit that reads page by page gives exactly the first rows of the whole search."""

from __future__ import annotations

import pytest

from desktop.persistence.models import dealers as m
from desktop.services.dealers import files as dealers
from desktop.services.dealers import listing as dealer_list
from desktop.services.dealers.listing import DealerFilter


@pytest.mark.parametrize("projection, model", [(dealer_list.DEALERS, m.Dealer), (dealer_list.BRANDS, m.DealerBrand),
                                               (dealer_list.SOURCES, m.DealerSource)])
def test_projections_name_real_columns_of_the_same_type(projection, model):
    real = model.__table__
    assert projection.name == real.name, f"{projection.name} reads table {real.name}"
    for col in projection.c:
        assert col.name in real.c, f"{real.name} has no column {col.name}"
        if col.type.__class__.__name__ != "NullType":
            assert isinstance(real.c[col.name].type, type(col.type)), (
                f"{real.name}.{col.name}: read as {col.type}, stored as {real.c[col.name].type}")


FILTERS = [DealerFilter(), DealerFilter(text="hz"), DealerFilter(text="丰田"), DealerFilter(city="宁波"),
           DealerFilter(text="cq", verified=True), DealerFilter(brand="宝马"), DealerFilter(text="zzzz-none")]


@pytest.mark.parametrize("flt", FILTERS, ids=lambda f: repr(f)[12:60])
@pytest.mark.parametrize("limit", [1, 3, 25, 500])
def test_a_limited_search_is_the_start_of_the_whole_search(demo_ctx, monkeypatch, flt, limit):
    monkeypatch.setattr(dealer_list, "PAGE", 7)  # many small pages over the 120 demo dealers
    whole = dealer_list.search(demo_ctx, flt)
    limited = dealer_list.search(demo_ctx, flt, limit=limit)
    assert [row.id for row in limited] == [row.id for row in whole[:limit]], f"{flt} limit {limit}"
    assert limited == whole[:limit], "the same rows, brands, verified flags and haystacks"


def test_archived_dealers_are_left_out_of_a_limited_search(demo_ctx):
    first = dealer_list.list_rows(demo_ctx)[0]
    dealers.set_archived(demo_ctx, first.id, dealers.get(demo_ctx, first.id).audit.version)
    found = dealer_list.search(demo_ctx, DealerFilter(), limit=1)
    assert found and found[0].id != first.id, "an archived dealer is not listed"
