"""Pages of generated PDFs gathered into one PDF, as they are: printing to a PDF file.

Printing to a file needs no rasterising and no painting: the pages are copied with their text,
fonts and vector drawing (so the file stays searchable), on a worker thread. No Qt here.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

PageRef = tuple[Path, int]  # (file, 0-based page index)


def copy_pages(pages: list[PageRef], target: str | Path, title: str = "",
               progress: Callable[[int, int], bool | None] | None = None) -> Path | None:
    """Write ``pages`` in order into ``target`` (replaced only once complete). ``progress(done,
    total)`` returning False stops early; then nothing is written and None is returned."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    readers: dict[Path, PdfReader] = {}
    for done, (path, index) in enumerate(pages, start=1):
        reader = readers.get(Path(path))
        if reader is None:
            reader = readers[Path(path)] = PdfReader(str(path))
        writer.add_page(reader.pages[index])
        if progress is not None and progress(done, len(pages)) is False:
            return None
    if title:
        writer.add_metadata({"/Title": title})
    target = Path(target)
    partial = target.with_name(target.name + ".part")
    with open(partial, "wb") as out:
        writer.write(out)
    os.replace(partial, target)
    return target
