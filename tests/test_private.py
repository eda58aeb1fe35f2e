"""Personal data stays its owner's: the data folder and everything in it owner-only (0700/0600) on
POSIX, whatever the umask — the database and its -wal/-shm, backups, automatic and before-restore
and before-migration copies, settings, logs; exports keep following the umask. And the log never
holds a value a person typed, also when the database is locked."""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.rules.dealers import records as r

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask():
    """The usual desktop umask: new files 0644, folders 0755 unless the app says otherwise."""
    before = os.umask(0o022)
    yield
    os.umask(before)


@pytest.fixture
def fresh_home(tmp_path, monkeypatch, open_umask):
    home = tmp_path / "home" / "DealerDesk"  # not there yet: the app creates it
    monkeypatch.setenv("DEALERDESK_HOME", str(home))
    return home


def test_everything_the_app_keeps_is_owner_only(fresh_home, tmp_path):
    from desktop.config import Settings, resolve_database_url
    from desktop.persistence import migrate
    from desktop.services.backup import daily as auto_backup, create as backup, restore
    from desktop.services.dealers import files as dealers
    from desktop.services.rosters import export as roster_export
    from desktop.services.context import ServiceContext

    ctx = ServiceContext.open(resolve_database_url(None, Settings()), "tester")
    try:
        dealers.save(ctx, r.Dealer(legal_name="甲汽车有限公司", city="杭州", contact_name="张伟", contact_phone="13812345678"))
        db = Path(ctx.engine.url.database)
        assert db.parent == fresh_home and _mode(fresh_home) == 0o700, f"the data folder is 0700: {oct(_mode(fresh_home))}"
        for path in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
            assert path.exists() and _mode(path) == 0o600, f"{path.name} is 0600: {oct(_mode(path))}"
        elsewhere = tmp_path / "usb"
        elsewhere.mkdir()
        copy = backup.backup(ctx, elsewhere / "copy.sqlite3").path
        assert _mode(copy) == 0o600, f"a backup holds the same personal data: 0600 ({oct(_mode(copy))})"
        daily = auto_backup.run(ctx, auto_backup.default_folder()).path
        assert (_mode(daily.parent), _mode(daily)) == (0o700, 0o600), "the automatic backups and their folder"
        saved = restore.restore(ctx, copy).saved_copy
        assert _mode(saved) == 0o600, f"the before-restore copy: {oct(_mode(saved))}"
        migrate.downgrade(ctx.engine, "0004_contracts")
        before_migration = migrate.upgrade(ctx.engine)
        assert before_migration is not None and _mode(before_migration) == 0o600, "the before-migration copy"
        Settings(profile_name="张伟").save()
        assert _mode(Settings.path()) == 0o600, "the settings file"
        exported = roster_export.export(ctx, elsewhere / "roster.xlsx").path
        assert _mode(exported) == 0o644, f"an export follows the user's umask as before: {oct(_mode(exported))}"
    finally:
        ctx.dispose()


def test_the_log_is_owner_only(fresh_home):
    import sys

    from desktop import logs

    root = logging.getLogger()
    before, hook = list(root.handlers), sys.unraisablehook
    for h in before:  # setup_logging leaves a configured logging alone (pytest's capture is one)
        root.removeHandler(h)
    try:
        logs.setup_logging()
        logging.getLogger("dealerdesk").error("a line")
        added = [h for h in root.handlers if h not in before]
        for h in added:
            h.flush()
        log = fresh_home / "logs" / "dealerdesk.log"
        assert (_mode(log.parent), _mode(log)) == (0o700, 0o600), f"log folder and file: {oct(_mode(log.parent))} {oct(_mode(log))}"
    finally:
        for h in [h for h in root.handlers if h not in before]:
            root.removeHandler(h)
            h.close()
        for h in before:
            root.addHandler(h)
        sys.unraisablehook = hook


