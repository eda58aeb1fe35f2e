"""The one-pass import (roster_pipeline.import_roster) plans and writes exactly what analyse-then-commit
would, and when it fails — strict, cancelled, a bad file, a stale plan, a code taken meanwhile — writes
nothing, leaves the database usable and no writer thread behind.
"""

from __future__ import annotations

from dataclasses import replace

import csv
import os
import random
import shutil
import threading
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from desktop.persistence import models as m
from desktop.persistence import roster_models as rm
from desktop.persistence.migrate import upgrade
from desktop.rules import records as r
from desktop.services import dealers, roster_import, roster_pipeline, roster_write
from desktop.services.context import ServiceContext
from desktop.services.errors import ServiceError
from desktop.services.roster_match import load_index
from desktop.spreadsheets.errors import UnusableFile
from tests.spreadsheets import roster_files as rf

HEAD = ["车商名称", "简称", "统一社会信用代码", "省份", "城市", "区县", "经营品牌", "年新车销量", "成立日期", "联系电话",
        "摸底来源", "新车承保率（%）", "现合作保险公司及份额", "承修品牌", "备注"]
CITIES = [("浙江省", "杭州", "西湖区", "330100"), ("浙江省", "宁波", "海曙区", "330200"), ("江苏省", "苏州", "姑苏区", "320500")]
BRANDS = ["丰田", "本田", "大众", "宝马", "奔驰"]
POOL = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥金木水火土梅兰竹菊松柏"  # no trade words, legal forms or places
STORED = 600  # dealers in the seeded database: numbers 0..599
AMBIGUOUS = "杭州双胞胎汽车有限公司"  # two stored dealers share this name and city
MANY = 11_000  # rows of the big roster: three planning chunks


def trade(n: int) -> str:
    out = ""
    for _ in range(3):
        n, rem = divmod(n, len(POOL))
        out += POOL[rem]
    return out


def name(n: int, form: str = "汽车销售服务有限公司") -> str:
    return f"{CITIES[n % 3][1]}{trade(n)}{BRANDS[n % 5]}{form}"


def has_code(n: int) -> bool:
    return n % 2 == 0


def code(n: int) -> str:
    return rf.uscc(n + 1, CITIES[n % 3][3])


def row(n: int, *, legal: str | None = None, uscc: str | None = None, notes: str = "", full: bool = True) -> list[str]:
    """Dealer number ``n`` as a roster row (``full``: every column filled, else name, code and city)."""
    province, city, district, _division = CITIES[n % 3]
    legal = name(n) if legal is None else legal
    uscc = (code(n) if has_code(n) else "") if uscc is None else uscc
    if not full:
        return [legal, "", uscc, "", city, "", "", "", "", "", "", "", "", "", notes]
    brands = "、".join(BRANDS[(n + k) % 5] for k in range(1 + n % 2))
    insurers = ["", "人保财险 60%", "人保财险 50%、平安产险 30%"][n % 3]
    sources = ["协会", "网络、协会", ""][n % 3]
    return [legal, f"{trade(n)}{BRANDS[n % 5]}" if n % 4 == 0 else "", uscc, province, city, district, brands,
            str(300 + n % 900), f"20{n % 20:02d}-0{1 + n % 9}-1{n % 9}", f"138{n % 100_000_000:08d}", sources,
            f"{50 + n % 50}%", insurers, BRANDS[(n + 2) % 5] if n % 3 == 0 else "", notes]


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows([HEAD, *rows])
    return path


