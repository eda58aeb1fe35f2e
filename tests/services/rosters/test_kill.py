"""A roster import killed with SIGKILL in the middle of its transaction leaves the database exactly as it was."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select, text

from desktop.persistence.models import dealers as m
from desktop.persistence.models import rosters as rm
from desktop.rules.dealers import records as r
from desktop.services.dealers import files as dealers
from desktop.services.rosters import read as roster_import, commit as roster_write
from tests.spreadsheets import roster_files as rf

ROOT = Path(__file__).resolve().parents[3]


def _snapshot(ctx) -> tuple:
    with ctx.unit() as s:
        return (
            s.scalar(select(func.count()).select_from(m.Dealer)),
            s.scalar(select(func.count()).select_from(m.DealerBrand)),
            s.scalar(select(func.count()).select_from(rm.RosterImport)),
            tuple(s.execute(select(m.Dealer.id, m.Dealer.legal_name, m.Dealer.notes, m.Dealer.version).order_by(m.Dealer.id)).all()),
        )


def test_sigkill_mid_transaction_changes_nothing(ctx, db_url, tmp_path):
    dealers.save(ctx, r.Dealer(legal_name="甲汽车有限公司", city="杭州", brands=["丰田"]))
    before = _snapshot(ctx)
    rows = [["车商名称", "城市", "经营品牌", "备注"], ["甲汽车有限公司", "杭州", "丰田、雷克萨斯", "更新"]]
    rows += [[f"车商{n}汽车有限公司", "杭州", "大众", ""] for n in range(40)]
    path = rf.write_xlsx(tmp_path / "kill.xlsx", rows)
    marker = tmp_path / "paused"
    # The import's own progress callback pauses it: it runs inside the transaction, after the first
    # chunk of new dealers is written and before the updates (no hook in the production code).
    script = f"""
import time
from pathlib import Path
from pathlib import Path
from desktop.services.context import ServiceContext
from desktop.services.rosters import commit, read

def pause(done, total):
    Path({str(marker)!r}).write_text("paused mid-transaction", encoding="utf-8")
    time.sleep(120)

ctx = ServiceContext.open({db_url!r}, "killed")
commit.commit(ctx, read.analyse(ctx, read.open_roster(ctx, {str(path)!r})), progress=pause)
"""
    proc = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while not marker.exists():
            assert proc.poll() is None, f"the import stopped before pausing: {proc.communicate()}"
            assert time.monotonic() < deadline, "the import never reached its pause"
            time.sleep(0.05)
        with ctx.unit() as s:
            mid = s.scalar(select(func.count()).select_from(m.Dealer))
        assert mid == before[0], "uncommitted rows are invisible to other connections while the import runs"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL, f"the import was killed, not finished (rc {proc.returncode})"
    ctx.engine.dispose()
    assert _snapshot(ctx) == before, "dealers, brands and import records are exactly as before"
    with ctx.unit() as s:
        assert s.execute(text("PRAGMA integrity_check")).scalar() == "ok", "the database file is intact"
    plan = roster_import.analyse(ctx, roster_import.open_roster(ctx, path))
    result = roster_write.commit(ctx, plan)
    assert result.counts["created"] == 40 and result.counts["updated"] == 1, "the same import then runs normally"
