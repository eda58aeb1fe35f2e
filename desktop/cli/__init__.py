"""``dealerdesk``: the windows by default; subcommands call the same services without Qt.

Exit codes: 0 success, 1 the command ran but found problems, 2 unusable input (bad arguments,
unreachable database, unknown id, unreadable file) — always with one clear line on stderr.
"""

from __future__ import annotations

import argparse
import sys

from desktop import __version__
from desktop.cli import common
from desktop.cli.registry import COMMANDS


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one clear line, exit 2
        sys.stderr.write(f"dealerdesk: {message} (see dealerdesk --help)\n")
        raise SystemExit(2)


def load_commands() -> None:
    """Import the modules that define subcommands; each registers its commands (``cli/registry.py``) on import."""
    from desktop.cli import aftersales, contracts, database, dealers, documents, negotiation, office, rosters  # noqa: F401


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    """The full parser; without commands (opening the windows) no command module is imported."""
    if with_commands:
        load_commands()
    parser = _Parser(prog="dealerdesk", description="DealerDesk 车商渠道工作台")
    _global_options(parser, None)
    # The same options after the subcommand (dealerdesk list dealers --db URL) without
    # overwriting values given before it.
    shared = _Parser(add_help=False)
    _global_options(shared, argparse.SUPPRESS)
    parser.add_argument("--self-test", action="store_true", help="check this installation and exit")
    parser.add_argument("--version", action="version", version=f"DealerDesk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name, (help_text, configure, _run) in COMMANDS.items():
        configure(sub.add_parser(name, help=help_text, description=help_text, parents=[shared]))
    return parser


def _global_options(parser, default) -> None:
    parser.add_argument("--db", metavar="URL", default=default,
                        help="SQLAlchemy database URL (default: SQLite in the user data folder)")
    parser.add_argument("--lang", metavar="L", choices=["zh_CN", "en"], default=default, help="language: zh_CN or en")


def _names_a_command(argv: list[str]) -> bool:
    """True unless argv is only global options (the windows, --self-test): then start-up skips
    importing every subcommand's module."""
    takes_value = {"--db", "--lang"}
    skip = False
    for token in argv:
        if skip:
            skip = False
        elif token in takes_value:
            skip = True
        elif token in ("-h", "--help") or not token.startswith("-"):
            return True
    return False


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser(with_commands=_names_a_command(argv))
    args = parser.parse_args(argv)
    common.setup(args)
    if args.self_test:
        from desktop.selftest import run_self_test

        return run_self_test()
    if not args.command:
        from desktop.app import run_gui

        return run_gui(args)
    _help, _configure, run = COMMANDS[args.command]
    from desktop.logs import setup_logging

    setup_logging()  # details (tracebacks, the driver's errors) go to the log file, not the terminal
    return common.guarded(run, args)
