"""Command-line start-up: ``dealerdesk --help`` against ``python -c pass``, and ``dealerdesk list
dealers --limit 1`` against a bare script that imports SQLAlchemy, opens the same database and runs
one SELECT. Whole fresh processes, interleaved, medians (issue 15).

    python benchmarks/bench_cli.py [--dealers 100000] [--runs 7]

Targets: --help ≤ 5× python -c pass; list dealers --limit 1 ≤ 1.5× the bare SQLAlchemy script.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import PYTHON, Series, Workspace, demo_database, env, interleave, machine, ratio_line, run, url  # noqa: E402

BARE_SELECT = (
    "import sys, sqlalchemy as sa\n"
    "engine = sa.create_engine(sys.argv[1])\n"
    "with engine.connect() as conn:\n"
    "    print(conn.execute(sa.text('SELECT id, legal_name, city FROM dealers ORDER BY id LIMIT 1')).all())\n"
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dealers", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    print(f"machine: {machine()}")
    with Workspace("bench-cli-") as ws:
        print(f"generating a {args.dealers:,}-dealer demo territory …", flush=True)
        template, _ = demo_database(ws, args.dealers)
        environ = env(ws.home, LANG="en_US.UTF-8")
        python_pass, help_ = Series("python -c pass"), Series("dealerdesk --help")
        bare, listed = Series("bare SQLAlchemy + one SELECT"), Series("dealerdesk list dealers --limit 1")

        def fresh(n: int) -> str:
            return url(ws.fresh(template, f"run-{n}.sqlite3"))

        def run_list(n: int):
            done = run([PYTHON, "-m", "desktop", "list", "dealers", "--limit", "1", "--db", fresh(n)], environ)
            assert done.out.count("\n") >= 2, f"list printed no dealer:\n{done.out}"
            return done

        run([PYTHON, "-m", "desktop", "--help"], environ)  # compile the .pyc files once; not counted
        interleave([(python_pass, lambda n: run([PYTHON, "-c", "pass"], environ)),
                    (help_, lambda n: run([PYTHON, "-m", "desktop", "--help"], environ)),
                    (bare, lambda n: run([PYTHON, "-c", BARE_SELECT, fresh(n)], environ)),
                    (listed, run_list)], args.runs)
    print(f"\nwhole processes, {args.runs} interleaved runs each, medians; {args.dealers:,} dealers in the database")
    line_help, ok_help = ratio_line(help_, python_pass, 5.0)
    line_list, ok_list = ratio_line(listed, bare, 1.5)
    print(line_help)
    print(line_list)
    print("all targets met" if ok_help and ok_list else "SOME TARGETS MISSED")
    return 0 if ok_help and ok_list else 1


if __name__ == "__main__":
    sys.exit(main())
