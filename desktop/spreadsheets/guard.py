"""What kind of file is this, and is it safe to hand to python-calamine?

The format is decided by content, never by the file name. Limits are checked before calamine
opens a sheet: its Rust reader allocates a sheet's whole used range at once and aborts the
process when that fails, so a sheet whose cells claim a far corner (or a zip that unpacks to
gigabytes) is refused here with a clear message instead. Runs on the caller's thread.
"""

from __future__ import annotations

import queue
import re
import threading
import zipfile
from contextlib import closing
from pathlib import Path
from xml.etree import ElementTree

from desktop.spreadsheets import ole
from desktop.spreadsheets.errors import UnusableFile

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_PARTS = 10_000
MAX_PART_BYTES = 1024 * 1024 * 1024  # one part of a zip package, unpacked
MAX_TOTAL_BYTES = 2 * MAX_PART_BYTES
MAX_RATIO = 250  # unpacked/packed, for parts over 20 MB unpacked
MAX_CELLS = 5_000_000  # rows × columns of the used range (a 50,000-row roster has ~1.4 million)
MAX_COLUMNS = 2000
TEXT_SUFFIXES = {".csv", ".txt", ".tsv"}
_CHUNK = 16 * 1024 * 1024
_SCAN_CHUNK = 4 * 1024 * 1024


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


# --- used range of an .xlsx sheet, from its cell references ------------------------------------
# Cheap pass: only references with a column of two or more letters, or a row of six digits or
# more, are looked at; every other cell lies within A1:Z99999. Only when that bound is too loose
# (wide sheets) does an exact pass read every reference. The patterns start with the literal
# 'r="' (fast to search for); anything else that happens to match only makes the bound larger.
_WIDE_COLUMN = re.compile(rb'r="([A-Za-z]{2,})\d')  # columns AA and beyond: the letters
_FAR_ROW = re.compile(rb'r="[A-Za-z]+(\d{6,})"')  # rows 100000 and beyond: the digits
_ANY_REF = re.compile(rb'r="([A-Za-z]+)(\d+)"')


def _wide_extent(buffer: bytes) -> tuple[int, int]:
    """(max row, max column) over the references outside A1:Z99999 (0 when none): the distinct
    column letters and far rows found in C, a few values to look at in Python."""
    cols = set(_WIDE_COLUMN.findall(buffer))
    rows = _FAR_ROW.findall(buffer)
    return max(map(int, rows), default=0), max(map(column_number, cols), default=0)


def _exact_extent(buffer: bytes) -> tuple[int, int]:
    max_row = max_col = 0
    for letters, digits in _ANY_REF.findall(buffer):
        max_col = max(max_col, column_number(letters))
        max_row = max(max_row, int(digits))
    return max_row, max_col


def column_number(letters: bytes | str) -> int:
    n = 0
    for ch in (letters.encode() if isinstance(letters, str) else letters).upper():
        n = n * 26 + (ch - 64)
    return n


def _scan(zf: zipfile.ZipFile, part: str, extent) -> tuple[int, int]:
    """(max row, max column) over one part read in chunks, ``extent(buffer)`` giving each chunk's."""
    max_row = max_col = 0
    read = 0
    tail = b""
    with zf.open(part) as stream, closing(_unpacked(stream)) as chunks:
        for chunk in chunks:
            read += len(chunk)
            if read > MAX_PART_BYTES:
                raise OverflowError(part)
            buffer = tail + chunk
            rows, cols = extent(buffer)
            max_row, max_col = max(max_row, rows), max(max_col, cols)
            tail = buffer[-40:]
    return max_row, max_col


