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

KINDS = ("code", "name")


@dataclass
class DealerCodeLine:
    dealer_id: int
    dealer_name: str
    kind: str
    text: str


def key_for(kind: str, text: str) -> str:
    return code_key(text) if kind == "code" else norm_name(text)


def load_keys(s) -> DealerKeys:
    """Every dealer's USCC, legal and short name, and the codes and names mapped to it (one query each)."""
    keys = DealerKeys()
    for dealer_id, legal, short, uscc in s.execute(select(m.Dealer.id, m.Dealer.legal_name, m.Dealer.short_name, m.Dealer.uscc)):
        if uscc:
            keys.usccs[uscc] = dealer_id
        for name in {norm_name(legal or ""), norm_name(short or "")} - {""}:
            keys.names.setdefault(name, []).append(dealer_id)
    for dealer_id, kind, key in s.execute(select(am.DealerCode.dealer_id, am.DealerCode.kind, am.DealerCode.key)):
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
