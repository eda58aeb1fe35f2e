"""import-sales: the monthly new-car sales sheet from the command line — good rows written, a bad row
and a row without a dealer reported with their row and column, --dry-run and --strict write nothing,
the --json shape, an unusable sheet exit 2, Chinese messages; the real CLI on workbooks the tests write
(one run in a fresh process, the others through ``desktop.cli.main``)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.services.aftersales import sales
from desktop.services.context import ServiceContext
from tests.services.aftersales import lists as ls
from tests.spreadsheets.roster_files import uscc, write_xlsx

ROOT = Path(__file__).resolve().parents[2]
HEADER = ["车商名称", "统一社会信用代码", "月份", "新车销量"]
GOOD = [["杭州宏达丰田汽车销售服务有限公司", "", "2026年3月", 120],  # by name
        ["", uscc(2, "330200"), "2026-03", "85台"]]  # by credit code
BAD = [["杭州宏达丰田汽车销售服务有限公司", "", "2026-04", "很多"],  # row 6: not a number
       ["某某汽车城", "", "2026-03", 5]]  # row 7: nobody


def sheet(path: Path, rows: list[list]) -> Path:
    return write_xlsx(path, [["2026年一季度 新车销量"], HEADER] + rows, sheet="新车销量")


def cli(db_url, *args, lang="en") -> int:
    return main(["--db", db_url, "--lang", lang, *map(str, args)])


@pytest.fixture
def ids(db_url):
    ctx = ServiceContext.open(db_url, "t")
    try:
        return ls.make_dealers(ctx)
    finally:
        ctx.dispose()


def units(db_url, dealer_id) -> dict:
    ctx = ServiceContext.open(db_url, "t")
    try:
        return sales.units_of(ctx, dealer_id)
    finally:
        ctx.dispose()


def test_good_rows_written_bad_ones_reported_by_row_and_column_in_a_real_process(db_url, ids, tmp_path):
    path = sheet(tmp_path / "sales.xlsx", GOOD + BAD)
    env = dict(os.environ, DEALERDESK_HOME=str(tmp_path / "home"), PYTHONPATH=str(ROOT), LANG="en_US.UTF-8")
    env.pop("DEALERDESK_DATABASE_URL", None)
    done = subprocess.run([sys.executable, "-m", "desktop", "--db", db_url, "--lang", "en", "import-sales", str(path), "--json"],
                          cwd=ROOT, env=env, capture_output=True, text=True, encoding="utf-8", timeout=300)
    assert done.returncode == 1, f"some rows rejected: exit 1, got {done.returncode}: {done.stderr[-2000:]}"
    out = json.loads(done.stdout)
    assert list(out) == ["created", "updated", "unchanged", "invalid", "unmatched", "written", "errors", "unmatched_dealers"], list(out)
    assert (out["created"], out["updated"], out["unchanged"], out["invalid"], out["unmatched"], out["written"]) == (2, 0, 0, 1, 1, 2), out
    assert out["errors"] == [
        {"sheet": "新车销量", "row": 5, "column": "新车销量", "value": "很多", "message": "“很多” is not a number of cars (a whole number from 0)"},
        {"sheet": "新车销量", "row": 6, "column": "车商名称", "value": "某某汽车城",
         "message": "No dealer found for “某某汽车城”: assign the code or name to a dealer first"},
    ], out["errors"]
    assert out["unmatched_dealers"] == [{"code": "", "uscc": "", "name": "某某汽车城", "rows": [6]}], out["unmatched_dealers"]
    assert units(db_url, ids["宏达"]) == {"2026-03": 120} and units(db_url, ids["骏通"]) == {"2026-03": 85}, "the good rows are written"


def test_all_good_exit_0_then_again_unchanged(db_url, ids, tmp_path, capsys):
    path = sheet(tmp_path / "sales.xlsx", GOOD)
    assert cli(db_url, "import-sales", path) == 0, "every row accepted: exit 0"
    text = capsys.readouterr().out
    assert "2 new months, 0 changed, 0 unchanged, 0 invalid, 0 without a dealer" in text, text
    assert "New-car sales written for 2 dealer-months" in text, text
    assert cli(db_url, "import-sales", path, "--json") == 0
    again = json.loads(capsys.readouterr().out)
    assert (again["created"], again["unchanged"], again["written"]) == (0, 2, 0), f"importing it again changes nothing: {again}"


@pytest.mark.parametrize("flag", ["--dry-run", "--strict"])
def test_dry_run_and_strict_write_nothing(db_url, ids, tmp_path, capsys, flag):
    path = sheet(tmp_path / "sales.xlsx", GOOD + BAD)
    assert cli(db_url, "import-sales", path, flag) == 1, f"{flag}: rejected rows still exit 1"
    assert units(db_url, ids["宏达"]) == {} and units(db_url, ids["骏通"]) == {}, f"{flag} writes nothing"
    text = capsys.readouterr().out
    assert "新车销量!5 [新车销量] “很多”: “很多” is not a number of cars" in text, text
    assert "新车销量!6 [车商名称] “某某汽车城”: No dealer found" in text, text
    if flag == "--dry-run":
        assert text.startswith("Dry run, nothing written — would be: 2 new months"), text
    else:
        assert "Strict mode: 2 rows rejected, nothing written" in text, text


def test_dry_run_of_good_rows_writes_nothing_and_exits_0(db_url, ids, tmp_path, capsys):
    assert cli(db_url, "import-sales", sheet(tmp_path / "sales.xlsx", GOOD), "--dry-run", "--json") == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["created"], out["written"]) == (2, 0), out
    assert units(db_url, ids["宏达"]) == {}, "--dry-run writes nothing"


def test_chinese_messages(db_url, ids, tmp_path, capsys):
    assert cli(db_url, "import-sales", sheet(tmp_path / "sales.xlsx", GOOD + BAD), lang="zh_CN") == 1
    text = capsys.readouterr().out
    assert "新增月份 2 条，更改 0 条，无变化 0 条，有误 1 条，未匹配车商 1 条" in text, text
    assert "已写入 2 条车商月度新车销量" in text, text
    assert "“很多”不是台数" in text and "找不到“某某汽车城”对应的车商" in text, text


def test_an_unusable_sheet_exit_2_with_one_line(db_url, ids, tmp_path, capsys):
    path = write_xlsx(tmp_path / "odd.xlsx", [["车商名称", "备注"], ["杭州宏达丰田汽车销售服务有限公司", "x"]])
    assert cli(db_url, "import-sales", path) == 2, "no month or sales column: exit 2"
    err = capsys.readouterr().err
    assert err.startswith("dealerdesk: ") and err.count("\n") == 1 and "Traceback" not in err, err
    assert cli(db_url, "import-sales", tmp_path / "missing.xlsx") == 2, "no such file: exit 2"


def test_help_names_the_command_and_its_options(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    assert "import-sales" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["import-sales", "--help"])
    text = capsys.readouterr().out
    assert all(option in text for option in ("--dry-run", "--strict", "--json", "--sheet")), text
