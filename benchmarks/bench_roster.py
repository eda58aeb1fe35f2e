"""Roster import and export as whole fresh processes, against the floor of this stack (issue 15).

    python benchmarks/bench_roster.py [--dealers 50000] [--runs 5]

- import end to end (``dealerdesk import-roster FILE`` into a fresh empty database: read, map,
  normalise, validate, de-duplicate, commit with audit columns, child rows and the batch record)
  vs the floor: a fresh process reading the same file with python-calamine and inserting the same
  rows with one ``executemany`` into an empty copy of the dealers table with its indexes.
  Target ≤ 1.5×, on two rosters: A, as sub-branches send them (the harness's own: title lines,
  Chinese alias headers, mixed formats, 28 columns) and B, a different shape the import is not
  tuned to (English headers on the first row, 11 columns in another order, two it does not know).
- peak memory of the import process (kernel's peak RSS of the whole process)   target ≤ 300 MB
- export (``dealerdesk export-roster``: query, typed and styled cells, drop-downs, people and notes
  sheets) vs a fresh process running the same query and writing the same values with openpyxl
  write-only, no styling                                                      target ≤ 1.3×
After the runs, a new dealer of the last import is looked up by its pinyin initials in a fresh
process (``dealerdesk list dealers --search``): found as soon as the import has returned.
Every run copies its database and its roster fresh into the temporary folder; nothing is cached.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import PYTHON, Series, Workspace, demo_database, empty_database, env, interleave, machine, ratio_line, run, url  # noqa: E402
from benchmarks.rosters import FLOOR, SHAPES, PLAIN_EXPORT  # noqa: E402

MEMORY_MB = 300


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dealers", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(f"machine: {machine()}")
    lines, ok = [], True
    with Workspace("bench-roster-") as ws:
        environ = env(ws.home, LANG="en_US.UTF-8")
        print(f"generating a {args.dealers:,}-dealer territory (demo-data, seed 3) and the two rosters …", flush=True)
        territory, _ = demo_database(ws, args.dealers, seed=3)
        empty = empty_database(ws)
        rosters = {shape: ws.path / f"roster-{shape}.xlsx" for shape in SHAPES}
        run([PYTHON, "-c", "import sys; from benchmarks.rosters import write_rosters; write_rosters(*sys.argv[1:])",
             url(territory), *(str(p) for p in rosters.values())], environ)

        last: dict = {}
        for shape, roster in rosters.items():
            floor, ours = Series(f"floor (calamine + executemany) {shape}"), Series(f"import-roster, roster {shape}")

            def floor_run(n: int, roster=roster, shape=shape):
                file = ws.fresh(roster, f"floor-{shape}-{n}.xlsx")
                target = ws.path / f"floor-{shape}-{n}.sqlite3"
                target.unlink(missing_ok=True)
                done = run([PYTHON, "-c", FLOOR, str(file), str(empty), str(target)], environ)
                assert int(done.out.split()[0]) >= args.dealers * 0.9, done.out
                return done

            def import_run(n: int, roster=roster, shape=shape):
                file = ws.fresh(roster, f"import-{shape}-{n}.xlsx")
                db = ws.fresh(empty, f"import-{shape}-{n}.sqlite3")
                done = run([PYTHON, "-m", "desktop", "import-roster", str(file), "--db", url(db)], environ, check=False)
                created = int(done.out.split(" created")[0].split()[-1]) if " created" in done.out else 0
                # Every row is a distinct company (B renames look-alikes: rosters._distinct_names), so the
                # import creates them all, as the floor inserts them all — at any --dealers.
                assert created >= args.dealers * 0.95, f"roster {shape} imported:\n{done.out[-2000:]}"
                last.update(db=db)
                return done

            print(f"roster {shape}: floor and import, {args.runs} runs interleaved …", flush=True)
            interleave([(floor, floor_run), (ours, import_run)], args.runs)
            line, met = ratio_line(ours, floor, 1.5)
            lines.append(line)
            ok = ok and met
            peak = ours.peak_mb
            lines.append(f"{'  peak memory of that import':34s} {peak:7.0f} MB (largest of its runs; target ≤ {MEMORY_MB} MB: "
                         f"{'met' if peak <= MEMORY_MB else 'MISSED'})")
            ok = ok and peak <= MEMORY_MB
            found = _found_by_pinyin(last["db"], environ)
            lines.append(f"{'  found by pinyin right after':34s} {found}")
            ok = ok and found.startswith("yes")

        plain, export = Series("openpyxl write-only, same values"), Series("export-roster")
        print(f"export: ours and openpyxl write-only, {args.runs} runs interleaved …", flush=True)
        interleave([(plain, lambda n: run([PYTHON, "-c", PLAIN_EXPORT, url(ws.fresh(territory, f"plain-{n}.sqlite3")),
                                           str(ws.path / f"plain-{n}.xlsx")], environ)),
                    (export, lambda n: run([PYTHON, "-m", "desktop", "export-roster", str(ws.path / f"export-{n}.xlsx"),
                                            "--db", url(ws.fresh(territory, f"export-{n}.sqlite3"))], environ))], args.runs)
        line, met = ratio_line(export, plain, 1.3)
        lines.append(line)
        ok = ok and met
    print(f"\nwhole fresh processes, medians of interleaved runs; {args.dealers:,} dealers per roster")
    print("\n".join(lines))
    print("all targets met" if ok else "SOME TARGETS MISSED")
    return 0 if ok else 1


def _found_by_pinyin(db: Path, environ: dict) -> str:
    """A dealer of the import just made, looked up by its initials in a fresh process."""
    import sqlite3

    from desktop.rules.dealers.search import pinyin_keys

    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT id, legal_name, short_name, name_pinyin FROM dealers ORDER BY id").fetchall()
    dealer_id, legal, short, stored = random.Random(7).choice(rows)
    initials = pinyin_keys(legal, short)[1].split()[0]
    done = run([PYTHON, "-m", "desktop", "list", "dealers", "--search", initials, "--json", "--db", url(db)], environ)
    hit = f'"id": {dealer_id},' in done.out
    when = "keys still to be stored: computed by the list" if not stored else "keys already stored"
    return f"{'yes' if hit else 'NO'} — {legal} by {initials!r} ({when})"


if __name__ == "__main__":
    sys.exit(main())
