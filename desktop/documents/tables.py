"""Tables that never overflow: every cell is a wrapping paragraph, widths are shares of the line.

``data_table`` repeats its header row on each page, keeps zebra rows, and splits a row that
is taller than a page (a 5,000-character note) instead of failing the layout.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from reportlab.platypus import Flowable, Table, TableStyle

from desktop.documents.column_fit import fit_widths
from desktop.documents.fonts import register
from desktop.documents.styles import BODY_HEIGHT, CONTENT_WIDTH, Palette, Styles, align, facts_style, figures_style, grid_style
from desktop.documents.text import DASH, para

Cell = str | Flowable | None


class DeskTable(Table):
    """A table that defaults its cells to the bundled font and splits a row only when it must.

    ReportLab's default cell font would put a non-embedded Helvetica into the PDF even when
    every cell holds a paragraph. And with in-row splitting on, ReportLab splits a row that
    merely does not fit the rest of the page — after repeating the header right there —
    instead of moving it to the next page; here a row is split only when it is taller than
    a whole page (a 5,000-character note), so ordinary rows stay whole.
    """

    frame_height = BODY_HEIGHT  # the tallest space a row can ever get

    def __init__(self, data, *args, style=None, **kwargs):
        super().__init__(data, *args, **kwargs)
        if not kwargs.get("normalizedData"):  # split parts inherit their cell styles
            self.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), register(), 9)]))
        if style is not None:
            self.setStyle(style)

    def split(self, availWidth, availHeight):  # noqa: N803 (ReportLab's names)
        self._calc(availWidth, availHeight)
        if self.splitByRow:
            parts = self._splitRows(availHeight, doInRowSplit=False)
            if parts:
                return parts
        if self.splitInRow and self._row_taller_than_page(availHeight):
            return self._splitRows(availHeight, doInRowSplit=True)
        return []

    def _row_taller_than_page(self, avail_height: float) -> bool:
        first_out = self._getFirstPossibleSplitRowPosition(avail_height)
        if first_out >= len(self._rowHeights):
            return False
        repeat = self.repeatRows if isinstance(self.repeatRows, int) else len(self.repeatRows)
        header = sum(self._rowHeights[:repeat])
        return self._rowHeights[first_out] > self.frame_height - header - 2


@lru_cache(maxsize=8)
def table_class(frame_height: float) -> type[DeskTable]:
    """DeskTable for frames of another height (landscape pages); split parts keep the class."""
    if abs(frame_height - BODY_HEIGHT) < 0.5:
        return DeskTable
    return type(f"DeskTable{int(frame_height)}", (DeskTable,), {"frame_height": frame_height})


def band(color=Palette.navy, height: float = 3, total_width: float = CONTENT_WIDTH) -> Table:
    """A solid rule across the page (covers)."""
    return DeskTable([[""]], colWidths=[total_width], rowHeights=[height],
                     style=TableStyle([("BACKGROUND", (0, 0), (-1, -1), color)]))


def widths(shares: Sequence[float], total: float = CONTENT_WIDTH) -> list[float]:
    """Column widths from relative shares, filling ``total`` exactly."""
    whole = float(sum(shares))
    return [total * s / whole for s in shares]


def _cell(value: Cell, style, placeholder: str = DASH) -> Flowable:
    if isinstance(value, Flowable):
        return value
    return para(value, style, placeholder=placeholder)


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    shares: Sequence[float],
    st: Styles,
    *,
    numeric: Sequence[int] = (),
    highlight_rows: Sequence[int] = (),
    total_width: float = CONTENT_WIDTH,
    small: bool = False,
    frame_height: float = BODY_HEIGHT,
) -> Table:
    """A data table. ``highlight_rows`` are indices into ``rows`` (the header is not counted)."""
    body_style = st.cell_small if small else st.cell
    right = align(st.cell_head, "right")
    data = [[_cell(h, right if i in numeric else st.cell_head, "") for i, h in enumerate(header)]]
    for row in rows:
        data.append([_cell(v, st.cell_num if i in numeric else body_style) for i, v in enumerate(row)])
    table = table_class(frame_height)(
        data,
        colWidths=fit_widths(widths(shares, total_width), header, rows, body_style.fontName, body_style.fontSize,
                             st.cell_head.fontSize),
        repeatRows=1,
        splitByRow=1,
        splitInRow=1,
        hAlign="LEFT",
        style=grid_style(highlight_rows=tuple(r + 1 for r in highlight_rows)),
    )
    return table


def facts_table(
    pairs: Sequence[tuple[str, Cell]],
    st: Styles,
    *,
    columns: int = 2,
    label_share: float = 0.36,
    total_width: float = CONTENT_WIDTH,
) -> Table:
    """Label/value pairs laid out ``columns`` pairs to a row; a pair whose label is '' spans the row."""
    value_share = 1.0 - label_share
    shares = [label_share, value_share] * columns
    data: list[list[Flowable | str]] = []
    spans: list[tuple] = []
    row: list[Flowable | str] = []
    for label, value in pairs:
        if label == "" and columns > 1:  # a full-width value (long text)
            if row:
                row += [""] * (2 * columns - len(row))
                data.append(row)
                row = []
            data.append([_cell(value, st.cell)] + [""] * (2 * columns - 1))
            spans.append(("SPAN", (0, len(data) - 1), (-1, len(data) - 1)))
            continue
        row += [para(label, st.cell_label), _cell(value, st.cell)]
        if len(row) == 2 * columns:
            data.append(row)
            row = []
    if row:
        row += [""] * (2 * columns - len(row))
        data.append(row)
    style = facts_style(columns)
    for cmd in spans:
        style.add(*cmd)
        style.add("BACKGROUND", cmd[1], cmd[2], "white")
    return DeskTable(data, colWidths=widths(shares, total_width), splitByRow=1, splitInRow=1, hAlign="LEFT", style=style)


def figures_strip(items: Sequence[tuple[str, str]], st: Styles, *, total_width: float = CONTENT_WIDTH) -> Table:
    """Key figures side by side: a large value over a small label, e.g. ("86.5%", "新车承保率")."""
    cells = [[para(value, st.figure, placeholder=DASH), para(label, st.figure_label)] for value, label in items]
    return DeskTable([cells], colWidths=widths([1] * len(items), total_width), hAlign="LEFT",
                 style=figures_style(len(items)))


def callout(content: Sequence[Flowable], *, background=Palette.highlight, rule=Palette.highlight_rule,
            total_width: float = CONTENT_WIDTH) -> Table:
    """A boxed note with a coloured bar on its left: the holder's scope, a warning, a bottom line."""
    return DeskTable([[list(content)]], colWidths=[total_width], hAlign="LEFT", splitByRow=1, splitInRow=1, style=TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), background),
        ("LINEBEFORE", (0, 0), (0, -1), 3, rule),
        ("LEFTPADDING", (0, 0), (-1, -1), 10),
        ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ]))
