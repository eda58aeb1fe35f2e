"""office init and user management against a real PostgreSQL: re-running init changes nothing,
logins get SCRAM passwords hashed on the client, only an administrator manages users, the last
administrator stays, a disabled login cannot sign in, the CLI reads the password from stdin."""

from __future__ import annotations

import io
import json

import psycopg
import pytest

from desktop.cli import main
from desktop.errors import ServiceError
from desktop.rules.office.permissions import ROLES
from desktop.services.office import users
from desktop.services.office.errors import OfficeRefused
from desktop.services.office.identity import current_identity
from desktop.services.office.setup import init_office
from tests.services.office import pg


def test_a_second_init_changes_nothing_and_says_so(office_db):
    report = init_office(office_db.owner_url, admin=office_db.logins["admin"], admin_password=lambda: pytest.fail("asked"))
    assert report.applied == [] and report.created_roles == [], f"nothing to apply on a second run: {report}"
    assert report.revision_before == report.revision_after, report
    lines = report.lines("zh_CN")
    assert "无需更改" in lines[1] and "已存在" in lines[-1], lines
    with office_db.connect() as conn:
        have = {r for (r,) in conn.execute("SELECT rolname FROM pg_roles WHERE rolname = ANY(%s) AND NOT rolcanlogin",
                                           [list(ROLES)])}
    assert have == set(ROLES), f"the six group roles exist as NOLOGIN roles: {have}"


def test_init_needs_postgresql(tmp_path):
    with pytest.raises(ServiceError) as err:
        init_office("sqlite:///" + (tmp_path / "x.sqlite3").as_posix())
    assert err.value.code == "office.needs_postgresql"


def test_passwords_are_stored_as_scram_hashes_made_on_the_client(office_db):
    with office_db.connect() as conn:
        stored = conn.execute("SELECT rolpassword FROM pg_authid WHERE rolname = %s", [office_db.logins["tm"]]).fetchone()[0]
    assert stored.startswith("SCRAM-SHA-256$") and pg.PASSWORD not in stored, "a SCRAM verifier, never the password"
    with office_db.connect("tm") as conn:
        assert conn.execute("SELECT session_user").fetchone()[0] == office_db.logins["tm"], "the login signs in"


def test_the_database_refuses_a_password_that_is_not_hashed(office_db):
    with office_db.connect("admin") as conn:
        with pytest.raises(psycopg.Error) as err:
            conn.execute("SELECT office.add_user('oddb_plain', 'x', ARRAY['specialist'], '', 'plain-text-secret')")
    assert err.value.sqlstate == "DD007" and err.value.diag.message_primary == "office.password_not_hashed"


def test_only_an_administrator_manages_users(office_ctx_of, office_db):
    lead = office_ctx_of("lead")
    with pytest.raises(OfficeRefused) as err:
        users.add_user(lead, pg.login_name("nobody"), "某人", ["specialist"], "", pg.PASSWORD)
    message = err.value.message("zh_CN")
    assert "管理用户与权限" in message and "系统管理员" in message, f"names the action and the role that may: {message}"
    with office_db.connect("lead") as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT office.set_roles(%s, ARRAY['admin'])", [office_db.logins["lead"]])


def test_roles_teams_and_disabling(office_ctx_of, office_db):
    admin = office_ctx_of("admin")
    login = pg.login_name("temp")
    pg.admin_sql(f'DROP ROLE IF EXISTS "{login}"')
    try:
        made = users.add_user(admin, login, "临时用户", ["specialist"], "B组", pg.PASSWORD)
        assert (made.roles, made.team, made.can_login) == (("specialist",), "B组", True), made
        changed = users.set_roles(admin, login, ["team_manager", "specialist"])
        assert changed.roles == ("specialist", "team_manager"), changed
        users.update_user(admin, login, display_name="李临时", team="A组")
        with pg.psycopg.connect(pg.libpq(pg.server_url(office_db.name, login, pg.PASSWORD))) as conn:
            assert conn.execute("SELECT office.my_team()").fetchone()[0] == "A组", "the team is the person's"
        off = users.set_enabled(admin, login, False)
        assert off.disabled and not off.can_login, off
        with pytest.raises(psycopg.OperationalError):
            psycopg.connect(pg.libpq(pg.server_url(office_db.name, login, pg.PASSWORD))).close()
        with office_db.connect() as conn:
            who = conn.execute("SELECT login FROM history WHERE table_name = 'app_users' AND record_id = %s "
                               "ORDER BY id DESC LIMIT 1", [login]).fetchone()
        assert who == (office_db.logins["admin"],), f"the history records the administrator: {who}"
    finally:
        pg.admin_sql(f'DROP ROLE IF EXISTS "{login}"')


