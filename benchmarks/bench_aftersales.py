"""After-signing performance (issue 16), as ratios and times measured in one run.

    python benchmarks/bench_aftersales.py [--dealers 1000] [--policies 200000] [--claims 50000]

- import-policies / import-claims end to end (a fresh `dealerdesk` process: read, find the header,
  map, read and check every row, match dealers, compare with the stored rows, one transaction)
  vs the floor of this stack in a fresh process: python-calamine reading the same file plus one
  executemany of the same rows into an empty copy of the target table            target ≤ 1.5×
- the branch-wide scorecard for a month over that data, from the month picked to the table filled
  (the real window, offscreen, in a fresh process)                                target ≤ 1 s
- a dealer's scorecard tab, the same way                                          target ≤ 200 ms
Runs are interleaved (floor, ours, floor, ours …) and the best of each kept.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

POLICY_HEADER = ["保单号", "车牌号", "车架号", "被保险人", "被保险人电话", "险种", "保费", "起保日期", "终保日期", "新转续",
                 "代理点代码", "统一社会信用代码", "车商名称"]
CLAIM_HEADER = ["报案号", "保单号", "车牌号", "出险日期", "定损金额", "修理厂", "修理厂代码", "送修标志", "案件状态"]
MONTH = "2026-03"


def run(args: list[str], env: dict | None = None) -> tuple[float, str]:
    start = time.perf_counter()
    proc = subprocess.run(args, capture_output=True, text=True, cwd=ROOT, env={**os.environ, **(env or {})})
    seconds = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{args[:4]} failed ({proc.returncode}):\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}")
    return seconds, proc.stdout


def make_lists(folder: Path, url: str, n_policies: int, n_claims: int) -> tuple[Path, Path]:
    """A policy list and a claims list as the core system exports them (a title line above the header),
    every row belonging to one of the territory's dealers (by USCC, or by name for those without)."""
    from openpyxl import Workbook
    from sqlalchemy import select

    from desktop.persistence.models import dealers as m
    from desktop.services.context import ServiceContext

    ctx = ServiceContext.open(url, "bench")
    with ctx.unit() as s:
        dealers = s.execute(select(m.Dealer.legal_name, m.Dealer.uscc)).all()
    ctx.dispose()
    rng = random.Random(16)
    policies, claims = folder / "policies.xlsx", folder / "claims.xlsx"
    book = Workbook(write_only=True)
    ws = book.create_sheet("保单清单")
    ws.append(["核心系统导出 车商渠道保单清单"])
    ws.append(POLICY_HEADER)
    numbers = []
    for n in range(n_policies):
        name, uscc = dealers[n % len(dealers)]
        starts = date(2025, 1, 1) + timedelta(days=rng.randrange(0, 480))
        no = f"PDAA2025{330100 + n % 97:06}{n:09}"
        numbers.append((no, name))
        ws.append([no, f"浙A{n % 100000:05}", f"LVS{n:014}", "张三", f"138{n % 100000000:08}", ("交强险", "商业险")[n % 2],
                   round(rng.uniform(900, 9000), 2), starts, starts + timedelta(days=364), ("新车", "续保", "转保")[n % 3], "",
                   uscc or "", "" if uscc else name])
    book.save(policies)
    book = Workbook(write_only=True)
    ws = book.create_sheet("赔案清单")
    ws.append(CLAIM_HEADER)
    for n in range(n_claims):
        no, name = numbers[rng.randrange(len(numbers))]
        ws.append([f"RDAA2026{n:010}", no, f"浙A{n % 100000:05}", date(2025, 6, 1) + timedelta(days=rng.randrange(0, 300)),
                   round(rng.uniform(500, 30000), 2), name, "", ("是", "否")[n % 4 == 0], "已结案"])
    book.save(claims)
    return policies, claims


FLOOR = r'''
import sqlite3, sys, time
from datetime import date, datetime
import python_calamine
path, db, table, n_dealers = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
start = time.perf_counter()
book = python_calamine.CalamineWorkbook.from_path(path)
rows = book.get_sheet_by_index(0).to_python()
header = 1 if table == "aftersales_policies" else 0
rows = rows[header + 1:]
conn = sqlite3.connect(db)
cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] != "id"]
now = datetime(2026, 1, 1).isoformat(sep=" ")
def value(v):
    return v.isoformat() if isinstance(v, (date, datetime)) else v
width = len(cols) - 8  # the list's own fields; then dealer_id, import_id and the audit columns
data = [tuple(value(v) for v in row[:width]) + (1 + i % n_dealers, None, 1, now, "", now, "", "")[:len(cols) - width]
        for i, row in enumerate(rows)]
conn.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", data)
conn.commit()
print(len(data), time.perf_counter() - start)
'''


