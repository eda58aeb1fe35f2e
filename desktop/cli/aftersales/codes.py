"""``assign-dealer-code`` (map an agency/repair-shop code or a name to a dealer), ``dealer-codes``,
``purge-policyholders`` (apply the personal-data retention now)."""

from __future__ import annotations

import sys

from desktop.cli.common import UsageError, open_context, print_json, print_keyed
from desktop.cli.registry import command
from desktop.i18n import t
from desktop.services.aftersales import codes as dealer_codes, retention


def _configure_assign(p) -> None:
    p.add_argument("dealer_id", type=int, metavar="DEALER_ID", help="the dealer's id (see: dealerdesk list dealers)")
    p.add_argument("--code", default="", help="an agency code or repair-shop code of the core system")
    p.add_argument("--name", default="", help="a name the core system uses for the dealer")


@command("assign-dealer-code", "map a code or name of the insurer's lists to a dealer (for every later import)")(_configure_assign)
def run_assign(args) -> int:
    if bool(args.code) == bool(args.name):
        raise UsageError(t("cli.use.code_or_name"))
    kind, text = ("code", args.code) if args.code else ("name", args.name)
    line = dealer_codes.assign(open_context(args), args.dealer_id, kind, text)
    sys.stdout.write(t("aftersales.code.assigned", text=line.text, name=line.dealer_name, id=line.dealer_id) + "\n")
    return 0


def _configure_list(p) -> None:
    p.add_argument("--dealer", type=int, metavar="ID", default=None, help="only this dealer's")
    p.add_argument("--json", action="store_true", help="one JSON object per code")


@command("dealer-codes", "list the codes and names mapped to dealers")(_configure_list)
def run_list(args) -> int:
    rows = [dict(dealer_id=c.dealer_id, dealer=c.dealer_name, kind=c.kind, text=c.text)
            for c in dealer_codes.list_codes(open_context(args), args.dealer)]
    if args.json:
        for row in rows:
            print_json(row)
    else:
        print_keyed(rows, ("dealer_id", "dealer", "kind", "text"), {"kind": "cli.kind."})
    return 0


def _configure_purge(p) -> None:
    p.add_argument("--months", type=int, default=None, help="set the retention (months after a policy ends) first")


@command("purge-policyholders", "blank policyholders' names and phones kept longer than the retention setting")(_configure_purge)
def run_purge(args) -> int:
    ctx = open_context(args)
    if args.months is not None:
        retention.set_months(ctx, args.months)
    n = retention.purge(ctx)
    sys.stdout.write(t("aftersales.retention.purged", n=n, day=retention.cutoff(ctx).isoformat()) + "\n")
    return 0
