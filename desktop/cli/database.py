"""``backup``: a whole, checked copy of the embedded database while the app may be open."""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.cli.common import open_context
from desktop.cli.registry import command
from desktop.i18n import t
from desktop.services import backup


def _configure_backup(p) -> None:
    p.add_argument("target", nargs="?", metavar="FILE",
                   help="where the copy goes (default: a dated file in the current folder); a folder works too")


@command("backup", "copy the embedded database to a file (checked; open it with --db sqlite:///FILE)")(_configure_backup)
def run_backup(args) -> int:
    ctx = open_context(args)
    target = Path(args.target) if args.target else Path.cwd()
    if target.is_dir():
        target = target / backup.suggested_name()
    result = backup.backup(ctx, target)
    sys.stdout.write(t("backup.done", path=str(result.path), size=backup.size_text(result.size)) + "\n")
    return 0
