"""Writing rosters with openpyxl's write-only mode: styled header, frozen and filtered, typed cells,
drop-down lists, and text that Excel or WPS can never take for a formula.

A text cell starting with ``= + - @``, a tab or a carriage return is written as an explicit string
with Excel's quote prefix, so it shows literally and stays literal even when edited. The file is
written beside its target and moved into place only when complete. Runs on the caller's thread.
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from desktop.spreadsheets.cells import CELL_LIMIT
from desktop.files import replacing

RISKY_STARTS = ("=", "+", "-", "@", "\t", "\r")
PERCENT_FORMAT = "0.00%"
HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
PROBLEM_FILL = PatternFill("solid", fgColor="FFC7CE")
WRAP = Alignment(wrap_text=True, vertical="top")


@dataclass
class Spec:
    """One written column: header text, width, kind ('text', 'percent', …) and drop-down choices."""

    header: str
    width: int = 14
    kind: str = "text"
    choices: tuple[str, ...] = ()


def is_risky(text: str) -> bool:
    return text.startswith(RISKY_STARTS)


def cell_text(text: str) -> str:
    """``text`` as a cell can hold it: without the control characters Excel's XML cannot carry
    (openpyxl would refuse the whole export with IllegalCharacterError). The rules refuse them on
    save and import; this keeps an export working over whatever an older version stored."""
    return ILLEGAL_CHARACTERS_RE.sub("", text)


class SheetWriter:
    """Appends rows to one write-only sheet; ``finish`` adds the autofilter and drop-downs."""

    def __init__(self, book: Workbook, title: str, specs: list[Spec], *, filtered: bool = True) -> None:
        self.ws = book.create_sheet(title[:31])
        self.specs = specs
        self.rows = 0
        self.cut: list[tuple[int, int]] = []  # (data row from 1, column from 0) of texts cut to CELL_LIMIT
        self.filtered = filtered
        self._percent = [i for i, s in enumerate(specs) if s.kind == "percent"]
        for i, spec in enumerate(specs, start=1):
            self.ws.column_dimensions[get_column_letter(i)].width = spec.width
        self.ws.freeze_panes = "A2"
        header = []
        for spec in specs:
            cell = self.text_cell(spec.header)
            cell.font, cell.fill = HEADER_FONT, HEADER_FILL
            header.append(cell)
        self.ws.append(header)

    def text_cell(self, text: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.ws, cell_text(text)[:CELL_LIMIT])
        if is_risky(text):
            cell.data_type = "s"  # never a formula
            cell.quotePrefix = True
        return cell

    def append(self, values: list) -> None:
        """Values as Python types: str, int, float, Decimal, date; percentages as fractions (0.85).
        Texts lose what a cell cannot hold (``cell_text``), and one longer than CELL_LIMIT is cut
        here and noted in ``cut`` — not by Excel, silently, when someone opens the file."""
        joined = "\n".join(v for v in values if type(v) is str)  # one scan of the row: almost always nothing to do
        if len(joined) > CELL_LIMIT or ILLEGAL_CHARACTERS_RE.search(joined):
            values = [self._fit(v, i) if type(v) is str else v for i, v in enumerate(values)]
        for i in self._percent:
            if values[i] is not None:
                cell = WriteOnlyCell(self.ws, values[i])
                cell.number_format = PERCENT_FORMAT
                values[i] = cell
        for i, value in enumerate(values):
            if type(value) is str and value and value[0] in "=+-@\t\r":
                values[i] = self.text_cell(value)
        self.ws.append(values)
        self.rows += 1

    def _fit(self, text: str, column: int) -> str:
        text = cell_text(text)
        if len(text) > CELL_LIMIT:
            self.cut.append((self.rows + 1, column))
            text = text[:CELL_LIMIT]
        return text

    def append_cells(self, cells: list) -> None:
        """A row of ready-made cells (error reports style their own)."""
        self.ws.append(cells)
        self.rows += 1

    def finish(self) -> None:
        last = self.rows + 1
        if self.filtered:
            self.ws.auto_filter.ref = f"A1:{get_column_letter(len(self.specs))}{last}"
        for i, spec in enumerate(self.specs, start=1):
            if spec.choices:
                formula = '"' + ",".join(c.replace('"', "'") for c in spec.choices) + '"'
                if len(formula) <= 255:
                    dv = DataValidation(type="list", formula1=formula, allow_blank=True, showDropDown=False)
                    letter = get_column_letter(i)
                    dv.add(f"{letter}2:{letter}{max(last, 2) + 1000}")
                    self.ws.data_validations.append(dv)


def text_sheet(book: Workbook, title: str, lines: list[list[str]], widths: tuple[int, ...]) -> None:
    """A small explanatory sheet (notes, instructions): wrapped text, first row bold."""
    ws = book.create_sheet(title[:31])
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    for n, line in enumerate(lines):
        cells = []
        for text in line:
            cell = WriteOnlyCell(ws, cell_text(text) if isinstance(text, str) else text)
            if is_risky(text):
                cell.data_type, cell.quotePrefix = "s", True
            cell.alignment = WRAP
            if n == 0:
                cell.font = HEADER_FONT
            cells.append(cell)
        ws.append(cells)


@contextmanager
def new_workbook(target: str | Path) -> Iterator[Workbook]:
    """A write-only workbook saved to ``target`` atomically when the block ends without error."""
    book = Workbook(write_only=True)
    with replacing(target) as tmp:
        yield book
        book.save(tmp)
