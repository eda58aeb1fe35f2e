"""Import of dealers' monthly new-car sales (the base of 新车承保率) from a sheet: one row per dealer
and month — the dealer by its agency code, 统一社会信用代码 or name (matched like the policy lists,
``rules.aftersales.matching``), the month, the cars sold. As the roster import: the header row is
found below any titles and its columns mapped through aliases (the user may correct the mapping),
every row planned with its problems said per cell, nothing written until ``commit``, which writes
the accepted rows in one transaction. Calling thread (a worker in the app).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from desktop.persistence.models import aftersales as am
from desktop.persistence.models import dealers as dm
from desktop.persistence.sqlite_safety import refuse_live_database
from desktop.rules.aftersales.matching import match
from desktop.rules.aftersales.sales_rows import MATCH, SALES_FIELDS, header_names, read_month, read_units
from desktop.rules.dealers.uscc import normalise_uscc
from desktop.rules.errors import RuleError
from desktop.rules.text import clean
from desktop.services.aftersales import codes
from desktop.services.context import ServiceContext
from desktop.services.rosters.match import norm_name
from desktop.spreadsheets.cells import as_text, is_blank
from desktop.spreadsheets.errors import UnusableFile
from desktop.spreadsheets.headers import alias_table, detect, header_text, map_headers
from desktop.spreadsheets.reader import read_sheet

FIELDS = tuple(SALES_FIELDS)


@dataclass
class SalesLine:
    row: int  # as Excel numbers it
    status: str  # new, changed, unchanged, invalid, unmatched
    dealer_id: int | None = None
    dealer_name: str = ""
    month: str = ""
    units: int | None = None
    before: int | None = None  # the units stored for that dealer and month, if any
    column: str = ""  # the header of the cell at fault
    value: str = ""
    code: str = ""  # i18n message code of the problem
    params: dict = field(default_factory=dict)
    match: tuple[str, str, str] = ("", "", "")  # unmatched: the code, credit code and name the row gave

    def message(self, lang: str | None = None) -> str:
        from desktop.i18n import t

        return t(self.code, lang, **self.params) if self.code else ""


@dataclass
class SalesPlan:
    file_name: str
    sheet: str
    headers: list[str]
    mapping: list[str | None]
    rows: list[SalesLine]

    def counts(self) -> dict[str, int]:
        out = dict(new=0, changed=0, unchanged=0, invalid=0, unmatched=0)
        for row in self.rows:
            out[row.status] += 1
        return out

    def accepted(self) -> list[SalesLine]:
        return [row for row in self.rows if row.status in ("new", "changed")]

    def unmatched(self) -> list[dict]:
        """The codes, credit codes and names no dealer has, each once with its rows (as ``ListPlan.unmatched``)."""
        groups: dict[tuple[str, str, str], list[int]] = {}
        for row in self.rows:
            if row.status == "unmatched":
                groups.setdefault(row.match, []).append(row.row)
        return [dict(code=k[0], uscc=k[1], name=k[2], rows=rows) for k, rows in groups.items()]


def plan(ctx: ServiceContext, path: str | Path, mapping: list[str | None] | None = None, sheet: str | None = None) -> SalesPlan:
    """Read and plan a sales sheet (``mapping``: a field or None per column, to correct the guess;
    ``sheet``: which one, default the first visible one with data). Reads the database, writes
    nothing. Raises UnusableFile."""
    path = Path(path)
    refuse_live_database(path)
    grid, _sheets, _kind = read_sheet(path, sheet)
    table = alias_table(header_names())
    guess = detect(grid.head, table)
    if guess is None:
        raise UnusableFile("aftersales.sales.no_header", name=path.name, sheet=grid.sheet)
    headers = [header_text(v) for v in grid.head[guess.index]]
    mapping = list(mapping) if mapping is not None else map_headers(grid.head[guess.index], table)
    mapping = (mapping + [None] * len(headers))[:len(headers)]
    for needed in ("month", "units"):
        if needed not in mapping:
            raise UnusableFile("aftersales.sales.no_column", name=path.name, sheet=grid.sheet,
                               column=SALES_FIELDS[needed][0], headers="、".join(h for h in headers if h) or "—")
    if not any(f in mapping for f in MATCH):
        raise UnusableFile("aftersales.sales.no_dealer_column", name=path.name, sheet=grid.sheet)
    col = {f: mapping.index(f) for f in FIELDS if f in mapping}
    rows: list[SalesLine] = []
    with ctx.unit() as s:
        keys = codes.load_keys(s)
        stored = {(d, mo): u for d, mo, u in s.execute(select(am.NewCarSales.dealer_id, am.NewCarSales.month, am.NewCarSales.units))}
        names = {i: name for i, name in s.execute(select(dm.Dealer.id, dm.Dealer.legal_name))}
    seen: dict[tuple[int, str], int] = {}
    for n, raw in enumerate(grid.iter_rows(guess.index + 1), start=guess.index + 2):
        cell = lambda f: raw[col[f]] if f in col and col[f] < len(raw) else ""  # noqa: E731
        if all(is_blank(v) for v in raw):
            continue
        rows.append(_row(n, cell, headers, col, keys, stored, names, seen))
    if not rows:
        raise UnusableFile("aftersales.sales.no_rows", name=path.name, sheet=grid.sheet)
    return SalesPlan(path.name, grid.sheet, headers, mapping, rows)


def _row(n, cell, headers, col, keys, stored, names, seen) -> SalesLine:
    def bad(f: str, err: RuleError) -> SalesLine:
        problem = err.problems[0]
        return SalesLine(n, "invalid", column=headers[col[f]], value=as_text(cell(f)), code=problem.code, params=problem.params)

    try:
        month = read_month(cell("month"))
    except RuleError as err:
        return bad("month", err)
    try:
        units = read_units(cell("units"))
    except RuleError as err:
        return bad("units", err)
    code, name = clean(as_text(cell("code"))), clean(as_text(cell("dealer_name")))
    uscc = clean(as_text(cell("uscc")))
    if uscc:
        try:
            uscc = normalise_uscc(uscc)
        except RuleError as err:
            return bad("uscc", err)
    found = match(keys, code, uscc, name, norm_name)
    given = name or code or uscc
    if found.dealer_id is None:
        f = next((f for f in MATCH if f in col and clean(as_text(cell(f)))), next(f for f in MATCH if f in col))
        key = "aftersales.sales.ambiguous" if found.by == "ambiguous" else "aftersales.sales.no_dealer"
        return SalesLine(n, "unmatched", month=month, units=units, column=headers[col[f]], value=given, code=key,
                         params=dict(value=given or "—"), match=(code, uscc, name))
    first = seen.setdefault((found.dealer_id, month), n)
    if first != n:
        return SalesLine(n, "invalid", found.dealer_id, names.get(found.dealer_id, ""), month, units, column=headers[col["month"]],
                        value=month, code="aftersales.sales.twice", params=dict(row=first))
    before = stored.get((found.dealer_id, month))
    status = "new" if before is None else ("unchanged" if before == units else "changed")
    return SalesLine(n, status, found.dealer_id, names.get(found.dealer_id, ""), month, units, before)


def commit(ctx: ServiceContext, sales_plan: SalesPlan) -> int:
    """Write the plan's new and changed months in one transaction; returns how many."""
    rows = sales_plan.accepted()
    with ctx.write_unit() as s:
        for row in rows:
            stored = s.get(am.NewCarSales, (row.dealer_id, row.month))
            if stored is None:
                stored = am.NewCarSales(dealer_id=row.dealer_id, month=row.month, units=row.units)
                ctx.stamp(stored, new=True)
                s.add(stored)
            elif stored.units != row.units:
                stored.units = row.units
                ctx.stamp(stored, new=False)
    return len(rows)
