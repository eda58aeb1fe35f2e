"""Open a roster file of any supported kind and read one sheet into a grid of cell values.

python-calamine reads .xlsx/.xlsm/.xlsb/.ods/.xls (formulas give their cached values); CSV goes
through ``csvread``. Every failure becomes an ``UnusableFile`` with one clear message. Runs on
the caller's thread (a worker thread in the app).
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import python_calamine as calamine

from desktop.spreadsheets import csvread, guard
from desktop.spreadsheets.errors import UnusableFile
from desktop.spreadsheets.grid import Grid


log = logging.getLogger("dealerdesk.spreadsheets")
_PASS_THROUGH = (KeyboardInterrupt, SystemExit, GeneratorExit)


@contextmanager
def _native_quiet():
    """calamine's Rust panics (on some damaged files) print a backtrace to stderr before they become
    Python exceptions: send that to the log instead of the user's console."""
    try:
        fd = sys.stderr.fileno()
    except (AttributeError, OSError, ValueError):  # no real stderr (windowed app)
        yield
        return
    sys.stderr.flush()
    saved = os.dup(fd)
    with tempfile.TemporaryFile() as sink:
        os.dup2(sink.fileno(), fd)
        try:
            yield
        finally:
            os.dup2(saved, fd)
            os.close(saved)
            sink.seek(0)
            text = sink.read(4000)
            if text:
                log.debug("native reader said: %s", text.decode("utf-8", "replace"))


@dataclass
class SheetInfo:
    name: str
    hidden: bool = False


class Workbook:
    """A roster file opened for reading: its kind, its sheets, and ``read(sheet)``."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.kind = guard.sniff(self.path)
        self._book = None
        self.encoding = ""
        if self.kind == "csv":
            self.sheets = [SheetInfo(self.path.stem)]
            return
        if self.kind == "xlsb":
            guard.check_xlsb(self.path)
        elif self.kind == "ods":
            guard.check_ods(self.path)
        try:
            with _native_quiet():
                self._book = calamine.CalamineWorkbook.from_path(str(self.path))
                self.sheets = [
                    SheetInfo(m.name, m.visible != calamine.SheetVisibleEnum.Visible)
                    for m in self._book.sheets_metadata
                    if m.typ == calamine.SheetTypeEnum.WorkSheet
                ]
        except calamine.PasswordError:
            raise UnusableFile("roster.file.encrypted", name=self.path.name) from None
        except BaseException as err:  # calamine's errors, and Rust panics (a BaseException subclass)
            if isinstance(err, _PASS_THROUGH):
                raise
            raise UnusableFile("roster.file.damaged", name=self.path.name) from None
        if not self.sheets:
            raise UnusableFile("roster.file.empty", name=self.path.name)

    def sheet_names(self) -> list[str]:
        return [s.name for s in self.sheets]

    def read(self, name: str | None = None) -> Grid:
        """The named sheet (default: the first visible sheet with any data)."""
        if name is None:
            return self.first_nonempty()
        if name not in self.sheet_names():
            raise UnusableFile("roster.file.sheet_missing", name=self.path.name, sheet=name, sheets="、".join(self.sheet_names()))
        if self.kind == "csv":
            rows, self.encoding = csvread.read_rows(self.path)
            return Grid(name, rows=rows)
        if self.kind == "xlsx":
            guard.check_xlsx_sheet(self.path, name)
        try:
            with _native_quiet():
                sheet = self._book.get_sheet_by_name(name)
                guard.check_extent(self.path.name, name, sheet.height, sheet.width)
                start = sheet.start or (0, 0)
                grid = Grid(name, source=sheet, first_col=start[1], merged=sheet.merged_cell_ranges or ())
        except UnusableFile:
            raise
        except calamine.PasswordError:
            raise UnusableFile("roster.file.encrypted", name=self.path.name) from None
        except BaseException as err:
            if isinstance(err, _PASS_THROUGH):
                raise
            raise UnusableFile("roster.file.damaged", name=self.path.name) from None
        return grid

    def first_nonempty(self) -> Grid:
        """The first visible sheet holding any data; hidden sheets are read only when named."""
        for info in self.sheets:
            if not info.hidden:
                grid = self.read(info.name)
                if not grid.is_empty():
                    return grid
        hidden = [s.name for s in self.sheets if s.hidden]
        if hidden:
            raise UnusableFile("roster.file.only_hidden", name=self.path.name, sheets="、".join(hidden))
        raise UnusableFile("roster.file.empty", name=self.path.name)

    def close(self) -> None:
        if self._book is not None:
            self._book.close()
            self._book = None

    def __enter__(self) -> "Workbook":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def read_sheet(path: str | Path, sheet: str | None = None) -> tuple[Grid, list[SheetInfo], str]:
    """(the sheet's grid, the workbook's sheets, its kind). Raises UnusableFile."""
    with Workbook(path) as book:
        return book.read(sheet), book.sheets, book.kind


class BackgroundRead:
    """``read_sheet`` on a thread of its own. calamine parses without holding the GIL, so the
    caller can import modules and open the database meanwhile (the command line's import)."""

    def __init__(self, path: str | Path, sheet: str | None = None) -> None:
        import threading

        self.path, self.sheet = Path(path), sheet
        self._result = self._error = None
        self._thread = threading.Thread(target=self._run, name="roster-read", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._result = read_sheet(self.path, self.sheet)
        except BaseException as err:  # handed to the caller of result()
            self._error = err

    def result(self) -> tuple[Grid, list[SheetInfo], str]:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._result

