"""What the disk and the driver refuse, said in Chinese with what to do — never a traceback, SQL or
the values being written. Real conditions: a full tmpfs, an immutable file or folder (the tests run
as root, for whom permission bits stop nothing), a write lock held by another process, PostgreSQL's
lock timeout. Conditions that need root skip with the reason when not root.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.persistence import engine as engine_module

ROOT = Path(__file__).resolve().parents[2]
NOISE = ("Traceback", "[SQL", "INSERT", "SELECT", "UPDATE ", "Exception ignored", "sqlalche.me", "OperationalError")
ROSTER_NAME = "个人信息测试汽车销售有限公司"  # a value being written: must not show up in an error


def cli(home: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("DEALERDESK_DATABASE_URL", "LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    env.update(DEALERDESK_HOME=str(home), LANG="zh_CN.UTF-8", PYTHONIOENCODING="utf-8",
               PYTHONPATH=str(ROOT) + os.pathsep + env.get("PYTHONPATH", ""))
    return subprocess.run([sys.executable, "-m", "desktop", "--lang", "zh_CN", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=300)


def assert_clean(proc: subprocess.CompletedProcess, *expected: str, code: int = 2) -> str:
    err = proc.stderr.strip()
    assert proc.returncode == code, f"exit {code} expected, got {proc.returncode}: {err}"
    assert err.startswith("dealerdesk: ") and "\n" not in err, f"one line on stderr: {err!r}"
    noise = [word for word in NOISE if word in proc.stderr]
    assert not noise, f"no traceback, SQL or driver noise ({noise}): {proc.stderr}"
    assert ROSTER_NAME not in proc.stderr, f"the values being written stay out of the message: {proc.stderr}"
    for text in expected:
        assert text in err, f"{text!r} in the message: {err}"
    return err


def needs_root():
    if os.geteuid() != 0:
        pytest.skip("needs root to mount a tmpfs or set the immutable attribute")


@pytest.fixture
def home(tmp_path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


@pytest.fixture
def roster(tmp_path) -> Path:
    path = tmp_path / "roster.csv"
    path.write_text(f"车商名称,城市,联系人电话\n{ROSTER_NAME},杭州,13800000001\n", encoding="utf-8")
    return path


@pytest.fixture
def small_disk(tmp_path):
    """A 600 KB tmpfs: room for an empty database, not for a demo territory."""
    needs_root()
    mount = tmp_path / "small-disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=600k", "tmpfs", str(mount)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


@pytest.fixture
def immutable():
    """``immutable(path)`` sets chattr +i (which stops root too); everything is cleared afterwards."""
    needs_root()
    made: list[Path] = []

    def make(path: Path) -> Path:
        done = subprocess.run(["chattr", "+i", str(path)], capture_output=True, text=True)
        if done.returncode != 0:
            pytest.skip(f"chattr +i does not work here: {done.stderr.strip()}")
        made.append(path)
        return path

    yield make
    for path in made:
        subprocess.run(["chattr", "-i", str(path)], check=False)


@pytest.fixture
def database(tmp_path, home) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "dealerdesk.sqlite3"
    proc = cli(home, "demo-data", "--dealers", "6", "--seed", "3", "--db", f"sqlite:///{path}")
    assert proc.returncode == 0, proc.stderr
    return path


def url(path: Path) -> str:
    return f"sqlite:///{path}"


def test_a_full_disk_is_said_in_chinese(small_disk, home):
    proc = cli(home, "demo-data", "--dealers", "300", "--db", url(small_disk / "dealerdesk.sqlite3"))
    assert_clean(proc, "磁盘已满", str(small_disk), "清理出磁盘空间后重试")


def test_a_read_only_database_file_is_said_in_chinese(database, home, roster, immutable):
    immutable(database)
    proc = cli(home, "import-roster", str(roster), "--db", url(database))
    assert_clean(proc, "是只读的", str(database), "取消该文件的只读属性")


def test_a_read_only_folder_is_said_in_chinese(database, home, roster, immutable):
    assert not Path(f"{database}-wal").exists(), "the last command closed the database and removed its -wal"
    immutable(database.parent)
    proc = cli(home, "import-roster", str(roster), "--db", url(database))
    assert_clean(proc, "无法写入文件夹", str(database.parent), "-wal", "可写")


def test_the_packet_is_written_and_exit_1_when_the_meeting_cannot_be_marked(tmp_path, home, immutable):
    db = tmp_path / "packet.sqlite3"
    assert cli(home, "demo-data", "--dealers", "20", "--seed", "7", "--db", url(db)).returncode == 0
    with sqlite3.connect(db) as conn:
        meeting_id = conn.execute("SELECT id FROM meetings ORDER BY id LIMIT 1").fetchone()[0]
    conn.close()
    immutable(db)
    out = tmp_path / "packets"
    proc = cli(home, "packet", str(meeting_id), "--out", str(out), "--db", url(db))
    gaps, _, error = proc.stderr.partition("dealerdesk: ")
    assert gaps.startswith("会谈尚未就绪"), f"the demo meeting is not ready, and says so first: {proc.stderr!r}"
    assert_clean(subprocess.CompletedProcess(proc.args, proc.returncode, proc.stdout, "dealerdesk: " + error),
                 "各份资料已生成", "是只读的", code=1)
    written = sorted(out.glob("*.pdf"))
    assert written and [line for line in proc.stdout.splitlines()] == [str(p) for p in written], (
        f"every copy written and listed: {proc.stdout!r} vs {written}")


@pytest.mark.parametrize("given", ["sqlite://", "sqlite:///:memory:", "sqlite:///file::memory:?cache=shared"])
def test_a_database_in_memory_is_refused(home, given):
    proc = cli(home, "list", "dealers", "--db", given)
    assert_clean(proc, "只把数据保存在内存中", "程序退出后全部丢失")


@pytest.fixture
def short_wait(monkeypatch):
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_S", 1, raising=False)


def _holder(code: str) -> subprocess.Popen:
    """A separate process that takes a write lock, says so, and keeps it until its stdin closes."""
    proc = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "held", "the other process holds its write lock"
    return proc


def test_a_write_lock_held_by_another_program_names_it(database, roster, short_wait, capsys):
    holder = _holder(f"import sqlite3, sys\nc = sqlite3.connect({str(database)!r})\nc.execute('BEGIN IMMEDIATE')\n"
                     "print('held', flush=True)\nsys.stdin.read()")
    try:
        code = main(["--lang", "zh_CN", "import-roster", str(roster), "--db", url(database)])
    finally:
        holder.stdin.close()
        holder.wait(timeout=60)
    err = capsys.readouterr().err.strip()
    assert code == 2 and err.startswith("dealerdesk: ") and "\n" not in err, err
    assert "数据库正忙" in err and f"PID {holder.pid}" in err and "稍等片刻后重试" in err, f"names the holder: {err}"
    assert not [w for w in NOISE if w in err] and ROSTER_NAME not in err, err
    assert main(["--lang", "zh_CN", "import-roster", str(roster), "--db", url(database)]) == 0, "once free it works"


PG_URL = os.environ.get("DEALERDESK_TEST_PG_URL")


@pytest.mark.skipif(not PG_URL, reason="set DEALERDESK_TEST_PG_URL to test on PostgreSQL")
def test_postgresql_a_lock_held_by_another_session_is_said_in_chinese(roster, short_wait, capsys):
    from sqlalchemy import text

    from desktop.persistence.migrate import upgrade
    from desktop.services.context import ServiceContext

    other = ServiceContext.open(PG_URL, "colleague", migrate=False)
    try:
        with other.engine.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
        upgrade(other.engine)
        with other.engine.connect() as conn:
            conn.execute(text("LOCK TABLE dealers IN EXCLUSIVE MODE"))  # a colleague's long transaction
            code = main(["--lang", "zh_CN", "import-roster", str(roster), "--db", PG_URL])
            conn.rollback()
    finally:
        other.dispose()
    err = capsys.readouterr().err.strip()
    assert code == 2 and "数据库正忙" in err and "其他用户的会话" in err and "稍等片刻后重试" in err, err
    assert not [w for w in NOISE if w in err] and ROSTER_NAME not in err, err
