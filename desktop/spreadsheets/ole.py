"""The stream names of an OLE compound file (Excel 97–2003 workbooks, password-protected .xlsx).

Only the directory is read: enough to tell an .xls workbook ("Workbook"/"Book" stream) from an
encrypted Office Open XML package ("EncryptionInfo" + "EncryptedPackage") or another document.
"""

from __future__ import annotations

import struct

MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_END = 0xFFFFFFFE
_FREE = 0xFFFFFFFF
_MAX_SECTORS = 1 << 22  # loop guard: no real directory or FAT chain is longer


class OleError(ValueError):
    """The compound file is damaged."""


def stream_names(data: bytes) -> set[str]:
    """Names of every entry in the compound file's directory; raises OleError when damaged."""
    if len(data) < 512 or not data.startswith(MAGIC):
        raise OleError("not a compound file")
    shift = struct.unpack_from("<H", data, 0x1E)[0]
    if shift not in (9, 12):
        raise OleError("bad sector size")
    size = 1 << shift

    def sector(n: int) -> bytes:
        start = (n + 1) * size
        if start >= len(data):  # the last sector may be short, not missing
            raise OleError("sector out of range")
        return data[start:start + size]

    fat_sectors = [s for s in struct.unpack_from("<109I", data, 0x4C) if s < _END - 16]
    difat, remaining = struct.unpack_from("<II", data, 0x44)
    while difat < _END - 16 and remaining > 0 and len(fat_sectors) < _MAX_SECTORS:
        entries = struct.unpack(f"<{size // 4}I", sector(difat))
        fat_sectors += [s for s in entries[:-1] if s < _END - 16]
        difat, remaining = entries[-1], remaining - 1
    fat: list[int] = []
    for s in fat_sectors:
        fat.extend(struct.unpack(f"<{size // 4}I", sector(s).ljust(size, b"\xff")))
    names: set[str] = set()
    current, seen = struct.unpack_from("<I", data, 0x30)[0], set()
    while current < _END - 16:
        if current in seen or current >= len(fat) or len(seen) > _MAX_SECTORS:
            raise OleError("broken directory chain")
        seen.add(current)
        block = sector(current)
        for offset in range(0, len(block) - 127, 128):
            length = struct.unpack_from("<H", block, offset + 64)[0]
            if 2 <= length <= 64 and block[offset + 66] in (1, 2, 5):  # storage, stream, root
                names.add(block[offset:offset + length - 2].decode("utf-16-le", "replace"))
        current = fat[current]
    return names
