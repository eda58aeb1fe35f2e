"""Helpers the negotiation services share: lookups, the stale-version check, errors.

Run on the calling thread inside the caller's unit of work; they change nothing themselves.
"""

from __future__ import annotations


from sqlalchemy.orm import Session

from desktop.persistence.models import dealers as m
from desktop.services.context import ServiceContext
from desktop.errors import NotFoundError, ServiceError


class NegNotFound(NotFoundError):
    """No such record of the negotiation area (policy version, script, …)."""

    def message(self, lang: str | None = None) -> str:
        from desktop.i18n import t

        return t("not_found", lang, kind=t(f"neg.kind.{self.kind}", lang), id=self.record_id)


class PermissionDenied(ServiceError):
    """The profile does not hold the role an action needs (e.g. approving a policy)."""


class Refused(ServiceError):
    """A business rule refuses the action (e.g. approving a rate above its cap).

    ``facts`` (worded reasons) fill the message's ``{details}`` in the language asked for.
    """

    def __init__(self, code: str, facts: list | None = None, **params):
        super().__init__(code, **params)
        self.facts = list(facts or [])

    def message(self, lang: str | None = None) -> str:
        from desktop.i18n import t

        return t(self.code, lang, **self.params, details="; ".join(f.text(lang) for f in self.facts))


def require(s: Session, model, key, kind: str):
    """The row with primary key ``key`` or NotFoundError (core kinds) / NegNotFound (this area's)."""
    row = s.get(model, key)
    if row is None:
        if kind in ("dealer", "staff", "meeting"):
            raise NotFoundError(kind, key)
        raise NegNotFound(kind, key)
    return row


def require_dealer(s: Session, dealer_id: int) -> m.Dealer:
    return require(s, m.Dealer, dealer_id, "dealer")


def touch(ctx: ServiceContext, row, *, new: bool = False) -> None:
    """Stamp who/when and force an UPDATE, so the parent's version moves when only children changed."""
    ctx.stamp(row, new=new)
    if not new:
        row.updated_at = ctx.now()


def sync_rows(ctx: ServiceContext, existing: list, wanted: list, make, fill, key=lambda w: w.id,
              row_key=lambda r: r.id) -> bool:
    """Make ``existing`` (a relationship list) match ``wanted`` records; True when anything changed.

    Rows and records pair up by ``row_key(row) == key(record)`` (ids by default); unmatched rows are
    removed, unmatched records get ``make()``; ``fill(row, record, position)`` copies fields and
    returns True on change. Rows are stamped when created or changed.
    """
    by_key = {row_key(r): r for r in existing}
    keep = {key(w) for w in wanted if key(w) is not None}
    changed = False
    for row in [r for r in existing if row_key(r) not in keep]:
        existing.remove(row)
        changed = True
    ordered = []
    for pos, w in enumerate(wanted):
        row = by_key.get(key(w)) if key(w) is not None else None
        fresh = row is None
        if fresh:
            row = make()
            ctx.stamp(row, new=True)
            changed = True
        if fill(row, w, pos):
            changed = True
            if not fresh:
                ctx.stamp(row, new=False)
        ordered.append(row)
    if [id(r) for r in existing] != [id(r) for r in ordered]:
        existing[:] = ordered
    return changed


