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
    "bench_aftersales.py": (["--dealers", "20", "--policies", "200", "--claims", "50", "--runs", "1"],
                            ["import-policies", "import-claims", "branch scorecard", "dealer scorecard tab"]),
    "bench_roster.py": (["--dealers", "200", "--floor"], ["import end to end", "without the writes", "export", "peak memory"]),
    "bench_search.py": (["--dealers", "300"], ["ratio search / baseline"]),
    "bench_startup.py": (["--dealers", "300", "--runs", "1"], ["bare Qt window", "ratio"]),
    "bench_packet.py": (["--runs", "1", "--dealers", "30"], ["ratio"]),
}


@pytest.mark.parametrize("script", sorted(RUNS))
def test_benchmark_runs_at_a_toy_size(script, tmp_path):
    args, expected = RUNS[script]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", DEALERDESK_HOME=str(tmp_path), PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, str(ROOT / "benchmarks" / script), *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=240)
    out = proc.stdout + proc.stderr
    assert "Traceback" not in out, out[-3000:]
    assert proc.returncode in (0, 1), f"exit {proc.returncode} (1 = a target missed at this toy size):\n{out[-3000:]}"
    for text in expected:
        assert text in proc.stdout, f"{script} printed no {text!r} line:\n{proc.stdout[-2000:]}"
