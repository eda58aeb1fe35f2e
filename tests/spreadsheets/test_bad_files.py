"""Every kind of unusable file gives one clear message (UnusableFile), in bounded time and memory."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from desktop.spreadsheets import prescan
from desktop.spreadsheets.errors import UnusableFile
from desktop.spreadsheets.reader import Workbook
from tests.spreadsheets import roster_files as rf


@pytest.fixture
def good(tmp_path) -> Path:
    return rf.write_xlsx(tmp_path / "good.xlsx", [rf.HEADERS, ["杭州宏达丰田汽车销售服务有限公司", rf.uscc(1), "杭州", "13812345678", 1200, "丰田"]])


def _fails(path: Path, sheet: str | None = None) -> UnusableFile:
    with pytest.raises(UnusableFile) as caught:
        with Workbook(path) as book:
            book.read(sheet)
    return caught.value


def test_truncated_zip(tmp_path, good):
    err = _fails(rf.truncated_zip(tmp_path / "cut.xlsx", good))
    assert err.code == "roster.file.damaged", f"a truncated package is reported as damaged, got {err.code}"
    assert "cut.xlsx" in err.message(), "the message names the file"


def test_encrypted_workbook(tmp_path):
    err = _fails(rf.encrypted_xlsx(tmp_path / "secret.xlsx"))
    assert err.code == "roster.file.encrypted", f"an OLE container with EncryptedPackage is password-protected, got {err.code}"
    assert "密码" in err.message("zh_CN") and "password" in err.message("en"), "the message says so in both languages"


def test_random_bytes_named_xlsx(tmp_path):
    err = _fails(rf.random_bytes(tmp_path / "noise.xlsx"))
    assert err.code == "roster.file.not_spreadsheet", f"random bytes are not a spreadsheet, got {err.code}"


def test_zip_that_is_not_a_workbook(tmp_path):
    path = tmp_path / "letter.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/document.xml", "<w:document/>")
    assert _fails(path).code == "roster.file.not_spreadsheet", "a .docx renamed .xlsx is not a spreadsheet"


def test_other_compound_document(tmp_path):
    path = rf.compound_file(tmp_path / "memo.xls", {"WordDocument": b"x" * 5000})
    assert _fails(path).code == "roster.file.not_spreadsheet", "a Word 97 file named .xls is not a spreadsheet"


def test_damaged_xls(tmp_path):
    path = rf.compound_file(tmp_path / "old.xls", {"Workbook": b"\x09\x08" + b"\0" * 5000})
    assert _fails(path).code == "roster.file.damaged", "an .xls whose workbook stream is garbage is damaged"


def test_empty_file(tmp_path):
    path = tmp_path / "nothing.xlsx"
    path.write_bytes(b"")
    assert _fails(path).code == "roster.file.empty", "a zero-byte file is empty"


def test_empty_workbook(tmp_path):
    path = rf.write_xlsx(tmp_path / "blank.xlsx", [])
    assert _fails(path).code == "roster.file.empty", "a workbook without a single value is empty"


def test_missing_file(tmp_path):
    assert _fails(tmp_path / "nope.xlsx").code == "roster.file.missing", "a missing file is reported as missing"


def test_sheet_claiming_a_huge_dimension(tmp_path, good):
    path = rf.far_cell_xlsx(tmp_path / "huge.xlsx", good)
    err = _fails(path)
    assert err.code == "roster.file.huge_sheet", f"a sheet spanning A1:XFD1048576 is refused before calamine opens it, got {err.code}"
    assert "1048576" in err.message(), "the message gives the extent"


def test_lying_dimension_alone_is_harmless(tmp_path, good):
    path = rf.lying_dimension_xlsx(tmp_path / "lying.xlsx", good)
    with Workbook(path) as book:
        grid = book.read()
    assert grid.rows[1][0] == "杭州宏达丰田汽车销售服务有限公司", "only real cells count: a wrong <dimension> tag is ignored"


def test_decompression_bomb(tmp_path, good):
    err = _fails(rf.bomb_xlsx(tmp_path / "bomb.xlsx", good))
    assert err.code == "roster.file.bomb", f"a part unpacking ~1000:1 to tens of MB is refused, got {err.code}"


def test_part_lying_about_its_size_is_damaged(tmp_path, good):
    path = tmp_path / "liar.xlsx"
    data = bytearray(good.read_bytes())
    with zipfile.ZipFile(good) as z:
        info = z.getinfo("xl/worksheets/sheet1.xml")
    # shrink the declared size in the central directory: reading then fails the size/CRC check
    central = data.rfind(b"PK\x01\x02" + data[info.header_offset + 4:info.header_offset + 6])
    start = data.find(b"xl/worksheets/sheet1.xml", central) - 46
    data[start + 24:start + 28] = (10).to_bytes(4, "little")
    path.write_bytes(bytes(data))
    assert _fails(path).code in ("roster.file.damaged", "roster.file.huge_sheet"), "a part whose declared size lies is not read blindly"


def test_unknown_sheet_lists_the_sheets(tmp_path, good):
    err = _fails(good, "不存在")
    assert err.code == "roster.file.sheet_missing" and "名录" in err.message(), "a wrong --sheet names the sheets there are"


def test_hidden_sheets_only_when_named(tmp_path):
    path = rf.write_xlsx(tmp_path / "h.xlsx", [["封面"]], extra_sheets={"隐藏": [rf.HEADERS, ["甲公司", "", "杭州", "", "", ""]]}, hidden=("隐藏",))
    with Workbook(path) as book:
        assert [s.hidden for s in book.sheets] == [False, True], "the hidden sheet is known as hidden"
        assert book.read().sheet == "名录", "the default is the first visible sheet with data"
        assert book.read("隐藏").rows[1][0] == "甲公司", "a hidden sheet is read when asked for by name"


def test_only_hidden_data(tmp_path):
    path = rf.write_xlsx(tmp_path / "h2.xlsx", [], extra_sheets={"隐藏": [rf.HEADERS]}, hidden=("隐藏",))
    err = _fails(path)
    assert err.code == "roster.file.only_hidden" and "隐藏" in err.message(), "empty visible sheets point to the hidden ones"


def test_ods_far_cell_refused_and_small_ods_read(tmp_path):
    small = rf.ods(tmp_path / "ok.ods", rf.ods_row("车商名称", "城市") + rf.ods_row("甲公司", "杭州"))
    with Workbook(small) as book:
        assert book.kind == "ods" and book.read().rows[1] == ["甲公司", "杭州"], "an .ods roster is read"
    far = rf.ods(tmp_path / "far.ods", rf.ods_row("车商名称", "城市")
                 + '<table:table-row table:number-rows-repeated="1048574"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>'
                 + '<table:table-row><table:table-cell table:number-columns-repeated="16383"/>' + rf.ods_cell("x") + "</table:table-row>")
    assert _fails(far).code == "roster.file.huge_sheet", "an .ods whose repeated cells reach the far corner is refused"


def test_xlsb_extent_guard(tmp_path):
    def record(rid: int, payload: bytes) -> bytes:
        return bytes([rid, len(payload)]) + payload

    sheet = record(0, (1048575).to_bytes(4, "little") + b"\0" * 8) + record(5, (16383).to_bytes(4, "little") + b"\0" * 12)
    assert prescan.xlsb_extent(sheet) == (1048576, 16384), "row header and cell records give the extent"
    path = tmp_path / "big.xlsb"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("xl/workbook.bin", b"")
        z.writestr("xl/worksheets/sheet1.bin", sheet)
    assert _fails(path).code == "roster.file.huge_sheet", "an .xlsb reaching the far corner is refused before calamine"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16"])
def test_csv_encodings(tmp_path, encoding):
    path = tmp_path / f"r-{encoding}.csv"
    path.write_bytes("车商名称,城市,联系电话\n杭州宏达丰田汽车销售服务有限公司,杭州,0571-88886666\n".encode(encoding))
    with Workbook(path) as book:
        grid = book.read()
    assert grid.rows[1] == ["杭州宏达丰田汽车销售服务有限公司", "杭州", "0571-88886666"], f"{encoding} is detected and decoded"


def test_csv_semicolons_and_tabs(tmp_path):
    path = tmp_path / "tabs.txt"
    path.write_text("车商名称\t城市\n甲公司\t杭州\n", encoding="utf-8")
    with Workbook(path) as book:
        assert book.read().rows == [["车商名称", "城市"], ["甲公司", "杭州"]], "tab-separated text is split on tabs"


def test_csv_undecodable(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_bytes(b"\xff\xfe\xfd\x81\x30" * 10 + b"\x80\x80\x80")
    err = _fails(path)
    assert err.code in ("roster.file.encoding", "roster.file.not_spreadsheet"), f"bytes in no known encoding are refused, got {err.code}"


def test_formulas_give_cached_values(tmp_path, good):
    def formula(data: bytes) -> bytes:
        extra = '<row r="3"><c r="A3" t="str"><f>CONCAT("乙","公司")</f><v>乙公司</v></c><c r="E3"><f>600*2</f><v>1200</v></c></row>'
        return data.replace(b"</sheetData>", extra.encode("utf-8") + b"</sheetData>")

    path = rf.patch_sheet_xml(good, formula)
    with Workbook(path) as book:
        row = book.read().rows[2]
    assert row[0] == "乙公司" and row[4] == 1200, f"formulas come in as their cached values, got {row}"


def test_merged_cells_fill_their_area(tmp_path):
    rows = [["2026年杭州市车商名录"], [], rf.HEADERS, ["甲公司", "", "杭州", "", "", ""], ["乙公司", "", None, "", "", ""]]
    path = rf.write_xlsx(tmp_path / "m.xlsx", rows, merged=("A1:F1", "C4:C5"))
    with Workbook(path) as book:
        grid = book.read()
    assert grid.rows[4][2] == "杭州", "a city merged over two rows applies to both"
    assert grid.excel_row(4) == 5, "row numbers are Excel's"