def messy_rows(new: int, seed: int = 5) -> list[list[str]]:
    """Rows of every kind, shuffled so that related rows land in different chunks."""
    rows = [row(n, notes=f"更新{n}") for n in range(0, 150)]  # stored dealers, changed (notes, and more)
    rows += [row(n, full=False) for n in range(150, 300)]  # stored dealers, nothing new: unchanged
    rows += [row(n, legal=name(n, "汽车有限公司"), full=False) for n in range(300, 340, 2)]  # found by code, renamed
    rows += [row(n, uscc="", full=False) for n in range(300, 320, 2)]  # the same dealers by their old names: claimed twice
    rows += [row(n) for n in range(10_000, 10_000 + new)]  # new dealers
    rows += [row(n, legal=name(n + 1)) for n in range(10_000, 10_040, 2)]  # a code already in the file
    rows += [row(n, uscc="") for n in range(10_001, 10_041, 2)]  # a name already in the file
    rows += [row(n, notes="again") for n in range(0, 20)]  # a stored dealer's row repeated
    rows += [row(n, legal=name(n, "汽车服务有限公司"), uscc="") for n in range(401, 441, 2)]  # near a stored dealer
    rows += [row(n, legal=name(n, "汽车服务有限公司"), uscc="") for n in range(10_003, 10_043, 2)]  # near a row in the file
    rows += [row(n, uscc=code(n + 1000)) for n in range(500, 520, 2)]  # a stored name with another code
    rows += [row(n, legal=AMBIGUOUS, uscc="") for n in (3, 9)]  # two stored dealers answer to this name
    bad = [row(n) for n in range(20_000, 20_040)]
    for k, cells in enumerate(bad):
        cells[[9, 2, 7, 10][k % 4]] = ["12345", "bad", "很多", "火星"][k % 4]
    bad[0][0] = ""
    rows += bad
    random.Random(seed).shuffle(rows)
    return [["制表人：张三"], *rows[:100], [""] * len(HEAD), *rows[100:]]


def seed(ctx: ServiceContext, tmp: Path) -> None:
    """STORED dealers from a roster (full rows), and two that share a name in one city."""
    path = write_csv(tmp / "seed.csv", [row(n) for n in range(STORED)])
    roster_write.commit(ctx, roster_import.analyse(ctx, roster_import.open_roster(ctx, path)))
    for phone in ("0571-88886666", "0571-88887777"):
        dealers.save(ctx, r.Dealer(legal_name=AMBIGUOUS, city="杭州", contact_phone=phone))


@pytest.fixture(scope="module")
def seeded(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("pipeline")
    path = folder / "seeded.sqlite3"
    ctx = ServiceContext.open("sqlite:///" + path.as_posix(), "seeder")
    seed(ctx, folder)
    ctx.dispose()
    return path


@pytest.fixture(scope="module")
def big_roster(tmp_path_factory) -> Path:
    return write_csv(tmp_path_factory.mktemp("big") / "big.csv", messy_rows(MANY))


@pytest.fixture
def copies(seeded, tmp_path):
    """Two private copies of the seeded database: (one-pass, analyse-then-commit)."""
    out = []
    for label in ("one-pass", "two-step"):
        shutil.copy(seeded, tmp_path / f"{label}.sqlite3")
        out.append(ServiceContext.open("sqlite:///" + (tmp_path / f"{label}.sqlite3").as_posix(), "tester"))
    yield out
    for ctx in out:
        ctx.dispose()


def dump(ctx: ServiceContext) -> dict[str, list[tuple]]:
    """Everything an import writes, in a stable order (instants of writing and surrogate child ids left out)."""
    tables = [(m.Dealer, {"created_at", "updated_at"}), (m.DealerBrand, set()), (m.DealerSource, set()),
              (m.DealerInsurer, {"id"}), (rm.RosterImport, {"imported_at"}), (rm.RosterImportRow, set()),
              (rm.RosterMapping, {"updated_at"})]
    out = {}
    with ctx.unit() as s:
        for model, skip in tables:
            columns = [c for c in model.__table__.c if c.name not in skip]
            out[model.__tablename__] = [tuple(x) for x in s.execute(select(*columns).order_by(*columns)).all()]
    return out


def first_difference(a: dict, b: dict) -> str:
    for table in a:
        if a[table] != b[table]:
            pairs = [(x, y) for x, y in zip(a[table], b[table]) if x != y]
            return f"{table}: {len(a[table])} vs {len(b[table])} rows; first differing pair {pairs[:1]}"
    return "no difference"


def two_step(ctx: ServiceContext, path: Path, mode: str):
    plan = roster_import.analyse(ctx, roster_import.open_roster(ctx, path), mode)
    return plan, roster_write.commit(ctx, plan)


def count(ctx: ServiceContext, model=m.Dealer) -> int:
    with ctx.unit() as s:
        return s.scalar(select(func.count()).select_from(model))


def writers() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name == "roster-import"]


