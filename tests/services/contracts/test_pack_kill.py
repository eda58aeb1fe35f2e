"""A contract pack killed (SIGKILL) while it is being stored: whatever file carries the pack's name
afterwards is one verify-pack recognises as intact — never a pack the database does not know."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from desktop.services.contracts import integrity as pack_integrity
from tests.services.contracts_support import new_contract

# The child process: the real command line, with a kill just before or just after the pack's hash
# is stored (whichever order the service does its two steps in, one of these falls between them).
CHILD = """
import os, signal, sys
from desktop.services.contracts import integrity as pack_integrity
where, original = os.environ["KILL_WHERE"], pack_integrity.record
def record(*args, **kwargs):
    if where == "before_hash":
        os.kill(os.getpid(), signal.SIGKILL)
    info = original(*args, **kwargs)
    if where == "after_hash":
        os.kill(os.getpid(), signal.SIGKILL)
    return info
pack_integrity.record = record
from desktop.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize("where", ["before_hash", "after_hash"])
def test_a_kill_while_storing_a_pack_never_leaves_an_unknown_pack(ctx, db_url, tmp_path, where):
    contract = new_contract(ctx)
    target = tmp_path / "合同资料包.pdf"
    env = {**os.environ, "KILL_WHERE": where}
    done = subprocess.run([sys.executable, "-c", CHILD, "--db", db_url, "contract-pack", str(contract.id), "--out", str(target)],
                          env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == -signal.SIGKILL, f"the command was killed where asked: {done.returncode} {done.stderr[-500:]}"
    if target.exists():
        verdict = pack_integrity.verify_file(ctx, target)
        assert verdict.result == "intact", f"a pack under its name is always one the database knows: {verdict.result}"
    stored = pack_integrity.packs_of(ctx, contract.id)
    assert len(stored) == (1 if where == "after_hash" else 0), f"the hash is stored exactly when the kill came after it: {stored}"
    done = subprocess.run([sys.executable, "-m", "desktop", "--db", db_url, "contract-pack", str(contract.id), "--out", str(target)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert pack_integrity.verify_file(ctx, target).result == "intact", "making the pack again works as ever"
