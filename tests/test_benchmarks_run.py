"""The benchmark harness still runs (at a toy size): the issues' figures are measured with it, and a
benchmark that patches a renamed method or imports a moved name would otherwise rot unnoticed.
These are smoke runs, not measurements — no timing is asserted."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

RUNS = {
    "bench_roster.py": (["--dealers", "200", "--runs", "1"], ["import-roster, roster A", "import-roster, roster B", "export-roster",
                                                              "peak memory", "found by pinyin right after      yes"]),
    "bench_aftersales.py": (["--dealers", "20", "--policies", "200", "--claims", "50", "--runs", "1"],
                            ["import-policies", "import-claims", "branch scorecard", "dealer scorecard tab"]),
    "bench_search.py": (["--dealers", "300", "--runs", "2"], ["keystroke → filtered rows shown", "every row found",
                                                         "ratio search / baseline"]),
    "bench_startup.py": (["--dealers", "300", "--runs", "1"], ["DealerDesk, empty database", "DealerDesk, 300 dealers", "bare Qt window"]),
    "bench_packet.py": (["--runs", "1", "--dealers", "30"], ["ratio"]),
    "bench_cli.py": (["--dealers", "200", "--runs", "1"], ["dealerdesk --help", "dealerdesk list dealers --limit 1"]),
    "bench_demo.py": (["--sizes", "100", "300", "--runs", "1"], ["100 dealers", "300 dealers", "further dealer"]),
    "bench_stalls.py": (["--dealers", "200", "--roster", "100", "--runs", "1"], ["starting", "searching", "printing every copy",
                                                                               "undoing the import", "baseline: bare Qt window"]),
}
PG_URL = os.environ.get("DEALERDESK_TEST_PG_URL")
if PG_URL:  # the office benchmark needs a PostgreSQL server
    RUNS["bench_office.py"] = (["--pg", PG_URL, "--dealers", "200", "--runs", "1", "--saves", "2"],
                               ["team manager (RLS per row)", "channel department", "other client's list repainted"])


@pytest.mark.timeout(900)  # whole processes at a toy size, on a shared machine
@pytest.mark.parametrize("script", sorted(RUNS))
def test_benchmark_runs_at_a_toy_size(script, tmp_path):
    args, expected = RUNS[script]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DEALERDESK_HOME=str(tmp_path), PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, str(ROOT / "benchmarks" / script), *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=900)
    out = proc.stdout + proc.stderr
    assert "Traceback" not in out, out[-3000:]
    assert proc.returncode in (0, 1), f"exit {proc.returncode} (1 = a target missed at this toy size):\n{out[-3000:]}"
    assert "machine: " in proc.stdout and "cores" in proc.stdout, f"{script} says which machine it measured"
    for text in expected:
        assert text in proc.stdout, f"{script} printed no {text!r} line:\n{proc.stdout[-2000:]}"
