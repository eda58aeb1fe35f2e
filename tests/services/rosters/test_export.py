"""Export: typed, styled, safe workbooks; sensitive fields only when asked; the round trip; the template."""

from __future__ import annotations

import zipfile
from datetime import date
from decimal import Decimal

import python_calamine
from openpyxl import load_workbook

from desktop.rules.dealers import records as r
from desktop.services.dealers import files as dealers
from desktop.services.dealers import listing
from desktop.services.rosters import export as roster_export, read as roster_import, commit as roster_write
from desktop.spreadsheets.writer import RISKY_STARTS


def test_round_trip_is_all_unchanged(demo_ctx, tmp_path):
    path = tmp_path / "roster.xlsx"
    result = roster_export.export(demo_ctx, path)
    assert result.dealers == 120, "every active dealer of the demo territory exported"
    plan = roster_import.analyse(demo_ctx, roster_import.open_roster(demo_ctx, path), "upsert")
    counts = plan.counts()
    assert counts == dict(created=0, updated=0, unchanged=120, duplicates=0, invalid=0, excluded=0), \
        f"export → import upsert changes nothing: {counts}; first errors {plan.errors()[:3]}"


def test_round_trip_in_english_too(demo_ctx, tmp_path):
    path = tmp_path / "roster-en.xlsx"
    roster_export.export(demo_ctx, path, lang="en")
    counts = roster_import.analyse(demo_ctx, roster_import.open_roster(demo_ctx, path)).counts()
    assert counts["unchanged"] == 120 and counts["updated"] == 0, f"English headers and labels come back too: {counts}"


def test_workbook_is_typed_frozen_filtered_and_validated(demo_ctx, tmp_path):
    path = tmp_path / "roster.xlsx"
    roster_export.export(demo_ctx, path, lang="zh_CN")
    book = load_workbook(path)
    ws = book["车商名录"]
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == f"A1:AA{ws.max_row}", "frozen header row and autofilter"
    headers = [c.value for c in ws[1]]
    assert headers[:3] == ["车商名称", "简称", "统一社会信用代码"], f"headers in the UI language: {headers[:3]}"
    assert ws.column_dimensions["A"].width > 30, "sensible widths"
    row = {h: c for h, c in zip(headers, ws[2])}
    assert isinstance(row["年新车销量"].value, int), "sales are numbers"
    assert row["成立日期"].is_date, "dates are dates"
    rate = next(c for c in ws["R"][1:] if c.value is not None)
    assert isinstance(rate.value, float) and rate.number_format == "0.00%", "rates are percentages"
    lists = {str(dv.sqref).split(":")[0][0]: dv.formula1 for dv in ws.data_validations.dataValidation}
    assert "4S店" in lists["K"] and "强烈" in lists["W"], f"drop-downs on dealer type and willingness: {lists}"
    notes = book["说明"]
    assert notes.cell(2, 1).value == "车商名称" and "必填" in notes.cell(2, 3).value, "the notes sheet explains each column"
    short = {notes.cell(r, 1).value: notes.cell(r, 3).value for r in range(2, notes.max_row + 1)}["简称"]
    assert "简短名称" in short and "不是营业执照上的全称" in short, f"简称 is described as a short name: {short!r}"


def test_sensitive_fields_only_when_asked(demo_ctx, tmp_path):
    plain, full = tmp_path / "plain.xlsx", tmp_path / "full.xlsx"
    roster_export.export(demo_ctx, plain, lang="en")
    roster_export.export(demo_ctx, full, lang="en", include_sensitive=True)
    for path, expected in ((plain, False), (full, True)):
        header = python_calamine.CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Key people").to_python(nrows=1)[0]
        for label in ("Birth year", "Professional background", "Career highlights", "Hobbies and interests"):
            assert (label in header) == expected, f"{label} {'present' if expected else 'absent'} in {path.name}"
    text = zipfile.ZipFile(plain).read("xl/worksheets/sheet2.xml").decode()
    person = dealers.get(demo_ctx, listing.list_rows(demo_ctx)[0].id).people[0]
    assert person.background and person.background not in text, "no sensitive value leaks into the default export"