def spy_writes(monkeypatch) -> threading.Event:
    """Set once the import has written new dealers (inside its transaction)."""
    written = threading.Event()
    for method in ("write", "insert_new"):
        original = getattr(roster_write.RosterTransaction, method)

        def spy(self, *args, _original=original):
            _original(self, *args)
            written.set()

        monkeypatch.setattr(roster_write.RosterTransaction, method, spy)
    return written


def assert_same(one_pass, plan, result, a: ServiceContext, b: ServiceContext) -> None:
    assert one_pass.result is not None, "a non-strict import always writes"
    assert one_pass.result.counts == result.counts, f"counts {one_pass.result.counts} vs {result.counts}"
    written = [p for p in one_pass.plan.rows if p.status == "new"]
    assert all(p.values is None for p in written), "a one-pass plan keeps no values of the rows it wrote"
    wizard = [replace(p, values=None) if p.status == "new" else p for p in plan.rows]
    assert one_pass.plan.rows == wizard, "every planned row identical: status, values (but of rows written), matched dealer, changes, problems"
    assert (one_pass.plan.skipped, one_pass.plan.sha256, one_pass.plan.sheet, one_pass.plan.mapping) == \
        (plan.skipped, plan.sha256, plan.sheet, plan.mapping), "skipped lines, digest, sheet and mapping identical"
    assert one_pass.result.import_id == result.import_id, "the batch gets the same id"
    left, right = dump(a), dump(b)
    assert left == right, f"the databases differ: {first_difference(left, right)}"
    assert writers() == [], "no writer thread left running"


@pytest.mark.parametrize("fast", [True, False], ids=["sqlite-fast", "portable"])
@pytest.mark.parametrize("mode", roster_import.MODES)
def test_same_as_analyse_then_commit(copies, tmp_path, monkeypatch, mode, fast):
    monkeypatch.setattr(roster_write, "FAST_SQLITE", fast)
    path = write_csv(tmp_path / "messy.csv", messy_rows(300))
    a, b = copies
    one_pass = roster_pipeline.import_roster(a, path, mode=mode)
    plan, result = two_step(b, path, mode)
    statuses = {p.status for p in plan.rows}
    expected = {"create": {"new", "duplicate", "similar", "invalid"}, "update": {"update", "unchanged", "duplicate", "invalid"},
                "upsert": {"new", "update", "unchanged", "duplicate", "similar", "invalid"}}[mode]
    assert statuses == expected, f"the messy roster holds every kind of row for {mode}: {statuses}"
    assert len(plan.skipped) == 1, f"the note line is skipped: {plan.skipped}"
    assert_same(one_pass, plan, result, a, b)


@pytest.mark.parametrize("fast", [True, False], ids=["sqlite-fast", "portable"])
def test_same_as_analyse_then_commit_over_several_chunks(copies, big_roster, monkeypatch, fast):
    monkeypatch.setattr(roster_write, "FAST_SQLITE", fast)
    a, b = copies
    written, reports = spy_writes(monkeypatch), []

    def progress(done, total):
        reports.append(done)
        if 2 * roster_import.CHUNK <= done < total:
            assert written.wait(60), "new dealers are written while later rows are still to be planned"

    one_pass = roster_pipeline.import_roster(a, big_roster, progress=progress)
    assert len(reports) == 3 and written.is_set(), f"three chunks planned, writing began before the last: {reports}"
    plan, result = two_step(b, big_roster, "upsert")
    assert result.counts["created"] > 2 * roster_write.CHUNK, f"new dealers written in several chunks: {result.counts}"
    assert_same(one_pass, plan, result, a, b)


# --- nothing written when it fails ----------------------------------------------------------------


@pytest.fixture
def base(seeded, tmp_path):
    """A private copy of the seeded database."""
    shutil.copy(seeded, tmp_path / "base.sqlite3")
    ctx = ServiceContext.open("sqlite:///" + (tmp_path / "base.sqlite3").as_posix(), "tester")
    yield ctx
    ctx.dispose()


