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