def test_key_peoples_phones_only_when_asked(ctx, tmp_path):
    """A key person's phone reaches them directly: like their birth year, out of the default export."""
    person = r.KeyPerson(name="王秀英", role="decision_maker", phone="13912345678", notes="周三上午在店")
    dealers.save(ctx, r.Dealer(legal_name="甲汽车有限公司", city="杭州", people=[person]))
    plain, full = tmp_path / "plain.xlsx", tmp_path / "full.xlsx"
    roster_export.export(ctx, plain, lang="zh_CN")
    roster_export.export(ctx, full, lang="zh_CN", include_sensitive=True)
    sheets = {path: python_calamine.CalamineWorkbook.from_path(str(path)).get_sheet_by_name("关键人物").to_python()
              for path in (plain, full)}
    assert "电话" not in sheets[plain][0] and "王秀英" in sheets[plain][1], f"the person is listed, without a phone: {sheets[plain]}"
    every_cell = "".join(zipfile.ZipFile(plain).read(name).decode("utf-8", "replace") for name in zipfile.ZipFile(plain).namelist())
    assert "13912345678" not in every_cell, "the phone is nowhere in the default workbook"
    row = dict(zip(sheets[full][0], sheets[full][1]))
    assert str(row.get("电话")) == "13912345678", f"ticked: the phone is there: {row}"
    notes = python_calamine.CalamineWorkbook.from_path(str(plain)).get_sheet_by_name("说明").to_python()
    assert any("电话" in str(cell) and "未导出" in str(cell) for line in notes for cell in line), "the notes sheet says phones were left out"


def test_formula_injection_is_literal_text(ctx, tmp_path):
    risky = ["=HYPERLINK(\"http://evil\",\"x\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"]
    for n, text in enumerate(risky):
        dealers.save(ctx, r.Dealer(legal_name=f"车商{n}有限公司", city="杭州", notes=text, main_models=text))
    path = tmp_path / "x.xlsx"
    roster_export.export(ctx, path)
    xml = zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml, "no cell of the export is a formula"
    values = python_calamine.CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    notes_col = values[0].index("备注") if "备注" in values[0] else values[0].index("Notes")
    # XML reads a bare carriage return as a line feed; everything else comes back character for character
    assert sorted(row[notes_col] for row in values[1:]) == sorted(t.replace("\r", "\n") for t in risky), "the text reads back as stored"
    book = load_workbook(path)
    cells = [c for c in book.worksheets[0]["AA"][1:]]
    assert all(c.quotePrefix and c.data_type == "s" for c in cells), "each carries Excel's quote prefix, so editing keeps it text"
    assert all(t.startswith(RISKY_STARTS) for t in risky), "the test covers every risky first character"


def test_filters_and_selection(demo_ctx, tmp_path):
    rows = listing.list_rows(demo_ctx)
    city = rows[0].city
    brand = rows[0].brands.split("、")[0]
    by_city = roster_export.export(demo_ctx, tmp_path / "c.xlsx", city=city).dealers
    assert by_city == sum(1 for row in rows if row.city == city), "--city keeps that city's dealers"
    by_brand = roster_export.export(demo_ctx, tmp_path / "b.xlsx", brand=brand).dealers
    assert by_brand == sum(1 for row in rows if brand in row.brands.split("、")), "--brand keeps dealers selling it"
    picked = roster_export.export(demo_ctx, tmp_path / "s.xlsx", ids=[rows[3].id, rows[5].id]).dealers
    assert picked == 2, "a selection exports just those"


def test_template(ctx, tmp_path):
    path = roster_export.template(tmp_path / "t.xlsx", lang="zh_CN")
    book = load_workbook(path)
    assert book.sheetnames == ["车商名录", "说明", "填写说明"], f"roster, notes and instructions: {book.sheetnames}"
    ws = book["车商名录"]
    assert ws.max_row == 2 and ws["A2"].value.startswith("【示例】"), "one example row"
    assert ws.data_validations.dataValidation, "drop-downs in the template"
    assert "第一个工作表" in book["填写说明"]["A2"].value, "instructions in Chinese"
    filled = tmp_path / "filled.xlsx"
    ws.append(["温州瓯海大众汽车销售有限公司", None, None, "浙江省", "温州"])
    book.save(filled)
    plan = roster_import.analyse(ctx, roster_import.open_roster(ctx, filled))
    assert plan.counts()["created"] == 1 and plan.skipped == [(2, "example")], "the example row is skipped, the filled row imported"
    roster_write.commit(ctx, plan)
    stored = dealers.get(ctx, listing.list_rows(ctx)[0].id)
    assert stored.legal_name == "温州瓯海大众汽车销售有限公司" and stored.founded_on is None, "only the filled values"
    example = roster_export.EXAMPLE
    assert example["founded_on"] < date.today() and example["premium_scale"] == Decimal("5200000"), "the example itself is valid"