def assert_untouched(ctx: ServiceContext, before: dict, tmp_path: Path, what: str) -> None:
    after = dump(ctx)
    assert after == before, f"{what}: the database is as it was ({first_difference(before, after)})"
    assert writers() == [], f"{what}: no writer thread left running"
    path = write_csv(tmp_path / "afterwards.csv", [row(n) for n in range(40_000, 40_010)])
    done = roster_pipeline.import_roster(ctx, path)
    assert done.result is not None and done.result.counts["created"] == 10, f"{what}: a normal import works right after: {done.result}"
    assert count(ctx, rm.RosterImport) == len(before["roster_imports"]) + 1, f"{what}: and is recorded"
    assert writers() == [], f"{what}: no writer thread left after the normal import"


def clean_then_rejected(tmp_path: Path) -> Path:
    """More new dealers than one chunk holds, then one invalid row: writing starts before the rejection."""
    bad = row(39_999)
    bad[9] = "12345"
    return write_csv(tmp_path / "late-reject.csv", [*(row(n) for n in range(30_000, 36_000)), bad])


@pytest.mark.parametrize("fast", [True, False], ids=["sqlite-fast", "portable"])
def test_strict_with_a_rejected_row_writes_nothing(base, tmp_path, monkeypatch, fast):
    monkeypatch.setattr(roster_write, "FAST_SQLITE", fast)
    before = dump(base)
    written = spy_writes(monkeypatch)
    outcome = roster_pipeline.import_roster(base, clean_then_rejected(tmp_path), strict=True)
    assert outcome.result is None, "strict with a rejected row: no result"
    assert outcome.plan.counts()["invalid"] == 1 and outcome.plan.counts()["created"] == 6000, \
        f"the plan is returned whole: {outcome.plan.counts()}"
    assert written.is_set(), "the first chunk was written before the rejected row was planned (then rolled back)"
    assert count(base, rm.RosterImport) == len(before["roster_imports"]), "no batch recorded"
    monkeypatch.undo()
    assert_untouched(base, before, tmp_path, "strict")


@pytest.mark.parametrize("fast", [True, False], ids=["sqlite-fast", "portable"])
def test_cancel_mid_way_writes_nothing(base, tmp_path, monkeypatch, fast):
    monkeypatch.setattr(roster_write, "FAST_SQLITE", fast)
    before = dump(base)
    written = spy_writes(monkeypatch)
    calls = []

    def progress(done, total):
        calls.append(done)
        assert written.wait(60), "the writer wrote the first chunk while planning went on"
        return False

    with pytest.raises(roster_import.ImportCancelled):
        roster_pipeline.import_roster(base, clean_then_rejected(tmp_path), progress=progress)
    assert calls == [roster_import.CHUNK], f"cancelled at the first progress report: {calls}"
    assert count(base, rm.RosterImport) == len(before["roster_imports"]), "no batch recorded"
    monkeypatch.undo()
    assert_untouched(base, before, tmp_path, "cancel")


def _random_bytes(tmp_path):
    return rf.random_bytes(tmp_path / "noise.xlsx")


def _no_header(tmp_path):
    return rf.write_xlsx(tmp_path / "numbers.xlsx", [[1, 2, 3], [4, 5, 6], [7, 8, 9]])


def _no_name_column(tmp_path):
    return rf.write_xlsx(tmp_path / "noname.xlsx", [["城市", "联系电话"], ["杭州", "13812345678"]])


def _no_rows(tmp_path):
    return write_csv(tmp_path / "empty.csv", [["制表人：张三"]])


@pytest.mark.parametrize("maker,code_", [(_random_bytes, None), (_no_header, "roster.file.no_header"),
                                          (_no_name_column, "roster.file.no_name_column"), (_no_rows, "roster.file.no_rows")])
def test_unusable_file_writes_nothing(base, tmp_path, maker, code_):
    before = dump(base)
    with pytest.raises(UnusableFile) as caught:
        roster_pipeline.import_roster(base, maker(tmp_path))
    assert code_ is None or caught.value.code == code_, f"the file's problem is named: {caught.value.code}"
    assert count(base, rm.RosterImport) == len(before["roster_imports"]), "no batch recorded"
    assert_untouched(base, before, tmp_path, maker.__name__)


def dealer_id(ctx: ServiceContext, legal_name: str) -> int:
    with ctx.unit() as s:
        return s.scalar(select(m.Dealer.id).where(m.Dealer.legal_name == legal_name))


