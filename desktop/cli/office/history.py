"""``office verify-history`` (exit 0 intact, 1 altered), ``office history TABLE ID`` and ``office import-from``."""

from __future__ import annotations

import sys

from desktop.cli.common import open_context, print_json, print_table
from desktop.cli.office.registry import action
from desktop.i18n import t
from desktop.services.office import history
from desktop.services.office.importer import import_from


def _configure_verify(p) -> None:
    p.add_argument("--json", action="store_true", help="print the verdict as one JSON object")


@action("verify-history", "check that no history entry was removed or altered (exit 0 intact, 1 altered)")(_configure_verify)
def run_verify(args) -> int:
    verdict = history.verify(open_context(args))
    if args.json:
        print_json(dict(intact=verdict.intact, checked=verdict.checked, broken_id=verdict.broken_id, problem=verdict.problem))
    else:
        sys.stdout.write(verdict.message() + "\n")
    return 0 if verdict.intact else 1


def _configure_history(p) -> None:
    p.add_argument("table", metavar="TABLE", help="e.g. dealers, contracts, policy_versions; 'dealer' for a whole dealer file")
    p.add_argument("record_id", metavar="ID", help="the record's id (a dealer's id with 'dealer')")
    p.add_argument("--json", action="store_true", help="one JSON object per entry")


@action("history", "who changed a record, what and when (newest first)")(_configure_history)
def run_history(args) -> int:
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


def _configure_import(p) -> None:
    p.add_argument("source", metavar="SOURCE", help="the single-user database, e.g. sqlite:///C:/Users/me/dealerdesk.sqlite3")
    p.add_argument("--as", dest="login", required=True, metavar="LOGIN",
                   help="the office login the records belong to (stamps, history, team)")


@action("import-from", "copy a single-user database into the office database in one transaction (run as the owner)")(_configure_import)
def run_import(args) -> int:
    report = import_from(open_context(args), args.source, args.login)
    rows = [dict(table=c.table, in_file=c.in_file, copied=c.copied_now, before=c.copied_before,
                 office=f"{c.office_before} → {c.office_after}") for c in report.counts if c.in_file or c.office_after]
    print_table(rows, [("table", t("office.import.table")), ("in_file", t("office.import.in_file")),
                       ("copied", t("office.import.copied")), ("before", t("office.import.before")),
                       ("office", t("office.import.office"))])
    key = "office.import.done" if report.copied else "office.import.nothing"
    sys.stdout.write(t(key, count=report.copied, login=report.login) + "\n")
    return 0
