"""office import-from: a demo single-user database moves into an office database in one transaction,
every table's records accounted for, attributed to the login and its team; a second run has nothing
left to copy; a contract pack printed before the move still verifies; a clash copies nothing."""

from __future__ import annotations

import shutil

import pytest

from desktop.cli import main
from desktop.errors import ServiceError
from desktop.services.contracts import drafts as contracts, pack as contracts_pack
from desktop.services.dealers import files as dealers
from desktop.services.context import ServiceContext
from desktop.services.office.importer import import_from
from tests.services.office import pg


@pytest.fixture(scope="module")
def target():
    if not pg.PG_URL:
        pytest.skip("set DEALERDESK_TEST_PG_URL")
    db = pg.create("i")
    yield db
    pg.drop(db)


def test_a_demo_file_moves_in_whole_and_only_once(target, demo_db, tmp_path, capsys):
    source = tmp_path / "mine.sqlite3"
    shutil.copy(demo_db.removeprefix("sqlite:///"), source)
    url = "sqlite:///" + source.as_posix()
    single = ServiceContext.open(url, "demo")
    signed = next(c for c in contracts.list_rows(single) if c.status == "in_force")
    pack = contracts_pack.generate(single, signed.id, tmp_path / "pack.pdf", "zh_CN")
    counts_in_file = {"dealers": dealers.count(single)}
    with single.unit() as s:  # an import batch of the file's own history (its rows point at dealers by id)
        from desktop.persistence.models.rosters import RosterImport, RosterImportRow

        batch = RosterImport(file_name="名录.xlsx", sha256="0" * 64, created=1, imported_by="demo")
        s.add(batch)
        s.flush()
        s.add(RosterImportRow(import_id=batch.id, dealer_id=signed.dealer_id, row_no=2, action="create"))
    single.dispose()

    code = main(["office", "import-from", url, "--as", target.logins["tm"], "--db", target.owner_url, "--lang", "zh_CN"])
    out = capsys.readouterr().out
    assert code == 0 and "已复制" in out, out
    table = {line.split()[0]: line.split()[1:] for line in out.splitlines() if line.split()[:1] and line.split()[0].islower()}
    assert table["dealers"] == ["120", "120", "0", "0", "→", "120"], \
        f"printed: in the file, copied now, copied before, office before → after — and they agree: {table['dealers']}"
    wrong = {name: cells for name, cells in table.items()  # (the rank scale matches the office's own by code)
             if len(cells) == 6 and not (int(cells[0]) == int(cells[1]) + int(cells[2]) and int(cells[5]) >= int(cells[0]))}
    assert not wrong and len(table) >= 20, f"every table's counts printed and equal: {wrong or table}"
    office = ServiceContext.open(target.owner_url, "")
    try:
        report = import_from(office, url, target.logins["tm"])  # the second run
        assert report.copied == 0, "nothing left to copy"
        by_table = {c.table: c for c in report.counts}
        assert all(c.in_file == c.copied_before for c in report.counts), [c for c in report.counts if not c.accounted]
        assert by_table["dealers"].in_file == counts_in_file["dealers"] == 120, by_table["dealers"]
        for table in ("key_people", "visits", "policy_versions", "meetings", "contracts", "contract_attachments",
                      "contract_packs", "roster_imports"):
            assert by_table[table].in_file > 0 and by_table[table].copied_before == by_table[table].in_file, by_table[table]
    finally:
        office.dispose()
    with target.connect() as conn:
        moved_row = conn.execute("SELECT r.dealer_id = c.dealer_id FROM roster_import_rows r, contracts c"
                                 " WHERE c.number = %s", [pack.pack.number]).fetchone()
        teams = conn.execute("SELECT DISTINCT team FROM dealers").fetchall()
        who = conn.execute("SELECT DISTINCT login FROM history WHERE table_name = 'dealers'").fetchall()
        stamps = conn.execute("SELECT DISTINCT created_by FROM dealers").fetchall()
    assert moved_row == (True,), "ids inside the import history follow the renumbered dealers"
    assert teams == [("A组",)] and who == [(target.logins["tm"],)] and stamps == [(target.logins["tm"],)], (teams, who, stamps)
    assert main(["verify-pack", str(tmp_path / "pack.pdf"), "--db", target.url("tm")]) == 0, "the pack still verifies"
    verdict = capsys.readouterr().out
    assert pack.pack.number in verdict, verdict
    assert main(["office", "import-from", url, "--as", target.logins["tm"], "--db", target.owner_url, "--lang",
                 "zh_CN"]) == 0
    assert "没有需要复制的内容" in capsys.readouterr().out
    tm = ServiceContext.open(target.url("tm"), "")
    try:
        assert dealers.count(tm) == 120, "the team manager sees the moved dealers (their team)"
    finally:
        tm.dispose()


def test_a_clash_copies_nothing_and_a_stranger_is_refused(target, tmp_path):
    source = tmp_path / "other.sqlite3"
    single = ServiceContext.open("sqlite:///" + source.as_posix(), "李四")
    from tests.services.contracts_support import make_dealer

    make_dealer(single, 1)
    single.dispose()
    office = ServiceContext.open(target.owner_url, "")
    try:
        with pytest.raises(ServiceError) as err:
            import_from(office, "sqlite:///" + source.as_posix(), "nobody_here")
        assert err.value.code == "office.unknown_user"
        first = import_from(office, "sqlite:///" + source.as_posix(), target.logins["spec"])
        assert first.copied > 0
        again = tmp_path / "again.sqlite3"
        single = ServiceContext.open("sqlite:///" + again.as_posix(), "王五")
        make_dealer(single, 1)  # the same credit code, another file
        single.dispose()
        before = dealers.count(office)
        with pytest.raises(ServiceError) as err:
            import_from(office, "sqlite:///" + again.as_posix(), target.logins["spec"])
        assert err.value.code == "office.import_clash" and "uscc" in err.value.message(), err.value.message()
        assert dealers.count(office) == before, "one transaction: nothing copied"
    finally:
        office.dispose()
