"""Strategy (SOP step 5) and the branch-wide script library (话术库).

A dealer's strategy — decision-maker analysis, cooperation model, common interests, bottom
lines, its own scripts — is saved as one record with a stale-copy check. Library scripts can
be searched by words and tags, copied into a dossier, and improved from a dossier. Every
function runs on the calling thread in its own unit of work.
"""

from __future__ import annotations

from sqlalchemy import select

from desktop.persistence.models import negotiation as n
from desktop.rules.negotiation.checks import normalise_tags, validate_script, validate_strategy
from desktop.rules.negotiation.records import BottomLine, DossierScript, Script, Strategy
from desktop.rules.dealers.search import filter_indices, haystack, normalise_query, pinyin_keys
from desktop.services.context import ServiceContext
from desktop.errors import ConflictError
from desktop.services.mapping import audit_of
from desktop.services.negotiation.common import NegNotFound, require, require_dealer, sync_rows, touch
from desktop.services.mapping import assign
from desktop.services.conflicts import check_version, stale_guard


def strategy_record(dealer_id: int, row: n.StrategyRow | None) -> Strategy:
    if row is None:
        return Strategy(dealer_id=dealer_id)
    return Strategy(
        dealer_id, row.cooperation_model, row.model_content, row.decision_analysis, row.common_interests,
        [BottomLine(b.id, b.item, b.direction, b.value, b.unit, b.note) for b in row.bottom_lines],
        [DossierScript(x.id, x.library_id, x.situation, x.script, list(x.tags or [])) for x in row.scripts],
        audit_of(row),
    )


def get_strategy(ctx: ServiceContext, dealer_id: int) -> Strategy:
    """The dealer's strategy; an empty one (version 0) before the first save."""
    with ctx.unit() as s:
        require_dealer(s, dealer_id)
        return strategy_record(dealer_id, s.get(n.StrategyRow, dealer_id))


def save_strategy(ctx: ServiceContext, st: Strategy) -> Strategy:
    """Save everything of step 5 at once; RuleError (bottom_lines[i].value …), ConflictError when stale."""
    models = list(ctx_models(ctx))
    clean = validate_strategy(st, models)
    with stale_guard(ctx, n.StrategyRow, st.dealer_id), ctx.write_unit() as s:
        require_dealer(s, st.dealer_id)
        row = s.get(n.StrategyRow, st.dealer_id)
        new = row is None
        if new:
            if st.audit.version:
                raise ConflictError("?", None, 0)
            row = n.StrategyRow(dealer_id=st.dealer_id)
            s.add(row)
        else:
            check_version(row, st.audit.version)
        s.autoflush = False  # one UPDATE of the strategy row, whatever its children do
        linked_before = {x.library_id for x in row.scripts if x.library_id}
        changed = assign(row, cooperation_model=clean.cooperation_model, model_content=clean.model_content,
                         decision_analysis=clean.decision_analysis, common_interests=clean.common_interests)
        changed |= sync_rows(ctx, row.bottom_lines, clean.bottom_lines, n.BottomLineRow, lambda r, b, pos: assign(
            r, item=b.item, direction=b.direction, value=b.value, unit=b.unit, note=b.note, position=pos))
        changed |= sync_rows(ctx, row.scripts, clean.scripts, n.DossierScriptRow, lambda r, x, pos: assign(
            r, library_id=x.library_id, situation=x.situation, script=x.script, tags=x.tags, position=pos))
        if new or changed:
            touch(ctx, row, new=new)
        for lib_id in {x.library_id for x in clean.scripts if x.library_id} - linked_before:
            lib = s.get(n.ScriptRow, lib_id)
            if lib is not None:  # a script newly copied from the library counts as one use
                lib.uses += 1
                ctx.stamp(lib, new=False)
    return get_strategy(ctx, st.dealer_id)


