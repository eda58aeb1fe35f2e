"""Printed documents from the command line: ``dealer-card`` (packets, brochures and target lists follow)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from desktop.cli.common import UsageError, open_context
from desktop.cli.registry import command
from desktop.documents.fonts import FontMissingError
from desktop.documents.profile import ProfileError


def output_file(value: str) -> Path:
    """The PDF path asked for, checked before any work is done (one clear line if unusable)."""
    path = Path(value).expanduser()
    if path.is_dir():
        raise UsageError(f"cannot write {value}: it is a folder; give a file name such as {path / 'card.pdf'}")
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.exists():
        raise UsageError(f"cannot write {value}: the folder {parent} does not exist")
    if not parent.is_dir():
        raise UsageError(f"cannot write {value}: {parent} is not a folder")
    if not os.access(parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise UsageError(f"cannot write {value}: permission denied")
    return path


def write_pdf(render: Callable[[], str], shown: str) -> str:
    """Run a renderer, turning file and configuration problems into one-line usage errors."""
    try:
        return render()
    except (ProfileError, FontMissingError) as err:
        raise UsageError(str(err)) from None
    except OSError as err:
        raise UsageError(f"cannot write {shown}: {err.strerror or err}") from None


def _configure_card(p) -> None:
    p.add_argument("dealer_id", type=int, metavar="DEALER_ID", help="the dealer's id (see: dealerdesk list dealers)")
    p.add_argument("--out", required=True, metavar="FILE", help="the PDF to write")
    p.add_argument("--include-sensitive", action="store_true",
                   help="also print key people's personal details (age, background, career, hobbies)")


@command("dealer-card", "print a dealer's one-page file card as a PDF")(_configure_card)
def run_dealer_card(args) -> int:
    from desktop.documents.dealer_card import render_dealer_card
    from desktop.services import dealers

    out = output_file(args.out)
    dealer = dealers.get(open_context(args), args.dealer_id)
    path = write_pdf(lambda: render_dealer_card(dealer, args.language, out,
                                                include_sensitive=args.include_sensitive), args.out)
    sys.stdout.write(f"{path}\n")
    return 0
