"""The command line speaks Chinese too: every command's and option's help, the usage and
argparse's own errors, with --lang zh_CN or a Chinese settings file / system — whole processes."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import build_parser, main, zh_help
from desktop.cli.registry import TABLE

ROOT = Path(__file__).resolve().parents[2]


def run(home: Path, *args: str, lang_env: str = "en_US.UTF-8") -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("DEALERDESK_DATABASE_URL", "LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    env.update(DEALERDESK_HOME=str(home), LANG=lang_env, PYTHONIOENCODING="utf-8",
               PYTHONPATH=str(ROOT) + os.pathsep + env.get("PYTHONPATH", ""))
    return subprocess.run([sys.executable, "-m", "desktop", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


def every_help() -> list[str]:
    texts: list[str] = []

    def walk(parser: argparse.ArgumentParser) -> None:
        texts.append(parser.description or "")
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                texts.extend(choice.help for choice in action._choices_actions)
                for sub in dict.fromkeys(action.choices.values()):
                    walk(sub)
            else:
                texts.append(action.help)

    walk(build_parser(every_command=True))
    return texts


def test_every_help_of_every_command_has_its_chinese():
    texts = every_help()
    assert None not in texts, "every option says what it is for"
    missing = sorted({t for t in texts if t and t not in zh_help.HELP and t not in zh_help.ARGPARSE})
    assert not missing, f"no Chinese for: {missing}"
    assert len(texts) > 300  # every command's options were walked, not only the top level


def test_help_is_chinese_with_lang_zh(tmp_path):
    proc = run(tmp_path, "--lang", "zh_CN", "--help")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert out.startswith("用法：dealerdesk")
    assert "\n选项：\n" in out and "\n位置参数：\n" in out
    for name, (_module, english) in TABLE.items():
        assert zh_help.HELP[english] in " ".join(out.split()), name
        assert english not in out
    assert "show this help message" not in out


def test_a_command_help_and_its_options_in_chinese(tmp_path):
    proc = run(tmp_path, "--lang", "zh_CN", "import-roster", "--help")
    assert proc.returncode == 0, proc.stderr
    flat = " ".join(proc.stdout.split())
    assert "从车商名册（Excel 或 CSV）导入车商" in flat
    assert "只检查和统计，不写入任何数据" in flat and "check and count" not in flat
    proc = run(tmp_path, "--lang", "zh_CN", "office", "add-user", "--help")
    assert proc.returncode == 0, proc.stderr
    assert "人员的登录名" in proc.stdout and "the person's login" not in proc.stdout


def test_argument_errors_are_one_chinese_line(tmp_path):
    proc = run(tmp_path, "--lang", "zh_CN", "contract-pack")
    assert proc.returncode == 2
    assert proc.stderr.strip() == "dealerdesk: 缺少必需的参数：CONTRACT_ID, --out（请看 dealerdesk --help）"
    proc = run(tmp_path, "--lang", "zh_CN", "demo-data", "--dealers", "many")
    assert proc.returncode == 2
    assert proc.stderr.strip() == "dealerdesk: 参数 --dealers：无效的值：'many'（应为整数）（请看 dealerdesk --help）"
    proc = run(tmp_path, "--lang", "zh_CN", "list", "cars")
    assert proc.returncode == 2 and "无效的选项：'cars'" in proc.stderr and "invalid choice" not in proc.stderr


def test_english_stays_english(tmp_path):
    proc = run(tmp_path, "--lang", "en", "contract-pack")
    assert proc.returncode == 2
    assert proc.stderr.strip() == "dealerdesk: the following arguments are required: CONTRACT_ID, --out (see dealerdesk --help)"
    proc = run(tmp_path, "--help")
    assert proc.stdout.startswith("usage: dealerdesk") and "\noptions:\n" in proc.stdout


def test_the_settings_file_or_the_system_choose_chinese(tmp_path):
    (tmp_path / "settings.json").write_text(json.dumps({"language": "zh_CN"}), encoding="utf-8")
    proc = run(tmp_path, "--help")
    assert proc.stdout.startswith("用法：dealerdesk"), proc.stdout[:200]
    other = tmp_path / "system"
    other.mkdir()
    proc = run(other, "--help", lang_env="zh_CN.UTF-8")
    assert proc.stdout.startswith("用法：dealerdesk"), proc.stdout[:200]
    proc = run(other, "--lang", "en", "--help", lang_env="zh_CN.UTF-8")
    assert proc.stdout.startswith("usage: dealerdesk")


def test_a_chinese_run_leaves_argparse_english_for_the_rest_of_the_process(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("DEALERDESK_HOME", str(tmp_path))
    with pytest.raises(SystemExit):
        main(["--lang", "zh_CN", "contract-pack"])
    assert "缺少必需的参数" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        build_parser("contract-pack").parse_args(["contract-pack"])
    assert "the following arguments are required" in capsys.readouterr().err


def test_what_a_command_refuses_is_said_in_chinese(tmp_path):
    db = f"sqlite:///{(tmp_path / 'd.sqlite3').as_posix()}"
    proc = run(tmp_path, "--lang", "zh_CN", "--db", db, "demo-data", "--dealers", "0")
    assert proc.returncode == 2 and proc.stderr.strip() == "dealerdesk: --dealers 须在 1 到 1,000,000 之间"
    proc = run(tmp_path, "--lang", "zh_CN", "--db", db, "demo-data", "--dealers", "3")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("已生成 3 家车商、") and "秒" in proc.stdout, proc.stdout
    proc = run(tmp_path, "--lang", "zh_CN", "--db", db, "demo-data", "--dealers", "3")
    assert proc.returncode == 2 and "数据库里已有车商" in proc.stderr, proc.stderr
    proc = run(tmp_path, "--lang", "zh_CN", "--db", db, "meeting-ics", "1", "x.txt")
    assert proc.returncode == 2 and proc.stderr.strip() == "dealerdesk: x.txt：输出文件名须以 .ics 结尾", proc.stderr
    proc = run(tmp_path, "--lang", "zh_CN", "--db", db, "list", "dealers", "--limit", "0")
    assert proc.returncode == 2 and "--limit 须为正整数" in proc.stderr, proc.stderr


def test_no_command_refuses_in_english_only():
    """A UsageError built from a literal would reach a Chinese user in English: each goes through t()."""
    import re

    found = []
    for path in (ROOT / "desktop" / "cli").rglob("*.py"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"UsageError\(\s*f?[\"']", line):
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not found, "\n".join(found)


def test_listing_tables_have_chinese_headings_and_values(tmp_path):
    from openpyxl import Workbook

    db = f"sqlite:///{(tmp_path / 'd.sqlite3').as_posix()}"
    book = Workbook()
    sheet = book.active
    sheet.append(["经销商名称", "城市", "经营品牌"])
    sheet.append(["杭州测试奔驰汽车销售有限公司", "杭州", "奔驰"])
    roster = tmp_path / "名册.xlsx"
    book.save(roster)
    proc = run(tmp_path, "--lang", "zh_CN", "--db", db, "import-roster", str(roster))
    assert proc.returncode == 0, proc.stderr
    proc = run(tmp_path, "--lang", "zh_CN", "--db", db, "roster-imports")
    assert proc.returncode == 0, proc.stderr
    head, row = proc.stdout.splitlines()[:2]
    assert head.split() == ["编号", "时间", "操作人", "文件", "工作表", "新建", "更新", "已撤销"]
    assert row.split()[-1] == "否" and "名册.xlsx" in row, row
    proc = run(tmp_path, "--lang", "zh_CN", "--db", db, "roster-imports", "--json")
    assert json.loads(proc.stdout.splitlines()[0])["undone"] is False  # --json keeps keys and values
    proc = run(tmp_path, "--lang", "zh_CN", "--db", db, "scorecards", "--month", "2026-11")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split()[:6] == ["车商编号", "车商", "保费", "送修金额（定损）", "续保率", "指示灯"]
