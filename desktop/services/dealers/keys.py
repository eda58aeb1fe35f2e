"""Pinyin search keys a roster import left for later, completed in the background.

A roster import stores its new dealers with empty search keys ('' in ``name_pinyin`` and
``name_initials``): computing them takes about a fifth of a big import, and nobody waits for
them — the dealer list computes the keys of any row still without them when it loads
(``dealers/listing.py``), so a new dealer is found by its pinyin as soon as the import's result is
shown. ``complete`` then stores them, a chunk per short transaction, so the next load is quick.
Keys are derived data: storing them changes neither the version nor who last changed a dealer.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import bindparam, func, select, update

from desktop.rules.dealers.search import pinyin_keys
from desktop.services.context import ServiceContext
from desktop.services.dealers.listing import DEALERS

CHUNK = 2000


def missing(ctx: ServiceContext) -> int:
    """How many dealers still have no search keys."""
    with ctx.reading() as conn:
        return conn.execute(select(func.count()).select_from(DEALERS).where(DEALERS.c.name_pinyin == "")).scalar() or 0


def complete(ctx: ServiceContext, progress: Callable[[int], bool | None] | None = None) -> int:
    """Store the keys of every dealer without them; returns how many. Worker thread; each chunk
    commits on its own (a rename saved meanwhile keeps the keys it stored: only '' is replaced).
    ``progress(done)`` returning False stops after the current chunk."""
    d = DEALERS.c
    done, after = 0, 0
    stmt = update(DEALERS).where(d.id == bindparam("b_id"), d.name_pinyin == "").values(
        name_pinyin=bindparam("b_full"), name_initials=bindparam("b_initials"))
    while True:
        with ctx.reading() as conn:
            rows = conn.execute(select(d.id, d.legal_name, d.short_name).where(d.name_pinyin == "", d.id > after)
                                .order_by(d.id).limit(CHUNK)).all()
        if not rows:
            return done
        keys = [dict(b_id=i, b_full=full, b_initials=initials)
                for i, legal, short in rows for full, initials in (pinyin_keys(legal, short or ""),)]
        with ctx.unit() as s:
            s.connection().execute(stmt, keys)
        done += len(rows)
        after = rows[-1][0]
        if progress is not None and progress(done) is False:
            return done
