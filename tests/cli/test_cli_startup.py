"""What a command's start loads (issue 15): ``--help`` no command module and no SQLAlchemy,
``list dealers`` neither the ORM nor Alembic, pypinyin, ReportLab or openpyxl — checked in real
fresh processes through sys.modules, never by timing. And the registry's static table (what
``--help`` shows without importing anything) against what the command modules really register."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ["sqlalchemy.orm", "alembic", "pypinyin", "reportlab", "openpyxl", "python_calamine", "PIL",
         "desktop.persistence.models.dealers", "desktop.persistence.all_models", "desktop.services.demo.territory", "desktop.documents"]


def loaded_after(argv: list[str], tmp_path: Path) -> tuple[int, str, list[str]]:
    """(exit code, stdout, modules in sys.modules) of ``dealerdesk argv`` run in a fresh interpreter."""
    script = f"""
import contextlib, io, json, sys
from desktop.cli import main
out = io.StringIO()
with contextlib.redirect_stdout(out):
    try:
        code = main({argv!r})
    except SystemExit as done:
        code = done.code
sys.stderr.write("RESULT " + json.dumps({{"code": code, "out": out.getvalue(), "modules": sorted(sys.modules)}}) + "\\n")
"""
    env = dict(os.environ, DEALERDESK_HOME=str(tmp_path / "home"), PYTHONPATH=str(ROOT), LANG="en_US.UTF-8")
    env.pop("DEALERDESK_DATABASE_URL", None)
    proc = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True,
                          encoding="utf-8", timeout=300)
    lines = [line for line in proc.stderr.splitlines() if line.startswith("RESULT ")]
    assert lines, f"the script failed: rc={proc.returncode} stderr={proc.stderr[-2000:]}"
    result = json.loads(lines[-1][len("RESULT "):])
    return result["code"], result["out"], result["modules"]


def _under(modules: list[str], prefixes: list[str]) -> list[str]:
    return sorted({p for p in prefixes for m in modules if m == p or m.startswith(p + ".")})


def test_help_lists_every_command_without_importing_any(tmp_path):
    from desktop.cli.registry import MODULES, TABLE

    code, out, modules = loaded_after(["--help"], tmp_path)
    assert code == 0, f"--help exits 0, got {code}"
    for name in TABLE:
        assert name in out, f"--help lists {name}: {out}"
    command_modules = [f"desktop.cli.{m}" for m in MODULES]
    assert not _under(modules, ["sqlalchemy", "desktop.services", "desktop.persistence", *command_modules, *HEAVY]), (
        f"--help imported what it does not need: {_under(modules, ['sqlalchemy', 'desktop.services', 'desktop.persistence', *command_modules])}")


def test_list_dealers_reads_without_the_orm_or_any_heavy_module(tmp_path, demo_db):
    from desktop.services.dealers import listing as dealers
    from desktop.services.context import ServiceContext

    ctx = ServiceContext.open(demo_db, "test")
    try:
        first = dealers.list_rows(ctx)[0]
    finally:
        ctx.dispose()
    code, out, modules = loaded_after(["list", "dealers", "--limit", "1", "--json", "--db", demo_db], tmp_path)
    assert code == 0, f"list dealers exits 0, got {code}"
    records = [json.loads(line) for line in out.splitlines()]
    assert [(r["id"], r["legal_name"], r["brands"]) for r in records] == [(first.id, first.legal_name, first.brands)], (
        f"the first dealer, as the window lists it: {records}")
    assert not _under(modules, HEAVY + ["desktop.cli.rosters", "desktop.cli.documents", "desktop.cli.contracts"]), (
        f"list dealers --limit 1 loaded {_under(modules, HEAVY)}")


def test_a_command_still_gets_its_whole_parser(tmp_path):
    code, out, _modules = loaded_after(["import-roster", "--help"], tmp_path)
    assert code == 0 and "--dry-run" in out and "--errors" in out, f"import-roster --help shows its options: {out}"
    code, _out, _modules = loaded_after(["no-such-command"], tmp_path)
    assert code == 2, f"an unknown command is a usage error (exit 2), got {code}"


def test_the_table_matches_what_the_command_modules_register():
    from desktop.cli import build_parser
    from desktop.cli.registry import COMMANDS, LISTER_TABLE, LISTERS, TABLE, load_commands

    load_commands()
    assert set(TABLE) == set(COMMANDS), (
        f"commands registered but missing from TABLE: {sorted(set(COMMANDS) - set(TABLE))}; "
        f"in TABLE but registered by no module: {sorted(set(TABLE) - set(COMMANDS))}")
    for name, (module, help_text) in TABLE.items():
        real_help, _configure, run = COMMANDS[name]
        assert run.__module__ == f"desktop.cli.{module}", f"{name} is registered by {run.__module__}, TABLE says {module}"
        assert real_help == help_text, f"{name}: TABLE's help {help_text!r} differs from the module's {real_help!r}"
    assert set(LISTER_TABLE) == set(LISTERS), f"listers: TABLE {sorted(LISTER_TABLE)} vs registered {sorted(LISTERS)}"
    for kind, module in LISTER_TABLE.items():
        assert LISTERS[kind].__module__ == f"desktop.cli.{module}", f"list {kind} lives in {LISTERS[kind].__module__}"
    full = build_parser(every_command=True)
    sub = next(a for a in full._actions if a.dest == "command")
    assert sorted(sub.choices) == sorted(TABLE), "the full parser offers exactly the table's commands"
    for name, parser in sub.choices.items():
        assert parser.description == TABLE[name][1], f"{name}'s parser describes itself as the table says"
    kinds = next(a for a in sub.choices["list"]._actions if a.dest == "kind").choices
    assert sorted(kinds) == sorted(LISTER_TABLE), f"list's kinds {kinds} are the listers the table knows"


@pytest.mark.parametrize("argv, named", [
    (["list", "dealers"], "list"),
    (["--db", "sqlite:///x", "--lang", "en", "backup"], "backup"),
    (["--db=sqlite:///x", "readiness", "3"], "readiness"),
    (["--help"], None),
    (["-h", "list"], None),
    (["--db", "sqlite:///x"], None),
    (["--self-test"], None),
])
def test_the_command_is_found_in_argv(argv, named):
    from desktop.cli import command_named

    assert command_named(argv) == named, f"{argv} names {named!r}"


def test_import_roster_loads_no_workbook_writer(tmp_path):
    """The import reads with python-calamine; openpyxl (a quarter of a second to load) only for --errors."""
    from tests.spreadsheets import roster_files as rf

    roster = rf.write_xlsx(tmp_path / "r.xlsx", [["车商名称", "城市"], ["甲汽车有限公司", "杭州"]])
    code, out, modules = loaded_after(["import-roster", str(roster), "--db", f"sqlite:///{tmp_path / 'd.sqlite3'}"], tmp_path)
    assert code == 0 and "1 created" in out, f"the row is imported: {code} {out}"
    assert not _under(modules, ["openpyxl"]), "import-roster loaded openpyxl without --errors"


def test_import_claims_loads_only_what_the_lists_need(tmp_path, demo_db):
    """import-claims (issue 16 speed): no other area's models or services, no other command module,
    and the history triggers are checked without generating their SQL from every model."""
    from tests.services.aftersales import lists as ls

    path = ls.write_claims(tmp_path / "claims.xlsx", [ls.claim("R1", "P1", "2026-03-02", 1200, "某某修理厂")])
    code, out, modules = loaded_after(["import-claims", str(path), "--dry-run", "--json", "--db", demo_db], tmp_path)
    assert code == 1 and json.loads(out)["unmatched"] == 1, f"the claim is read and left without a dealer: {code} {out}"
    unrelated = ["desktop.persistence.all_models", "desktop.persistence.office.catalog", "alembic", "openpyxl", "reportlab",
                 *(f"desktop.persistence.models.{m}" for m in ("contracts", "meetings", "negotiation", "office")),
                 *(f"desktop.services.aftersales.{m}" for m in ("scorecard", "renewals", "referrals", "performance")),
                 *(f"desktop.cli.aftersales.{m}" for m in ("codes", "renewals", "scorecard", "sales")),
                 "desktop.services.contracts", "desktop.services.negotiation", "desktop.documents"]
    assert not _under(modules, unrelated), f"import-claims loaded {_under(modules, unrelated)}"
