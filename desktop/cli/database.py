"""``backup`` and ``restore``: a whole, checked copy of the embedded database while the app may be open, and putting one back."""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.cli.common import open_context
from desktop.cli.registry import command
from desktop.i18n import t
from desktop.services.backup import create as backup, restore


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


def _configure_restore(p) -> None:
    p.add_argument("source", metavar="FILE", help="the backup to put back")
    p.add_argument("--yes", action="store_true", help="replace the current data (without it, only say what the backup holds)")


@command("restore", "replace the embedded database's contents with a backup (the current data is saved beside it first)")(_configure_restore)
def run_restore(args) -> int:
    ctx = open_context(args)
    info = restore.inspect(args.source)
    sys.stdout.write(f"{info.path}: {restore.summary(info)}\n")
    if not args.yes:
        sys.stdout.write(t("restore.confirm") + "\n")
        return 2
    result = restore.restore(ctx, args.source)
    sys.stdout.write(t("restore.done", path=str(result.info.path), saved=str(result.saved_copy)) + "\n")
    return 0
