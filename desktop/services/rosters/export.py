"""Dealer rosters out to Excel: the dealer list (a filter or a selection), and the empty template.

Headers in the UI language, typed cells (numbers, percentages, dates), drop-downs on enumerated
columns, a notes sheet explaining each column, and key people on their own sheet — their phones
and sensitive fields only when asked. What is written imports back unchanged. Runs on the calling
thread (a worker thread in the app); writes only the target file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Callable

from sqlalchemy import Date, Float, Numeric, String, exists, select, type_coerce

from desktop.i18n import t
from desktop.persistence.models import dealers as m
from desktop.rules.dealers import records as r
from desktop.rules.dealers.uscc import make_uscc
from desktop.rules.dealers.vocab import GENDERS, PERSON_ROLES, VOCABULARIES, label
from desktop.rules.office.masking import MASK, is_masked_year
from desktop.services.context import ServiceContext
from desktop.services.rosters.values import SCALARS
from desktop.spreadsheets.columns import COLUMNS, LIST_SEPARATOR, Column
from desktop.spreadsheets.cells import CELL_LIMIT
from desktop.spreadsheets.writer import SheetWriter, Spec, new_workbook, text_sheet

ProgressFn = Callable[[int, int], "bool | None"]
PEOPLE_FIELDS = ("name", "gender", "position", "role", "phone", "notes")
# A person's phone reaches them directly: as personal as their birth year or hobbies, so out of
# the key people sheet unless the sensitive fields are asked for (issue 10).
PRIVATE_PEOPLE_FIELDS = ("phone",) + r.KeyPerson.SENSITIVE


def people_fields(sensitive: bool) -> tuple[str, ...]:
    """The key people sheet's columns after the dealer's: the personal ones only when asked."""
    plain = tuple(f for f in PEOPLE_FIELDS if sensitive or f not in PRIVATE_PEOPLE_FIELDS)
    return plain + (r.KeyPerson.SENSITIVE if sensitive else ())


class ExportCancelled(Exception):
    """The user stopped the export; no file was written."""


@dataclass
class ExportResult:
    path: Path
    dealers: int
    people: int
    cut: list[tuple[str, str]] = field(default_factory=list)  # (dealer, column) of texts longer than a cell holds

    def cut_text(self, lang: str | None = None) -> str:
        """What was cut and why it is safe, for the notes sheet and the person exporting ('' if nothing)."""
        if not self.cut:
            return ""
        where = "、".join(f"{name}（{column}）" for name, column in self.cut[:10]) + ("…" if len(self.cut) > 10 else "")
        return t("roster.cut", lang, n=len(self.cut), limit=f"{CELL_LIMIT:,}", where=where)


_LEGAL_NAME = next(i for i, c in enumerate(COLUMNS) if c.field == "legal_name")


def _specs(lang: str | None) -> list[Spec]:
    specs = []
    for c in COLUMNS:
        choices = tuple(label(c.vocab, code, lang) for code in VOCABULARIES[c.vocab] if code) if c.kind == "choice" else ()
        specs.append(Spec(c.header(lang), c.width, c.kind, choices))
    return specs


def _converter(column: Column, lang: str | None):
    """Stored value → the typed cell the roster carries (None for blank), one function per column.
    Dates may come as ISO text and numbers as floats (the export reads them without conversion)."""
    kind = column.kind
    if kind == "percent":
        return lambda v: float(v) / 100 if v is not None else None
    if kind == "amount":
        return lambda v: (int(v) if float(v).is_integer() else float(v)) if v is not None else None
    if kind == "date":
        return lambda v: (date.fromisoformat(v[:10]) if isinstance(v, str) else v) if v else None
    if kind == "choice":
        labels = {code: label(column.vocab, code, lang) for code in VOCABULARIES[column.vocab] if code}
        return lambda v: labels.get(v, v) if v else None
    if kind == "sources":
        labels = {code: label("source", code, lang) for code in VOCABULARIES["source"]}
        return lambda v: LIST_SEPARATOR.join(labels.get(x, x) for x in v) if v else None
    if kind == "list":
        return lambda v: LIST_SEPARATOR.join(v) if v else None
    if kind == "insurers":  # stored records, or the export's ready-made texts
        return lambda v: LIST_SEPARATOR.join(i if isinstance(i, str) else i.insurer + _share_text(i.share) for i in v) if v else None
    return lambda v: v if v != "" else None


def _share_text(share) -> str:
    return "" if share is None else f" {float(share):g}%"


def _export_values(s, where) -> dict[int, dict]:
    """Like roster_values.load_values, minus SQLAlchemy's date/decimal conversion of 50,000 rows
    (the converters above take the raw values); insurers come as ready text."""
    d = m.Dealer
    conn = s.connection()
    columns = []
    for f in SCALARS:
        column = getattr(d, f)
        if isinstance(column.type, Date):
            column = type_coerce(column, String())
        elif isinstance(column.type, Numeric):
            column = type_coerce(column, Float())
        columns.append(column)
    out: dict[int, dict] = {}
    for row in conn.execute(select(d.id, *columns).where(d.id.in_(where))).all():
        values = dict(zip(SCALARS, row[1:]))
        values.update(brands=[], brands_repaired=[], sources=[], insurers=[])
        out[row[0]] = values
    b, src, ins = m.DealerBrand, m.DealerSource, m.DealerInsurer
    for dealer_id, kind, brand in conn.execute(select(b.dealer_id, b.kind, b.brand).where(b.dealer_id.in_(where)).order_by(b.dealer_id, b.position)).all():
        out[dealer_id]["brands" if kind == "sold" else "brands_repaired"].append(brand)
    for dealer_id, source in conn.execute(select(src.dealer_id, src.source).where(src.dealer_id.in_(where))).all():
        out[dealer_id]["sources"].append(source)
    share = type_coerce(ins.share, Float())
    for dealer_id, insurer, value in conn.execute(select(ins.dealer_id, ins.insurer, share).where(ins.dealer_id.in_(where)).order_by(ins.dealer_id, ins.position)).all():
        out[dealer_id]["insurers"].append(insurer + _share_text(value))
    return out


def dealer_values(values: dict, lang: str | None, converters=None) -> list:
    converters = converters or [_converter(c, lang) for c in COLUMNS]
    return [fn(values[c.field]) for fn, c in zip(converters, COLUMNS)]


def _chosen(ids, city: str, brand: str, include_archived: bool):
    d = m.Dealer
    stmt = select(d.id)
    if not include_archived:
        stmt = stmt.where(d.archived.is_(False))
    if city:
        stmt = stmt.where(d.city == city)
    if brand:
        b = m.DealerBrand
        stmt = stmt.where(exists().where(b.dealer_id == d.id, b.kind == "sold", b.brand == brand))
    if ids is not None:
        stmt = stmt.where(d.id.in_(sorted(set(ids)))) if len(set(ids)) <= 900 else stmt
    return stmt


def rows_for_export(ctx: ServiceContext, *, ids=None, city: str = "", brand: str = "", include_archived: bool = False,
                    lang: str | None = None) -> tuple[list[int], list[list]]:
    """(dealer ids, one list of cell values per dealer) — what the Dealers sheet holds."""
    with ctx.unit() as s:
        stored = _export_values(s, _chosen(ids, city, brand, include_archived))
    chosen = sorted(stored) if ids is None else [i for i in sorted(set(ids)) if i in stored]
    converters = [_converter(c, lang) for c in COLUMNS]
    return chosen, [dealer_values(stored[i], lang, converters) for i in chosen]


def people_rows(ctx: ServiceContext, ids: list[int], sensitive: bool) -> list[tuple]:
    fields = people_fields(sensitive)
    kp, d = m.KeyPerson, m.Dealer
    out = []
    with ctx.unit() as s:
        wanted = set(ids)
        stmt = select(kp.dealer_id, d.legal_name, d.uscc, *[getattr(kp, f) for f in fields]).join(d, d.id == kp.dealer_id).order_by(kp.dealer_id, kp.id)
        year = fields.index("birth_year") + 2 if "birth_year" in fields else None  # after legal name and USCC
        for row in s.execute(stmt):
            if row[0] in wanted:
                values = tuple(row[1:])
                if year is not None and is_masked_year(values[year]):  # hidden from this login: as its text fields read
                    values = values[:year] + (MASK,) + values[year + 1:]
                out.append(values)
    return out


def export(ctx: ServiceContext, target: str | Path, *, ids=None, city: str = "", brand: str = "", include_sensitive: bool = False,
           include_archived: bool = False, lang: str | None = None, progress: ProgressFn | None = None) -> ExportResult:
    """Write the chosen dealers (``ids``: a selection; else every dealer matching city/brand) to ``target``."""
    target = Path(target)
    chosen, rows = rows_for_export(ctx, ids=ids, city=city, brand=brand, include_archived=include_archived, lang=lang)
    people = people_rows(ctx, chosen, include_sensitive)
    result = ExportResult(target, len(rows), len(people))
    with new_workbook(target) as book:
        sheet = SheetWriter(book, t("roster.sheet.dealers", lang), _specs(lang))
        names = [values[_LEGAL_NAME] for values in rows]  # before append turns cells into objects
        for n, values in enumerate(rows, start=1):
            sheet.append(values)
            if progress is not None and n % 5000 == 0 and progress(n, len(rows)) is False:
                raise ExportCancelled()
        sheet.finish()
        result.cut += [(names[row - 1], sheet.specs[column].header) for row, column in sheet.cut]
        people_sheet = _people_sheet(book, people, include_sensitive, lang)
        result.cut += [(people[row - 1][0], people_sheet.specs[column].header) for row, column in people_sheet.cut]
        _notes_sheet(book, lang, t("roster.notes.title", lang, date=date.today().isoformat(), user=ctx.user, n=len(rows)),
                     t("roster.notes.sensitive_in" if include_sensitive else "roster.notes.sensitive_out", lang),
                     result.cut_text(lang))
    return result


def _people_sheet(book, people: list[tuple], sensitive: bool, lang: str | None) -> SheetWriter:
    fields = people_fields(sensitive)
    widths = {"name": 10, "gender": 8, "position": 14, "role": 16, "phone": 16, "notes": 24, "birth_year": 10,
              "background": 30, "highlights": 30, "hobbies": 24}
    specs = [Spec(t("roster.col.dealer", lang), 36), Spec(t("roster.col.dealer_uscc", lang), 22)]
    specs += [Spec(t(f"field.{f}", lang), widths[f], choices=_person_choices(f, lang)) for f in fields]
    sheet = SheetWriter(book, t("roster.sheet.people", lang), specs)
    for legal_name, uscc, *values in people:
        shown = [label(f, v, lang) if f in ("gender", "role") and v else v for f, v in zip(fields, values)]
        sheet.append([legal_name, uscc or None, *[v if v not in ("", None) else None for v in shown]])
    sheet.finish()
    return sheet


def _person_choices(field_name: str, lang: str | None) -> tuple[str, ...]:
    codes = {"gender": GENDERS, "role": PERSON_ROLES}.get(field_name, ())
    return tuple(label(field_name, c, lang) for c in codes if c)


def _format_help(column: Column, lang: str | None) -> str:
    values = ""
    if column.kind == "choice":
        values = "、".join(label(column.vocab, c, lang) for c in VOCABULARIES[column.vocab] if c)
    elif column.kind == "sources":
        values = "、".join(label("source", c, lang) for c in VOCABULARIES["source"])
    text = t(f"roster.format.{column.kind}", lang, values=values)
    if column.field == "legal_name":
        text = t("roster.format.required", lang) + t("roster.format.key", lang) + text
    elif column.field == "uscc":
        text = t("roster.format.key", lang) + text
    elif column.field == "short_name":  # read like a name, but it is not the licence's full name
        text = t("roster.format.short_name", lang)
    return text


def _notes_sheet(book, lang: str | None, *preamble: str) -> None:
    lines = [[t("roster.notes.column", lang), t("roster.notes.meaning", lang), t("roster.notes.format", lang)]]
    lines += [[c.header(lang), t(f"roster.help.{c.field}", lang), _format_help(c, lang)] for c in COLUMNS]
    lines += [[""]] + [[p] for p in preamble if p]
    text_sheet(book, t("roster.sheet.notes", lang), lines, (24, 40, 70))


EXAMPLE = dict(
    legal_name="【示例】杭州宏达丰田汽车销售服务有限公司", short_name="宏达丰田", uscc=make_uscc("91330106MA2B3C4D5"), province="浙江省",
    city="杭州", district="西湖区", address="浙江省杭州市西湖区环城西路 88 号", brands=["丰田", "雷克萨斯"], main_models="凯美瑞、卡罗拉、汉兰达",
    annual_sales=2400, dealer_type="4s", founded_on=date(2012, 5, 18), contact_name="张伟", contact_phone="0571-88886666",
    sources=["association", "field"], premium_scale=Decimal("5200000"), business_structure="新车保险约占六成，续保约占四成",
    new_car_rate=Decimal("85"), renewal_rate=Decimal("62"), repair_needs="希望每月送修事故车 80 台以上", brands_repaired=["丰田"],
    entity_structure="独立法人", willingness="high", licence_no="330106000123456", licence_expiry=date(2027, 12, 31),
    insurers=[r.InsurerShare("人保财险", Decimal("60")), r.InsurerShare("平安产险", Decimal("30"))], notes="",
)


def template(target: str | Path, lang: str | None = None) -> Path:
    """An empty roster: headers, drop-downs, one example row (never imported), notes and instructions."""
    target = Path(target)
    with new_workbook(target) as book:
        sheet = SheetWriter(book, t("roster.sheet.dealers", lang), _specs(lang))
        sheet.append(dealer_values(EXAMPLE, lang))
        sheet.finish()
        _notes_sheet(book, lang)
        text_sheet(book, t("roster.sheet.instructions", lang), [[line] for line in t("roster.instructions", lang).split("\n")], (110,))
    return target

