"""A roster carrying invisible control or text-direction characters: the rows are refused with the
cell named (never stored to break every later export), the error report still writes them, and an
export survives whatever an older version stored."""

from __future__ import annotations

import python_calamine
from sqlalchemy import update

from desktop.persistence.models import dealers as m
from desktop.rules.dealers import records as r
from desktop.services.dealers import files as dealers
from desktop.services.rosters import (export as roster_export, read as roster_import, report as roster_report,
                                      commit as roster_write)

HEAD = ["车商名称", "城市", "经营品牌", "备注"]


def _csv(path, rows) -> str:
    path.write_text("\n".join(",".join(row) for row in rows) + "\n", encoding="utf-8")
    return str(path)


def test_rows_with_unsafe_characters_are_refused_cell_by_cell(ctx, tmp_path):
    good = [[f"第{n}号汽车有限公司", "杭州", "丰田", "正常备注"] for n in range(1, 40)]
    bad = {
        41: ["铃声\x07汽车有限公司", "杭州", "丰田", ""],
        42: ["转义汽车有限公司", "杭州", "丰田", "颜色\x1b[31m红"],
        43: ["反向汽车有限公司", "杭\u202e州", "丰田", ""],
        44: ["隔离汽车有限公司", "杭州", "丰\u2066田", ""],
    }
    path = _csv(tmp_path / "roster.csv", [HEAD] + good + list(bad.values()))
    plan = roster_import.analyse(ctx, roster_import.open_roster(ctx, path))
    by_row = {p.row: p for p in plan.rows}
    assert sum(1 for p in plan.rows if p.status == "new") == 39, "the clean rows are planned as usual"
    for row, column in ((41, "车商名称"), (42, "备注"), (43, "城市"), (44, "经营品牌")):
        p = by_row[row]
        assert p.status == "invalid" and [q.code for q in p.problems] == ["value.unsafe_chars"], f"row {row}: {p.status} {p.problems}"
        assert plan.headers[p.problems[0].column] == column, f"row {row}: the problem is on {column}"
    errors = {e["row"]: e for e in plan.errors("zh_CN")}
    assert "U+0007" in errors[41]["message"] and "控制字符" in errors[41]["message"], errors[41]
    roster_write.commit(ctx, plan)
    assert dealers.count(ctx) == 39, "only the clean rows are stored"
    report = tmp_path / "errors.xlsx"
    assert roster_report.write_error_report(plan, report, lang="zh_CN") == 4, "the report lists the four rows"
    rows = python_calamine.CalamineWorkbook.from_path(str(report)).get_sheet_by_index(0).to_python()
    assert "铃声汽车有限公司" in [row[0] for row in rows], f"the refused name is in the report, minus the bell: {rows}"
    exported = roster_export.export(ctx, tmp_path / "out.xlsx")
    assert exported.dealers == 39, "and the next export works"


def test_an_export_survives_what_an_older_version_stored(ctx, tmp_path):
    saved = dealers.save(ctx, r.Dealer(legal_name="甲汽车有限公司", city="杭州", notes="ok",
                                       people=[r.KeyPerson(name="王伟", notes="ok")]))
    with ctx.unit() as s:  # what the old save and import let through
        s.execute(update(m.Dealer).where(m.Dealer.id == saved.id).values(notes="第一行\n响铃\x07转义\x1b[0m空\x00字", main_models="凯美瑞\x0b卡罗拉"))
        s.execute(update(m.KeyPerson).values(notes="周三\x1b在店"))
    path = tmp_path / "out.xlsx"
    result = roster_export.export(ctx, path, lang="zh_CN")
    assert (result.dealers, result.people) == (1, 1), "the export is written"
    book = python_calamine.CalamineWorkbook.from_path(str(path))
    dealer_rows = book.get_sheet_by_index(0).to_python()
    row = dict(zip(dealer_rows[0], dealer_rows[1]))
    assert row["备注"] == "第一行\n响铃转义[0m空字" and row["主销车型"] == "凯美瑞卡罗拉", f"the text without the invisible characters: {row}"
    people = book.get_sheet_by_name("关键人物").to_python()
    assert "周三在店" in people[1], f"key people too: {people}"
