"""Roster files made by the tests themselves: good ones in several formats, and every kind of bad one."""

from __future__ import annotations

import io
import os
import struct
import zipfile
from pathlib import Path

from openpyxl import Workbook

from desktop.rules.dealers.uscc import make_uscc

HEADERS = ["车商名称", "统一社会信用代码", "城市", "联系电话", "年新车销量", "经营品牌"]


def uscc(n: int, division: str = "330100") -> str:
    """A valid 统一社会信用代码 numbered n."""
    alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    digits = []
    for _ in range(9):
        n, rem = divmod(n, 31)
        digits.append(alphabet[rem])
    return make_uscc("91" + division + "".join(reversed(digits)))


def write_xlsx(path: Path, rows: list[list], *, sheet: str = "名录", extra_sheets: dict | None = None,
               hidden: tuple[str, ...] = (), merged: tuple[str, ...] = ()) -> Path:
    book = Workbook()
    ws = book.active
    ws.title = sheet
    for row in rows:
        ws.append(row)
    for ref in merged:
        ws.merge_cells(ref)
    for name, more in (extra_sheets or {}).items():
        other = book.create_sheet(name)
        for row in more:
            other.append(row)
        if name in hidden:
            other.sheet_state = "hidden"
    book.save(path)
    return path


def patch_sheet_xml(path: Path, fn, part: str = "xl/worksheets/sheet1.xml") -> Path:
    """Rewrite one part of an .xlsx package (to make cached formulas, far-away cells …)."""
    src = zipfile.ZipFile(path)
    items = [(info, src.read(info.filename)) for info in src.infolist()]
    src.close()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info, data in items:
            out.writestr(info.filename, fn(data) if info.filename == part else data)
    return path


def truncated_zip(path: Path, good: Path) -> Path:
    data = good.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def random_bytes(path: Path, size: int = 4096) -> Path:
    path.write_bytes(os.urandom(size))
    return path


def compound_file(path: Path, streams: dict[str, bytes]) -> Path:
    """A minimal OLE compound file (512-byte sectors) holding the given streams (each ≥ 4096 bytes,
    so no mini stream is needed) — the container Excel writes for password-protected workbooks."""
    sector = 512
    names = list(streams)
    blobs = [streams[n].ljust(4096, b"\0") for n in names]
    data_sectors = [len(b) // sector + (1 if len(b) % sector else 0) for b in blobs]
    dir_entries = len(names) + 1
    dir_sectors = (dir_entries * 128 + sector - 1) // sector
    total = dir_sectors + sum(data_sectors)
    fat_sectors = 1
    while (total + fat_sectors) > fat_sectors * (sector // 4):
        fat_sectors += 1
    fat = [0xFFFFFFFD] * fat_sectors  # FAT sectors themselves
    first_dir = len(fat)
    fat += [first_dir + i + 1 for i in range(dir_sectors - 1)] + [0xFFFFFFFE]
    starts = []
    for count in data_sectors:
        start = len(fat)
        starts.append(start)
        fat += [start + i + 1 for i in range(count - 1)] + [0xFFFFFFFE]
    fat += [0xFFFFFFFF] * (fat_sectors * (sector // 4) - len(fat))
    header = bytearray(512)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHHH", header, 0x18, 0x3E, 3, 0xFFFE, 9, 6, 0)
    struct.pack_into("<IIIIIIII", header, 0x2C, fat_sectors, first_dir, 0, 4096, 0xFFFFFFFE, 0, 0xFFFFFFFE, 0)
    difat = list(range(fat_sectors)) + [0xFFFFFFFF] * (109 - fat_sectors)
    struct.pack_into("<109I", header, 0x4C, *difat)

    def entry(name: str, kind: int, start: int, size: int, child: int = 0xFFFFFFFF, right: int = 0xFFFFFFFF) -> bytes:
        raw = bytearray(128)
        encoded = (name + "\0").encode("utf-16-le")
        raw[0:len(encoded)] = encoded
        struct.pack_into("<HBB", raw, 64, len(encoded), kind, 1)
        struct.pack_into("<III", raw, 68, 0xFFFFFFFF, right, child)
        struct.pack_into("<II", raw, 116, start, size)
        return bytes(raw)

    directory = entry("Root Entry", 5, 0xFFFFFFFE, 0, child=1 if names else 0xFFFFFFFF)
    for i, (name, blob) in enumerate(zip(names, blobs), start=1):
        directory += entry(name, 2, starts[i - 1], len(blob), right=i + 1 if i < len(names) else 0xFFFFFFFF)
    directory = directory.ljust(dir_sectors * sector, b"\0")
    body = io.BytesIO()
    body.write(bytes(header))
    body.write(struct.pack(f"<{len(fat)}I", *fat))
    body.write(directory)
    for blob in blobs:
        body.write(blob.ljust(((len(blob) + sector - 1) // sector) * sector, b"\0"))
    path.write_bytes(body.getvalue())
    return path


def encrypted_xlsx(path: Path) -> Path:
    return compound_file(path, {"EncryptionInfo": b"\x04\x00\x04\x00" + os.urandom(200), "EncryptedPackage": os.urandom(6000)})


def bomb_xlsx(path: Path, good: Path, megabytes: int = 60) -> Path:
    """A valid package whose sheet unpacks to ``megabytes`` of near-nothing (ratio ~1000:1)."""
    def inflate(data: bytes) -> bytes:
        return data.replace(b"</sheetData>", b"</sheetData>" + b" " * (megabytes * 1024 * 1024))
    import shutil

    shutil.copy(good, path)
    return patch_sheet_xml(path, inflate)


def far_cell_xlsx(path: Path, good: Path) -> Path:
    """A sheet whose dimension and cells claim the far corner XFD1048576."""
    import re

    import shutil

    shutil.copy(good, path)

    def stretch(data: bytes) -> bytes:
        data = re.sub(rb'<dimension ref="[^"]*"\s*/>', b'<dimension ref="A1:XFD1048576"/>', data)
        return data.replace(b"</sheetData>", b'<row r="1048576"><c r="XFD1048576" t="n"><v>1</v></c></row></sheetData>')

    return patch_sheet_xml(path, stretch)


def lying_dimension_xlsx(path: Path, good: Path) -> Path:
    """Only the <dimension> element claims the whole sheet; the cells are ordinary."""
    import re
    import shutil

    shutil.copy(good, path)
    return patch_sheet_xml(path, lambda d: re.sub(rb'<dimension ref="[^"]*"\s*/>', b'<dimension ref="A1:XFD1048576"/>', d))


def ods(path: Path, rows_xml: str, name: str = "名录") -> Path:
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f'<office:body><office:spreadsheet><table:table table:name="{name}">{rows_xml}</table:table>'
        "</office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/></manifest:manifest>'
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", manifest)
    return path


def ods_cell(value: str) -> str:
    return f'<table:table-cell office:value-type="string"><text:p>{value}</text:p></table:table-cell>'


def ods_row(*values: str) -> str:
    return "<table:table-row>" + "".join(ods_cell(v) for v in values) + "</table:table-row>"
