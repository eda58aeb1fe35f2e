"""``office init`` (as the database owner) and the administrator's user actions: add-user, set-role,
update-user, disable-user, enable-user, reset-password, list-users, grant."""

from __future__ import annotations

import sys

from desktop.cli.common import UsageError, open_context, print_json, print_table
from desktop.cli.office.registry import action, may_manage, read_password, roles_of
from desktop.config import resolve_database_url
from desktop.i18n import t
from desktop.rules.office.permissions import GRANTABLE, ROLES
from desktop.services.office import users
from desktop.services.office.setup import init_office


# --- init ----------------------------------------------------------------------------------------
def _configure_init(p) -> None:
    p.add_argument("--admin", default="", metavar="LOGIN", help="the first administrator's login (created once)")
    p.add_argument("--name", default="", help="the administrator's name as shown, e.g. 王春梅")
    p.add_argument("--team", default="", help="the administrator's team")
    p.add_argument("--no-password", action="store_true",
                   help="no password: the company directory (LDAP/GSSAPI in pg_hba.conf) authenticates the login")


@action("init", "create or upgrade the office database: schema, roles, grants, row-level security, history, first administrator")(_configure_init)
def run_init(args) -> int:
    url = resolve_database_url(args.db, args.settings)
    password = None if args.no_password else (lambda: read_password(args))
    report = init_office(url, admin=args.admin, admin_name=args.name, admin_password=password, admin_team=args.team)
    for line in report.lines():
        sys.stdout.write(line + "\n")
    return 0


# --- users ---------------------------------------------------------------------------------------
def _configure_add(p) -> None:
    p.add_argument("login", metavar="LOGIN", help="the person's login")
    p.add_argument("--name", required=True, help="the name shown in the app and the history, e.g. 王春梅")
    p.add_argument("--role", required=True, metavar="ROLE[,ROLE]", help="one or more of: " + ", ".join(ROLES))
    p.add_argument("--team", default="", help="the team whose dealers the person works on")
    p.add_argument("--no-password", action="store_true", help="no password: the company directory authenticates the login")


@action("add-user", "add a person: a PostgreSQL login in the given group role(s)")(_configure_add)
def run_add(args) -> int:
    roles = roles_of(args.role)
    ctx = open_context(args)
    may_manage(ctx)  # before asking for a password the database would refuse anyway
    password = None if args.no_password else read_password(args)
    user = users.add_user(ctx, args.login, args.name, roles, args.team, password)
    sys.stdout.write(t("office.cli.user_added", login=user.login, roles=", ".join(user.roles)) + "\n")
    return 0


def _configure_set_role(p) -> None:
    p.add_argument("login", metavar="LOGIN", help="the person's login")
    p.add_argument("roles", metavar="ROLE[,ROLE]", help="the person's roles from now on: " + ", ".join(ROLES))


@action("set-role", "replace a person's roles")(_configure_set_role)
def run_set_role(args) -> int:
    user = users.set_roles(open_context(args), args.login, roles_of(args.roles))
    sys.stdout.write(t("office.cli.roles_set", login=user.login, roles=", ".join(user.roles)) + "\n")
    return 0


def _configure_update(p) -> None:
    p.add_argument("login", metavar="LOGIN", help="the person's login")
    p.add_argument("--name", default=None, help="the name shown in the app and the history, e.g. 王春梅")
    p.add_argument("--team", default=None, help="the team whose dealers the person works on")


@action("update-user", "change a person's shown name or team")(_configure_update)
def run_update(args) -> int:
    if args.name is None and args.team is None:
        raise UsageError(t("cli.use.name_or_team"))
    user = users.update_user(open_context(args), args.login, display_name=args.name, team=args.team)
    sys.stdout.write(t("office.cli.user_updated", login=user.login, name=user.display_name, team=user.team or "—") + "\n")
    return 0


def _configure_login(p) -> None:
    p.add_argument("login", metavar="LOGIN", help="the person's login")


@action("disable-user", "stop a person signing in (their history stays)")(_configure_login)
def run_disable(args) -> int:
    users.set_enabled(open_context(args), args.login, False)
    sys.stdout.write(t("office.cli.user_disabled", login=args.login) + "\n")
    return 0


@action("enable-user", "let a disabled person sign in again")(_configure_login)
def run_enable(args) -> int:
    users.set_enabled(open_context(args), args.login, True)
    sys.stdout.write(t("office.cli.user_enabled", login=args.login) + "\n")
    return 0


@action("reset-password", "set a person's password (read from standard input, or typed twice)")(_configure_login)
def run_reset(args) -> int:
    ctx = open_context(args)
    may_manage(ctx)
    users.reset_password(ctx, args.login, read_password(args))
    sys.stdout.write(t("office.cli.password_set", login=args.login) + "\n")
    return 0


def _configure_list(p) -> None:
    p.add_argument("--json", action="store_true", help="one JSON object per person")


@action("list-users", "list the people, their roles and teams")(_configure_list)
def run_list(args) -> int:
    people = users.list_users(open_context(args))
    records = [dict(login=u.login, name=u.display_name, team=u.team, roles=list(u.roles), disabled=u.disabled,
                    can_login=u.can_login) for u in people]
    if args.json:
        for record in records:
            print_json(record)
        return 0
    rows = [dict(r, roles="、".join(t(f"office.role.{x}") for x in r["roles"]),
                 state=t("office.cli.disabled") if r["disabled"] else "") for r in records]
    print_table(rows, [("login", t("office.cli.login")), ("name", t("office.cli.name")), ("team", t("office.cli.team")),
                       ("roles", t("office.cli.roles")), ("state", "")])
    return 0


def _configure_grant(p) -> None:
    p.add_argument("grant_action", metavar="ACTION", choices=[a.value for a in GRANTABLE],
                   help="one of: " + ", ".join(a.value for a in GRANTABLE))
    p.add_argument("role", metavar="ROLE", choices=list(ROLES), help="the role given the right: " + ", ".join(ROLES))
    p.add_argument("--revoke", action="store_true", help="take the grant back")


@action("grant", "let another role sign, activate or terminate contracts (or --revoke it)")(_configure_grant)
def run_grant(args) -> int:
    users.grant_action(open_context(args), args.grant_action, args.role, not args.revoke)
    key = "office.cli.revoked" if args.revoke else "office.cli.granted"
    sys.stdout.write(t(key, action=t(f"office.action.{args.grant_action}"), role=t(f"office.role.{args.role}")) + "\n")
    return 0

