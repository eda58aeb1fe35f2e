"""A roster's 年销量(台) column with units typed in its cells: 3494台 and 1.2万台 are read, 3494元
and 约3000 are refused with a message naming row, column and what is wrong."""

from __future__ import annotations

from desktop.services.dealers import files as dealers
from desktop.services.dealers import listing
from desktop.services.rosters import read as roster_import, commit as roster_write
from tests.spreadsheets import roster_files as rf

HEAD = ["车商名称", "城市", "年销量（台）", "自有保费规模（元）", "新车承保率"]
ROWS = [
    ["嘉兴甲汽车有限公司", "嘉兴", "3494台", "850万元", "85%"],
    ["嘉兴乙汽车有限公司", "嘉兴", "1.2万台", "¥3,000,000", "0.6"],
    ["嘉兴丙汽车有限公司", "嘉兴", "3494元", "", ""],
    ["嘉兴丁汽车有限公司", "嘉兴", "约3000", "", ""],
    ["嘉兴戊汽车有限公司", "嘉兴", "2000", "300台", "90%左右"],
]


def test_units_in_cells(ctx, tmp_path):
    path = rf.write_xlsx(tmp_path / "units.xlsx", [HEAD, *ROWS])
    plan = roster_import.analyse(ctx, roster_import.open_roster(ctx, path), "upsert")
    assert [p.status for p in plan.rows] == ["new", "new", "invalid", "invalid", "invalid"], \
        f"units that fit are read, the rest refused: {[(p.row, p.status) for p in plan.rows]}"
    errors = plan.errors("zh_CN")
    found = {(e["row"], e["column"]): e["message"] for e in errors}
    assert found[(4, "年销量（台）")] == "“3494元”：“元”不是此项的单位（请只填数字，或用台、辆、部）", found
    assert found[(5, "年销量（台）")] == "“约3000”是约数，请填写确切的数字", found
    assert "“台”不是此项的单位" in found[(6, "自有保费规模（元）")] and "约数" in found[(6, "新车承保率")], found
    roster_write.commit(ctx, plan)
    stored = sorted((d.legal_name, d.annual_sales) for d in (dealers.get(ctx, r.id) for r in listing.list_rows(ctx)))
    assert stored == [("嘉兴乙汽车有限公司", 12000), ("嘉兴甲汽车有限公司", 3494)], stored
