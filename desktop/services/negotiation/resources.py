"""Repair resources (送修资源): our past repair volume per brand, city and year.

The branch imports them from a workbook (xlsx, xls, ods via python-calamine; or CSV) with the
columns brand, city, year, claim count, repair amount — Chinese or English headers. A row
with the same brand, city and year replaces the stored one. All functions run on the calling
thread (a worker thread for imports) and change only the ``repair_resources`` table.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from desktop.persistence.models import negotiation as n
from desktop.persistence.sqlite_safety import refuse_live_database
from desktop.rules.errors import FieldProblem, Problems, RuleError
from desktop.rules.negotiation.records import RepairResource
from desktop.rules.text import clean, fold
from desktop.rules.units import CLAIMS
from desktop.rules.values import parse_amount, parse_count
from desktop.services.context import ServiceContext
from desktop.services.mapping import audit_of
from desktop.services.conflicts import check_version
from desktop.services.negotiation.common import require

HEADERS = {
    "brand": ("品牌", "车辆品牌", "厂牌", "brand"),
    "city": ("城市", "地市", "地区", "city"),
    "year": ("年度", "年份", "year"),
    "claim_count": ("案件数", "赔案数", "件数", "送修件数", "claim count", "claims", "claim_count"),
    "repair_amount": ("送修金额", "维修金额", "修理金额", "送修产值", "金额", "repair amount", "amount", "repair_amount"),
}


@dataclass
class ImportResult:
    added: int = 0
    updated: int = 0
    problems: list[FieldProblem] = field(default_factory=list)  # field 'row 5: year' etc.


def list_resources(ctx: ServiceContext, *, city: str = "", brand: str = "") -> list[RepairResource]:
    r = n.RepairResourceRow
    with ctx.unit() as s:
        stmt = select(r).order_by(r.city, r.brand, r.year.desc())
        if city:
            stmt = stmt.where(r.city == city)
        if brand:
            stmt = stmt.where(r.brand == brand)
        return [RepairResource(x.id, x.brand, x.city, x.year, x.claim_count, x.repair_amount, audit_of(x)) for x in s.scalars(stmt)]


def validate_resource(res: RepairResource, prefix: str = "") -> RepairResource:
    p = Problems()
    brand, city = clean(res.brand), clean(res.city)
    if not brand:
        p.add(prefix + "brand", "required")
    if not city:
        p.add(prefix + "city", "required")
    year = p.check(prefix + "year", parse_count, res.year)
    if year is not None and not 1990 <= year <= 2100:
        p.add(prefix + "year", "neg.bad_year", value=res.year)
    claims = p.check(prefix + "claim_count", lambda v: parse_count(v, CLAIMS), res.claim_count if res.claim_count not in (None, "") else 0)
    amount = p.check(prefix + "repair_amount", parse_amount, res.repair_amount)
    p.raise_if_any()
    return RepairResource(res.id, brand, city, year, claims, amount, res.audit)


def save_resource(ctx: ServiceContext, res: RepairResource) -> RepairResource:
    """Create or update one row (the same brand/city/year is refused as a duplicate)."""
    res = validate_resource(res)
    with ctx.write_unit() as s:
        other = s.scalar(select(n.RepairResourceRow).where(
            n.RepairResourceRow.brand == res.brand, n.RepairResourceRow.city == res.city, n.RepairResourceRow.year == res.year))
        if other is not None and other.id != res.id:
            raise RuleError(FieldProblem("year", "neg.duplicate_resource", {"brand": res.brand, "city": res.city, "year": res.year}))
        if res.id is None:
            row = n.RepairResourceRow()
            s.add(row)
            ctx.stamp(row, new=True)
        else:
            row = require(s, n.RepairResourceRow, res.id, "resource")
            check_version(row, res.audit.version)
            ctx.stamp(row, new=False)
        row.brand, row.city, row.year, row.claim_count, row.repair_amount = res.brand, res.city, res.year, res.claim_count, res.repair_amount
        s.flush()
        rid = row.id
    return next(x for x in list_resources(ctx) if x.id == rid)


def delete_resource(ctx: ServiceContext, resource_id: int) -> None:
    with ctx.write_unit() as s:
        s.delete(require(s, n.RepairResourceRow, resource_id, "resource"))


def _rows_of(path: Path) -> list[list]:
    if path.suffix.lower() in (".csv", ".txt"):
        raw = path.read_bytes()
        for encoding in ("utf-8-sig", "gb18030"):
            try:
                text = raw.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        else:
            raise RuleError(FieldProblem("file", "neg.unreadable_file", {"name": path.name}))
        return [row for row in csv.reader(text.splitlines())]
    from python_calamine import CalamineWorkbook

    try:
        book = CalamineWorkbook.from_path(str(path))
        return book.get_sheet_by_index(0).to_python()
    except Exception as err:  # calamine raises its own error types for corrupt or foreign files
        raise RuleError(FieldProblem("file", "neg.unreadable_file", {"name": f"{path.name} ({err})"})) from None


def _columns(header: list) -> dict[str, int]:
    wanted = {alias.lower(): key for key, aliases in HEADERS.items() for alias in aliases}
    found: dict[str, int] = {}
    for i, cell in enumerate(header):
        key = wanted.get(fold(cell).lower())
        if key and key not in found:
            found[key] = i
    missing = [k for k in HEADERS if k not in found]
    if missing:
        raise RuleError(FieldProblem("file", "neg.missing_columns", {"columns": ", ".join(HEADERS[k][0] for k in missing)}))
    return found


def import_file(ctx: ServiceContext, path: str | Path) -> ImportResult:
    """Read the first sheet; valid rows are added or replace the same brand/city/year, bad rows are reported.

    Raises RuleError when the file cannot be read or lacks a column; one transaction.
    """
    path = Path(path)
    refuse_live_database(path)  # reading it by path would release this process's locks on it
    if not path.is_file():
        raise RuleError(FieldProblem("file", "neg.unreadable_file", {"name": str(path)}))
    rows = [r for r in _rows_of(path) if any(clean(c) for c in r)]
    if not rows:
        raise RuleError(FieldProblem("file", "neg.empty_file", {"name": path.name}))
    cols = _columns(rows[0])
    result = ImportResult()
    parsed: dict[tuple, RepairResource] = {}
    for number, row in enumerate(rows[1:], start=2):
        cell = {k: (row[i] if i < len(row) else "") for k, i in cols.items()}
        try:
            res = validate_resource(RepairResource(None, cell["brand"], cell["city"], cell["year"], cell["claim_count"],
                                                   cell["repair_amount"]), prefix=f"row {number}: ")
        except RuleError as err:
            result.problems.extend(err.problems)
            continue
        parsed[(res.brand, res.city, res.year)] = res
    with ctx.write_unit() as s:
        existing = {(x.brand, x.city, x.year): x for x in s.scalars(select(n.RepairResourceRow))}
        for key, res in parsed.items():
            row = existing.get(key)
            if row is None:
                row = n.RepairResourceRow(brand=res.brand, city=res.city, year=res.year)
                ctx.stamp(row, new=True)
                s.add(row)
                result.added += 1
            elif (row.claim_count, Decimal(row.repair_amount)) != (res.claim_count, res.repair_amount):
                ctx.stamp(row, new=False)
                result.updated += 1
            row.claim_count, row.repair_amount = res.claim_count, res.repair_amount
    return result
