"""The write units of issue 10 on the office database: two people signed in as their own logins
(row-level security, grants, history triggers all in force) race the same way as on a plain
database — the write lock is taken by each login before its check, so nothing is done twice and no
colleague's save is lost. The same workers as tests/services/rosters/test_races.py, in two processes.
"""

from __future__ import annotations

from sqlalchemy import select

from desktop.persistence.models import dealers as m
from desktop.services.dealers import files as dealers
from desktop.services.dealers import listing
from tests.services.race_support import race
from tests.services.rosters import test_races as races


def _names(ctx, numbers) -> list[str]:
    wanted = [races._name(n) for n in numbers]
    with ctx.unit() as s:
        return list(s.scalars(select(m.Dealer.legal_name).where(m.Dealer.legal_name.in_(wanted))))


def test_two_logins_undoing_one_import_delete_once(office_db, office_ctx_of, tmp_path):
    spec = office_ctx_of("spec")
    imported = races._import(spec, races._roster(tmp_path / "a.xlsx", range(5001, 5021)))
    assert imported.counts["created"] == 20, f"the specialist's import created 20 dealers: {imported.counts}"
    results = race((races._undo_worker, office_db.url("spec"), imported.import_id, ""),
                   (races._undo_worker, office_db.url("tm"), imported.import_id, ""))
    done = [r for r in results.values() if r[0] == "ok"]
    refused = [r for r in results.values() if r[0] == "error"]
    assert len(done) == 1 and done[0][1].deleted == 20, f"exactly one undo deletes the 20 dealers: {results}"
    assert len(refused) == 1 and refused[0][1] == "roster.undo.already", f"the other is told it was undone: {results}"
    assert _names(spec, range(5001, 5021)) == [], "the import's dealers are gone"


def test_two_logins_importing_overlapping_rosters_make_no_duplicates(office_db, office_ctx_of, tmp_path):
    first = races._roster(tmp_path / "first.xlsx", range(6001, 6031))
    second = races._roster(tmp_path / "second.xlsx", range(6021, 6051))  # 6021–6030 in both
    results = race((races._import_worker, office_db.url("spec"), first, ""),
                   (races._import_worker, office_db.url("tm"), second, ""))
    names = _names(office_ctx_of("tm"), range(6001, 6051))
    assert len(names) == len(set(names)), f"no dealer twice: {sorted(names)}"
    done = [r for r in results.values() if r[0] == "ok"]
    refused = [r for r in results.values() if r[0] == "error"]
    assert len(done) == 1 and done[0][1]["created"] == 30, f"one import goes through whole: {results}"
    assert len(refused) == 1 and refused[0][1] == "roster.conflict.taken" and refused[0][2]["n"] == 10, \
        f"the other is refused with the number its colleague took: {results}"
    assert len(names) == 30, "the refused import wrote nothing"


def test_an_undo_never_overwrites_a_colleague_login_saving_meanwhile(office_db, office_ctx_of, tmp_path):
    spec, tm = office_ctx_of("spec"), office_ctx_of("tm")
    imported = races._import(spec, races._roster(tmp_path / "a.xlsx", range(7001, 7021)))
    target = next(row.id for row in listing.list_rows(tm) if row.legal_name == races._name(7007))
    results = race((races._undo_holding_worker, office_db.url("spec"), imported.import_id),
                   (races._colleague_save_worker, office_db.url("tm"), target))
    undo, save = results["a"], results["b"]
    assert undo[0] == "ok", f"the undo ran: {results}"
    left = _names(tm, range(7001, 7021))
    if save[0] == "ok":
        assert races._name(7007) in left and dealers.get(tm, target).notes.startswith("同事"), \
            f"the colleague was told the save went through, so it is in the database: {results}"
        assert (target, "roster.undo.changed_since") in undo[1].kept, f"and the undo says it kept it: {undo[1]}"
    else:
        assert save[1] in ("not_found", "conflict.stale"), f"the colleague is told why: {save}"
        assert races._name(7007) not in left, "the dealer was undone before the colleague's save could land"
    assert len(left) == 20 - undo[1].deleted, f"the undo's count is what it deleted: {undo[1]}, {len(left)} left"


def test_a_login_write_unit_holds_the_write_lock_from_its_start(office_db, office_ctx_of):
    """Any app login may take the lock (no grant stands in the way), before reading anything."""
    from sqlalchemy import create_engine, text

    from desktop.persistence.locking import ADVISORY_KEY

    probe = create_engine(office_db.owner_url)

    def blocked() -> bool:
        with probe.connect() as conn:
            got = conn.execute(text("SELECT pg_try_advisory_xact_lock(:k)"), {"k": ADVISORY_KEY}).scalar()
            conn.rollback()
            return not got

    try:
        for key in ("spec", "ops", "lead"):
            ctx = office_ctx_of(key)
            assert not blocked(), "nobody holds the lock to begin with"
            with ctx.write_unit():
                assert blocked(), f"{key}'s write unit holds the lock before its first read"
            assert not blocked(), f"{key}'s commit lets go of it"
    finally:
        probe.dispose()
