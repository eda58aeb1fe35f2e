"""The xlsx pre-scan unpacks on a helper thread: same bounds, its errors reach the caller, it never lingers."""

from __future__ import annotations

import io
import threading
import zipfile

import pytest

from desktop.spreadsheets import guard, prescan
from tests.spreadsheets import roster_files as rf


def _helpers() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "xlsx-scan"]


def test_bounds_found_across_chunks(tmp_path, monkeypatch):
    monkeypatch.setattr(prescan, "_SCAN_CHUNK", 997)  # references cut at chunk edges
    rows = [["车商名称"] + [f"c{n}" for n in range(29)]] + [[f"车商{n}"] + [n] * 29 for n in range(300)]
    path = rf.write_xlsx(tmp_path / "wide.xlsx", rows)
    with zipfile.ZipFile(path) as zf:
        part, limit = prescan.xlsx_sheet_part(zf, "名录"), guard.MAX_PART_BYTES
        assert prescan.scan(zf, part, prescan.exact_extent, limit) == (301, 30), "the last row and column, whatever the chunking"
        assert prescan.scan(zf, part, prescan.wide_extent, limit) == (0, 30), "columns past Z found; rows below 100000 need no look"
    assert not _helpers(), "the helper thread is joined"


def test_wide_extent_sees_far_rows_and_columns():
    xml = b'<c r="A1"/><c r="Z99999"/><c r="AB7"/><c r="XFD3"/><c r="C1048576"/>'
    assert prescan.wide_extent(xml) == (1048576, 16384), "the far row and the widest column"
    assert prescan.exact_extent(xml) == (1048576, 16384), "the exact pass agrees"
    assert prescan.wide_extent(b'<c r="A1"/><c r="Z99999"/>') == (0, 0), "inside A1:Z99999 nothing is reported"


def test_stopping_early_joins_the_helper(tmp_path, monkeypatch):
    monkeypatch.setattr(prescan, "_SCAN_CHUNK", 512)
    path = rf.write_xlsx(tmp_path / "big.xlsx", [[f"车商{n}", n] for n in range(2000)])
    with zipfile.ZipFile(path) as zf:
        part = prescan.xlsx_sheet_part(zf, "名录")
        with pytest.raises(OverflowError):
            prescan.scan(zf, part, prescan.exact_extent, 2048)
    assert not _helpers(), "a scan stopped by the size limit leaves no thread behind"


def test_errors_of_unpacking_reach_the_caller():
    class Broken(io.RawIOBase):
        def read(self, n=-1):
            raise zipfile.BadZipFile("bad CRC")

    with pytest.raises(zipfile.BadZipFile):
        list(prescan._unpacked(Broken()))
    assert not _helpers(), "the helper ends with its error"


def test_far_extent_counts_narrow_columns_exactly():
    xml = b'<c r="A1"/><c r="m7"/><c r="B200002"/>'
    assert prescan.far_extent(xml) == (200002, 13), "the far row, and the widest single-letter column (either case)"
    assert prescan.far_extent(b'<c r="A1"/><c r="Z99999"/>') == (0, 26), "rows inside 99999 are not counted; Z is"
    assert prescan.far_extent(b'<c r="A1"/><c r="AB7"/>') == (0, 28), "wide columns as wide_extent finds them"
    extent = prescan.FarExtent()
    assert [extent(chunk) for chunk in (b'<c r="C1"/>', b'<c r="B2"/>', b'<c r="Y3"/>', b'<c r="A4"/>')] == \
        [(0, 3), (0, 3), (0, 25), (0, 25)], "chunk by chunk, the widest column met so far"
    for n, letter in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ", start=1):
        assert prescan.far_extent(f'<c r="A1"/><c r="{letter}2"/>'.encode()) == (0, n), letter



def _sheet_zip(path, refs: list[str]):
    """A workbook whose one sheet (名录) holds a cell at each reference: the guard reads no more."""
    cells = "".join(f'<row><c r="{r}"><v>1</v></c></row>' for r in refs)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/workbook.xml", '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                    '<sheets><sheet name="名录" sheetId="1" r:id="rId1"/></sheets></workbook>')
        zf.writestr("xl/_rels/workbook.xml.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                    '<Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>')
        zf.writestr("xl/worksheets/sheet1.xml", f"<worksheet><sheetData>{cells}</sheetData></worksheet>")
    return path


def test_a_long_narrow_sheet_takes_one_pass_and_a_long_wide_one_is_refused(tmp_path, monkeypatch):
    """200,002 rows of 13 columns (a year's policy list) are 2.6 million cells, under the limit: accepted
    after one pass over the sheet (the exact pass read every reference in Python: seconds); the same
    rows 52 columns wide are refused with their exact extent."""
    passes = []
    for name in ("wide_extent", "exact_extent"):
        real = getattr(prescan, name)
        monkeypatch.setattr(prescan, name, lambda buffer, real=real, name=name: passes.append(name) or real(buffer))
    guard.check_xlsx_sheet(_sheet_zip(tmp_path / "narrow.xlsx", ["A1", "M1", "B200002"]), "名录")
    assert "exact_extent" not in passes, "a narrow sheet needs no exact pass"
    with pytest.raises(guard.UnusableFile) as err:
        guard.check_xlsx_sheet(_sheet_zip(tmp_path / "wide.xlsx", ["A1", "AZ1", "B200002"]), "名录")
    assert (err.value.params["rows"], err.value.params["cols"]) == (200002, 52)
    passes.clear()
    with pytest.raises(guard.UnusableFile) as err:  # under 100000 rows but 2000 columns: the rows are counted exactly
        guard.check_xlsx_sheet(_sheet_zip(tmp_path / "short.xlsx", ["A1", "BXX1", "B3000"]), "名录")
    assert "exact_extent" in passes and (err.value.params["rows"], err.value.params["cols"]) == (3000, 2000)