def stale_view(ctx: ServiceContext):
    """The stored dealers as the import would have read them before another user's change. On SQLite
    the import holds the write lock from its start, so the change can only come before the import
    reads the database: the import is handed the earlier view (load_index replaced)."""
    with ctx.unit() as s:
        return load_index(s)


@pytest.mark.parametrize("fast", [True, False], ids=["sqlite-fast", "portable"])
def test_dealer_changed_meanwhile_writes_nothing(base, tmp_path, monkeypatch, fast):
    monkeypatch.setattr(roster_write, "FAST_SQLITE", fast)
    path = write_csv(tmp_path / "stale.csv", [*(row(n) for n in range(30_000, 30_020)), row(5, notes="改")])
    earlier = stale_view(base)
    other = ServiceContext.open(str(base.engine.url), "other")
    changed = dealers.get(other, dealer_id(base, name(5)))
    changed.contact_name = "别人"
    dealers.save(other, changed)
    other.dispose()
    before = dump(base)
    with monkeypatch.context() as patch:
        patch.setattr(roster_pipeline, "load_index", lambda _s: earlier)
        with pytest.raises(ServiceError) as caught:
            roster_pipeline.import_roster(base, path)
    assert caught.value.code == "roster.conflict.changed", f"a dealer changed since it was read stops the import: {caught.value.code}"
    assert_untouched(base, before, tmp_path, "stale update")


@pytest.mark.parametrize("fast", [True, False], ids=["sqlite-fast", "portable"])
def test_code_taken_meanwhile_writes_nothing(base, tmp_path, monkeypatch, fast):
    monkeypatch.setattr(roster_write, "FAST_SQLITE", fast)
    path = write_csv(tmp_path / "taken.csv", [row(n) for n in range(30_000, 30_020)])
    earlier = stale_view(base)
    other = ServiceContext.open(str(base.engine.url), "other")
    dealers.save(other, r.Dealer(legal_name="别家汽车有限公司", city="宁波", uscc=code(30_010)))
    other.dispose()
    before = dump(base)
    with monkeypatch.context() as patch:
        patch.setattr(roster_pipeline, "load_index", lambda _s: earlier)
        with pytest.raises(ServiceError) as caught:
            roster_pipeline.import_roster(base, path)
    assert caught.value.code == "roster.conflict.changed", f"a code taken since it was read stops the import: {caught.value.code}"
    assert_untouched(base, before, tmp_path, "code taken")


@pytest.mark.parametrize("fast", [True, False], ids=["sqlite-fast", "portable"])
def test_code_taken_since_the_preview_stops_the_wizards_commit_too(base, tmp_path, monkeypatch, fast):
    """The same write path behind roster_write.commit: a coded conflict, not the driver's error."""
    monkeypatch.setattr(roster_write, "FAST_SQLITE", fast)
    path = write_csv(tmp_path / "taken.csv", [row(n) for n in range(30_000, 30_020)])
    plan = roster_import.analyse(base, roster_import.open_roster(base, path))
    dealers.save(base, r.Dealer(legal_name="别家汽车有限公司", city="宁波", uscc=code(30_010)))
    before = dump(base)
    with pytest.raises(ServiceError) as caught:
        roster_write.commit(base, plan)
    assert caught.value.code == "roster.conflict.changed", f"a code taken since the preview stops the import: {caught.value.code}"
    assert_untouched(base, before, tmp_path, "code taken before commit")


# --- PostgreSQL (the portable path, and another user's commit really landing mid-import) ------------

PG_URL = os.environ.get("DEALERDESK_TEST_PG_URL")
needs_pg = pytest.mark.skipif(not PG_URL, reason="set DEALERDESK_TEST_PG_URL to test on PostgreSQL")


def pg_database(name: str) -> str:
    """A scratch database beside DEALERDESK_TEST_PG_URL's (created when missing), emptied and migrated."""
    server = create_engine(make_url(PG_URL), isolation_level="AUTOCOMMIT")
    with server.connect() as conn:
        if not conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}).scalar():
            conn.execute(text(f"CREATE DATABASE {name}"))
    server.dispose()
    url = make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    upgrade(engine)
    engine.dispose()
    return url


