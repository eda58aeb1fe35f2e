"""``dealerdesk``: the windows by default; subcommands call the same services without Qt.

Exit codes: 0 success, 1 the command ran but found problems, 2 unusable input (bad arguments,
unreachable database, unknown id, unreadable file) — always with one clear line on stderr.
"""

from __future__ import annotations

import argparse
import sys

from desktop import __version__
from desktop.cli import common
from desktop.cli.registry import TABLE, load_command, load_commands


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one clear line, exit 2
        sys.stderr.write(f"dealerdesk: {message} (see dealerdesk --help)\n")
        raise SystemExit(2)


def build_parser(command: str | None = None, *, every_command: bool = False,
                 commands: bool = True) -> argparse.ArgumentParser:
    """The parser. Every command is listed with its help from the registry's table; only
    ``command``'s own options are set up (importing its module), or all of them with
    ``every_command`` — ``dealerdesk --help`` and the windows import no command module. Without
    ``commands`` only the global options (the windows' start: ~35 sub-parsers less before its first paint)."""
    if every_command:
        load_commands()
    parser = _Parser(prog="dealerdesk", description="DealerDesk 车商渠道工作台")
    _global_options(parser, None)
    # The same options after the subcommand (dealerdesk list dealers --db URL) without
    # overwriting values given before it.
    shared = _Parser(add_help=False)
    _global_options(shared, argparse.SUPPRESS)
    parser.add_argument("--self-test", action="store_true", help="check this installation and exit")
    parser.add_argument("--version", action="version", version=f"DealerDesk {__version__}")
    if not commands:
        parser.set_defaults(command=None)
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name, (_module, help_text) in TABLE.items():
        p = sub.add_parser(name, help=help_text, description=help_text, parents=[shared])
        if every_command or name == command:
            _help, configure, _run = load_command(name)
            configure(p)
    return parser


def _global_options(parser, default) -> None:
    parser.add_argument("--db", metavar="URL", default=default,
                        help="SQLAlchemy database URL (default: SQLite in the user data folder)")
    parser.add_argument("--lang", metavar="L", choices=["zh_CN", "en"], default=default, help="language: zh_CN or en")


def command_named(argv: list[str]) -> str | None:
    """The subcommand argv names (its first word that is neither an option nor an option's
    value), or None: only global options (the windows, --self-test) or --help."""
    takes_value = {"--db", "--lang"}
    skip = False
    for token in argv:
        if skip:
            skip = False
        elif token in takes_value:
            skip = True
        elif token in ("-h", "--help"):
            return None
        elif not token.startswith("-"):
            return token
    return None


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    name = command_named(argv)
    windows = name is None and not {"-h", "--help"} & set(argv)  # only global options: the windows
    parser = build_parser(name if name in TABLE else None, commands=not windows)
    args = parser.parse_args(argv)
    common.setup(args)
    if args.self_test:
        from desktop.selftest import run_self_test

        return run_self_test()
    if not args.command:
        from desktop.app import run_gui

        return run_gui(args)
    _help, _configure, run = load_command(args.command)
    from desktop.logs import setup_logging

    setup_logging()  # details (tracebacks, the driver's errors) go to the log file, not the terminal
    return common.guarded(run, args)
