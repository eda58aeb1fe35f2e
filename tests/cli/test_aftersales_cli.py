"""import-policies / import-claims: the import-roster options and exit codes, JSON shape, unmatched dealers,
dry-run and strict write nothing, the error workbook, assign-dealer-code, undo."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from desktop.cli import main
from desktop.persistence.models import aftersales as am
from desktop.services.context import ServiceContext
from tests.services.aftersales import lists as ls
from tests.spreadsheets.roster_files import uscc, write_xlsx


def cli(db_url, *args) -> int:
    return main(["--db", db_url, "--lang", "en", *map(str, args)])


def count(db_url, model) -> int:
    ctx = ServiceContext.open(db_url, "t")
    try:
        with ctx.unit() as s:
            return s.scalar(select(func.count()).select_from(model))
    finally:
        ctx.dispose()


@pytest.fixture
def dealer_ids(db_url):
    ctx = ServiceContext.open(db_url, "t")
    try:
        return ls.make_dealers(ctx)
    finally:
        ctx.dispose()


GOOD = [ls.policy("P001", 3000, "2026-01-05", "2027-01-04", uscc_=uscc(1)),
        ls.policy("P002", 5000, "2026-02-01", "2027-01-31", name="宁波骏通大众汽车有限公司")]
MIXED = GOOD + [ls.policy("P003", "abc", "2026-02-01", "2027-01-31", uscc_=uscc(1)),
                ls.policy("P004", 800, "2026-02-01", "2027-01-31", code="Z-1", name="某某汽车城")]


def test_all_accepted_exit_0_and_json_shape(db_url, dealer_ids, tmp_path, capsys):
    path = ls.write_policies(tmp_path / "p.xlsx", GOOD)
    assert cli(db_url, "import-policies", path, "--json") == 0, "every row accepted: exit 0"
    out = json.loads(capsys.readouterr().out)
    assert list(out) == ["created", "updated", "unchanged", "duplicates", "invalid", "unmatched", "import_id", "errors",
                         "unmatched_dealers"], list(out)
    assert (out["created"], out["errors"], out["unmatched_dealers"]) == (2, [], []), out
    assert count(db_url, am.Policy) == 2, "committed"
    assert cli(db_url, "import-policies", path, "--json") == 0, "again: still exit 0"
    again = json.loads(capsys.readouterr().out)
    assert (again["created"], again["unchanged"]) == (0, 2), f"idempotent: {again}"


def test_rejected_and_unmatched_exit_1_valid_committed(db_url, dealer_ids, tmp_path, capsys):
    path = ls.write_policies(tmp_path / "p.xlsx", MIXED)
    errors = tmp_path / "rejected.xlsx"
    assert cli(db_url, "import-policies", path, "--json", "--errors", errors) == 1, "some rows rejected: exit 1"
    out = json.loads(capsys.readouterr().out)
    assert (out["created"], out["invalid"], out["unmatched"]) == (2, 1, 1), out
    assert out["unmatched_dealers"] == [{"code": "Z-1", "uscc": "", "name": "某某汽车城", "rows": [7]}], out["unmatched_dealers"]
    bad = next(e for e in out["errors"] if e["row"] == 6)
    assert bad == {"sheet": "保单清单", "row": 6, "column": "保费", "value": "abc", "message": "'abc' is not an amount of money"}, bad
    assert errors.exists() and count(db_url, am.Policy) == 2, "valid rows committed, rejected ones in the workbook"


@pytest.mark.parametrize("flag", ["--dry-run", "--strict"])
def test_dry_run_and_strict_write_nothing(db_url, dealer_ids, tmp_path, capsys, flag):
    path = ls.write_policies(tmp_path / "p.xlsx", MIXED)
    assert cli(db_url, "import-policies", path, flag) == 1, f"{flag}: exit 1"
    assert count(db_url, am.Policy) == 0, f"{flag} writes nothing"
    text = capsys.readouterr().out
    assert "Z-1" in text and "assign-dealer-code" in text, f"the unmatched dealer is listed with what to do: {text}"


def test_unusable_file_exit_2(db_url, tmp_path, capsys):
    path = write_xlsx(tmp_path / "x.xlsx", [["车牌号", "保费", "起保日期"], ["浙A1", 1, "2026-01-01"]])
    assert cli(db_url, "import-policies", path) == 2, "no 保单号 column: exit 2"
    err = capsys.readouterr().err
    assert "Policy no." in err and "Traceback" not in err, err


def test_assign_then_claims_and_undo(db_url, dealer_ids, tmp_path, capsys):
    assert cli(db_url, "assign-dealer-code", dealer_ids["远景"], "--code", "SHOP-9") == 0
    assert "SHOP-9" in capsys.readouterr().out, "the assignment is confirmed"
    path = ls.write_claims(tmp_path / "c.xlsx", [ls.claim("R1", "P9", "2026-03-01", 5000, "某修理厂", code="SHOP-9")])
    assert cli(db_url, "import-claims", path, "--json") == 0
    out = json.loads(capsys.readouterr().out)
    assert out["created"] == 1 and count(db_url, am.Claim) == 1, out
    assert cli(db_url, "undo-list-import", out["import_id"]) == 0
    assert count(db_url, am.Claim) == 0, "undone"
    assert cli(db_url, "dealer-codes", "--json") == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.startswith("{")]
    assert lines == [{"dealer_id": dealer_ids["远景"], "dealer": "温州远景汽车销售有限公司", "kind": "code", "text": "SHOP-9"}], lines


def test_list_imports_names_each_batch_kind(db_url, dealer_ids, tmp_path, capsys):
    ls_path = ls.write_policies(tmp_path / "p.xlsx", GOOD)
    cli(db_url, "import-policies", ls_path)
    cli(db_url, "import-claims", ls.write_claims(tmp_path / "c.xlsx", [ls.claim("R1", "P001", "2026-03-01", 100, "")]))
    capsys.readouterr()
    assert cli(db_url, "list-imports", "--json") == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [(x["kind"], x["created"]) for x in lines] == [("claims", 1), ("policies", 2)], lines