@pytest.fixture
def pg_pair(tmp_path):
    """Two seeded PostgreSQL databases: (one-pass, analyse-then-commit)."""
    out = []
    for name in ("dd_pipeline_one", "dd_pipeline_two"):
        ctx = ServiceContext.open(pg_database(name), "tester", migrate=False)
        seed(ctx, tmp_path)
        out.append(ctx)
    yield out
    for ctx in out:
        ctx.dispose()


@needs_pg
@pytest.mark.parametrize("mode", roster_import.MODES)
def test_pg_same_as_analyse_then_commit(pg_pair, tmp_path, mode):
    path = write_csv(tmp_path / "messy.csv", messy_rows(300))
    a, b = pg_pair
    one_pass = roster_pipeline.import_roster(a, path, mode=mode)
    plan, result = two_step(b, path, mode)
    assert_same(one_pass, plan, result, a, b)


@needs_pg
def test_pg_same_as_analyse_then_commit_over_several_chunks(pg_pair, big_roster):
    a, b = pg_pair
    one_pass = roster_pipeline.import_roster(a, big_roster)
    plan, result = two_step(b, big_roster, "upsert")
    assert result.counts["created"] > 2 * roster_write.CHUNK, f"new dealers written in several chunks: {result.counts}"
    assert_same(one_pass, plan, result, a, b)


def without_dealer(snapshot: dict, dealer: int) -> dict:
    return {**snapshot, "dealers": [x for x in snapshot["dealers"] if x[0] != dealer]}


@needs_pg
def test_pg_dealer_changed_during_the_import_writes_nothing(pg_pair, tmp_path, monkeypatch):
    ctx = pg_pair[0]
    other = ServiceContext.open(ctx.engine.url.render_as_string(hide_password=False), "other", migrate=False)
    target = dealer_id(ctx, name(5))
    original = roster_write.RosterTransaction.check_versions

    def meanwhile(self, updates):  # another user saves the dealer after it was planned, before the check
        changed = dealers.get(other, target)
        changed.contact_name = "别人"
        dealers.save(other, changed)
        original(self, updates)

    path = write_csv(tmp_path / "stale.csv", [*(row(n) for n in range(30_000, 30_020)), row(5, notes="改")])
    before = dump(ctx)
    with monkeypatch.context() as patch:
        patch.setattr(roster_write.RosterTransaction, "check_versions", meanwhile)
        with pytest.raises(ServiceError) as caught:
            roster_pipeline.import_roster(ctx, path)
    other.dispose()
    assert caught.value.code == "roster.conflict.changed", f"a dealer changed during the import stops it: {caught.value.code}"
    after = dump(ctx)
    assert dealers.get(ctx, target).contact_name == "别人", "the other user's save stands"
    assert without_dealer(after, target) == without_dealer(before, target), \
        f"nothing of the import was written ({first_difference(without_dealer(before, target), without_dealer(after, target))})"
    assert_untouched(ctx, after, tmp_path, "stale update on PostgreSQL")


@needs_pg
def test_pg_code_taken_during_the_import_writes_nothing(pg_pair, tmp_path, monkeypatch):
    ctx = pg_pair[0]
    other = ServiceContext.open(ctx.engine.url.render_as_string(hide_password=False), "other", migrate=False)
    taken = []

    def meanwhile(s):  # another user commits a dealer with a row's code once the import has read the stored ones
        index = load_index(s)
        taken.append(dealers.save(other, r.Dealer(legal_name="别家汽车有限公司", city="宁波", uscc=code(30_010))).id)
        return index

    path = write_csv(tmp_path / "taken.csv", [row(n) for n in range(30_000, 30_020)])
    before = dump(ctx)
    with monkeypatch.context() as patch:
        patch.setattr(roster_pipeline, "load_index", meanwhile)
        with pytest.raises(ServiceError) as caught:
            roster_pipeline.import_roster(ctx, path)
    other.dispose()
    assert caught.value.code == "roster.conflict.changed", f"a code taken during the import stops it: {caught.value.code}"
    after = dump(ctx)
    assert len(taken) == 1 and dealers.get(ctx, taken[0]).uscc == code(30_010), "the other user's dealer stands"
    assert without_dealer(after, taken[0]) == before, \
        f"nothing of the import was written ({first_difference(before, without_dealer(after, taken[0]))})"
    assert_untouched(ctx, after, tmp_path, "code taken on PostgreSQL")
