"""Two people (two processes) writing at the same moment: every check a write depends on is made
inside the write transaction, with the write lock taken before the check — on a SQLite file and on
PostgreSQL. Each race is forced with a barrier at the point where the old code checked outside its
transaction, so without the lock it goes wrong every time, not just sometimes.
"""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from desktop.persistence.models import dealers as m
from desktop.services.context import ServiceContext
from tests.services.race_support import HOLD_TIMEOUT, START_TIMEOUT, outcome, race, wait_quietly
from tests.spreadsheets import roster_files as rf

HEAD = ["车商名称", "城市", "经营品牌"]


def _name(n: int) -> str:
    return f"第{n}号汽车销售服务有限公司"


def _roster(path, numbers) -> str:
    return str(rf.write_xlsx(path, [HEAD] + [[_name(n), "杭州", "丰田"] for n in numbers]))


def _import(ctx: ServiceContext, path: str):
    from desktop.services.rosters import read as roster_import, commit as roster_write

    return roster_write.commit(ctx, roster_import.analyse(ctx, roster_import.open_roster(ctx, path)))


def _open(url: str, user: str) -> ServiceContext:
    return ServiceContext.open(url, user, migrate=False)


# --- the workers (each runs in a fresh process) ----------------------------------------------------

def _undo_worker(shared, url: str, import_id: int, user: str):
    from desktop.services import checkpoints
    from desktop.services.rosters import history as roster_batches

    ctx = _open(url, user)
    checkpoints.install("roster.undo.checked", lambda: wait_quietly(shared.meet, HOLD_TIMEOUT))
    wait_quietly(shared.start, START_TIMEOUT)
    result = outcome(lambda: roster_batches.undo(ctx, import_id))
    ctx.dispose()
    return result


def _undo_holding_worker(shared, url: str, import_id: int):
    """Undo, stopping right after its check until the colleague has saved (or a while has passed)."""
    from desktop.services import checkpoints
    from desktop.services.rosters import history as roster_batches

    ctx = _open(url, "undoer")

    def checked():
        shared.first.set()
        wait_quietly(shared.second, HOLD_TIMEOUT)

    checkpoints.install("roster.undo.checked", checked)
    wait_quietly(shared.start, START_TIMEOUT)
    result = outcome(lambda: roster_batches.undo(ctx, import_id))
    ctx.dispose()
    return result


def _colleague_save_worker(shared, url: str, dealer_id: int):
    """A colleague who opened the dealer before the undo began, and saves while it runs."""
    from desktop.services.dealers import files as dealers

    ctx = _open(url, "colleague")
    record = dealers.get(ctx, dealer_id)
    record.notes = "同事在撤销期间补充的走访结论"
    wait_quietly(shared.start, START_TIMEOUT)
    wait_quietly(shared.first, START_TIMEOUT)
    result = outcome(lambda: dealers.save(ctx, record).audit.version)
    shared.second.set()
    ctx.dispose()
    return result


def _import_worker(shared, url: str, path: str, user: str):
    """Import, holding right after the re-check of what the preview called new until the other
    import has checked too (or a while has passed: the other one is then waiting for the lock)."""
    from desktop.services import checkpoints
    from desktop.services.rosters import read as roster_import, commit as roster_write

    ctx = _open(url, user)
    checkpoints.install("roster.commit.checked", lambda: wait_quietly(shared.meet, HOLD_TIMEOUT))
    plan = roster_import.analyse(ctx, roster_import.open_roster(ctx, path))
    wait_quietly(shared.start, START_TIMEOUT)  # both previews made: both saw none of the other's rows
    result = outcome(lambda: roster_write.commit(ctx, plan).counts)
    ctx.dispose()
    return result


# --- the races -----------------------------------------------------------------------------------

