"""``office verify-history`` (exit 0 intact, 1 altered) and ``office history TABLE ID``."""

from __future__ import annotations

import sys

from desktop.cli.common import open_context, print_json
from desktop.cli.office import action
from desktop.services.errors import local_time_text


def _configure_verify(p) -> None:
    p.add_argument("--json", action="store_true", help="print the verdict as one JSON object")


@action("verify-history", "check that no history entry was removed or altered (exit 0 intact, 1 altered)")(_configure_verify)
def run_verify(args) -> int:
    from desktop.services.office import history

    verdict = history.verify(open_context(args))
    if args.json:
        print_json(dict(intact=verdict.intact, checked=verdict.checked, broken_id=verdict.broken_id, problem=verdict.problem))
    else:
        sys.stdout.write(verdict.message() + "\n")
    return 0 if verdict.intact else 1


def _configure_history(p) -> None:
    p.add_argument("table", metavar="TABLE", help="e.g. dealers, contracts, policy_versions; 'dealer' for a whole dealer file")
    p.add_argument("record_id", metavar="ID")
    p.add_argument("--json", action="store_true", help="one JSON object per entry")


@action("history", "who changed a record, what and when (newest first)")(_configure_history)
def run_history(args) -> int:
    from desktop.services.office import history

    ctx = open_context(args)
    if args.table == "dealer":
        entries = history.history_of_dealer(ctx, int(args.record_id))
    else:
        entries = history.history_of(ctx, args.table, args.record_id)
    for e in entries:
        if args.json:
            print_json(dict(id=e.id, at=e.at, login=e.login, who=e.who, table=e.table, record_id=e.record_id, op=e.op,
                            changes={c.field: [c.old, c.new] for c in e.changes}))
        else:
            sys.stdout.write(e.title() + "\n")
            for line in e.lines():
                sys.stdout.write("    " + line + "\n")
    return 0
