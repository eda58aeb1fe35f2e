"""``dealerdesk --self-test``: passes on this installation, reports failures as one line each."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import selftest
from desktop.cli import main
from desktop.errors import CheckFailed

ROOT = Path(__file__).resolve().parents[2]


def test_self_test_passes_as_a_real_process(tmp_path):
    env = dict(os.environ, DEALERDESK_HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-m", "desktop", "--self-test"], capture_output=True, text=True,
                          encoding="utf-8", env=env, cwd=tmp_path, timeout=300)
    lines = done.stdout.strip().splitlines()
    assert done.returncode == 0, f"self-test failed:\n{done.stdout}\n{done.stderr}"
    assert len(lines) == len(selftest.CHECKS) + 1, f"one line per check plus a summary, got:\n{done.stdout}"
    for (name, _check), line in zip(selftest.CHECKS, lines):
        assert line.startswith(("✓ ", "OK ")) and f" {name}: " in line, f"line for {name!r} is {line!r}"
    assert "Traceback" not in done.stderr, f"a traceback reached the screen:\n{done.stderr}"


def test_self_test_leaves_the_user_folder_alone(tmp_path, monkeypatch):
    """Only the log is written to the user's folder: the scratch database and window state are not."""
    home = tmp_path / "home"
    monkeypatch.setenv("DEALERDESK_HOME", str(home))
    monkeypatch.setattr(selftest, "CHECKS", [("database", selftest.check_database), ("dealer file", selftest.check_dealer)])
    assert selftest.run_self_test() == 0, "database and dealer checks should pass"
    written = sorted(p.relative_to(home).as_posix() for p in home.rglob("*") if p.is_file())
    assert written == ["logs/self-test.log"], f"self-test wrote into the user folder: {written}"
    assert os.environ["DEALERDESK_HOME"] == str(home), "DEALERDESK_HOME was not restored"


def _boom(work, state):
    raise RuntimeError("disk on fire\nsecond line")


def test_a_failing_check_is_one_line_and_exit_1(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(selftest, "CHECKS", [("first", _boom), ("spreadsheet", selftest.check_spreadsheet)])
    code = selftest.run_self_test()
    out, err = capsys.readouterr()
    lines = out.strip().splitlines()
    assert code == 1, f"a failed check must give exit 1, got {code}"
    assert lines[0] in ("✗ first: RuntimeError: disk on fire", "FAIL first: RuntimeError: disk on fire"), \
        f"failure line is {lines[0]!r}"
    assert lines[1].startswith(("✓ spreadsheet", "OK")), f"later checks still run: {lines[1]!r}"
    assert "failed: 1 of 2 checks" in lines[-1], f"summary line is {lines[-1]!r}"
    assert "Traceback" not in out + err, f"a traceback reached the screen:\n{out}\n{err}"
    log = Path(os.environ["DEALERDESK_HOME"]) / "logs" / "self-test.log"
    assert "RuntimeError: disk on fire" in log.read_text(encoding="utf-8"), "the traceback belongs in the log"


def test_checks_needing_the_database_say_so_when_it_failed(monkeypatch, capsys):
    def no_db(work, state):
        raise CheckFailed("cannot create")

    monkeypatch.setattr(selftest, "CHECKS", [("database", no_db), ("dealer file", selftest.check_dealer)])
    assert selftest.run_self_test() == 1, "failed database check must fail the self-test"
    out = capsys.readouterr().out
    assert "dealer file: no database (see above)" in out, f"dependent check should name the cause:\n{out}"


def test_main_dispatches_self_test(monkeypatch):
    monkeypatch.setattr(selftest, "run_self_test", lambda: 1)
    assert main(["--self-test"]) == 1, "dealerdesk --self-test must return the self-test's exit code"


@pytest.mark.parametrize("encoding, ok", [("utf-8", "✓"), ("gbk", "OK")])
def test_marks_fit_the_console(monkeypatch, encoding, ok):
    """A Chinese Windows console (GBK) cannot show ✓: plain OK/FAIL then, never an encoding error."""
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(io.BytesIO(), encoding=encoding))
    assert selftest._marks()[0].strip() == ok, f"mark for a {encoding} console"


def test_qt_that_cannot_start_is_one_line_not_an_abort(tmp_path):
    """No usable platform plugin: Qt would abort(); the self-test names the cause and exits 1."""
    env = dict(os.environ, DEALERDESK_HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="no-such-platform",
               TMPDIR=str(tmp_path))
    done = subprocess.run([sys.executable, "-m", "desktop", "--self-test"], capture_output=True, text=True,
                          encoding="utf-8", env=env, cwd=tmp_path, timeout=300)
    assert done.returncode == 1, f"expected exit 1, got {done.returncode}:\n{done.stdout}\n{done.stderr}"
    assert 'Qt cannot start: Could not find the Qt platform plugin "no-such-platform"' in done.stdout, \
        f"the cause should be named:\n{done.stdout}"
    assert done.stdout.strip().splitlines()[-1].startswith("self-test failed: Qt aborted"), \
        f"a summary line should close the report:\n{done.stdout}"
    assert not list(tmp_path.glob("dealerdesk-selftest-*")), "the scratch folder should be removed"
