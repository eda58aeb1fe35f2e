"""Notes longer than an Excel cell holds (32,767 characters): the export cuts them itself and says
so (result, notes sheet), and importing that file back — or the same file after Excel cut it —
never shortens the full text kept in the database."""

from __future__ import annotations

import python_calamine
from openpyxl import load_workbook

from desktop.rules.dealers import records as r
from desktop.services.dealers import files as dealers
from desktop.services.dealers import listing
from desktop.services.rosters import export as roster_export, read as roster_import, commit as roster_write

CELL_LIMIT = 32_767  # characters an Excel cell holds

LONG = "".join(f"第{n}次走访：店总同意续保合作，要求每月送修事故车八十台以上。\r\n" for n in range(1500))  # ~48,000 characters


def _import(ctx, path):
    return roster_write.commit(ctx, roster_import.analyse(ctx, roster_import.open_roster(ctx, path)))


def _seed(ctx) -> int:
    return dealers.save(ctx, r.Dealer(legal_name="甲汽车有限公司", city="杭州", notes=LONG, repair_needs="每月八十台",
                                      people=[r.KeyPerson(name="王伟", notes=LONG[:40_000])])).id


def test_export_cuts_long_texts_itself_and_says_so(ctx, tmp_path):
    assert len(LONG) > CELL_LIMIT
    _seed(ctx)
    result = roster_export.export(ctx, tmp_path / "out.xlsx", lang="zh_CN")
    assert result.cut == [("甲汽车有限公司", "备注"), ("甲汽车有限公司", "备注")], f"both cut texts are named: {result.cut}"
    assert "2 处" in result.cut_text("zh_CN") and "32,767" in result.cut_text("zh_CN"), result.cut_text("zh_CN")
    book = python_calamine.CalamineWorkbook.from_path(str(result.path))
    rows = book.get_sheet_by_index(0).to_python()
    notes = dict(zip(rows[0], rows[1]))["备注"]
    assert len(notes) <= CELL_LIMIT and len(notes) > CELL_LIMIT - 1000 and LONG.replace("\r\n", "\n").startswith(notes), \
        "the cell holds the start of the text, as much as a cell holds"
    sheet = " ".join(str(c) for line in book.get_sheet_by_name("说明").to_python() for c in line)
    assert "截断" in sheet and "甲汽车有限公司（备注）" in sheet, "the notes sheet says what was cut"
    assert dealers.get(ctx, listing.list_rows(ctx)[0].id).notes == LONG, "the database keeps the whole text"


def test_reimporting_a_cut_text_never_shortens_the_stored_one(ctx, tmp_path):
    dealer_id = _seed(ctx)
    exported = roster_export.export(ctx, tmp_path / "out.xlsx", lang="zh_CN").path
    again = _import(ctx, exported)
    assert again.counts["unchanged"] == 1 and again.counts["updated"] == 0, f"the round trip changes nothing: {again.counts}"
    assert dealers.get(ctx, dealer_id).notes == LONG, "the full text survives our own export and import"
    book = load_workbook(exported)  # as Excel leaves it: its own cut, trailing line ends trimmed
    ws = book.worksheets[0]
    column = [c.value for c in ws[1]].index("备注") + 1
    ws.cell(2, column).value = LONG.replace("\r\n", "\n")[:CELL_LIMIT].rstrip()
    ws.cell(2, [c.value for c in ws[1]].index("送修需求") + 1).value = "每月一百台"
    book.save(tmp_path / "excel.xlsx")
    changed = _import(ctx, tmp_path / "excel.xlsx")
    assert changed.counts["updated"] == 1, f"a real change still goes in: {changed.counts}"
    stored = dealers.get(ctx, dealer_id)
    assert stored.repair_needs == "每月一百台" and stored.notes == LONG, "the change is written, the long notes kept whole"


def test_a_long_text_really_edited_is_updated(ctx, tmp_path):
    dealer_id = _seed(ctx)
    exported = roster_export.export(ctx, tmp_path / "out.xlsx", lang="zh_CN").path
    book = load_workbook(exported)
    ws = book.worksheets[0]
    column = [c.value for c in ws[1]].index("备注") + 1
    ws.cell(2, column).value = "重新整理后的简短备注"
    book.save(tmp_path / "edited.xlsx")
    assert _import(ctx, tmp_path / "edited.xlsx").counts["updated"] == 1
    assert dealers.get(ctx, dealer_id).notes == "重新整理后的简短备注", "a text that is not the cut one replaces it"