def floor(db_template: Path, folder: Path, path: Path, table: str, dealers: int, n: int) -> float:
    """A fresh process: calamine reads the file, one executemany writes the same rows (the list's own
    columns in table order, a dealer id, the audit columns) into an empty copy of the target table."""
    import shutil
    import sqlite3

    db = folder / f"floor-{table}-{n}.sqlite3"
    shutil.copy(db_template, db)
    with sqlite3.connect(db) as conn:  # the columns in the list's order, so each row goes in as read
        conn.execute(f"DELETE FROM {table}")
    seconds, out = run([sys.executable, "-c", FLOOR, str(path), str(db), table, str(dealers)])
    return seconds


WINDOWS = r'''
import sys, time
from PySide6.QtWidgets import QApplication
from desktop.app import create_application
from desktop.services.context import ServiceContext
from desktop.ui.appservices import AppServices
from desktop.ui.change_bus import ChangeBus
from desktop.config import Settings
from desktop.ui.aftersales.branch_view import BranchScorecardView
from desktop.ui.aftersales.scorecard_tab import DealerScorecardPanel
url, month, dealer_id = sys.argv[1], sys.argv[2], int(sys.argv[3])
app = create_application(["bench"], "zh_CN")
ctx = ServiceContext.open(url, "bench")
services = AppServices(ctx=ctx, bus=ChangeBus(), lang="zh_CN", settings=Settings())
def timed(widget, pick):
    done = []
    widget.loaded.connect(lambda: done.append(time.perf_counter()))
    start = time.perf_counter()
    pick()
    while not done:
        app.processEvents()
        time.sleep(0.001)
    return done[0] - start
view = BranchScorecardView(services)
view.resize(1024, 700); view.show()
branch = min(timed(view, lambda: view.month_combo.setCurrentIndex(view.month_combo.findText(m)))
             for m in (month, "2026-02", month, "2026-02", month))
panel = DealerScorecardPanel(services, dealer_id)
panel.resize(1024, 700); panel.show()
first = panel.month_combo.currentText()
tab = min(timed(panel, lambda: panel.month_combo.setCurrentIndex(panel.month_combo.findText(m)))
          for m in (month, first, month, first, month))
print(len(view.lines), branch, tab)
'''


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dealers", type=int, default=1000)
    parser.add_argument("--policies", type=int, default=200_000)
    parser.add_argument("--claims", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()
    from benchmarks.common import machine
    from desktop.services.context import ServiceContext
    from desktop.services.demo import territory as demo

    print(f"machine: {machine()}")

    with tempfile.TemporaryDirectory(prefix="bench-aftersales-") as tmp:
        folder = Path(tmp)
        base = folder / "territory.sqlite3"
        print(f"generating {args.dealers:,} dealers, {args.policies:,} policies, {args.claims:,} claims …", flush=True)
        ctx = ServiceContext.open("sqlite:///" + base.as_posix(), "bench")
        demo.generate(ctx, args.dealers, seed=16)
        ctx.dispose()
        policies, claims = make_lists(folder, "sqlite:///" + base.as_posix(), args.policies, args.claims)
        results = {}
        for kind, path, table in (("policies", policies, "aftersales_policies"), ("claims", claims, "aftersales_claims")):
            print(f"import-{kind} vs the floor …", flush=True)
            ours, floors = [], []
            for n in range(args.runs):
                floors.append(floor(base, folder, path, table, args.dealers, n))
                db = folder / f"ours-{kind}-{n}.sqlite3"
                import shutil

                shutil.copy(base, db)
                if kind == "claims":  # the claims' policies are there, as in real life
                    run([sys.executable, "-m", "desktop", "--db", "sqlite:///" + db.as_posix(), "import-policies", str(policies)])
                seconds, out = run([sys.executable, "-m", "desktop", "--db", "sqlite:///" + db.as_posix(), "--lang", "en",
                                    f"import-{kind}", str(path), "--json"])
                ours.append(seconds)
                counts = json.loads(out)
            results[kind] = (min(ours), min(floors), counts)
        work = folder / f"ours-claims-{args.runs - 1}.sqlite3"
        print("the scorecard windows …", flush=True)
        _s, out = run([sys.executable, "-c", WINDOWS, "sqlite:///" + work.as_posix(), MONTH, "1"],
                      env={"QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"), "PYTHONPATH": str(ROOT)})
        lines, branch, tab = out.strip().splitlines()[-1].split()

    ok = True
    for kind, (mine, base_s, counts) in results.items():
        ratio = mine / base_s
        ok &= ratio <= 1.5
        print(f"import-{kind:9s} {mine:6.2f} s   floor (calamine + executemany) {base_s:6.2f} s   ratio {ratio:5.2f}×  "
              f"(target ≤ 1.5×; both fresh processes)  {{{', '.join(f'{k}: {v}' for k, v in counts.items() if isinstance(v, int))}}}")
    branch_ms, tab_ms = float(branch) * 1000, float(tab) * 1000
    ok &= branch_ms <= 1000 and tab_ms <= 200
    print(f"branch scorecard       {branch_ms:6.0f} ms for {int(lines):,} dealers, month picked → table filled (target ≤ 1000 ms)")
    print(f"dealer scorecard tab   {tab_ms:6.0f} ms (target ≤ 200 ms)")
    print("all targets met" if ok else "SOME TARGETS MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
