"""The administrator's commands as the README gives them, each run through ``dealerdesk office …`` against
the real PostgreSQL: ``init`` on an empty database (the first administrator's password from standard
input) and again (nothing to change), ``set-role`` and ``disable-user`` (the login can no longer sign in),
and ``grant``: a contract action the administrator extends to another role is then let through by the
database itself for that role's raw SQL, and refused again once revoked."""

from __future__ import annotations

import io
import json

import psycopg
import pytest

from desktop.cli import main
from desktop.rules.office.permissions import ROLES
from tests.services.office import pg


def test_init_from_an_empty_database_then_again_changes_nothing(monkeypatch, capsys):
    if not pg.PG_URL:
        pytest.skip("set DEALERDESK_TEST_PG_URL")
    db = pg.OfficeDb(f"office_db_cli{pg.RUN}")
    admin = pg.login_name("first_admin", "cli")
    pg.drop(db)
    pg.admin_sql(f'CREATE DATABASE "{db.name}"', f'DROP ROLE IF EXISTS "{admin}"')
    db.logins = {"admin": admin}
    try:
        monkeypatch.setattr("sys.stdin", io.StringIO(pg.PASSWORD + "\n"))
        code = main(["office", "init", "--admin", admin, "--name", "张三", "--db", db.owner_url, "--lang", "zh_CN"])
        first = capsys.readouterr().out
        assert code == 0, first
        with db.connect("admin") as conn:
            me = conn.execute("SELECT session_user, pg_has_role(session_user, 'admin', 'MEMBER')").fetchone()
            groups = {r for (r,) in conn.execute("SELECT rolname FROM pg_roles WHERE rolname = ANY(%s)", [list(ROLES)])}
        assert me == (admin, True), f"the first administrator signs in with the password read from stdin: {me}"
        assert groups == set(ROLES), groups
        monkeypatch.setattr("sys.stdin", io.StringIO(""))  # a second run must not ask for anything
        assert main(["office", "init", "--admin", admin, "--db", db.owner_url, "--lang", "zh_CN"]) == 0
        second = capsys.readouterr().out
        assert "无需更改" in second and second != first, f"the second run says nothing changed:\n{second}"
    finally:
        pg.drop(db)


def _sign_as(db, key: str, contract_id: int) -> str:
    """'signed', or the SQLSTATE the database refused it with (raw SQL as the login; rolled back)."""
    with db.connect(key) as conn:
        try:
            with conn.transaction(force_rollback=True):
                done = conn.execute("UPDATE contracts SET status = 'signed', signed_on = current_date WHERE id = %s",
                                    [contract_id])
                return "signed" if done.rowcount == 1 else "no effect"
        except psycopg.Error as err:
            return err.sqlstate or "?"


def test_grant_lets_another_role_sign_in_the_database_and_revoke_takes_it_back(office_db, seed, capsys):
    admin, chan = office_db.url("admin"), seed.contract_review
    assert _sign_as(office_db, "chan", chan) != "signed", "the table: only leadership signs"
    assert main(["office", "grant", "sign_contract", "channel_dept", "--db", office_db.url("lead"), "--lang", "zh_CN"]) == 2
    assert "系统管理员" in capsys.readouterr().err, "only an administrator grants, and the refusal says so"
    assert _sign_as(office_db, "chan", chan) != "signed", "a refused grant changed nothing"
    try:
        assert main(["office", "grant", "sign_contract", "channel_dept", "--db", admin, "--lang", "zh_CN"]) == 0
        said = capsys.readouterr().out
        assert "签署合同" in said and "车商渠道主管部门" in said, said
        assert _sign_as(office_db, "chan", chan) == "signed", "granted: the database lets the channel department sign"
        assert _sign_as(office_db, "ops", chan) != "signed", "and nobody else"
        with office_db.connect("chan") as conn, conn.transaction(force_rollback=True):
            with pytest.raises(psycopg.Error) as err:
                conn.execute("UPDATE contracts SET status = 'terminated', terminated_on = current_date,"
                             " termination_reason = '违约' WHERE id = %s", [seed.contract_in_force])
        assert err.value.sqlstate == "42501" or err.value.sqlstate.startswith("DD"), "signing only, not terminating"
    finally:
        assert main(["office", "grant", "sign_contract", "channel_dept", "--revoke", "--db", admin]) == 0
        capsys.readouterr()
    assert _sign_as(office_db, "chan", chan) != "signed", "revoked: refused again"


def test_set_role_and_disable_user_from_the_command_line(office_db, monkeypatch, capsys):
    login = pg.login_name("cli_roles")
    admin = office_db.url("admin")
    pg.admin_sql(f'DROP ROLE IF EXISTS "{login}"')
    try:
        monkeypatch.setattr("sys.stdin", io.StringIO("cli-roles-pass-1\n"))
        assert main(["office", "add-user", login, "--name", "刘洋", "--role", "specialist", "--team", "A组", "--db", admin]) == 0
        assert main(["office", "set-role", login, "team_manager,channel_dept", "--db", admin, "--lang", "zh_CN"]) == 0
        capsys.readouterr()
        with psycopg.connect(pg.libpq(pg.server_url(office_db.name, login, "cli-roles-pass-1"))) as conn:
            held = {r for (r,) in conn.execute("SELECT rolname FROM pg_roles WHERE rolname = ANY(%s)"
                                               " AND pg_has_role(session_user, oid, 'MEMBER')", [list(ROLES)])}
        assert held == {"team_manager", "channel_dept"}, f"the login now holds exactly the new group roles: {held}"
        assert main(["office", "disable-user", login, "--db", admin, "--lang", "zh_CN"]) == 0
        capsys.readouterr()
        with pytest.raises(psycopg.OperationalError):
            psycopg.connect(pg.libpq(pg.server_url(office_db.name, login, "cli-roles-pass-1"))).close()
        assert main(["office", "list-users", "--json", "--db", admin]) == 0
        mine = next(u for u in map(json.loads, capsys.readouterr().out.splitlines()) if u["login"] == login)
        assert sorted(mine["roles"]) == ["channel_dept", "team_manager"], mine
        assert (mine["disabled"], mine["can_login"]) == (True, False), f"listed as disabled: {mine}"
    finally:
        pg.admin_sql(f'DROP ROLE IF EXISTS "{login}"')
