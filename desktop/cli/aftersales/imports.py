"""``import-policies`` and ``import-claims`` (the import-roster options and exit codes), their history and undo.

Exit codes: 0 every row imported or unchanged; 1 some rows rejected or without a dealer (the others
are committed unless --strict or --dry-run, which write nothing); 2 the file cannot be used at all.
"""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.cli.common import MAX_PROBLEM_LINES, print_problems, UsageError, fail, import_record, open_context, print_json, print_rows, read_ahead
from desktop.cli.registry import command
from desktop.i18n import t

# The import touches the lists, the import history and the dealers (matching): only their models load.
LIST_MODELS = ("aftersales", "rosters", "dealers")
COUNT_KEYS = ("created", "updated", "unchanged", "duplicates", "invalid", "unmatched")


def _configure_import(p) -> None:
    p.add_argument("file", metavar="FILE", help="the list: .xlsx .xlsm .xlsb .xls .ods or .csv")
    p.add_argument("--sheet", metavar="NAME", default=None, help="sheet to read (default: the first visible one with data)")
    p.add_argument("--dry-run", action="store_true", help="check and count, write nothing")
    p.add_argument("--strict", action="store_true", help="write nothing unless every row is accepted")
    p.add_argument("--errors", metavar="OUT.xlsx", default=None, help="write the rejected rows with their problems to this workbook")
    p.add_argument("--json", action="store_true", help="print one JSON object with the counts, every problem and the unmatched dealers")


def _run_import(args, kind: str) -> int:
    import gc

    # The cyclic collector paused for the whole command, as ``bulk_work`` pauses it for reading and
    # planning: loading SQLAlchemy and the models, then the rows, would make it rescan hundreds of
    # thousands of objects that are not garbage (~0.2 s of a claims import). The process ends soon after.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _import(args, kind)
    finally:
        if was_enabled:
            gc.enable()


def _import(args, kind: str) -> int:
    if args.errors and Path(args.errors).suffix.lower() != ".xlsx":
        raise UsageError(t("cli.use.errors_xlsx"))
    reading = read_ahead(args)  # the file read on a thread while this one loads the services and opens the database
    from desktop.services.aftersales import commit as list_commit, read as list_read
    from desktop.spreadsheets.errors import UnusableFile

    ctx = open_context(args, models=LIST_MODELS)
    try:
        plan = list_read.analyse(ctx, list_read.open_list(ctx, args.file, kind, args.sheet, reading))
    except UnusableFile as err:
        return fail(err.message())
    counts = plan.counts()
    rejected = counts["duplicates"] + counts["invalid"] + counts["unmatched"]
    written = not args.dry_run and not (args.strict and rejected)
    result = list_commit.commit(ctx, plan) if written else None
    if args.errors and rejected:
        from desktop.services.rosters.report import write_error_report  # openpyxl: only when asked for

        write_error_report(plan, args.errors)
    if args.json:
        print_json({**{k: counts[k] for k in COUNT_KEYS}, "import_id": result.import_id if result else None,
                    "errors": plan.errors(), "unmatched_dealers": plan.unmatched()})
    else:
        _report(args, plan, counts, rejected, result)
    return 1 if rejected else 0


def _report(args, plan, counts: dict, rejected: int, result) -> None:
    out = sys.stdout
    summary = t("aftersales.summary", **counts)
    out.write((t("roster.summary.dry") if args.dry_run else "") + summary + "\n")
    if args.strict and rejected and not args.dry_run:
        out.write(t("roster.summary.strict", n=rejected) + "\n")
    if result is not None:
        out.write(t("roster.summary.batch", id=result.import_id) + "\n")
    unmatched = plan.unmatched()
    if unmatched:
        out.write(t("aftersales.summary.unmatched") + "\n")
        for group in unmatched[:MAX_PROBLEM_LINES]:
            rows = ", ".join(str(r) for r in group["rows"][:20]) + (" …" if len(group["rows"]) > 20 else "")
            out.write("  " + t("aftersales.summary.unmatched_line", code=group["code"] or "—", uscc=group["uscc"] or "—",
                                name=group["name"] or "—", rows=rows) + "\n")
    errors = [e for e in plan.errors() if e["row"] not in {r for g in unmatched for r in g["rows"]}]
    print_problems(errors, "roster.summary.more")
    if args.errors and rejected:
        out.write(t("roster.summary.errors_file", path=args.errors) + "\n")


@command("import-policies", "import the insurer's policy list (保单清单) and match each policy to its dealer")(_configure_import)
def run_import_policies(args) -> int:
    return _run_import(args, "policies")


@command("import-claims", "import the insurer's claims list (赔案清单) and match each claim to the dealer repairing it")(_configure_import)
def run_import_claims(args) -> int:
    return _run_import(args, "claims")


def _configure_imports(p) -> None:
    p.add_argument("--json", action="store_true", help="one JSON object per import")


@command("list-imports", "list past imports of policy and claims lists (newest first)")(_configure_imports)
def run_imports(args) -> int:
    from desktop.services.aftersales import history as list_history

    records = [import_record(r, kind=r.kind) for r in list_history.list_imports(open_context(args))]
    print_rows(records, ("id", "kind", "at", "by", "file", "created", "updated", "undone"), args.json, {"kind": "cli.kind."})
    return 0


def _configure_undo(p) -> None:
    p.add_argument("import_id", type=int, metavar="ID", help="the import to undo (see list-imports)")


@command("undo-list-import", "undo one import of a policy or claims list")(_configure_undo)
def run_undo(args) -> int:
    from desktop.services.aftersales import history as list_history

    result = list_history.undo(open_context(args), args.import_id)
    sys.stdout.write(t("aftersales.undo.done", deleted=result.deleted, restored=result.restored, kept=len(result.kept)) + "\n")
    return 0
