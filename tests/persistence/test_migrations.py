"""Alembic migrations: empty → head equals the models, round trip, HEAD constant, backups, SQLite pragmas."""

from __future__ import annotations

import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

import desktop.persistence.all_models  # noqa: F401  (every table on Base.metadata)
from desktop.persistence import migrate
from desktop.persistence.base import Base
from desktop.persistence.engine import make_engine
from desktop.persistence.errors import DatabaseError
from desktop.rules.dealers.vocab import DEFAULT_RANKS
from desktop.services.context import ServiceContext


@pytest.fixture
def engine(db_url):
    eng = make_engine(db_url)
    yield eng
    eng.dispose()


def _diffs(engine) -> list:
    with engine.connect() as conn:
        mc = MigrationContext.configure(conn, opts={"compare_type": True, "render_as_batch": True})
        return compare_metadata(mc, Base.metadata)


def _tables(engine) -> set[str]:
    return set(inspect(engine).get_table_names()) - {"alembic_version"}


def test_empty_to_head_creates_exactly_the_models(engine):
    assert _tables(engine) == set(), "a new file starts empty"
    assert migrate.upgrade(engine) is None, "upgrading an empty database makes no backup (nothing to save)"
    assert migrate.current_revision(engine) == migrate.HEAD, "the database is at HEAD after the upgrade"
    assert _tables(engine) == set(Base.metadata.tables), (
        f"tables differ: missing {set(Base.metadata.tables) - _tables(engine)}, extra {_tables(engine) - set(Base.metadata.tables)}")
    insp = inspect(engine)
    for name, table in Base.metadata.tables.items():
        in_db = {c["name"]: c for c in insp.get_columns(name)}
        assert set(in_db) == {c.name for c in table.columns}, f"{name}: columns differ from the model"
        for column in table.columns:
            assert in_db[column.name]["nullable"] == column.nullable, f"{name}.{column.name}: nullability differs"
    assert _diffs(engine) == [], f"the migrated schema must equal the models (autogenerate diff): {_diffs(engine)}"


def test_head_seeds_the_default_rank_scale(engine):
    migrate.upgrade(engine)
    with engine.connect() as conn:
        ranks = conn.execute(text("SELECT code, name_en, name_zh, level FROM staff_ranks ORDER BY level DESC")).all()
    assert [tuple(r) for r in ranks] == [tuple(r) for r in DEFAULT_RANKS], f"the SOP's rank scale is seeded: {ranks}"


def test_downgrade_to_base_and_upgrade_again(engine):
    migrate.upgrade(engine)
    migrate.downgrade(engine, "base")
    assert _tables(engine) == set(), f"downgrading to base drops every table, left: {_tables(engine)}"
    assert migrate.current_revision(engine) is None, "no revision after downgrading to base"
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == migrate.HEAD, "upgrading again reaches HEAD"
    assert _diffs(engine) == [], f"after the round trip the schema equals the models: {_diffs(engine)}"
    with engine.connect() as conn:
        count = conn.execute(text("SELECT count(*) FROM staff_ranks")).scalar()
    assert count == len(DEFAULT_RANKS), f"the rank scale is seeded once again, not twice: {count}"


def test_every_step_downgrades_and_upgrades(engine):
    script = ScriptDirectory.from_config(migrate.alembic_config(engine))
    revisions = [rev.revision for rev in reversed(list(script.walk_revisions()))]
    migrate.upgrade(engine)
    for target in reversed(revisions[:-1]):
        migrate.downgrade(engine, target)
        assert migrate.current_revision(engine) == target, f"downgrade stopped at {migrate.current_revision(engine)}, not {target}"
    for target in revisions[1:]:
        migrate.upgrade(engine, target)
        assert migrate.current_revision(engine) == target, f"upgrade stopped at {migrate.current_revision(engine)}, not {target}"
    assert _diffs(engine) == [], "stepping down and up again leaves the schema equal to the models"


def test_head_constant_is_alembics_single_head(engine):
    script = ScriptDirectory.from_config(migrate.alembic_config(engine))
    heads = script.get_heads()
    assert heads == [migrate.HEAD], f"HEAD in persistence/migrate.py is {migrate.HEAD}, Alembic's heads are {heads}"
    chain = [rev.revision for rev in script.walk_revisions()]
    assert chain[-1] == "0001_initial", f"the history starts at 0001_initial: {chain}"
    assert len(chain) == len(set(chain)), f"one linear history without branches: {chain}"


def test_existing_sqlite_file_is_copied_before_a_migration(db_url, engine):
    migrate.upgrade(engine, "0001_initial")
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO dealers (legal_name, short_name, province, city, district, address, main_models, dealer_type,"
            " contact_name, contact_phone, business_structure, repair_needs, entity_structure, willingness, licence_no,"
            " notes, archived, name_pinyin, name_initials, version, created_at, created_by, updated_at, updated_by)"
            " VALUES ('备份测试车商', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', 0, '', '', 1,"
            " '2026-01-01', 't', '2026-01-01', 't')"))
    backup = migrate.upgrade(engine)
    assert backup is not None and backup.exists(), f"upgrading an existing file must copy it aside first: {backup}"
    assert backup.parent == migrate.sqlite_file(engine).parent, "the copy sits beside the database"
    assert "before-migration" in backup.name, f"the copy's name says what it is: {backup.name}"
    with sqlite3.connect(backup) as conn:  # the copy is the database as it was, WAL folded in
        names = conn.execute("SELECT legal_name FROM dealers").fetchall()
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    assert names == [("备份测试车商",)], f"the copy holds the data written before the upgrade: {names}"
    assert revision == ("0001_initial",), f"the copy is at the old revision: {revision}"
    assert migrate.upgrade(engine) is None, "a database already at HEAD is neither migrated nor copied"