@pytest.fixture(params=["sqlite", "postgresql"])
def shared_db(request, tmp_path):
    """(url, context) of a migrated, empty database both processes open."""
    if request.param == "sqlite":
        url = "sqlite:///" + (tmp_path / "shared.sqlite3").as_posix()
        ctx = ServiceContext.open(url, "tester")
    else:
        ctx = request.getfixturevalue("pg_ctx")
        url = ctx.engine.url.render_as_string(hide_password=False)
    yield url, ctx
    ctx.dispose()


def test_two_undos_of_one_import_delete_once(shared_db, tmp_path):
    url, ctx = shared_db
    imported = _import(ctx, _roster(tmp_path / "a.xlsx", range(1, 21)))
    assert imported.counts["created"] == 20, f"the import created 20 dealers: {imported.counts}"
    results = race((_undo_worker, url, imported.import_id, "甲"), (_undo_worker, url, imported.import_id, "乙"))
    done = [r for r in results.values() if r[0] == "ok"]
    refused = [r for r in results.values() if r[0] == "error"]
    assert len(done) == 1 and done[0][1].deleted == 20, f"exactly one undo deletes the 20 dealers: {results}"
    assert len(refused) == 1 and refused[0][1] == "roster.undo.already", \
        f"the other is told the import was already undone, not '20 deleted' again: {results}"
    with ctx.unit() as s:
        assert s.scalar(select(func.count()).select_from(m.Dealer)) == 0, "the import's dealers are gone"


def test_undo_never_overwrites_a_colleague_save_made_while_it_runs(shared_db, tmp_path):
    from desktop.services.dealers import files as dealers
    from desktop.services.dealers import listing

    url, ctx = shared_db
    imported = _import(ctx, _roster(tmp_path / "a.xlsx", range(1, 21)))
    target = next(row.id for row in listing.list_rows(ctx) if row.legal_name == _name(7))
    results = race((_undo_holding_worker, url, imported.import_id), (_colleague_save_worker, url, target))
    undo, save = results["a"], results["b"]
    assert undo[0] == "ok", f"the undo ran: {results}"
    survivors = {row.id: row for row in listing.list_rows(ctx)}
    if save[0] == "ok":
        assert target in survivors and dealers.get(ctx, target).notes.startswith("同事"), \
            f"the colleague was told the save went through, so it is in the database: {results}"
        assert (target, "roster.undo.changed_since") in undo[1].kept, f"and the undo says it kept that dealer: {undo[1]}"
    else:
        assert save[1] in ("not_found", "conflict.stale"), f"the colleague is told why the save did not go through: {save}"
        assert target not in survivors, "the dealer was undone before the colleague's save could land"
    assert len(survivors) == 20 - undo[1].deleted, f"the undo's count is what it deleted: {undo[1]}, {len(survivors)} left"


def test_two_imports_of_overlapping_rosters_make_no_duplicates(shared_db, tmp_path):
    from desktop.i18n import t

    url, ctx = shared_db
    first = _roster(tmp_path / "first.xlsx", range(1, 31))
    second = _roster(tmp_path / "second.xlsx", range(21, 51))  # rows 21–30 are in both rosters
    results = race((_import_worker, url, first, "甲"), (_import_worker, url, second, "乙"))
    done = [r for r in results.values() if r[0] == "ok"]
    refused = [r for r in results.values() if r[0] == "error"]
    with ctx.unit() as s:
        names = list(s.scalars(select(m.Dealer.legal_name)))
    assert len(names) == len(set(names)), f"no dealer twice: {len(names)} rows for {len(set(names))} names"
    assert len(done) == 1 and done[0][1]["created"] == 30, f"one import goes through whole: {results}"
    assert len(refused) == 1 and refused[0][1] == "roster.conflict.taken", f"the other is refused, nothing written: {results}"
    params = refused[0][2]
    assert params["n"] == 10, f"it says how many of its dealers the other import took meanwhile: {params}"
    assert "其中 10 家" in t(refused[0][1], "zh_CN", **params), "the Chinese message gives the number, not '?'"
    assert len(names) == 30, "the refused import wrote nothing"

