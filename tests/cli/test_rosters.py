"""The roster subcommands: exact JSON shape, exit codes 0/1/2, dry-run/strict write nothing, files written."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from openpyxl import load_workbook

from desktop.cli import main
from desktop.services.dealers import files as dealers
from desktop.services.dealers import listing
from desktop.services.context import ServiceContext
from tests.spreadsheets import roster_files as rf

GOOD = [["车商名称", "统一社会信用代码", "城市", "联系电话"],
        ["杭州宏达丰田汽车销售服务有限公司", rf.uscc(1), "杭州", "0571-88886666"],
        ["宁波骏通大众汽车有限公司", rf.uscc(2, "330200"), "宁波", "13812345678"]]
MIXED = GOOD + [["温州某汽车有限公司", "", "温州", "12345"], ["杭州宏达丰田汽车销售服务有限责任公司", "", "杭州", ""]]


def cli(db_url, *args) -> int:
    return main(["--db", db_url, "--lang", "en", *map(str, args)])


def stored(db_url) -> int:
    ctx = ServiceContext.open(db_url, "t")
    try:
        return len(listing.list_rows(ctx))
    finally:
        ctx.dispose()


def test_all_accepted_exit_0_and_json_shape(db_url, tmp_path, capsys):
    path = rf.write_xlsx(tmp_path / "good.xlsx", GOOD)
    assert cli(db_url, "import-roster", path, "--json") == 0, "every row accepted: exit 0"
    out = json.loads(capsys.readouterr().out)
    assert list(out) == ["created", "updated", "unchanged", "duplicates", "invalid", "errors"], f"exactly the agreed keys: {list(out)}"
    assert (out["created"], out["errors"]) == (2, []), f"two created, no errors: {out}"
    assert stored(db_url) == 2, "committed"


def test_some_rejected_exit_1_valid_ones_committed(db_url, tmp_path, capsys):
    path = rf.write_xlsx(tmp_path / "mixed.xlsx", MIXED)
    assert cli(db_url, "import-roster", path, "--json") == 1, "some rows rejected: exit 1"
    out = json.loads(capsys.readouterr().out)
    assert (out["created"], out["invalid"], out["duplicates"]) == (2, 1, 1), f"counts: {out}"
    error = next(e for e in out["errors"] if e["column"] == "联系电话")
    assert error == {"sheet": "名录", "row": 4, "column": "联系电话", "value": "12345",
                     "message": "'12345' is not a valid mobile number (11 digits starting 13–19)"}, f"one error names all five things: {error}"
    assert stored(db_url) == 2, "the valid rows are committed"


@pytest.mark.parametrize("flag", ["--dry-run", "--strict"])
def test_dry_run_and_strict_write_nothing(db_url, tmp_path, capsys, flag):
    path = rf.write_xlsx(tmp_path / "mixed.xlsx", MIXED)
    assert cli(db_url, "import-roster", path, flag) == 1, f"{flag} with rejected rows: exit 1"
    assert stored(db_url) == 0, f"{flag} writes nothing"
    text = capsys.readouterr().out
    assert "2 created" in text and ("nothing written" in text or "Dry run" in text), f"the summary says what would happen: {text}"


def test_dry_run_clean_file_exit_0(db_url, tmp_path):
    path = rf.write_xlsx(tmp_path / "good.xlsx", GOOD)
    assert cli(db_url, "import-roster", path, "--dry-run") == 0 and stored(db_url) == 0, "a clean dry run: exit 0, nothing written"


def test_errors_workbook(db_url, tmp_path, capsys):
    path = rf.write_xlsx(tmp_path / "mixed.xlsx", MIXED)
    report = tmp_path / "rejected.xlsx"
    assert cli(db_url, "import-roster", path, "--errors", report) == 1, "exit 1"
    ws = load_workbook(report).active
    assert [c.value for c in ws[1]][:4] == GOOD[0] and ws.max_row == 3, "the file's headers, then the two rejected rows"
    assert ws["A2"].value == "温州某汽车有限公司" and ws["D2"].value == "12345", "rows exactly as they came"
    assert ws["D2"].fill.fgColor.rgb.endswith("FFC7CE"), "the faulty cell is highlighted"
    assert "mobile" in ws["E2"].value and ws["F2"].value == 4, "the problem and the original row number beside it"


@pytest.mark.parametrize("maker,code_word", [
    (lambda p: rf.random_bytes(p / "noise.xlsx"), "not a spreadsheet"),
    (lambda p: rf.encrypted_xlsx(p / "locked.xlsx"), "password"),
    (lambda p: rf.write_xlsx(p / "empty.xlsx", []), "no data"),
])
def test_unusable_file_exit_2_one_line(db_url, tmp_path, capsys, maker, code_word):
    path = maker(tmp_path)
    assert cli(db_url, "import-roster", path, "--json") == 2, "an unusable file: exit 2"
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1 and code_word in captured.err, f"one clear line: {captured.err!r}"
    assert stored(db_url) == 0, "nothing written"


def test_rust_panic_on_a_damaged_xls_prints_no_backtrace(db_url, tmp_path):
    path = rf.compound_file(tmp_path / "old.xls", {"Workbook": b"\x09\x08" + b"\0" * 5000})
    done = subprocess.run([sys.executable, "-m", "desktop", "--db", db_url, "--lang", "en", "import-roster", str(path)],
                          capture_output=True, text=True, timeout=120, env={**__import__("os").environ, "RUST_BACKTRACE": "1"})
    assert done.returncode == 2, f"exit 2, got {done.returncode}"
    assert done.stderr.strip().splitlines() == ["dealerdesk: old.xls is damaged or incomplete and cannot be read"], \
        f"one line, no Rust or Python traceback: {done.stderr!r}"


def test_bad_arguments(db_url, tmp_path, capsys):
    path = rf.write_xlsx(tmp_path / "good.xlsx", GOOD)
    assert cli(db_url, "import-roster", path, "--errors", tmp_path / "x.csv") == 2, "--errors must be .xlsx"
    assert cli(db_url, "import-roster", path, "--sheet", "无此表") == 2, "an unknown sheet is exit 2"
    assert "名录" in capsys.readouterr().err, "…naming the sheets there are"
    with pytest.raises(SystemExit) as caught:
        cli(db_url, "import-roster", path, "--mode", "merge")
    assert caught.value.code == 2, "an unknown mode is a usage error"


def test_export_and_template(db_url, tmp_path, capsys):
    cli(db_url, "import-roster", rf.write_xlsx(tmp_path / "good.xlsx", GOOD))
    out = tmp_path / "hz.xlsx"
    assert cli(db_url, "export-roster", out, "--city", "杭州") == 0, "export: exit 0"
    assert load_workbook(out).worksheets[0].max_row == 2, "only the Hangzhou dealer"
    assert cli(db_url, "export-roster", tmp_path / "all.xlsx", "--brand", "丰田") == 0, "brand filter accepted"
    template = tmp_path / "template.xlsx"
    assert cli(db_url, "roster-template", template) == 0 and template.exists(), "template written"
    assert cli(db_url, "export-roster", tmp_path / "out.csv") == 2, "exports are .xlsx"
    text = capsys.readouterr().out
    assert "1 dealers written" in text and "template written" in text, f"each command says what it wrote: {text}"


def test_round_trip_through_the_cli(db_url, tmp_path, capsys):
    cli(db_url, "import-roster", rf.write_xlsx(tmp_path / "good.xlsx", GOOD))
    out = tmp_path / "all.xlsx"
    cli(db_url, "export-roster", out)
    capsys.readouterr()
    assert cli(db_url, "import-roster", out, "--mode", "upsert", "--json") == 0, "re-importing the export: exit 0"
    result = json.loads(capsys.readouterr().out)
    assert (result["created"], result["updated"], result["unchanged"]) == (0, 0, 2), f"0 created, 0 updated, all unchanged: {result}"


def test_imports_list_and_undo(db_url, tmp_path, capsys):
    cli(db_url, "import-roster", rf.write_xlsx(tmp_path / "good.xlsx", GOOD))
    capsys.readouterr()
    assert cli(db_url, "roster-imports", "--json") == 0, "list imports"
    record = json.loads(capsys.readouterr().out.splitlines()[0])
    assert record["file"] == "good.xlsx" and record["created"] == 2, f"the import is listed: {record}"
    assert cli(db_url, "undo-roster-import", record["id"]) == 0 and stored(db_url) == 0, "undo removes what it created"
    assert cli(db_url, "undo-roster-import", record["id"]) == 2, "a second undo is refused"


def test_an_imported_dealer_is_found_by_pinyin_as_soon_as_the_import_returns(db_url, tmp_path, capsys):
    """The import leaves the pinyin keys for later (issue 15); list dealers finds the dealer anyway."""
    path = rf.write_xlsx(tmp_path / "good.xlsx", GOOD)
    assert cli(db_url, "import-roster", path) == 0, "imported"
    capsys.readouterr()
    assert cli(db_url, "list", "dealers", "--search", "nbjtdz", "--json") == 0, "listed"
    found = [json.loads(line)["legal_name"] for line in capsys.readouterr().out.splitlines()]
    assert found == ["宁波骏通大众汽车有限公司"], f"found by its initials: {found}"


def test_the_cli_offers_the_import_modes_of_the_service():
    from desktop.cli import rosters
    from desktop.services.rosters import read as roster_import

    assert rosters.MODES == roster_import.MODES, "import-roster --mode lists exactly the modes the import knows"


def test_export_warns_on_stderr_when_a_text_is_cut(db_url, tmp_path, capsys):
    from desktop.rules.dealers import records as r

    ctx = ServiceContext.open(db_url, "tester")
    dealers.save(ctx, r.Dealer(legal_name="甲汽车有限公司", city="杭州", notes="长" * 40_000))
    ctx.dispose()
    assert cli(db_url, "--lang", "zh_CN", "export-roster", tmp_path / "out.xlsx") == 0, "the export is written"
    err = capsys.readouterr().err
    assert "截断" in err and "甲汽车有限公司（备注）" in err, f"and the person is told what was cut: {err}"