def test_sqlite_has_foreign_keys_and_wal(ctx):
    with ctx.unit() as s:
        assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1, "foreign keys must be enforced on SQLite"
        assert s.execute(text("PRAGMA journal_mode")).scalar().lower() == "wal", "SQLite runs in WAL mode"
        # before any transaction begins: a many-row insert's statement journal then stays in memory
        assert s.execute(text("PRAGMA temp_store")).scalar() == 2, "SQLite keeps its temporary files in memory"
    with pytest.raises(IntegrityError):
        with ctx.unit() as s:
            s.execute(text(
                "INSERT INTO dealer_sources (dealer_id, source) VALUES (424242, 'web')"))


def test_foreign_key_cascade_removes_children(ctx):
    with ctx.unit() as s:
        s.execute(text(
            "INSERT INTO dealers (id, legal_name, short_name, province, city, district, address, main_models, dealer_type,"
            " contact_name, contact_phone, business_structure, repair_needs, entity_structure, willingness, licence_no,"
            " notes, archived, name_pinyin, name_initials, version, created_at, created_by, updated_at, updated_by)"
            " VALUES (7, 'x', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', 0, '', '', 1,"
            " '2026-01-01', 't', '2026-01-01', 't')"))
        s.execute(text("INSERT INTO dealer_sources (dealer_id, source) VALUES (7, 'web')"))
    with ctx.unit() as s:
        s.execute(text("DELETE FROM dealers WHERE id = 7"))
    with ctx.unit() as s:
        left = s.execute(text("SELECT count(*) FROM dealer_sources")).scalar()
    assert left == 0, f"ON DELETE CASCADE must remove a deleted dealer's sources, {left} left"


def test_a_file_that_is_not_sqlite_is_a_one_line_database_error(tmp_path):
    bogus = tmp_path / "notes.sqlite3"
    bogus.write_text("this is a text file, not a database\n" * 20, encoding="utf-8")
    before = bogus.read_bytes()
    with pytest.raises(DatabaseError) as info:
        ServiceContext.open("sqlite:///" + bogus.as_posix(), "tester")
    message = str(info.value)
    assert "\n" not in message and "not a database" in message, f"one clear line expected, got {message!r}"
    assert bogus.read_bytes() == before, "the file must be left untouched"
    assert info.value.message("zh_CN") == "无法读取数据库：文件不是数据库", f"in Chinese for the user: {info.value.message('zh_CN')!r}"
    assert info.value.message("en") == message, "and the English line is the one logged"


def test_database_errors_speak_the_users_language(tmp_path):
    missing = tmp_path / "no-such-folder" / "desk.sqlite3"
    with pytest.raises(DatabaseError) as info:
        make_engine("sqlite:///" + missing.as_posix())
    assert str(info.value) == f"database folder does not exist: {missing.parent}", str(info.value)
    assert info.value.message("zh_CN") == f"数据库所在的文件夹不存在：{missing.parent}", info.value.message("zh_CN")
    with pytest.raises(DatabaseError) as info:
        make_engine("nosuchdb+nodriver://host/db")
    assert info.value.message("zh_CN").startswith("无法打开数据库 nosuchdb+nodriver://host/db："), info.value.message("zh_CN")


def test_a_database_at_head_is_opened_with_one_query(tmp_path):
    """Every start (each CLI command, the windows) asks whether to migrate: at HEAD that is one
    SELECT, not a schema inspection plus a SELECT, and not the history triggers' check, which loads
    every model and waits for the first unit of work (issue 15)."""
    from sqlalchemy import event
    from sqlalchemy.engine import Engine


    url = f"sqlite:///{tmp_path / 'head.sqlite3'}"
    ServiceContext.open(url, "tester").dispose()
    statements: list[str] = []

    def listener(*args):
        statements.append(args[2])

    event.listen(Engine, "before_cursor_execute", listener)
    try:
        ctx = ServiceContext.open(url, "tester")
        assert statements == ["SELECT version_num FROM alembic_version"], f"one query at HEAD: {statements}"
        with ctx.unit() as s:
            s.execute(text("SELECT 1"))
        assert any("app_meta" in sql for sql in statements), f"the first unit checks the history triggers: {statements}"
        ctx.dispose()
    finally:
        event.remove(Engine, "before_cursor_execute", listener)
    fresh = make_engine(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    try:
        assert migrate.current_revision(fresh) is None, "an empty database has no revision (and no error)"
    finally:
        fresh.dispose()
