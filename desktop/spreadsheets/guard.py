"""What kind of file is this, and is it safe to hand to python-calamine?

The format is decided by content, never by the file name. Limits are checked before calamine
opens a sheet: its Rust reader allocates a sheet's whole used range at once and aborts the
process when that fails, so a sheet whose cells claim a far corner (or a zip that unpacks to
gigabytes) is refused here with a clear message instead. How far a sheet reaches is read by
``prescan``; the limits, and the messages when a file exceeds them, are here. Runs on the
caller's thread.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.etree import ElementTree

from desktop.spreadsheets import ole, prescan
from desktop.spreadsheets.errors import UnusableFile

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_PARTS = 10_000
MAX_PART_BYTES = 1024 * 1024 * 1024  # one part of a zip package, unpacked
MAX_TOTAL_BYTES = 2 * MAX_PART_BYTES
MAX_RATIO = 250  # unpacked/packed, for parts over 20 MB unpacked
MAX_CELLS = 5_000_000  # rows × columns of the used range (a 50,000-row roster has ~1.4 million)
MAX_COLUMNS = 2000
TEXT_SUFFIXES = {".csv", ".txt", ".tsv"}


def sniff(path: Path) -> str:
    """'xlsx' (also .xlsm), 'xlsb', 'ods', 'xls' or 'csv'; raises UnusableFile."""
    if not path.is_file():
        raise UnusableFile("roster.file.missing", path=str(path))
    size = path.stat().st_size
    if size == 0:
        raise UnusableFile("roster.file.empty", name=path.name)
    if size > MAX_FILE_BYTES:
        raise UnusableFile("roster.file.too_big", name=path.name, mb=size // (1024 * 1024), max_mb=MAX_FILE_BYTES // (1024 * 1024))
    with path.open("rb") as f:
        head = f.read(8)
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _zip_kind(path)
    if head == ole.MAGIC:
        return _ole_kind(path)
    if path.suffix.lower() in TEXT_SUFFIXES:
        return "csv"
    raise UnusableFile("roster.file.not_spreadsheet", name=path.name)


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            names = {i.filename for i in infos}
            _check_parts(path, infos)
            mimetype = zf.read("mimetype")[:100] if "mimetype" in names else b""
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError):
        raise UnusableFile("roster.file.damaged", name=path.name) from None
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "xl/workbook.bin" in names:
        return "xlsb"
    if "content.xml" in names and mimetype.startswith(b"application/vnd.oasis.opendocument.spreadsheet"):
        return "ods"
    raise UnusableFile("roster.file.not_spreadsheet", name=path.name)


def _check_parts(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    """Refuse decompression bombs from the sizes the package declares (reading checks them again)."""
    if len(infos) > MAX_PARTS:
        raise UnusableFile("roster.file.bomb", name=path.name)
    total = 0
    for info in infos:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > MAX_PART_BYTES or total > MAX_TOTAL_BYTES or (info.file_size > 20 * 1024 * 1024 and ratio > MAX_RATIO):
            raise UnusableFile("roster.file.bomb", name=path.name)


def _ole_kind(path: Path) -> str:
    try:
        names = {n.lower() for n in ole.stream_names(path.read_bytes())}
    except (ole.OleError, ValueError, IndexError):
        raise UnusableFile("roster.file.damaged", name=path.name) from None
    if "encryptedpackage" in names or "encryptioninfo" in names:
        raise UnusableFile("roster.file.encrypted", name=path.name)
    if "workbook" in names or "book" in names:
        return "xls"
    raise UnusableFile("roster.file.not_spreadsheet", name=path.name)


# --- a sheet's used range against the limits ----------------------------------------------------
def check_xlsx_sheet(path: Path, sheet_name: str) -> None:
    """Raise UnusableFile when the sheet's cells span more than MAX_CELLS (or the part is damaged)."""
    try:
        with zipfile.ZipFile(path) as zf:
            part = prescan.xlsx_sheet_part(zf, sheet_name)
            if part is None:
                return  # calamine reports a missing sheet itself
            # The columns exactly, the rows exactly from row 100000 on (else at most 99999): only a
            # sheet wider than 50 columns and shorter than that needs a second pass for its rows.
            rows, cols = prescan.scan(zf, part, prescan.FarExtent(), MAX_PART_BYTES)
            if not rows and 99_999 * cols > MAX_CELLS:
                rows, cols = prescan.scan(zf, part, prescan.exact_extent, MAX_PART_BYTES)
            rows = rows or 99_999
    except OverflowError:
        raise UnusableFile("roster.file.bomb", name=path.name) from None
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, ElementTree.ParseError):
        raise UnusableFile("roster.file.damaged", name=path.name) from None
    check_extent(path.name, sheet_name, rows, cols)


def check_extent(file_name: str, sheet_name: str, rows: int, cols: int) -> None:
    if cols > MAX_COLUMNS or rows * cols > MAX_CELLS:
        raise UnusableFile("roster.file.huge_sheet", name=file_name, sheet=sheet_name, rows=rows, cols=cols, max=MAX_CELLS)


def check_xlsb(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as zf:
            for info in zf.infolist():
                if info.filename.startswith("xl/worksheets/") and info.filename.endswith(".bin"):
                    rows, cols = prescan.xlsb_extent(zf.read(info.filename))
                    check_extent(path.name, Path(info.filename).stem, rows, cols)
    except (zipfile.BadZipFile, EOFError, OSError, ValueError):
        raise UnusableFile("roster.file.damaged", name=path.name) from None


# --- .ods: repeated rows and cells expand; count what carries a value -------------------------
_T = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_O = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"


def check_ods(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as zf, zf.open("content.xml") as stream:
            _ods_extents(path.name, stream)
    except UnusableFile:
        raise
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, KeyError, ElementTree.ParseError):
        raise UnusableFile("roster.file.damaged", name=path.name) from None


def _ods_extents(file_name: str, stream) -> None:
    name, rows, max_row, max_col, col, filled = "", 0, 0, 0, 0, 0
    for event, el in ElementTree.iterparse(stream, events=("start", "end")):
        tag = el.tag
        if event == "start":
            if tag == _T + "table":
                name, rows, max_row, max_col = el.get(_T + "name", ""), 0, 0, 0
            elif tag == _T + "table-row":
                col = filled = 0
            continue
        if tag in (_T + "table-cell", _T + "covered-table-cell"):
            col += int(el.get(_T + "number-columns-repeated", "1"))
            if el.get(_O + "value-type") or len(el):
                filled = col
            el.clear()
        elif tag == _T + "table-row":
            rows += int(el.get(_T + "number-rows-repeated", "1"))
            if filled:
                max_row, max_col = rows, max(max_col, filled)
                check_extent(file_name, name, max_row, max_col)
            el.clear()
        elif tag == _T + "table":
            check_extent(file_name, name, max_row, max_col)
            el.clear()
