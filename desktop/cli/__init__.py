"""``dealerdesk``: the windows by default; subcommands call the same services without Qt.

Exit codes: 0 success, 1 the command ran but found problems, 2 unusable input (bad arguments,
unreachable database, unknown id, unreadable file) — always with one clear line on stderr.
"""

from __future__ import annotations

import argparse
import sys
from gettext import gettext as _gettext, ngettext as _ngettext

from desktop import __version__
from desktop.cli import common, zh_help
from desktop.cli.registry import TABLE, load_command, load_commands


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one clear line, exit 2
        if _LANG[0] == "zh_CN":
            for english, chinese in zh_help.TYPE_NAMES.items():
                message = message.replace(f"（应为{english}）", f"（应为{chinese}）")
        sys.stderr.write(f"dealerdesk: {message}{zh_help.SEE_HELP[_LANG[0]]}\n")
        raise SystemExit(2)

    def format_help(self) -> str:  # argparse puts an ASCII colon after each section's heading
        text = super().format_help()
        if _LANG[0] == "zh_CN":
            for heading in (zh_help.ARGPARSE["positional arguments"], zh_help.ARGPARSE["options"]):
                text = text.replace(f"\n{heading}:\n", f"\n{heading}：\n")
        return text


_LANG = ["en"]  # the language the parser speaks, chosen before it is built (early_language)


def _argparse_text(text: str) -> str:
    return zh_help.ARGPARSE.get(text, text)


def _argparse_ntext(singular: str, plural: str, n: int) -> str:
    return zh_help.ARGPARSE.get(singular if n == 1 else plural, singular if n == 1 else plural)


def early_language(argv: list[str]) -> str:
    """The language of the parser's own words: --lang from argv, then the settings file, then the
    system's — what ``common.setup`` decides afterwards for everything else."""
    from desktop.config import resolve_language

    requested = None
    for i, token in enumerate(argv):
        if token == "--lang" and i + 1 < len(argv):
            requested = argv[i + 1]
        elif token.startswith("--lang="):
            requested = token.split("=", 1)[1]
    try:
        return resolve_language(requested)
    except Exception:  # an unreadable settings file is reported by setup(), with its path
        return "en"


def speak(lang: str) -> None:
    """Make the parsers (help, usage, argparse's errors) speak ``lang``."""
    _LANG[0] = "zh_CN" if lang == "zh_CN" else "en"
    chinese = _LANG[0] == "zh_CN"
    argparse._ = _argparse_text if chinese else _gettext  # argparse looks its words up at call time
    argparse.ngettext = _argparse_ntext if chinese else _ngettext


def _localise(parser: argparse.ArgumentParser) -> None:
    """Every help and description of ``parser`` and its subcommands in the chosen language."""
    if _LANG[0] != "zh_CN":
        return
    if parser.description:
        parser.description = zh_help.HELP.get(parser.description, parser.description)
    for action in parser._actions:
        if isinstance(action.help, str):
            action.help = zh_help.HELP.get(action.help, _argparse_text(action.help))
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                choice.help = zh_help.HELP.get(choice.help, choice.help)
            for sub in dict.fromkeys(action.choices.values()):
                _localise(sub)


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
        _localise(parser)
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name, (_module, help_text) in TABLE.items():
        p = sub.add_parser(name, help=help_text, description=help_text, parents=[shared])
        if every_command or name == command:
            _help, configure, _run = load_command(name)
            configure(p)
    _localise(parser)
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
    speak(early_language(argv))
    try:
        parser = build_parser(name if name in TABLE else None, commands=not windows)
        args = parser.parse_args(argv)
    finally:
        speak("en")  # argparse is process-wide: leave it as found for whatever runs next in-process
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