def test_a_start_tightens_what_an_older_version_left_open(fresh_home, tmp_path):
    (fresh_home / "backups").mkdir(parents=True)
    os.chmod(fresh_home, 0o755)
    loose = [fresh_home / "dealerdesk.sqlite3", fresh_home / "backups" / "dealerdesk-auto-2026-01-01-0900.sqlite3",
             fresh_home / "settings.json"]
    for path in loose:
        path.write_bytes(b"")
        os.chmod(path, 0o644)
    env = {**os.environ, "DEALERDESK_HOME": str(fresh_home)}
    done = subprocess.run([sys.executable, "-m", "desktop", "--db", "sqlite:///" + (tmp_path / "other.sqlite3").as_posix(),
                           "list", "dealers"], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert _mode(fresh_home) == 0o700 and _mode(fresh_home / "backups") == 0o700, "the folders"
    for path in loose:
        assert _mode(path) == 0o600, f"{path.name}: {oct(_mode(path))}"


# --- the log never holds what a person typed ------------------------------------------------------

SECRET = dict(contact_name="王秀英", contact_phone="13912345678", notes="家住西湖区文三路 88 号，周末不接电话")


def _read_logged(home: Path, err: BaseException) -> str:
    """Log ``err`` as the windows do (ui.toolkit.errors.show_error) through the app's own log handler."""
    import sys

    from desktop import logs

    root = logging.getLogger()
    before, hook = list(root.handlers), sys.unraisablehook
    for h in before:  # setup_logging leaves a configured logging alone (pytest's capture is one)
        root.removeHandler(h)
    try:
        logs.setup_logging()
        logging.getLogger("dealerdesk.ui").error("operation failed", exc_info=(type(err), err, err.__traceback__))
    finally:
        for h in [h for h in root.handlers if h not in before]:
            root.removeHandler(h)
            h.close()
        for h in before:
            root.addHandler(h)
        sys.unraisablehook = hook
    return (home / "logs" / "dealerdesk.log").read_text(encoding="utf-8")


def test_database_is_locked_logs_no_personal_values(fresh_home, tmp_path, monkeypatch):
    from sqlalchemy.exc import OperationalError

    from desktop.persistence import engine as engine_module
    from desktop.persistence.errors import DatabaseError
    from desktop.services.dealers import files as dealers
    from desktop.services.context import ServiceContext

    pragmas = engine_module._sqlite_pragmas

    def quick_pragmas(conn, record):  # the same connection set-up, with a short wait for the lock
        pragmas(conn, record)
        conn.execute("PRAGMA busy_timeout=300")

    monkeypatch.setattr(engine_module, "_sqlite_pragmas", quick_pragmas)
    url = "sqlite:///" + (tmp_path / "locked.sqlite3").as_posix()
    ctx = ServiceContext.open(url, "tester")
    holder = sqlite3.connect(tmp_path / "locked.sqlite3")
    holder.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        with pytest.raises(DatabaseError) as caught:  # the translated "busy" message (issue 10 §4)
            dealers.save(ctx, r.Dealer(legal_name="甲汽车有限公司", city="杭州", **SECRET))
    finally:
        holder.rollback()
        holder.close()
        ctx.dispose()
    driver = caught.value.__cause__
    assert isinstance(driver, OperationalError) and "database is locked" in str(driver), f"the lock: {driver}"
    logged = _read_logged(fresh_home, caught.value)
    assert "database is locked" in logged, "the log says what went wrong"
    for value in SECRET.values():
        assert value not in logged and value not in str(caught.value), f"{value!r} is not in the error or the log:\n{logged}"


def test_any_statement_error_logs_no_parameter_values(fresh_home, tmp_path):
    """A failing INSERT carries its values in SQLAlchemy's error text: our engine hides them, and the
    log's formatter blanks them even from an engine made elsewhere."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import IntegrityError

    from desktop.persistence.engine import make_engine

    for engine in (make_engine("sqlite:///" + (tmp_path / "a.sqlite3").as_posix()),
                   create_engine("sqlite:///" + (tmp_path / "b.sqlite3").as_posix())):
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE people (name TEXT NOT NULL UNIQUE, phone TEXT)"))
            conn.execute(text("INSERT INTO people VALUES ('x', '1')"))
        with pytest.raises(IntegrityError) as caught:
            with engine.begin() as conn:
                conn.execute(text("INSERT INTO people VALUES (:name, :phone)"), [{"name": "x", "phone": SECRET["contact_phone"]}])
        engine.dispose()
        logged = _read_logged(fresh_home, caught.value)
        assert "UNIQUE constraint failed" in logged and "INSERT INTO people" in logged, "the log names the error and the statement"
        assert SECRET["contact_phone"] not in logged, f"but not the values:\n{logged}"


def test_tightening_never_makes_a_read_only_database_writable(tmp_path):
    """A person who made the database read-only keeps it so: the start only takes permissions away
    (the write is then refused with the read-only message, tests/cli/test_database_errors.py)."""
    from desktop.persistence.engine import make_engine
    from desktop.private import secure_tree

    path = tmp_path / "readonly.sqlite3"
    sqlite3.connect(path).close()
    os.chmod(path, 0o444)
    make_engine("sqlite:///" + path.as_posix()).dispose()
    assert _mode(path) == 0o400, f"owner-only, and still read-only: {oct(_mode(path))}"
    os.chmod(tmp_path, 0o755)
    secure_tree(tmp_path)
    assert _mode(path) == 0o400 and _mode(tmp_path) == 0o700, "a start's tightening adds no permission either"
