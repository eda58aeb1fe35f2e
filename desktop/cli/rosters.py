"""``import-roster``, ``export-roster``, ``roster-template`` (and ``roster-imports``/``undo-roster-import``).

Exit codes of import-roster: 0 every row accepted; 1 some rows rejected (the valid ones are
committed unless --strict or --dry-run, which write nothing); 2 the file cannot be used at all.
"""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.cli.common import print_problems, UsageError, fail, import_record, open_context, print_json, print_rows, read_ahead
from desktop.cli.registry import command
from desktop.i18n import t

# Services are imported by the commands that use them: import-roster starts reading the file
# before it loads SQLAlchemy and the import's modules, and never loads openpyxl unless asked
# for an error workbook.
MODES = ("create", "update", "upsert")  # services.rosters.read.MODES (a test keeps them equal)


def _configure_import(p) -> None:
    p.add_argument("file", metavar="FILE", help="roster: .xlsx .xlsm .xlsb .xls .ods or .csv")
    p.add_argument("--sheet", metavar="NAME", default=None, help="sheet to read (default: the first visible one with data)")
    p.add_argument("--mode", choices=MODES, default="upsert",
                   help="create: only new dealers; update: only existing ones; upsert: both (default)")
    p.add_argument("--dry-run", action="store_true", help="check and count, write nothing")
    p.add_argument("--strict", action="store_true", help="write nothing unless every row is accepted")
    p.add_argument("--errors", metavar="OUT.xlsx", default=None, help="write the rejected rows with their problems to this workbook")
    p.add_argument("--json", action="store_true", help="print one JSON object with the counts and every problem")


@command("import-roster", "import dealers from a roster spreadsheet or CSV")(_configure_import)
def run_import(args) -> int:
    if args.errors and Path(args.errors).suffix.lower() != ".xlsx":
        raise UsageError(t("cli.use.errors_xlsx"))
    from desktop.spreadsheets.errors import UnusableFile

    reading = read_ahead(args)  # the file read on a thread while this one loads the import's modules
    from desktop.services.rosters import commit as roster_write
    from desktop.services.rosters import read as roster_import

    ctx = open_context(args)
    try:
        plan = roster_import.analyse(ctx, roster_import.open_roster(ctx, args.file, args.sheet, reading), args.mode)
    except UnusableFile as err:
        return fail(err.message())
    counts = plan.counts()
    rejected = counts["duplicates"] + counts["invalid"]
    written = not args.dry_run and not (args.strict and rejected)
    result = roster_write.commit(ctx, plan) if written else None
    if args.errors and rejected:
        from desktop.services.rosters.report import write_error_report

        write_error_report(plan, args.errors)
    if args.json:
        keys = ("created", "updated", "unchanged", "duplicates", "invalid")
        print_json({**{k: counts[k] for k in keys}, "errors": plan.errors()})
    else:
        _report(args, plan, counts, rejected, result)
    return 1 if rejected else 0


def _report(args, plan, counts: dict, rejected: int, result) -> None:
    out = sys.stdout
    summary = t("roster.summary", **counts)
    if args.dry_run:
        summary = t("roster.summary.dry") + summary
    out.write(summary + "\n")
    if args.strict and rejected and not args.dry_run:
        out.write(t("roster.summary.strict", n=rejected) + "\n")
    if result is not None:
        out.write(t("roster.summary.batch", id=result.import_id) + "\n")
    if plan.skipped:
        rows = ", ".join(str(r) for r, _kind in plan.skipped[:20]) + (" …" if len(plan.skipped) > 20 else "")
        out.write(t("roster.summary.skipped", n=len(plan.skipped), rows=rows) + "\n")
    errors = plan.errors()
    print_problems(errors, "roster.summary.more")
    if args.errors and rejected:
        out.write(t("roster.summary.errors_file", path=args.errors) + "\n")


def _configure_export(p) -> None:
    p.add_argument("out", metavar="OUT.xlsx", help="workbook to write")
    p.add_argument("--city", default="", help="only dealers in this city")
    p.add_argument("--brand", default="", help="only dealers selling this brand")
    p.add_argument("--include-sensitive", action="store_true",
                   help="also write key people's phones and sensitive fields (birth year, background, highlights, hobbies)")


def _check_xlsx(path: str) -> None:
    if Path(path).suffix.lower() != ".xlsx":
        raise UsageError(t("cli.use.out_suffix", path=path, suffix=".xlsx"))


@command("export-roster", "write the dealer roster to an Excel workbook")(_configure_export)
def run_export(args) -> int:
    _check_xlsx(args.out)
    from desktop.services.rosters import export as roster_export

    ctx = open_context(args)
    result = roster_export.export(ctx, args.out, city=args.city, brand=args.brand, include_sensitive=args.include_sensitive)
    sys.stdout.write(t("roster.exported", n=result.dealers, path=args.out) + "\n")
    if result.cut:
        sys.stderr.write(result.cut_text() + "\n")
    return 0


def _configure_template(p) -> None:
    p.add_argument("out", metavar="OUT.xlsx", help="workbook to write")


@command("roster-template", "write an empty roster workbook with headers, drop-downs and instructions")(_configure_template)
def run_template(args) -> int:
    from desktop.services.rosters import export as roster_export

    _check_xlsx(args.out)
    roster_export.template(args.out)
    sys.stdout.write(t("roster.template_written", path=args.out) + "\n")
    return 0


def _configure_imports(p) -> None:
    p.add_argument("--json", action="store_true", help="one JSON object per import")


@command("roster-imports", "list past roster imports (newest first)")(_configure_imports)
def run_imports(args) -> int:
    from desktop.services.rosters import history as roster_history

    records = [import_record(r, mode=r.mode) for r in roster_history.list_imports(open_context(args))]
    print_rows(records, ("id", "at", "by", "file", "sheet", "created", "updated", "undone"), args.json)
    return 0


def _configure_undo(p) -> None:
    p.add_argument("import_id", type=int, metavar="ID", help="the import to undo (see roster-imports)")


@command("undo-roster-import", "undo one roster import: delete the dealers it created, restore what it updated")(_configure_undo)
def run_undo(args) -> int:
    from desktop.services.rosters import history as roster_history

    result = roster_history.undo(open_context(args), args.import_id)
    sys.stdout.write(t("roster.undo.done", deleted=result.deleted, restored=result.restored, kept=len(result.kept)) + "\n")
    for dealer_id, reason in result.kept:
        name = result.names.get(dealer_id, "")
        sys.stdout.write(f"  ID {dealer_id}{' ' + name if name else ''}: {t(reason)}\n")
    return 0
