"""Subcommands register here: name → (help, configure(parser), run(args) → exit code).

``list`` is shared: each area adds what it can list (dealers, staff, meetings, contracts).

``TABLE`` names every command's module and help text without importing it, so ``dealerdesk
--help`` and ``dealerdesk COMMAND …`` import only what that one command needs (a command's
module pulls in its services, models, ReportLab or openpyxl). A test keeps the table equal to
what the modules register.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

COMMANDS: dict[str, tuple[str, Callable, Callable]] = {}
LISTERS: dict[str, Callable] = {}  # kind → fn(ctx, args) -> list[dict]

# name → (module under desktop/cli, help text), in the order --help shows them.
TABLE: dict[str, tuple[str, str]] = {
    "demo-data": ("dealers", "fill an empty database with a realistic demo territory"),
    "list": ("dealers", "list dealers, staff, meetings or contracts"),
    "import-roster": ("rosters", "import dealers from a roster spreadsheet or CSV"),
    "export-roster": ("rosters", "write the dealer roster to an Excel workbook"),
    "roster-template": ("rosters", "write an empty roster workbook with headers, drop-downs and instructions"),
    "roster-imports": ("rosters", "list past roster imports (newest first)"),
    "undo-roster-import": ("rosters", "undo one roster import: delete the dealers it created, restore what it updated"),
    "readiness": ("negotiation", "the eight preparation steps of a dealer: state and exactly what is missing"),
    "meeting-ics": ("negotiation", "export a meeting to an iCalendar (.ics) file in Asia/Shanghai time"),
    "dealer-card": ("documents", "print a dealer's one-page file card as a PDF"),
    "packet": ("documents", "print the negotiation packet of a meeting: one PDF per member of our team"),
    "brochure": ("documents", "print the strategic-cooperation brochure for a dealer (no internal content)"),
    "target-list": ("documents", "print the ranked target list of the territory or one city"),
    "contract-pack": ("contracts", "write a contract's pack (agreement, annexes, signature page, documents) as a PDF"),
    "verify-pack": ("contracts", "check a contract pack PDF: which contract and revision it is, or that it was altered"),
    "backup": ("database", "copy the embedded database to a file (checked; open it with --db sqlite:///FILE)"),
    "restore": ("database", "replace the embedded database's contents with a backup (the current data is saved beside it first)"),
    "office": ("office", "set up and run a branch office's PostgreSQL database (users, roles, history)"),
    "assign-dealer-code": ("aftersales.codes", "map a code or name of the insurer's lists to a dealer (for every later import)"),
    "dealer-codes": ("aftersales.codes", "list the codes and names mapped to dealers"),
    "purge-policyholders": ("aftersales.codes", "blank policyholders' names and phones kept longer than the retention setting"),
    "import-policies": ("aftersales.imports", "import the insurer's policy list (保单清单) and match each policy to its dealer"),
    "import-claims": ("aftersales.imports", "import the insurer's claims list (赔案清单) and match each claim to the dealer repairing it"),
    "import-sales": ("aftersales.sales", "import the monthly new-car sales sheet (one row per dealer and month) for the new-car rate"),
    "list-imports": ("aftersales.imports", "list past imports of policy and claims lists (newest first)"),
    "undo-list-import": ("aftersales.imports", "undo one import of a policy or claims list"),
    "renewals": ("aftersales.renewals", "the renewal worklist: policies expiring within DAYS, their owner and contacts"),
    "renewal-owner": ("aftersales.renewals", "make one of our staff the owner of these policies' renewals"),
    "renewal-contact": ("aftersales.renewals", "log an attempt to reach a policyholder about the renewal"),
    "referral-balance": ("aftersales.renewals", "repair referrals per dealer against its contract's commitment, the most owed first"),
    "repair-guidance": ("aftersales.renewals", "print the repair guidance list (送修引导) for the claims dispatch desk (internal)"),
    "export-renewals": ("aftersales.renewals", "write a dealer's renewal worklist to an Excel workbook for its renewal desk"),
    "monthly-review": ("aftersales.renewals", "print a dealer's monthly review for the dealer meeting (external, or --internal)"),
    "scorecard": ("aftersales.scorecard", "a dealer's scorecard: premium, referrals, new-car and renewal rates against its contract"),
    "scorecards": ("aftersales.scorecard", "the branch-wide scorecard table for a month"),
    "new-car-sales": ("aftersales.scorecard", "record a dealer's new-car sales for a month (the base of the new-car rate)"),
}
# kind of ``list`` → module under desktop/cli that registers its lister
LISTER_TABLE: dict[str, str] = {"dealers": "dealers", "staff": "dealers", "meetings": "negotiation", "contracts": "contracts"}

# Every module under desktop/cli that defines commands; each registers itself on import.
MODULES = tuple(dict.fromkeys(module for module, _help in TABLE.values()))


def command(name: str, help_text: str):
    def wrap(configure: Callable):
        def decorator(run: Callable):
            COMMANDS[name] = (help_text, configure, run)
            return run

        return decorator

    return wrap


def lister(kind: str):
    def decorator(fn: Callable):
        LISTERS[kind] = fn
        return fn

    return decorator


def _import(module: str) -> None:
    importlib.import_module(f"desktop.cli.{module}")


def load_command(name: str) -> tuple[str, Callable, Callable]:
    """(help, configure, run) of one command, importing only its own module."""
    if name not in COMMANDS:
        _import(TABLE[name][0])
    return COMMANDS[name]


def load_lister(kind: str) -> Callable | None:
    if kind not in LISTERS and kind in LISTER_TABLE:
        _import(LISTER_TABLE[kind])
    return LISTERS.get(kind)


def load_commands() -> None:
    """Import every command module (tests, and anything that needs every real parser)."""
    for module in MODULES:
        _import(module)
