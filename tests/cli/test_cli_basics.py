"""``python -m desktop`` in real subprocesses: demo-data, list, languages, and one-line errors with exit 2."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.rules.dealers.search import pinyin_keys

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def run(tmp_path):
    home = tmp_path / "home"
    home.mkdir()

    def _run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
        environ = {k: v for k, v in os.environ.items() if k not in ("DEALERDESK_DATABASE_URL", "LC_ALL", "LC_MESSAGES", "LANGUAGE")}
        environ.update(DEALERDESK_HOME=str(home), LANG="en_US.UTF-8", PYTHONIOENCODING="utf-8", QT_QPA_PLATFORM="offscreen")
        environ["PYTHONPATH"] = str(ROOT) + os.pathsep + environ.get("PYTHONPATH", "")
        environ.update(env or {})
        return subprocess.run([sys.executable, "-m", "desktop", *args], cwd=ROOT, env=environ, capture_output=True,
                              text=True, encoding="utf-8", timeout=300)

    return _run


@pytest.fixture
def demo_url(tmp_path, run) -> str:
    url = "sqlite:///" + (tmp_path / "cli-demo.sqlite3").as_posix()
    proc = run("demo-data", "--dealers", "40", "--seed", "4", "--db", url)
    assert proc.returncode == 0, f"demo-data failed: {proc.stderr}"
    return url


def one_line_error(proc: subprocess.CompletedProcess, what: str) -> str:
    assert proc.returncode == 2, f"{what}: exit code 2 expected, got {proc.returncode}; stderr={proc.stderr!r}"
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, f"{what}: exactly one line on stderr expected, got {len(lines)}: {proc.stderr!r}"
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout, f"{what}: a traceback was shown"
    assert lines[0].startswith("dealerdesk: ") and len(lines[0]) > len("dealerdesk: ") + 5, f"{what}: a clear message: {lines[0]!r}"
    return lines[0]


def json_lines(proc: subprocess.CompletedProcess) -> list[dict]:
    assert proc.returncode == 0, f"exit code {proc.returncode}: {proc.stderr}"
    lines = proc.stdout.splitlines()
    records = [json.loads(line) for line in lines]
    assert all(isinstance(r, dict) and isinstance(r.get("id"), int) for r in records), f"one object with an id per line: {lines[:3]}"
    return records


# --- demo-data ------------------------------------------------------------------------------------


def test_demo_data_fills_an_empty_database_once(tmp_path, run):
    url = "sqlite:///" + (tmp_path / "fresh.sqlite3").as_posix()
    proc = run("demo-data", "--dealers", "12", "--seed", "9", "--db", url)
    assert proc.returncode == 0, f"demo-data on an empty database succeeds: {proc.stderr}"
    assert proc.stdout.startswith("12 dealers, "), f"it reports what it made: {proc.stdout!r}"
    again = run("demo-data", "--dealers", "12", "--db", url)
    assert "already has dealers" in one_line_error(again, "demo-data on a database with dealers"), "says why"


def test_demo_data_is_deterministic(tmp_path, run):
    names = []
    for name in ("one.sqlite3", "two.sqlite3"):
        url = "sqlite:///" + (tmp_path / name).as_posix()
        assert run("demo-data", "--dealers", "15", "--seed", "21", "--db", url).returncode == 0, "demo-data runs"
        names.append([(r["legal_name"], r["contact_phone"]) for r in json_lines(run("list", "dealers", "--json", "--db", url))])
    assert names[0] == names[1] and len(names[0]) == 15, "the same seed gives the same 15 dealers"


# --- list -----------------------------------------------------------------------------------------


def test_list_dealers_json_search_by_pinyin(demo_url, run):
    everything = json_lines(run("list", "dealers", "--json", "--db", demo_url))
    assert len(everything) == 40, f"all 40 dealers listed: {len(everything)}"
    assert len({r["id"] for r in everything}) == 40, "ids are distinct"
    target = everything[7]
    _, initials = pinyin_keys(target["legal_name"])
    found = json_lines(run("list", "dealers", "--search", initials, "--json", "--db", demo_url))
    assert target["id"] in [r["id"] for r in found], f"{target['legal_name']} is found by its initials {initials}"
    city_full, _ = pinyin_keys(target["city"])
    by_city = json_lines(run("list", "dealers", "--search", city_full, "--json", "--db", demo_url))
    assert all(city_full in pinyin_keys(r["legal_name"], r["short_name"])[0] for r in by_city), (
        f"every hit for {city_full} has it in the pinyin of its names")
    assert target["id"] in [r["id"] for r in by_city], "the target is among the city's dealers"
    assert set(target) >= {"id", "legal_name", "short_name", "city", "brands", "contact_phone", "verified"}, (
        f"the JSON carries the list's fields: {sorted(target)}")


def test_list_dealers_search_words_and_limit(demo_url, run):
    everything = json_lines(run("list", "dealers", "--json", "--db", demo_url))
    target = everything[3]
    found = json_lines(run("list", "dealers", "--search", f"{target['city']} {target['contact_phone']}", "--json",
                           "--db", demo_url))
    assert [r["id"] for r in found] == [target["id"]], f"city AND phone narrow to one dealer: {found}"
    limited = json_lines(run("list", "dealers", "--limit", "3", "--json", "--db", demo_url))
    assert [r["id"] for r in limited] == [r["id"] for r in everything[:3]], "--limit keeps the first N"
    none = run("list", "dealers", "--search", "zzzzqqqq", "--json", "--db", demo_url)
    assert none.returncode == 0 and none.stdout == "", f"no match, no output, exit 0: {none.stdout!r}"


def test_list_staff(demo_url, run):
    table = run("list", "staff", "--db", demo_url)
    assert table.returncode == 0, f"list staff: {table.stderr}"
    header = table.stdout.splitlines()[0]
    assert header.split() == ["ID", "Name", "Title", "Rank", "Line", "Phone"], f"English headers: {header!r}"
    records = json_lines(run("list", "staff", "--json", "--db", demo_url))
    assert len(records) == len(table.stdout.splitlines()) - 1 > 0, "the table and the JSON list the same staff"
    assert {"name", "rank", "rank_name", "line", "phone"} <= set(records[0]), f"staff fields: {sorted(records[0])}"
    name = records[-1]["name"]
    found = json_lines(run("list", "staff", "--search", pinyin_keys(name)[0], "--json", "--db", demo_url))
    assert name in [r["name"] for r in found], f"{name} is found by full pinyin"


@pytest.mark.parametrize("before", [True, False])
def test_chinese_headers(demo_url, run, before):
    args = ["--lang", "zh_CN", "list", "dealers"] if before else ["list", "dealers", "--lang", "zh_CN"]
    proc = run(*args, "--limit", "2", "--db", demo_url)
    assert proc.returncode == 0, f"list in Chinese: {proc.stderr}"
    header = proc.stdout.splitlines()[0].split()
    assert header[:3] == ["ID", "车商名称", "城市"] and "联系电话" in header, f"Chinese headers: {header}"
    staff = run(*(["--lang", "zh_CN", "list", "staff"] if before else ["list", "staff", "--lang", "zh_CN"]), "--db", demo_url)
    assert staff.stdout.splitlines()[0].split() == ["ID", "姓名", "职务", "职级", "条线", "电话"], (
        f"Chinese staff headers: {staff.stdout.splitlines()[0]!r}")
    assert any(rank in staff.stdout for rank in ("渠道专员", "团队经理", "机构班子")), "rank names in Chinese"


def test_language_follows_the_environment(demo_url, run):
    proc = run("list", "dealers", "--limit", "1", "--db", demo_url, env={"LANG": "zh_CN.UTF-8"})
    assert "车商名称" in proc.stdout.splitlines()[0], f"a Chinese locale gives Chinese headers: {proc.stdout!r}"


def test_database_url_from_the_environment(demo_url, run):
    proc = run("list", "dealers", "--json", env={"DEALERDESK_DATABASE_URL": demo_url})
    assert len(json_lines(proc)) == 40, "DEALERDESK_DATABASE_URL selects the database when --db is absent"


# --- errors: exit 2, one line, no traceback -----------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["list", "foo"],
        ["list"],
        ["--bogus"],
        ["list", "dealers", "--bogus"],
        ["demo-data", "--dealers", "abc"],
        ["demo-data", "--dealers", "0"],
        ["demo-data", "--dealers", "-5"],
        ["list", "dealers", "--limit", "0"],
        ["list", "dealers", "--limit", "many"],
        ["--lang", "fr", "list", "dealers"],
        ["no-such-command"],
    ],
)
def test_bad_arguments(tmp_path, run, args):
    url = "sqlite:///" + (tmp_path / "args.sqlite3").as_posix()
    one_line_error(run(*args, "--db", url), f"arguments {args}")


def _not_sqlite(tmp_path: Path) -> str:
    path = tmp_path / "roster.sqlite3"
    path.write_text("姓名,电话\n张三,13812345678\n" * 50, encoding="utf-8")
    return "sqlite:///" + path.as_posix()


@pytest.mark.parametrize(
    "make_url, expect",
    [
        (lambda tmp: "sqlite:///" + (tmp / "no" / "such" / "folder" / "x.sqlite3").as_posix(), "does not exist"),
        (lambda tmp: "garbage://", "garbage"),
        (lambda tmp: "this is not a url", "URL"),
        (lambda tmp: "nosuchdialect+driver://user:secret@localhost/db", "nosuchdialect"),
        (_not_sqlite, "not a database"),
        (lambda tmp: "sqlite:///" + tmp.as_posix(), "database"),  # a folder
    ],
)
def test_unusable_databases(tmp_path, run, make_url, expect):
    url = make_url(tmp_path)
    line = one_line_error(run("list", "dealers", "--db", url), f"list dealers on {url}")
    assert expect.lower() in line.lower(), f"the line must say what is wrong ({expect!r}): {line!r}"
    assert "secret" not in line, f"passwords are never printed: {line!r}"


def test_a_file_that_is_not_sqlite_is_left_alone(tmp_path, run):
    url = _not_sqlite(tmp_path)
    path = Path(url.removeprefix("sqlite:///"))
    before = path.read_bytes()
    one_line_error(run("demo-data", "--dealers", "3", "--db", url), "demo-data on a text file")
    assert path.read_bytes() == before, "the file must not be changed"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "home") == [path.name], (
        f"no backup, WAL or journal files left beside it: {sorted(p.name for p in tmp_path.iterdir())}")


# --- backup ---------------------------------------------------------------------------------------


def test_backup_writes_a_copy_that_lists_the_same_dealers(demo_url, run, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    proc = run("backup", str(folder), "--db", demo_url)
    assert proc.returncode == 0, proc.stderr
    copies = list(folder.glob("dealerdesk-backup-*.sqlite3"))
    assert len(copies) == 1 and proc.stdout.startswith(f"Backed up to {copies[0]} ("), proc.stdout
    original = json_lines(run("list", "dealers", "--json", "--db", demo_url))
    copied = json_lines(run("list", "dealers", "--json", "--db", "sqlite:///" + copies[0].as_posix()))
    assert copied == original and len(copied) == 40, "the copy opens and holds the same dealers"
    zh = run("backup", str(tmp_path / "备份.sqlite3"), "--db", demo_url, "--lang", "zh_CN")
    assert zh.returncode == 0 and zh.stdout.startswith("已备份到 "), zh.stdout
    same = run("backup", demo_url.removeprefix("sqlite:///"), "--db", demo_url)
    assert "is the database itself" in one_line_error(same, "backing up onto the database")


# --- restore --------------------------------------------------------------------------------------


def test_restore_says_what_the_backup_holds_and_replaces_only_with_yes(demo_url, run, tmp_path):
    kept = tmp_path / "kept.sqlite3"
    assert run("backup", str(kept), "--db", demo_url).returncode == 0
    sqlite_path = demo_url.removeprefix("sqlite:///")
    with sqlite3.connect(sqlite_path) as con:
        con.execute("UPDATE dealers SET legal_name = legal_name || '（已改）'")
    changed = json_lines(run("list", "dealers", "--json", "--db", demo_url))

    asked = run("restore", str(kept), "--db", demo_url, "--lang", "zh_CN")
    assert asked.returncode == 2 and "40 家车商" in asked.stdout and "--yes" in asked.stdout, asked.stdout
    assert json_lines(run("list", "dealers", "--json", "--db", demo_url)) == changed, "without --yes nothing changes"

    done = run("restore", str(kept), "--yes", "--db", demo_url, "--lang", "zh_CN")
    assert done.returncode == 0 and "已从 " in done.stdout and "恢复前的数据已另存为" in done.stdout, done.stdout + done.stderr
    restored = json_lines(run("list", "dealers", "--json", "--db", demo_url))
    assert len(restored) == 40 and not any("（已改）" in str(row) for row in restored)
    assert list(tmp_path.glob("cli-demo.before-restore-*.sqlite3")), "the changed data was kept beside the database"
    refused = run("restore", str(tmp_path / "nothing.sqlite3"), "--yes", "--db", demo_url)
    assert "does not exist" in one_line_error(refused, "restoring a missing file")
