"""``import-sales``: the monthly new-car sales sheet (one row per dealer and month, the base of the
新车承保率), as the import window reads it (``services.aftersales.sales_import``), with the
import-roster / import-policies options and exit codes.

Exit codes: 0 every row imported or unchanged; 1 some rows invalid or without a dealer (the others
are written unless --strict or --dry-run, which write nothing); 2 the file cannot be used at all.
"""

from __future__ import annotations

import sys

from desktop.cli.common import print_problems, fail, open_context, print_json
from desktop.cli.registry import command
from desktop.i18n import t

SALES_MODELS = ("aftersales", "rosters", "dealers")  # the sales, the dealers and their mapped codes


def _configure(p) -> None:
    p.add_argument("file", metavar="FILE", help="the sales sheet: .xlsx .xlsm .xlsb .xls .ods or .csv")
    p.add_argument("--sheet", metavar="NAME", default=None, help="sheet to read (default: the first visible one with data)")
    p.add_argument("--dry-run", action="store_true", help="check and count, write nothing")
    p.add_argument("--strict", action="store_true", help="write nothing unless every row is accepted")
    p.add_argument("--json", action="store_true", help="print one JSON object with the counts, every problem and the unmatched dealers")


@command("import-sales", "import the monthly new-car sales sheet (one row per dealer and month) for the new-car rate")(_configure)
def run_import_sales(args) -> int:
    from desktop.services.aftersales import sales_import
    from desktop.spreadsheets.errors import UnusableFile

    ctx = open_context(args, models=SALES_MODELS)
    try:
        plan = sales_import.plan(ctx, args.file, sheet=args.sheet)
    except UnusableFile as err:
        return fail(err.message())
    counts = plan.counts()
    rejected = counts["invalid"] + counts["unmatched"]
    written = sales_import.commit(ctx, plan) if not args.dry_run and not (args.strict and rejected) else 0
    counts = dict(created=counts["new"], updated=counts["changed"], unchanged=counts["unchanged"], invalid=counts["invalid"],
                  unmatched=counts["unmatched"])
    errors = [dict(sheet=plan.sheet, row=line.row, column=line.column, value=line.value, message=line.message())
              for line in plan.rows if line.status in ("invalid", "unmatched")]
    if args.json:
        print_json({**counts, "written": written, "errors": errors, "unmatched_dealers": plan.unmatched()})
    else:
        _report(args, counts, rejected, written, errors)
    return 1 if rejected else 0


def _report(args, counts: dict, rejected: int, written: int, errors: list[dict]) -> None:
    out = sys.stdout
    out.write((t("roster.summary.dry") if args.dry_run else "") + t("aftersales.sales.summary", **counts) + "\n")
    if args.strict and rejected and not args.dry_run:
        out.write(t("roster.summary.strict", n=rejected) + "\n")
    if written:
        out.write(t("aftersales.sales.written", n=written) + "\n")
    print_problems(errors, "aftersales.sales.more")