def ctx_models(ctx: ServiceContext) -> list[str]:
    """Codes of the cooperation models a strategy may choose (active ones)."""
    with ctx.unit() as s:
        return list(s.scalars(select(n.CooperationModelRow.code).where(n.CooperationModelRow.active.is_(True))))


# --- the library --------------------------------------------------------------------------------
def _script(row: n.ScriptRow) -> Script:
    return Script(row.id, row.situation, row.script, list(row.tags or []), row.uses, audit_of(row))


def search_scripts(ctx: ServiceContext, text: str = "", tags: list[str] | None = None) -> list[Script]:
    """Library scripts matching every word (also pinyin) and carrying every tag, most used first."""
    with ctx.unit() as s:
        rows = [_script(r) for r in s.scalars(select(n.ScriptRow).order_by(n.ScriptRow.uses.desc(), n.ScriptRow.id))]
    wanted = set(normalise_tags(tags or []))
    rows = [r for r in rows if wanted <= set(r.tags)]
    words = normalise_query(text)
    if not words:
        return rows
    hay = [haystack(r.situation, r.script, " ".join(r.tags), *pinyin_keys(r.situation)) for r in rows]
    return [rows[i] for i in filter_indices(words, hay)]


def all_tags(ctx: ServiceContext) -> list[str]:
    """Every tag in the library, most frequent first."""
    from collections import Counter

    counts: Counter = Counter()
    for script in search_scripts(ctx):
        counts.update(script.tags)
    return [tag for tag, _ in counts.most_common()]


def save_script(ctx: ServiceContext, script: Script) -> Script:
    """Create or update a library entry; RuleError situation/script, ConflictError when stale."""
    clean = validate_script(script)
    with stale_guard(ctx, n.ScriptRow, script.id), ctx.write_unit() as s:
        if clean.id is None:
            row = n.ScriptRow(uses=0)
            s.add(row)
            ctx.stamp(row, new=True)
        else:
            row = require(s, n.ScriptRow, clean.id, "script")
            check_version(row, clean.audit.version)
            ctx.stamp(row, new=False)
        row.situation, row.script, row.tags = clean.situation, clean.script, clean.tags
        s.flush()
        return _script(row)


def delete_script(ctx: ServiceContext, script_id: int) -> None:
    """Remove from the library; dossiers keep their copies."""
    with ctx.write_unit() as s:
        s.delete(require(s, n.ScriptRow, script_id, "script"))


def copy_to_dossier(ctx: ServiceContext, dealer_id: int, script_id: int, version: int) -> Strategy:
    """Append a library script to the dealer's strategy and save it (``version``: the strategy's, 0 before
    its first save). Saving counts the use; a window may instead append the copy itself and save later."""
    st = get_strategy(ctx, dealer_id)
    if st.audit.version != version:
        raise ConflictError(st.audit.updated_by, st.audit.updated_at, st.audit.version)
    with ctx.unit() as s:
        lib = require(s, n.ScriptRow, script_id, "script")
        st.scripts.append(DossierScript(None, lib.id, lib.situation, lib.script, list(lib.tags or [])))
    return save_strategy(ctx, st)


def improve_library(ctx: ServiceContext, dealer_id: int, dossier_script_id: int) -> Script:
    """Write a dossier script back to the library: update its source entry, or add it as a new entry."""
    st = get_strategy(ctx, dealer_id)
    mine = next((x for x in st.scripts if x.id == dossier_script_id), None)
    if mine is None:
        raise NegNotFound("script", dossier_script_id)
    with ctx.unit() as s:
        lib = s.get(n.ScriptRow, mine.library_id) if mine.library_id else None
        current = _script(lib) if lib is not None else Script()
    improved = save_script(ctx, Script(current.id, mine.situation, mine.script,
                                       normalise_tags(current.tags + mine.tags), current.uses, current.audit))
    if mine.library_id != improved.id:
        mine.library_id = improved.id
        save_strategy(ctx, st)
    return improved
