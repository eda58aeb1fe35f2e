"""Services the after-signing windows call: the dealer codes kept per dealer (a USCC mapping matches
the next import; removed and corrected), several months of sales at once, the monthly new-car sales
sheet (aliases below a title, per-row problems, matching by code/USCC/name, one transaction), and
our share of the dealer's insurance from its premium scale. On a real database file."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop.errors import ServiceError
from desktop.rules.aftersales.share import dealer_volume, share
from desktop.rules.dealers import records as r
from desktop.services.aftersales import codes, sales, sales_import
from desktop.services.aftersales import share as share_service
from desktop.services.dealers import files as dealers
from desktop.spreadsheets.errors import UnusableFile
from tests.services.aftersales import lists as ls
from tests.spreadsheets.roster_files import uscc, write_xlsx

D = Decimal


def test_a_mapped_credit_code_matches_the_next_import_and_can_be_removed(ctx, tmp_path):
    ids = ls.make_dealers(ctx)
    foreign = uscc(77)  # the core system's credit code for 远景 (which has none in its file)
    path = ls.write_policies(tmp_path / "p.xlsx", [ls.policy("U1", 1000, "2026-03-01", "2027-02-28", uscc_=foreign)])
    assert ls.plan_of(ctx, path, "policies").counts()["unmatched"] == 1, "no dealer has that credit code yet"
    codes.assign(ctx, ids["远景"], "uscc", foreign)
    plan = ls.plan_of(ctx, path, "policies")
    assert plan.counts()["created"] == 1 and plan.rows[0].dealer_id == ids["远景"], "the kept mapping matches the row"
    assert [(c.kind, c.text) for c in codes.list_codes(ctx, ids["远景"])] == [("uscc", foreign)]
    assert codes.remove(ctx, ids["远景"], "uscc", foreign) is True
    assert codes.remove(ctx, ids["远景"], "uscc", foreign) is False, "nothing left to remove"
    assert ls.plan_of(ctx, path, "policies").counts()["unmatched"] == 1, "forgotten: unmatched again"


def test_a_kept_code_corrected_and_a_taken_one_refused(ctx):
    ids = ls.make_dealers(ctx)
    codes.assign(ctx, ids["宏达"], "code", "HZ-001")
    codes.assign(ctx, ids["骏通"], "code", "NB-9")
    line = codes.replace(ctx, ids["宏达"], "code", "HZ-001", "HZ-002")
    assert line.text == "HZ-002" and [c.text for c in codes.list_codes(ctx, ids["宏达"])] == ["HZ-002"], "old one gone"
    with pytest.raises(ServiceError) as caught:
        codes.replace(ctx, ids["宏达"], "code", "HZ-002", "NB 9")
    assert caught.value.code == "aftersales.code.taken"
    assert [c.text for c in codes.list_codes(ctx, ids["宏达"])] == ["HZ-002"], "a refused correction keeps the old code"


def test_several_months_of_sales_in_one_call(ctx):
    ids = ls.make_dealers(ctx)
    sales.set_units(ctx, ids["宏达"], "2026-01", 30)
    assert sales.set_many(ctx, ids["宏达"], {"2026-01": None, "2026-02": 41, "2026-03": 0}) == 3
    assert sales.units_of(ctx, ids["宏达"]) == {"2026-02": 41, "2026-03": 0}, "January cleared, 0 kept as a figure"
    assert sales.set_many(ctx, ids["宏达"], {"2026-02": 41}) == 0, "unchanged"
    with pytest.raises(ServiceError):
        sales.set_many(ctx, ids["宏达"], {"2026-13": 1})
    with pytest.raises(ServiceError):
        sales.set_many(ctx, ids["宏达"], {"2026-04": -1})
    assert sales.units_of(ctx, ids["宏达"]) == {"2026-02": 41, "2026-03": 0}, "a refused call writes nothing"


def _sheet(path, rows):
    return write_xlsx(path, [["2026年一季度 新车销量"], ["车商名称", "统一社会信用代码", "代理点代码", "月份", "新车销量"]] + rows)


def test_a_sales_sheet_planned_row_by_row_then_committed(ctx, tmp_path):
    ids = ls.make_dealers(ctx)
    codes.assign(ctx, ids["远景"], "code", "WZ-7")
    sales.set_units(ctx, ids["骏通"], "2026-02", 10)
    path = _sheet(tmp_path / "s.xlsx", [
        ["杭州宏达丰田汽车销售服务有限公司", "", "", "2026年3月", 120],  # by name
        ["", uscc(2, "330200"), "", "2026/02", "10台"],  # by credit code, unchanged
        ["", "", "wz 7", 202601, 33.0],  # by the mapped code
        ["某某车城", "", "", "2026-03", 5],  # nobody
        ["杭州宏达丰田汽车销售服务有限公司", "", "", "三月", 5],  # bad month
        ["杭州宏达丰田汽车销售服务有限公司", "", "", "2026-04", "很多"],  # bad number
        ["杭州宏达丰田汽车销售服务有限公司", "", "", "2026-03", 7],  # twice
    ])
    plan = sales_import.plan(ctx, path)
    assert plan.mapping == ["dealer_name", "uscc", "code", "month", "units"], plan.mapping
    assert plan.counts() == dict(new=2, changed=0, unchanged=1, invalid=3, unmatched=1), plan.counts()
    by_row = {row.row: row for row in plan.rows}
    assert (by_row[3].dealer_id, by_row[3].month, by_row[3].units) == (ids["宏达"], "2026-03", 120)
    assert (by_row[5].dealer_id, by_row[5].month) == (ids["远景"], "2026-01")
    assert by_row[6].column == "车商名称" and "某某车城" in by_row[6].message("zh_CN")
    assert by_row[7].column == "月份" and by_row[7].message("en").startswith("“三月” is not a month"), by_row[7].message("en")
    assert by_row[8].column == "新车销量" and "很多" in by_row[8].message("zh_CN")
    assert by_row[9].message("en") == "The same dealer and month already came in row 3"
    assert sales_import.commit(ctx, plan) == 2
    assert sales.units_of(ctx, ids["宏达"]) == {"2026-03": 120} and sales.units_of(ctx, ids["远景"]) == {"2026-01": 33}
    again = sales_import.plan(ctx, path)
    assert again.counts()["unchanged"] == 3 and not again.accepted(), "importing it again changes nothing"


def test_a_corrected_mapping_and_an_unusable_sheet(ctx, tmp_path):
    ids = ls.make_dealers(ctx)
    path = write_xlsx(tmp_path / "odd.xlsx", [["门店", "统计月份", "台数", "备注"],
                                              ["杭州宏达丰田汽车销售服务有限公司", "2026-03", 9, "12"]])
    plan = sales_import.plan(ctx, path)
    assert plan.mapping == ["dealer_name", "month", "units", None]
    fixed = sales_import.plan(ctx, path, ["dealer_name", "month", None, "units"])
    assert fixed.rows[0].units == 12 and fixed.rows[0].dealer_id == ids["宏达"], "the user's mapping is used"
    with pytest.raises(UnusableFile) as caught:
        sales_import.plan(ctx, path, ["dealer_name", "month", None, None])
    assert "新车销量" in caught.value.message("zh_CN"), caught.value.message("zh_CN")
    with pytest.raises(UnusableFile):
        sales_import.plan(ctx, write_xlsx(tmp_path / "x.xlsx", [["甲", "乙"], [1, 2]]))


def test_our_share_of_the_dealers_insurance(ctx):
    assert dealer_volume(D("1200000"), 1) == D("100000.00") and dealer_volume(D("1200000"), 3) == D("300000.00")
    assert share(D("25000"), D("1200000"), 1) == D("0.2500"), "a quarter of its month"
    assert share(D("25000"), None, 1) is None and share(D("25000"), D("0"), 1) is None, "no scale: undefined"
    ids = ls.make_dealers(ctx)
    saved = dealers.get(ctx, ids["宏达"]) if hasattr(dealers, "get") else None
    assert saved is None or saved.premium_scale is None
    dealers.save(ctx, r.Dealer(legal_name="嘉兴某某汽车有限公司", premium_scale=D("6000000"), city="嘉兴"))
    scales = share_service.premium_scales(ctx)
    assert list(scales.values()) == [D("6000000")], "only dealers with a scale"


def test_the_cli_scorecards_carry_the_share(db_url, ctx, tmp_path, capsys):
    import json

    from desktop.cli import main
    from desktop.persistence.models import dealers as m
    from tests.services.aftersales.test_scorecard import CLAIMS, POLICIES

    ids = ls.make_dealers(ctx)
    ls.import_list(ctx, ls.write_policies(tmp_path / "p.xlsx", POLICIES), "policies")
    ls.import_list(ctx, ls.write_claims(tmp_path / "c.xlsx", CLAIMS), "claims")
    with ctx.write_unit() as s:
        s.get(m.Dealer, ids["宏达"]).premium_scale = D("1200000")
    capsys.readouterr()
    assert main(["--db", db_url, "scorecard", str(ids["宏达"]), "--month", "2026-03", "--json"]) == 0
    card = json.loads(capsys.readouterr().out)
    assert (card["share"], card["ytd"]["share"]) == (0.2495, 0.0832), (card["share"], card["ytd"]["share"])
    assert main(["--db", db_url, "scorecards", "--month", "2026-03", "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [row["share"] for row in rows] == [0.2495]
