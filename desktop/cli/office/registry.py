"""The ``office`` command's actions register here (``@action``); what they share: reading a new
password, parsing roles, the manage-users check before asking for a password."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Callable

from desktop.cli.common import UsageError
from desktop.i18n import t
from desktop.rules.office.permissions import ROLES, Action
from desktop.services.office.errors import OfficeRefused
from desktop.services.office.identity import current_identity

ACTIONS: dict[str, tuple[str, Callable, Callable]] = {}


def action(name: str, help_text: str):
    def wrap(configure):
        def decorator(run):
            ACTIONS[name] = (help_text, configure, run)
            return run
        return decorator
    return wrap


def shared_options(p) -> None:  # the global options, also after the action's name
    p.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help="the office database (postgresql+psycopg://…)")
    p.add_argument("--lang", metavar="L", choices=["zh_CN", "en"], default=argparse.SUPPRESS, help="language")


def read_password(args, *, confirm: bool = True) -> str:
    """The new password: one line of standard input when it is not a terminal, else typed twice."""
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass(t("office.cli.password") + ": ")
    if confirm and getpass.getpass(t("office.cli.password_again") + ": ") != first:
        raise UsageError(t("office.password_mismatch"))
    return first


def may_manage(ctx) -> None:
    """Refuse before asking a password the database would refuse anyway."""
    if ctx.office and not current_identity(ctx).may(Action.MANAGE_USERS):
        raise OfficeRefused("office.denied", Action.MANAGE_USERS.value)


def roles_of(value: str) -> list[str]:
    roles = [r.strip() for r in value.split(",") if r.strip()]
    bad = [r for r in roles if r not in ROLES]
    if bad or not roles:
        raise UsageError(t("office.bad_role", value=", ".join(bad) or value))
    return roles
