"""``readiness``, ``meeting-ics`` and ``list meetings`` over the demo territory; bad input exits 2 with one line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import icalendar
import pytest

from desktop import i18n
from desktop.cli import main
from desktop.services.negotiation import meetings

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def url(demo_ctx) -> str:
    return demo_ctx.engine.url.render_as_string(hide_password=False)


@pytest.fixture(autouse=True)
def _english_after():
    yield
    i18n.set_language("en")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_list_meetings(capsys, url, demo_ctx):
    code, out, err = run(capsys, "list", "meetings", "--db", url, "--lang", "en")
    assert code == 0 and not err, f"exit {code}: {err}"
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["ID", "Date", "Time"], lines[0]
    assert len(lines) - 1 == len(meetings.list_meetings(demo_ctx)), "one line per meeting"
    code, out, _ = run(capsys, "list", "meetings", "--json", "--limit", "2", "--db", url, "--lang", "zh_CN")
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(records) == 2, out
    assert {"id", "dealer_name", "day", "start", "status", "main_negotiator"} <= set(records[0]), records[0]
    assert records[0]["status_name"] in ("拟定", "已确认", "已举行", "已取消"), "labels in the chosen language"


def test_readiness_of_a_ready_meeting_exits_0(capsys, url, demo_ctx):
    confirmed = [r for r in meetings.list_meetings(demo_ctx) if r.status == "confirmed"]
    codes = []
    for row in confirmed:
        code, out, err = run(capsys, "readiness", str(row.dealer_id), "--meeting", str(row.id), "--db", url, "--lang", "en")
        codes.append(code)
        if code == 0:
            assert out.rstrip().endswith("Ready") and out.count("— Done") == 8, out
    assert 0 in codes, f"a fully prepared demo meeting reads as ready: {codes}"


def test_readiness_json_lists_what_is_missing(capsys, url, demo_ctx):
    proposed = next(r for r in meetings.list_meetings(demo_ctx) if r.status == "proposed")
    code, out, err = run(capsys, "readiness", str(proposed.dealer_id), "--meeting", str(proposed.id), "--json", "--db", url)
    assert code == 1, f"something is missing, exit 1: {err}"
    data = json.loads(out)
    assert data["ready"] is False and len(data["steps"]) == 8 and data["meeting_id"] == proposed.id, data
    step6 = data["steps"][5]
    assert step6["state"] != "done" and step6["missing"], step6
    assert all(m["text"] and m["target"] for m in step6["missing"]), "each item in words, with where to fix it"
    assert step6["standard"].startswith("Time, place and content fixed"), step6["standard"]


def test_readiness_in_chinese(capsys, url):
    code, out, _ = run(capsys, "readiness", "1", "--db", url, "--lang", "zh_CN")
    assert code in (0, 1) and "全面摸底" in out and "资料准备" in out, out


def test_meeting_ics(capsys, url, demo_ctx, tmp_path):
    row = meetings.list_meetings(demo_ctx)[0]
    target = tmp_path / "m.ics"
    code, out, err = run(capsys, "meeting-ics", str(row.id), str(target), "--db", url)
    assert code == 0 and out.strip() == str(target), (code, out, err)
    event = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")[0]
    assert event["DTSTART"].params["TZID"] == "Asia/Shanghai", event["DTSTART"].params


@pytest.mark.parametrize("argv,what", [
    (["readiness", "99999"], "No dealer with id 99999"),
    (["readiness", "1", "--meeting", "99999"], "No meeting of this dealer with id 99999"),
    (["meeting-ics", "99999", "x.ics"], "No meeting with id 99999"),
    (["meeting-ics", "1", "x.txt"], "must end in .ics"),
])
def test_bad_input_is_one_line_and_exit_2(capsys, url, argv, what):
    code, _out, err = run(capsys, *argv, "--db", url, "--lang", "en")
    lines = err.strip().splitlines()
    assert code == 2, f"{argv}: exit 2, got {code}"
    assert len(lines) == 1 and lines[0].startswith("dealerdesk: ") and what in lines[0], f"{argv}: {err!r}"


def test_a_non_numeric_id_is_a_usage_error(capsys, url):
    with pytest.raises(SystemExit) as raised:
        main(["readiness", "abc", "--db", url])
    err = capsys.readouterr().err
    assert raised.value.code == 2 and len(err.strip().splitlines()) == 1 and "invalid int value" in err, err


def test_unwritable_output_in_a_real_process(url, tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "DEALERDESK_DATABASE_URL"}
    env.update(DEALERDESK_HOME=str(tmp_path), PYTHONIOENCODING="utf-8", LANG="en_US.UTF-8")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    proc = subprocess.run([sys.executable, "-m", "desktop", "meeting-ics", "1", str(tmp_path / "no" / "such" / "m.ics"), "--db", url],
                          cwd=ROOT, env=env, capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert proc.returncode == 2 and len(proc.stderr.splitlines()) == 1, f"exit {proc.returncode}: {proc.stderr!r}"
    assert "Traceback" not in proc.stderr and "no/such/m.ics (or its folder) does not exist" in proc.stderr, proc.stderr