def test_the_last_administrator_cannot_be_removed_nor_disable_themselves(office_ctx_of, office_db):
    admin = office_ctx_of("admin")
    me = office_db.logins["admin"]
    with pytest.raises(OfficeRefused) as err:
        users.set_roles(admin, me, ["leadership"])
    assert err.value.code == "office.last_admin", err.value.code
    with pytest.raises(OfficeRefused) as err:
        users.set_enabled(admin, me, False)
    assert err.value.code == "office.disable_self", err.value.code


def test_bad_input_is_named(office_ctx_of):
    admin = office_ctx_of("admin")
    for login, roles, code in (("Bad Name", ["specialist"], "office.bad_login"), ("ok_name", ["boss"], "office.bad_role"),
                               ("ok_name", [], "office.no_role"), ("specialist", ["specialist"], "office.bad_login")):
        with pytest.raises(ServiceError) as err:
            users.add_user(admin, login, "x", roles, "", pg.PASSWORD)
        assert err.value.code in (code, "office.reserved_login"), f"{login}/{roles}: {err.value.code}"
    with pytest.raises(ServiceError) as err:
        users.add_user(admin, "ok_name", "x", ["specialist"], "", "short")
    assert err.value.code == "office.password_short"


def test_identity_of_each_login(office_ctx_of, office_db):
    me = current_identity(office_ctx_of("spec"))
    assert (me.login, me.display_name, me.roles, me.team, me.is_office) == (
        office_db.logins["spec"], "测试spec", ("specialist",), "A组", True), me
    assert not me.may("approve_policy") and me.who_may("approve_policy") == ("channel_dept", "leadership")
    assert office_db.name in me.database, me.database
    assert current_identity(office_ctx_of("lead")).may("sign_contract")


def test_cli_add_user_reads_the_password_from_stdin_and_lists_as_json(office_db, monkeypatch, capsys):
    login = pg.login_name("cli")
    pg.admin_sql(f'DROP ROLE IF EXISTS "{login}"')
    try:
        monkeypatch.setattr("sys.stdin", io.StringIO("another-pass-1\n"))
        code = main(["office", "add-user", login, "--name", "王春梅", "--role", "team_manager", "--team", "A组",
                     "--db", office_db.url("admin"), "--lang", "zh_CN"])
        out = capsys.readouterr()
        assert code == 0 and "已添加用户" in out.out, (code, out)
        with pg.psycopg.connect(pg.libpq(pg.server_url(office_db.name, login, "another-pass-1"))) as conn:
            assert conn.execute("SELECT current_user").fetchone()[0] == login
        assert main(["office", "list-users", "--json", "--db", office_db.url("admin")]) == 0
        listed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
        mine = next(u for u in listed if u["login"] == login)
        assert (mine["name"], mine["roles"], mine["team"]) == ("王春梅", ["team_manager"], "A组"), mine
        code = main(["office", "add-user", "x_y", "--name", "x", "--role", "boss", "--db", office_db.url("admin")])
        assert code == 2 and "boss" in capsys.readouterr().err, "a bad role is one clear line, exit 2"
        assert main(["office", "add-user", pg.login_name("z"), "--name", "x", "--role", "specialist",
                     "--db", office_db.url("spec"), "--lang", "zh_CN"]) == 2
        assert "系统管理员" in capsys.readouterr().err, "refused, naming who may"
    finally:
        pg.admin_sql(f'DROP ROLE IF EXISTS "{login}"')


def test_the_connect_check_says_what_is_wrong(office_db):
    from desktop.services.office.connect import check_connection, office_url, safe_url

    good = check_connection(office_db.url("tm"))
    assert good.ok and good.identity.roles == ("team_manager",), good
    assert check_connection(pg.server_url(office_db.name + "_none", office_db.logins["tm"], pg.PASSWORD)).code == \
        "office.connect.no_database"
    assert check_connection(office_url("127.0.0.1", 1, office_db.name, "x", "y")).code == "office.connect.unreachable"
    assert check_connection(pg.server_url("postgres")).code == "office.connect.not_office"
    url = office_url("db.branch.local", None, "dealerdesk", "wangcm", "秘密", ca_file="/etc/ca.pem")
    assert "sslmode=verify-full" in url and "5432" in url and "秘密" not in safe_url(url), safe_url(url)
