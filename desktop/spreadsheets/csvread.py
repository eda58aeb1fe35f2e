"""CSV and tab-separated text rosters: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK.

Encoding is detected, never asked: a BOM decides; else strict UTF-8; else strict GB18030 (a
superset of GBK and GB2312, what Excel and WPS write on Chinese Windows).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from desktop.spreadsheets import guard
from desktop.spreadsheets.errors import UnusableFile

_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def decode(data: bytes, name: str) -> tuple[str, str]:
    """(text, encoding name) or UnusableFile."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                raise UnusableFile("roster.file.encoding", name=name) from None
    if b"\x00" in data[:65536]:
        raise UnusableFile("roster.file.not_spreadsheet", name=name)
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise UnusableFile("roster.file.encoding", name=name)


def _dialect(sample: str):
    try:
        return csv.Sniffer().sniff(sample, delimiters=",\t;|")
    except csv.Error:
        return csv.excel_tab if sample.count("\t") > sample.count(",") else csv.excel


def read_rows(path: Path) -> tuple[list[list[str]], str]:
    """Every row as a list of strings (rows padded to one width), and the encoding found."""
    text, encoding = decode(path.read_bytes(), path.name)
    reader = csv.reader(io.StringIO(text, newline=""), _dialect(text[:65536]))
    rows: list[list[str]] = []
    width = cells = 0
    try:
        for row in reader:
            rows.append(row)
            width = max(width, len(row))
            cells += len(row)
            if cells > guard.MAX_CELLS or width > guard.MAX_COLUMNS:
                raise UnusableFile("roster.file.huge_sheet", name=path.name, sheet=path.stem, rows=len(rows), cols=width, max=guard.MAX_CELLS)
    except csv.Error:
        raise UnusableFile("roster.file.damaged", name=path.name) from None
    guard.check_extent(path.name, path.stem, len(rows), width)
    for row in rows:
        if len(row) < width:
            row.extend([""] * (width - len(row)))
    return rows, encoding
