"""Printed documents from the command line: ``dealer-card``, ``packet``, ``brochure``, ``target-list``.

Each writes PDFs and prints their paths, one per line; an unknown id, an unusable path or a
broken company profile exits 2 with one clear line (see ``cli/common.guarded``).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from desktop.cli.common import UsageError, error_text, fail, open_context
from desktop.cli.registry import command
from desktop.documents.fonts import FontMissingError, MissingGlyphs, replacement_allowed
from desktop.documents.glyphs import message as glyph_message
from desktop.documents.profile import ProfileError
from desktop.errors import describe_os_error
from desktop.i18n import t
from desktop.services.dealers.card import dealer_card
from desktop.services.negotiation import printing


def output_file(value: str) -> Path:
    """The PDF path asked for, checked before any work is done (one clear line if unusable)."""
    path = Path(value).expanduser()
    if path.is_dir():
        raise UsageError(t("cli.use.is_folder", path=value, example=path / "card.pdf"))
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.exists():
        raise UsageError(t("cli.use.no_folder", path=value, folder=parent))
    if not parent.is_dir():
        raise UsageError(t("cli.use.not_folder", path=value, folder=parent))
    if not os.access(parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise UsageError(t("cli.use.no_permission", path=value))
    return path


def replace_flag(p) -> None:
    """``--replace-missing``: print characters no bundled font has as 〓 instead of refusing."""
    p.add_argument("--replace-missing", action="store_true",
                   help="print characters no bundled font has (emoji, private-use) as 〓 instead of stopping")


def write_pdf(render: Callable[[], str], shown: str, args=None) -> str:
    """Run a renderer, turning file and configuration problems into one-line usage errors; a
    character no font has stops it (naming character and field) unless --replace-missing."""
    try:
        with replacement_allowed(bool(getattr(args, "replace_missing", False))):
            return render()
    except MissingGlyphs as err:
        raise UsageError(glyph_message(err, getattr(args, "language", None) or "en", cli=True).replace("\n", "；")) from None
    except (ProfileError, FontMissingError) as err:
        raise UsageError(str(err)) from None
    except OSError as err:
        raise UsageError(describe_os_error(OSError(err.errno, err.strerror, str(shown)))) from None


def _configure_card(p) -> None:
    p.add_argument("dealer_id", type=int, metavar="DEALER_ID", help="the dealer's id (see: dealerdesk list dealers)")
    p.add_argument("--out", required=True, metavar="FILE", help="the PDF to write")
    p.add_argument("--include-sensitive", action="store_true",
                   help="also print key people's personal details (age, background, career, hobbies)")
    replace_flag(p)


@command("dealer-card", "print a dealer's one-page file card as a PDF")(_configure_card)
def run_dealer_card(args) -> int:
    out = output_file(args.out)
    ctx = open_context(args)
    path = write_pdf(lambda: dealer_card(ctx, args.dealer_id, args.language, out,
                                              include_sensitive=args.include_sensitive), args.out, args)
    sys.stdout.write(f"{path}\n")
    return 0


def output_dir(value: str) -> Path:
    """The folder for a set of PDFs: created if missing (its parent must exist), writable."""
    path = Path(value).expanduser()
    if path.exists() and not path.is_dir():
        raise UsageError(t("cli.use.into_file", path=value))
    if not path.exists():
        if not path.parent.is_dir():
            raise UsageError(t("cli.use.into_no_parent", path=value, folder=path.parent))
        try:
            path.mkdir()
        except OSError as err:
            raise UsageError(describe_os_error(OSError(err.errno, err.strerror, str(value)))) from None
    if not os.access(path, os.W_OK):
        raise UsageError(t("cli.use.into_no_permission", path=value))
    return path


def _configure_packet(p) -> None:
    p.add_argument("meeting_id", type=int, metavar="MEETING_ID", help="the meeting's id (see: dealerdesk list meetings)")
    p.add_argument("--out", required=True, metavar="DIR", help="the folder for the PDFs (one per team member)")
    replace_flag(p)


@command("packet", "print the negotiation packet of a meeting: one PDF per member of our team")(_configure_packet)
def run_packet(args) -> int:
    from desktop.documents.negotiation.packet import PacketError
    from desktop.services.negotiation import meetings

    ctx = open_context(args)
    meetings.get(ctx, args.meeting_id)  # an unknown id fails before any folder is made
    folder = output_dir(args.out)
    problems: list[BaseException] = []
    try:
        paths = write_pdf(lambda: printing.packet_set(ctx, args.meeting_id, args.language, folder,
                                                      not_marked=problems.append,
                                                      gaps_found=lambda gaps: _list_gaps(gaps, args.language)),
                          args.out, args)
    except PacketError as err:
        raise UsageError(str(err)) from None
    sys.stdout.write("".join(f"{path}\n" for path in paths))
    if problems:  # the copies are there: say what did not work, exit 1 ("ran, found a problem"), not 2
        return fail(t("packet.not_marked", reason=error_text(problems[0])), 1)
    return 0


def _list_gaps(gaps, lang) -> None:
    """A packet printed for a meeting that is not ready: say so, and what is missing, on stderr."""
    lines = [t("packet.gaps_warning", lang)]
    lines += [t("doc.packet.gap", lang, step=step, title=t(f"readiness.step{step}.title", lang), text=m.text(lang))
              for step, m in gaps]
    sys.stderr.write("".join(f"{line}\n" for line in lines))


def _configure_brochure(p) -> None:
    p.add_argument("dealer_id", type=int, metavar="DEALER_ID", help="the dealer's id (see: dealerdesk list dealers)")
    p.add_argument("--out", required=True, metavar="FILE", help="the PDF to write")
    replace_flag(p)


@command("brochure", "print the strategic-cooperation brochure for a dealer (no internal content)")(_configure_brochure)
def run_brochure(args) -> int:
    out = output_file(args.out)
    ctx = open_context(args)
    path = write_pdf(lambda: printing.brochure(ctx, args.dealer_id, args.language, out), args.out, args)
    sys.stdout.write(f"{path}\n")
    return 0


def _configure_targets(p) -> None:
    p.add_argument("--city", default="", metavar="C", help="only the targets in this city (default: the whole territory)")
    p.add_argument("--out", required=True, metavar="FILE", help="the PDF to write")
    replace_flag(p)


@command("target-list", "print the ranked target list of the territory or one city")(_configure_targets)
def run_target_list(args) -> int:
    out = output_file(args.out)
    ctx = open_context(args)
    try:
        path = write_pdf(lambda: printing.target_list(ctx, args.city, args.language, out), args.out, args)
    except printing.UnknownCity as err:
        raise UsageError(str(err)) from None
    sys.stdout.write(f"{path}\n")
    return 0
