"""One row of a policy or claims list → its field values, or the problems of its cells (pure).

Amounts and dates go through the foundation's parsers (``rules.values``), phones through
``rules.dealers.phones``, codes through ``rules.dealers.uscc``; the words core systems write for a
line of cover (交强险/商业险), the kind of business (新车/续保/转保) and a referral flag (是/否)
are read here. A value that repeats down a column (a coverage, a business kind, a date) is read
once per list.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from decimal import Decimal

from desktop.rules.aftersales.fields import ListField, fields_of
from desktop.rules.dealers.phones import normalise_phone
from desktop.rules.dealers.uscc import normalise_uscc
from desktop.rules.errors import FieldProblem, RuleError
from desktop.rules.text import clean, fold, to_halfwidth
from desktop.rules.values import parse_amount, parse_date

COVERAGES = ("compulsory", "commercial")
BUSINESS = ("new", "renewal", "transfer")
_COVERAGE_WORDS = {"交强": "compulsory", "交强险": "compulsory", "机动车交通事故责任强制保险": "compulsory", "强制险": "compulsory",
                   "compulsory": "compulsory", "ctpl": "compulsory",
                   "商业": "commercial", "商业险": "commercial", "机动车商业保险": "commercial", "商业保险": "commercial",
                   "commercial": "commercial"}
_BUSINESS_WORDS = {"新": "new", "新车": "new", "新保": "new", "新车新保": "new", "新车业务": "new", "new": "new", "new car": "new",
                   "续": "renewal", "续保": "renewal", "续保业务": "renewal", "本司续保": "renewal", "renewal": "renewal",
                   "转": "transfer", "转保": "transfer", "转入": "transfer", "他司转入": "transfer", "转保业务": "transfer",
                   "transfer": "transfer"}
_FLAG_WORDS = {"是": True, "否": False, "y": True, "n": False, "yes": True, "no": False, "1": True, "0": False,
               "true": True, "false": False, "√": True, "送修": True, "推修": True, "非送修": False, "": False}
_SPACES = re.compile(r"[\s\-]+")
MAX_TEXT = 200
CENT = Decimal("0.01")


def _problem(name: str, code: str, value) -> FieldProblem:
    return FieldProblem(name, code, {"value": value})


def as_text(raw) -> str:
    if isinstance(raw, str):
        return raw
    if isinstance(raw, float) and raw.is_integer() and abs(raw) < 1e16:
        return str(int(raw))
    if isinstance(raw, datetime):
        return raw.date().isoformat() if raw.time() == time(0) else raw.isoformat(sep=" ")
    if isinstance(raw, date):
        return raw.isoformat()
    return "" if raw is None else str(raw)


def key_of(raw) -> str:
    """保单号/报案号/车架号 as matched: half-width, upper case, no spaces or dashes."""
    return _SPACES.sub("", to_halfwidth(as_text(raw))).upper()


def read_cell(f: ListField, raw):
    """One non-blank cell → its field value; raises RuleError."""
    kind = f.kind
    if kind == "key":
        # The usual number — ASCII letters and digits — needs no folding (a list holds 200,000 of them).
        value = raw.upper() if type(raw) is str and raw.isascii() and raw.isalnum() else key_of(raw)
        if len(value) > 60:
            raise RuleError(FieldProblem(f.name, "value.too_long", {"max": 60}))
        return value
    if kind == "plate":
        return key_of(raw)[:20]
    if kind in ("text", "code"):
        value = clean(as_text(raw))
        if len(value) > MAX_TEXT:
            raise RuleError(FieldProblem(f.name, "value.too_long", {"max": MAX_TEXT}))
        return value
    if kind == "phone":
        return normalise_phone(as_text(raw))
    if kind == "uscc":
        return normalise_uscc(as_text(raw))
    if kind == "amount":
        if type(raw) is float and 0 <= raw < 1e12:  # a number cell: what parse_amount makes of it, without the text path
            return Decimal(repr(raw)).quantize(CENT)
        return parse_amount(raw)
    if kind == "date":
        return parse_date(raw)
    words = {"coverage": _COVERAGE_WORDS, "business": _BUSINESS_WORDS, "flag": _FLAG_WORDS}[kind]
    found = words.get(fold(as_text(raw)).lower())
    if found is None:
        raise RuleError(_problem(f.name, f"aftersales.value.{kind}", as_text(raw)))
    return found


CACHED_KINDS = ("coverage", "business", "flag", "date", "code", "uscc")  # values that repeat down a column


class RowReader:
    """Reads the rows of one list with a fixed column → field mapping. Not thread-safe."""

    def __init__(self, kind: str, mapping: list[str | None]) -> None:
        self.fields = fields_of(kind)
        self.names = tuple(f.name for f in self.fields)
        by_name = {f.name: f for f in self.fields}
        self.column_of = {name: i for i, name in enumerate(mapping) if name}
        self.readers = [(i, slot, by_name[name], by_name[name].kind in CACHED_KINDS) for slot, name in enumerate(self.names)
                        if (i := self.column_of.get(name)) is not None]
        self._required = [(slot, f) for slot, f in enumerate(self.fields) if f.required]
        self._seen: dict[tuple[int, object], object] = {}
        self.blank = tuple(None if f.kind in ("amount", "date") else (False if f.kind == "flag" else "") for f in self.fields)

    def read(self, row: list) -> tuple[tuple | None, list[tuple[int | None, FieldProblem]]]:
        """The row's values in field order (blank: '' / None / False), or None and each problem
        with the column it concerns (None: a field the list has no column for)."""
        out = list(self.blank)
        problems: list[tuple[int | None, FieldProblem]] = []
        width = len(row)
        seen = self._seen
        for index, slot, f, cached in self.readers:
            raw = row[index] if index < width else ""
            if raw is None or raw == "" or (type(raw) is str and not raw.strip()):
                continue
            if cached:
                key = (slot, type(raw) is bool, raw)  # True == 1 as a key: a flag is not the number 1
                value = seen.get(key, seen)
                if value is not seen:
                    if type(value) is FieldProblem:
                        problems.append((index, value))
                    else:
                        out[slot] = value
                    continue
            try:
                value = read_cell(f, raw)
            except RuleError as err:
                found = err.problems[0]
                found = FieldProblem(f.name, found.code, found.params)
                problems.append((index, found))
                if cached and len(seen) < 50_000:
                    seen[key] = found
                continue
            if cached and len(seen) < 50_000:
                seen[key] = value
            out[slot] = value
        for slot, f in self._required:
            if out[slot] in ("", None) and not any(p.field == f.name for _i, p in problems):
                problems.append((self.column_of.get(f.name), FieldProblem(f.name, "aftersales.required",
                                                                           {"field": f.header()})))
        if problems:
            return None, problems
        return tuple(out), []


def value_of(reader: RowReader, values: tuple, name: str):
    return values[reader.names.index(name)]


def as_decimal(value) -> Decimal:
    return value if isinstance(value, Decimal) else Decimal(str(value or 0))
