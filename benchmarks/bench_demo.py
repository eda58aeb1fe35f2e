"""``dealerdesk demo-data`` at growing sizes: it finishes, in time linear in the number of dealers.

    python benchmarks/bench_demo.py [--sizes 10000 100000] [--runs 5] [--million-runs 1]

Each run is a whole fresh process filling its own new database; the sizes are interleaved. Linear
means the time per dealer stays flat: the line for each size divides its median by the smallest
size's (target ≤ 1.5× the per-dealer time of the smallest size; a quadratic step would show 10×
for each tenfold). ``--million-runs N`` adds N runs of 1,000,000 dealers (about 19 minutes of CPU,
41 minutes on a busy two-core machine; ~1.6 GB peak, ~9 GB of disk while it runs) after the others.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import PYTHON, Series, Workspace, env, machine, run, url  # noqa: E402

TARGET = 1.5


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--million-runs", type=int, default=0, help="also this many runs of 1,000,000 dealers")
    args = parser.parse_args()
    print(f"machine: {machine()}")
    series: dict[int, Series] = {n: Series(f"{n:,} dealers") for n in args.sizes}
    with Workspace("bench-demo-") as ws:
        environ = env(ws.home)

        def generate(n: int, k: int):
            target = ws.path / f"demo-{n}-{k}.sqlite3"
            done = run([PYTHON, "-m", "desktop", "demo-data", "--dealers", str(n), "--seed", str(k + 1), "--db", url(target)], environ)
            assert f"{n} dealers" in done.out, done.out
            # each run as it ends: a long invocation cut short still leaves its figures
            print(f"    {n:,} dealers: {done.wall:.1f} s wall, {done.cpu:.1f} s CPU, peak {done.peak_mb:.0f} MB "
                  f"({done.wall / n * 1e6:.0f} µs a dealer)", flush=True)
            for suffix in ("", "-wal", "-shm"):
                Path(str(target) + suffix).unlink(missing_ok=True)
            return done

        for k in range(args.runs):
            for n in args.sizes:
                print(f"  run {k + 1}: {n:,} dealers …", flush=True)
                series[n].runs.append(generate(n, k))
        if args.million_runs:
            series[1_000_000] = Series("1,000,000 dealers")
            for k in range(args.million_runs):
                print(f"  run {k + 1}: 1,000,000 dealers …", flush=True)
                series[1_000_000].runs.append(generate(1_000_000, k))
    smallest = min(series)
    per_small = series[smallest].wall / smallest
    cpu_small = series[smallest].cpu / smallest
    ok = True
    print(f"\ndemo-data, whole processes, medians (sizes interleaved; seed = run number)")
    for n, s in sorted(series.items()):
        per, cpu_per = s.wall / n * 1e6, s.cpu / n * 1e6
        ratio, cpu_ratio = (s.wall / n) / per_small, (s.cpu / n) / cpu_small
        verdict = "" if n == smallest else (f"target ≤ {TARGET}×: met" if ratio <= TARGET else f"target ≤ {TARGET}×: MISSED")
        ok = ok and (n == smallest or ratio <= TARGET)
        print(f"{s.label:18s} median {s.wall:8.1f} s wall, {s.cpu:8.1f} s CPU, peak {s.peak_mb:6.0f} MB  "
              f"{per:7.0f} µs a dealer ({cpu_per:5.0f} µs CPU)  per-dealer time {ratio:4.2f}× the {smallest:,} run's "
              f"(CPU {cpu_ratio:4.2f}×) {verdict} ({len(s.runs)} runs: "
              f"{', '.join(f'{r.wall:.1f}' for r in s.runs)} s)")
    sizes = sorted(series)
    for a, b in zip(sizes, sizes[1:]):  # what each further dealer costs, fixed start-up costs aside
        marginal = (series[b].wall - series[a].wall) / (b - a) * 1e6
        marginal_cpu = (series[b].cpu - series[a].cpu) / (b - a) * 1e6
        print(f"from {a:,} to {b:,}: {marginal:7.0f} µs wall, {marginal_cpu:5.0f} µs CPU for each further dealer")
    print("linear: all targets met" if ok else "SOME TARGETS MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
