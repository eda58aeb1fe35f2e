"""The codes and names the insurer's core system uses for our dealers: what import rows are matched
by (``rules.aftersales.matching``), and the branch's own mapping of a code or name to a dealer, made
when a person assigns an unmatched row. Each function opens its own unit of work unless given one.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from desktop.errors import NotFoundError, ServiceError
from desktop.persistence.models import aftersales as am
from desktop.persistence.models import dealers as m
from desktop.rules.aftersales.matching import DealerKeys, code_key
from desktop.rules.text import clean
from desktop.services.context import ServiceContext
from desktop.services.rosters.match import norm_name

KINDS = ("code", "uscc", "name")  # an agency/shop code, a 统一社会信用代码 the core system gives, a name


@dataclass
class DealerCodeLine:
    dealer_id: int
    dealer_name: str
    kind: str
    text: str


def key_for(kind: str, text: str) -> str:
    return norm_name(text) if kind == "name" else code_key(text)


def load_keys(s) -> DealerKeys:
    """Every dealer's USCC, legal and short name, and the codes and names mapped to it (one query each)."""
    keys = DealerKeys()
    d, c = m.Dealer.__table__.c, am.DealerCode.__table__.c  # Core: the list imports never configure the ORM's mappers
    for dealer_id, legal, short, uscc in s.execute(select(d.id, d.legal_name, d.short_name, d.uscc)):
        if uscc:
            keys.usccs[uscc] = dealer_id
        for name in {norm_name(legal or ""), norm_name(short or "")} - {""}:
            keys.names.setdefault(name, []).append(dealer_id)
    for dealer_id, kind, key in s.execute(select(c.dealer_id, c.kind, c.key)):
        if kind == "uscc":
            keys.usccs.setdefault(key, dealer_id)  # a dealer's own 统一社会信用代码 wins over a mapped one
        else:
            (keys.codes if kind == "code" else keys.mapped_names)[key] = dealer_id
    return keys


def assign(ctx: ServiceContext, dealer_id: int, kind: str, text: str) -> DealerCodeLine:
    """Map an agency/repair-shop code or a name to ``dealer_id`` (for every later import).
    Raises NotFoundError, or ServiceError('aftersales.code.taken') when it names another dealer."""
    if kind not in KINDS:
        raise ValueError(kind)
    text = clean(text)
    key = key_for(kind, text)
    if not key:
        raise ServiceError("aftersales.code.empty")
    with ctx.write_unit() as s:
        dealer = s.get(m.Dealer, dealer_id)
        if dealer is None:
            raise NotFoundError("dealer", dealer_id)
        row = s.scalar(select(am.DealerCode).where(am.DealerCode.kind == kind, am.DealerCode.key == key))
        if row is not None and row.dealer_id != dealer_id:
            other = s.get(m.Dealer, row.dealer_id)
            raise ServiceError("aftersales.code.taken", text=text, name=other.legal_name if other else "?", id=row.dealer_id)
        if row is None:
            row = am.DealerCode(dealer_id=dealer_id, kind=kind, key=key, text=text[:200])
            ctx.stamp(row, new=True)
            s.add(row)
        return DealerCodeLine(dealer_id, dealer.legal_name, kind, text)


def list_codes(ctx: ServiceContext, dealer_id: int | None = None) -> list[DealerCodeLine]:
    with ctx.unit() as s:
        q = (select(am.DealerCode.dealer_id, m.Dealer.legal_name, am.DealerCode.kind, am.DealerCode.text)
             .join(m.Dealer, m.Dealer.id == am.DealerCode.dealer_id).order_by(m.Dealer.legal_name, am.DealerCode.kind, am.DealerCode.text))
        if dealer_id is not None:
            q = q.where(am.DealerCode.dealer_id == dealer_id)
        return [DealerCodeLine(*row) for row in s.execute(q)]


def remove(ctx: ServiceContext, dealer_id: int, kind: str, text: str) -> bool:
    """Forget the mapping of ``text`` (a code, USCC or name) to ``dealer_id``; later imports no longer
    match rows by it (rows already imported keep their dealer). True if there was one."""
    key = key_for(kind, clean(text))
    with ctx.write_unit() as s:
        row = s.scalar(select(am.DealerCode).where(am.DealerCode.kind == kind, am.DealerCode.key == key,
                                                  am.DealerCode.dealer_id == dealer_id))
        if row is None:
            return False
        s.delete(row)
        return True


def replace(ctx: ServiceContext, dealer_id: int, kind: str, old: str, new: str) -> DealerCodeLine:
    """Correct a kept mapping: ``old`` forgotten and ``new`` mapped to the same dealer, or neither
    (ServiceError as ``assign``)."""
    line = assign(ctx, dealer_id, kind, new)
    if key_for(kind, clean(old)) != key_for(kind, line.text):
        remove(ctx, dealer_id, kind, old)
    return line