def _unpacked(stream, ahead: int = 2):
    """The stream's bytes chunk by chunk, unpacked on a helper thread while the caller searches the
    previous chunk (zlib lets go of the GIL: a 50,000-row sheet is scanned in ~2/3 of the time).
    At most ``ahead`` chunks wait unread; the helper's errors are raised here, and it is stopped
    and joined when the caller stops early."""
    chunks: queue.Queue = queue.Queue(maxsize=ahead)
    stop = threading.Event()

    def unpack() -> None:
        try:
            while not stop.is_set():
                chunk = stream.read(_SCAN_CHUNK)
                chunks.put(chunk)
                if not chunk:
                    return
        except BaseException as err:  # handed to the caller
            chunks.put(err)

    helper = threading.Thread(target=unpack, name="xlsx-scan", daemon=True)
    helper.start()
    try:
        while True:
            item = chunks.get()
            if isinstance(item, BaseException):
                raise item
            if not item:
                return
            yield item
    finally:
        stop.set()
        while helper.is_alive():
            try:
                chunks.get(timeout=0.05)  # let a helper blocked on a full queue finish
            except queue.Empty:
                pass
        helper.join()


def check_xlsx_sheet(path: Path, sheet_name: str) -> None:
    """Raise UnusableFile when the sheet's cells span more than MAX_CELLS (or the part is damaged)."""
    try:
        with zipfile.ZipFile(path) as zf:
            part = _xlsx_sheet_part(zf, sheet_name)
            if part is None:
                return  # calamine reports a missing sheet itself
            rows, cols = _scan(zf, part, _wide_extent)
            rows, cols = max(rows, 99_999), max(cols, 26)
            if rows * cols > MAX_CELLS:
                rows, cols = _scan(zf, part, _exact_extent)
    except OverflowError:
        raise UnusableFile("roster.file.bomb", name=path.name) from None
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, ElementTree.ParseError):
        raise UnusableFile("roster.file.damaged", name=path.name) from None
    check_extent(path.name, sheet_name, rows, cols)


def check_extent(file_name: str, sheet_name: str, rows: int, cols: int) -> None:
    if cols > MAX_COLUMNS or rows * cols > MAX_CELLS:
        raise UnusableFile("roster.file.huge_sheet", name=file_name, sheet=sheet_name, rows=rows, cols=cols, max=MAX_CELLS)


_REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def _xlsx_sheet_part(zf: zipfile.ZipFile, sheet_name: str) -> str | None:
    for small in ("xl/workbook.xml", "xl/_rels/workbook.xml.rels"):
        if zf.getinfo(small).file_size > 20 * 1024 * 1024:
            raise OverflowError(small)
    book = ElementTree.fromstring(zf.read("xl/workbook.xml"))
    rels = ElementTree.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
    targets = {rel.get("Id"): rel.get("Target", "") for rel in rels}
    for sheet in book.iter():
        if sheet.tag.endswith("}sheet") and sheet.get("name") == sheet_name:
            target = targets.get(sheet.get(_REL_NS), "")
            part = target.lstrip("/") if target.startswith("/") else "xl/" + target
            return part if part in zf.NameToInfo else None
    return None


# --- .xlsb: walk the binary records of each worksheet part --------------------------------------
_XLSB_ROW = 0x00  # BrtRowHdr: row index first
_XLSB_CELLS = range(0x01, 0x13)  # BrtCell*/BrtFmla*/BrtShort*: column index first


def xlsb_extent(data: bytes) -> tuple[int, int]:
    """(rows, columns) spanned by the cell records of one .xlsb worksheet part."""
    i, n = 0, len(data)
    row = max_row = max_col = 0
    while i < n:
        b = data[i]
        i += 1
        rid = b & 0x7F
        if b & 0x80 and i < n:
            rid |= (data[i] & 0x7F) << 7
            i += 1
        size = shift = 0
        for _ in range(4):
            if i >= n:
                break
            b = data[i]
            i += 1
            size |= (b & 0x7F) << shift
            shift += 7
            if not b & 0x80:
                break
        if size >= 4 and i + 4 <= n:
            value = int.from_bytes(data[i:i + 4], "little")
            if rid == _XLSB_ROW:
                row = value
            elif rid in _XLSB_CELLS:
                max_col = max(max_col, value + 1)
                max_row = max(max_row, row + 1)
        i += size
    return max_row, max_col


def check_xlsb(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as zf:
            for info in zf.infolist():
                if info.filename.startswith("xl/worksheets/") and info.filename.endswith(".bin"):
                    rows, cols = xlsb_extent(zf.read(info.filename))
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
