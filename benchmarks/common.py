"""Shared by the benchmarks: a cached 100,000-dealer demo database and small timing helpers."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / ".benchmarks-out"


def demo_database(dealers: int = 100_000, seed: int = 1) -> str:
    """URL of a demo database with ``dealers`` dealers, generated once and kept in .benchmarks-out/."""
    OUT.mkdir(exist_ok=True)
    path = OUT / f"demo-{dealers}-{seed}.sqlite3"
    if not path.exists():
        tmp = path.with_suffix(".partial")
        tmp.unlink(missing_ok=True)
        url = "sqlite:///" + tmp.as_posix()
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "desktop", "demo-data", "--dealers", str(dealers), "--seed", str(seed), "--db", url],
                       check=True, cwd=ROOT, env={**os.environ, "DEALERDESK_HOME": str(OUT / "home")})
        for suffix in ("-wal", "-shm"):
            Path(str(tmp) + suffix).unlink(missing_ok=True)
        tmp.rename(path)
        print(f"generated {dealers:,} demo dealers in {time.perf_counter() - started:.1f} s")
    return "sqlite:///" + path.as_posix()


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000
