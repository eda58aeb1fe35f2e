"""Our advantages (优势介绍) as the branch states them, and what the brochure for one dealer is made of.

``advantages`` / ``save_advantages``: the figures the SOP names for step 4 of the negotiation, each
with its source and month (``rules.negotiation.advantages``). ``brochure_facts_in``: the brochure's
input for one dealer — those figures, our repair volume for the dealer's brands in its city, the
account manager who has been visiting it, our branch's address, phone and logo — built here so
the document never sees the dossier. Every function runs on the calling thread in its own unit of work
(or the caller's, for the ``_in`` ones); saving changes only ``branch_advantages`` and refuses a
stale copy (ConflictError).
"""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import ConflictError
from desktop.persistence.models import contracts as cm
from desktop.persistence.models import dealers as m
from desktop.persistence.models import negotiation as n
from desktop.rules.dealers.records import Dealer
from desktop.rules.negotiation import advantages as rules
from desktop.rules.negotiation.records import Advantage, BrochureFacts, RepairResource
from desktop.services.conflicts import check_version
from desktop.services.context import ServiceContext
from desktop.services.mapping import audit_of


def advantages_in(s: Session) -> list[Advantage]:
    """One record per code of ``rules.CODES``, in order; blank (version 0) when never set."""
    rows = {r.code: r for r in s.scalars(select(n.AdvantageRow))}
    return [Advantage(code, r.value, r.source, r.as_of, audit_of(r)) if (r := rows.get(code)) else Advantage(code)
            for code in rules.CODES]


def advantages(ctx: ServiceContext) -> list[Advantage]:
    with ctx.unit() as s:
        return advantages_in(s)


def save_advantages(ctx: ServiceContext, items: list[Advantage]) -> list[Advantage]:
    """Store the figures (a figure cleared is removed); RuleError '<code>.value|source|as_of',
    ConflictError when a figure changed since the caller read it."""
    cleaned = rules.validate(items)
    with ctx.write_unit() as s:
        rows = {r.code: r for r in s.scalars(select(n.AdvantageRow))}
        for a in cleaned:
            row = rows.get(a.code)
            same = (row.value, row.source, row.as_of) == (a.value, a.source, a.as_of) if row else not a.is_set
            if same:
                continue
            if row is not None:
                check_version(row, a.audit.version)
            elif a.audit.version:  # it was there when the caller read it: someone removed it meanwhile
                raise ConflictError("", None, 0)
            if not a.is_set:
                s.delete(row)
                continue
            if row is None:
                row = n.AdvantageRow(code=a.code)
                s.add(row)
                ctx.stamp(row, new=True)
            else:
                ctx.stamp(row, new=False)
            row.value, row.source, row.as_of = a.value, a.source, a.as_of
    return advantages(ctx)


def repair_for(s: Session, dealer: Dealer) -> list[RepairResource]:
    """Our repair volume for each brand the dealer sells or repairs, in its city, the latest year we have."""
    brands = list(dict.fromkeys([*dealer.brands, *dealer.brands_repaired]))
    if not brands or not dealer.city:
        return []
    rows = s.scalars(select(n.RepairResourceRow).where(n.RepairResourceRow.city == dealer.city,
                                                       n.RepairResourceRow.brand.in_(brands))
                     .order_by(n.RepairResourceRow.year.desc()))
    latest: dict[str, n.RepairResourceRow] = {}
    for r in rows:
        latest.setdefault(r.brand, r)
    return [RepairResource(r.id, r.brand, r.city, r.year, r.claim_count, r.repair_amount)
            for brand in brands if (r := latest.get(brand)) is not None and r.claim_count > 0]


def account_manager(s: Session, dealer_id: int) -> m.Staff | None:
    """The member of our staff who has visited the dealer most often (the latest visit breaks a tie),
    still with us and with a phone to print; None when nobody has been."""
    visits = s.scalars(select(m.Visit).where(m.Visit.dealer_id == dealer_id).order_by(m.Visit.visited_on.desc(), m.Visit.id.desc()))
    counts: Counter[int] = Counter()
    order: dict[int, m.Staff] = {}
    for v in visits:
        for person in v.visitors:
            if person.archived or not person.phone.strip():
                continue
            counts[person.id] += 1
            order.setdefault(person.id, person)
    if not counts:
        return None
    first = list(order)  # most recent first
    return order[max(first, key=lambda pid: (counts[pid], -first.index(pid)))]


def brochure_facts_in(s: Session, dealer: Dealer) -> BrochureFacts:
    """Everything the brochure for ``dealer`` prints besides the dealer's name and brands."""
    branch = s.get(cm.ContractBranch, 1)  # seeded by the migration; read only here
    manager = account_manager(s, dealer.id) if dealer.id else None
    facts = BrochureFacts(advantages=[a for a in advantages_in(s) if a.is_set], repair=repair_for(s, dealer))
    if manager is not None:
        facts.manager_name, facts.manager_title, facts.manager_phone = manager.name, manager.title, manager.phone
    if branch is not None:
        facts.branch_address, facts.branch_phone, facts.logo = branch.address, branch.phone, branch.logo
    return facts
