"""Stored values of dealers as the roster sees them, field-level comparison, and JSON for undo.

Values use the types of ``records.Dealer``: str, int, Decimal, date, list[str], list[InsurerShare].
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.persistence.models import dealers as m
from desktop.rules.dealers import records as r
from desktop.services.rosters.match import norm_city, norm_name
from desktop.rules.text import fold
from desktop.spreadsheets.columns import FIELDS
from desktop.spreadsheets.cells import CELL_LIMIT

SCALARS = tuple(f for f in FIELDS if f not in ("brands", "brands_repaired", "sources", "insurers"))
_CHUNK = 900  # stay under SQLite's bound-parameter limit
_TRIM_SLACK = 256  # a cut cell may lose this many trailing blanks and line ends to the import's trimming


def load_values(s: Session, ids=None, *, where=None) -> dict[int, dict]:
    """field → value for each dealer (roster fields only): the given ``ids``, or every dealer whose
    id the ``where`` subquery selects (one query per table — the export's way for thousands)."""
    out: dict[int, dict] = {}
    if where is not None:
        _load_into(s, out, lambda column: column.in_(where))
        return out
    ids = sorted(set(ids or ()))
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        _load_into(s, out, lambda column: column.in_(chunk))
    return out


def _load_into(s: Session, out: dict, among) -> None:
    conn = s.connection()  # plain Core rows: the ORM's row processing would double the time
    d = m.Dealer
    columns = [getattr(d, f) for f in SCALARS]
    for row in conn.execute(select(d.id, *columns).where(among(d.id))).all():
        values = dict(zip(SCALARS, row[1:]))
        values["uscc"] = values["uscc"] or ""
        values.update(brands=[], brands_repaired=[], sources=[], insurers=[])
        out[row[0]] = values
    load_children(s, out, among)


def load_children(s: Session, out: dict, among) -> None:
    """Brands, sources and insurers into each dealer's values (``among(column)``: which dealers)."""
    conn = s.connection()
    b, src, ins = m.DealerBrand, m.DealerSource, m.DealerInsurer
    for dealer_id, kind, brand in conn.execute(select(b.dealer_id, b.kind, b.brand).where(among(b.dealer_id)).order_by(b.dealer_id, b.position)).all():
        out[dealer_id]["brands" if kind == "sold" else "brands_repaired"].append(brand)
    for dealer_id, source in conn.execute(select(src.dealer_id, src.source).where(among(src.dealer_id))).all():
        out[dealer_id]["sources"].append(source)
    terms = (ins.fee_terms, ins.repair_terms, ins.other_terms)  # kept through a roster that names the insurer again
    for dealer_id, insurer, share, *known in conn.execute(select(ins.dealer_id, ins.insurer, ins.share, *terms)
                                                          .where(among(ins.dealer_id)).order_by(ins.dealer_id, ins.position)).all():
        out[dealer_id]["insurers"].append(r.InsurerShare(insurer, share, *known))


def carry_terms(stored: list, listed: list) -> list:
    """The insurers a roster lists, each with the terms the file already knows for the same insurer
    (a roster carries names and shares only: it never erases what the team learned of the terms)."""
    known = {fold(i.insurer): i for i in stored}
    out = []
    for i in listed:
        was = known.get(fold(i.insurer))
        out.append(r.InsurerShare(i.insurer, i.share, was.fee_terms, was.repair_terms, was.other_terms) if was else i)
    return out


def same(field_name: str, before, after) -> bool:
    """Equal for the roster: name variants (有限公司/有限责任公司, brackets) and 杭州/杭州市 are no
    change, and text compares by its key — a file typing （）, full-width digits or letters where
    the stored text has (), or the other way round, changes nothing (databases written before
    text was stored as typed hold the half-width forms). Nor is a stored text longer than a cell
    holds coming back cut (``cut_from``)."""
    if before == after:
        return True
    if type(after) is str and type(before) is str and len(before) > CELL_LIMIT and cut_from(before, after):
        return True
    if field_name in ("legal_name", "short_name"):
        return norm_name(before) == norm_name(after)
    if field_name in ("province", "city", "district"):
        return norm_city(before) == norm_city(after)
    if field_name == "sources":
        return set(before) == set(after)
    if field_name == "insurers":
        return [(fold(i.insurer), i.share) for i in before] == [(fold(i.insurer), i.share) for i in after]
    if isinstance(before, str) and isinstance(after, str):
        return fold(before) == fold(after)
    if isinstance(before, list) and isinstance(after, list):
        return [fold(v) if isinstance(v, str) else v for v in before] == [fold(v) if isinstance(v, str) else v for v in after]
    return False


def cut_from(stored: str, cell: str) -> bool:
    """Whether ``cell`` is ``stored`` as a roster cell carried it: cut at CELL_LIMIT by our export or
    by Excel (then line ends made LF and the end trimmed by the import). Re-importing it must not
    shorten the stored text."""
    if not cell or len(cell) > CELL_LIMIT:
        return False
    held = _lf(stored[:CELL_LIMIT])  # what the cell held, line ends as the import reads them
    return len(cell) >= len(held) - _TRIM_SLACK and _lf(stored).startswith(cell)


def _lf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def merged(field_name: str, before, after):
    """The value an update stores: sources add up (each confirms the record), the rest replace."""
    if field_name == "sources":
        return list(before) + [s for s in after if s not in before]
    return after


def changes(stored: dict, value_of, fields) -> list[tuple[str, object, object]]:
    """(field, before, after) for each provided field whose stored value would change;
    ``value_of(field)`` gives the row's value."""
    out = []
    for f in fields:
        before = stored[f]
        after = merged(f, before, value_of(f))
        if not same(f, before, after):
            out.append((f, before, after))
    return out


def to_json(value):
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return [to_json(v) for v in value]
    if isinstance(value, r.InsurerShare):
        terms = [value.fee_terms, value.repair_terms, value.other_terms]
        return [value.insurer, to_json(value.share), *terms] if any(terms) else [value.insurer, to_json(value.share)]
    return value


def from_json(field_name: str, value):
    if value is None:
        return None
    if field_name in ("founded_on", "licence_expiry"):
        return date.fromisoformat(value)
    if field_name in ("premium_scale", "new_car_rate", "renewal_rate"):
        return Decimal(value)
    if field_name == "insurers":
        return [r.InsurerShare(name, Decimal(share) if share is not None else None, *terms) for name, share, *terms in value]
    return value


def show(field_name: str, value, lang: str | None = None) -> str:
    """A field value as the preview and messages show it (vocabulary codes as their labels)."""
    from desktop.rules.dealers.vocab import label

    if value is None or value == "" or value == []:
        return ""
    if field_name in ("dealer_type", "willingness"):
        return label(field_name, value, lang)
    if field_name == "sources":
        return "、".join(label("source", v, lang) for v in value)
    if isinstance(value, list):
        return "、".join(show(field_name, v, lang) for v in value)
    if isinstance(value, r.InsurerShare):
        return value.insurer + (f" {value.share.normalize():f}%" if value.share is not None else "")
    if isinstance(value, Decimal):
        return f"{value.normalize():f}"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
