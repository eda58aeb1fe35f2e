"""``dealerdesk office …``: set up and run a branch office's PostgreSQL database.

init (as the database owner), add-user, set-role, update-user, disable-user, enable-user,
reset-password, list-users, grant (users.py); verify-history, history, import-from (history.py).
A new password is read from standard input when it is not a terminal, else asked twice without echo.
"""

from __future__ import annotations

from desktop.cli.office import history, users  # noqa: F401  (each registers its actions)
from desktop.cli.office.registry import ACTIONS, shared_options
from desktop.cli.registry import command


def _configure(p) -> None:
    sub = p.add_subparsers(dest="office_command", metavar="ACTION", required=True, parser_class=type(p))
    for name, (help_text, configure, _run) in ACTIONS.items():
        q = sub.add_parser(name, help=help_text, description=help_text)
        shared_options(q)
        configure(q)


@command("office", "set up and run a branch office's PostgreSQL database (users, roles, history)")(_configure)
def run_office(args) -> int:
    return int(ACTIONS[args.office_command][2](args) or 0)
