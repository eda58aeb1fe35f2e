"""What every subcommand shares: the service context, JSON output, error → exit code."""

from __future__ import annotations

import sys

# Kept to the standard library's lightest: ``dealerdesk --help`` imports this module, and each
# command imports what it uses when it runs (the error types only when an error occurred).


class UsageError(Exception):
    """A problem with what the user asked for: one line on stderr, exit 2."""


def _log():
    import logging

    return logging.getLogger("dealerdesk.cli")


def setup(args) -> None:
    """What every start does first (the windows start here too)."""
    from desktop import i18n
    from desktop.config import Settings, resolve_language
    from desktop.paths import user_data_path
    from desktop.private import secure_tree

    secure_tree(user_data_path())  # the data folder owner-only, whatever older versions left
    settings = Settings.load()
    from desktop.services.backup import daily as auto_backup, parts as backup_parts

    backup_parts.clean_interrupted(user_data_path(), auto_backup.folder_of(settings.backup_folder))
    args.language = resolve_language(getattr(args, "lang", None), settings)
    i18n.set_language(args.language)
    args.settings = settings


def open_context(args, *, migrate: bool = True, models: tuple[str, ...] | None = None):
    """The command's ServiceContext (imported here: ``--help`` never loads SQLAlchemy); ``models``:
    the areas whose models its units use (``ServiceContext.models``), default every one."""
    from desktop.config import current_user, resolve_database_url
    from desktop.persistence.engine import require_lasting
    from desktop.services.context import ServiceContext

    url = resolve_database_url(args.db, args.settings)
    require_lasting(url)  # sqlite:// and :memory: would silently forget everything the command does
    return ServiceContext.open(url, current_user(args.settings), migrate=migrate, models=models)


def read_ahead(args):
    """``args.file`` (and ``args.sheet``) being read on a thread of its own (``BackgroundRead``:
    calamine parses without the GIL) while the command loads its modules and opens the database;
    None when it is no file, or is the SQLite database the command opens (the import refuses that
    once it is open: closing the reader's descriptor would release the locks this process holds)."""
    from pathlib import Path

    if not Path(args.file).is_file() or _is_database(args):
        return None
    from desktop.spreadsheets.reader import BackgroundRead

    return BackgroundRead(args.file, getattr(args, "sheet", None))


def _is_database(args) -> bool:
    """Whether the file named is the SQLite database the command will open, or one of its files."""
    from pathlib import Path

    from desktop.config import resolve_database_url

    url = resolve_database_url(args.db, args.settings)  # parsed by hand: SQLAlchemy is still loading
    if not url.startswith("sqlite") or "///" not in url:
        return False
    database = url.split("///", 1)[1].split("?", 1)[0]
    if not database or database == ":memory:":
        return False
    named = Path(args.file).resolve()
    return any(named == Path(database + suffix).expanduser().resolve() for suffix in ("", "-wal", "-shm", "-journal"))


def fail(message: str, code: int = 2) -> int:
    message = " ".join(str(message).split())  # one line, whatever the error text held
    sys.stderr.write(f"dealerdesk: {message}\n")
    return code


def error_text(err: BaseException) -> str:
    """A known error in the user's language (the driver's own errors translated), else its class name."""
    from desktop import i18n
    from desktop.errors import describe_os_error
    from desktop.logs import log_file
    from desktop.persistence.driver_errors import translate

    translated = translate(err)
    if translated is not None:
        return translated.message()
    message = getattr(err, "message", None)
    if callable(message):
        return message()
    if isinstance(err, OSError):
        return describe_os_error(err)
    _log().error("unexpected error", exc_info=(type(err), err, err.__traceback__))
    return i18n.t("cli.unexpected", kind=type(err).__name__, log=log_file())


def guarded(run, args) -> int:
    """Run a subcommand; known errors become one line on stderr and exit 2, never a traceback."""
    try:
        return int(run(args) or 0)
    except KeyboardInterrupt:
        from desktop import i18n

        return fail(i18n.t("cli.interrupted"), 130)
    except Exception as err:
        return _report(err)


def _report(err: Exception) -> int:
    # The error types are imported only when one occurred: a command that succeeds never pays
    # for the modules it did not need.
    from desktop import i18n
    from desktop.errors import NotFoundError, ServiceError, describe_os_error
    from desktop.logs import log_file
    from desktop.persistence.driver_errors import one_line, translate
    from desktop.persistence.errors import DatabaseError
    from desktop.rules.errors import RuleError

    if isinstance(err, DatabaseError):
        _log().warning("database error: %s", err)
        return fail(err.message())
    if isinstance(err, UsageError):
        return fail(str(err))
    if isinstance(err, RuleError):
        return fail("; ".join(f"{field}: {msg}" for field, msg in err.messages().items()))
    if isinstance(err, (NotFoundError, ServiceError)):
        return fail(err.message())
    if isinstance(err, OSError):
        return fail(describe_os_error(err))
    # the last resort: still one line, details in the log, never SQL
    translated = translate(err)
    if translated is not None:  # a full disk, a read-only file, a lock held too long…
        _log().warning("database refused: %s", one_line(err))
        return fail(translated.message())
    _log().error("unexpected error", exc_info=(type(err), err, err.__traceback__))
    return fail(i18n.t("cli.unexpected", kind=type(err).__name__, log=log_file()))


def _json_value(value):
    """What json cannot write itself: dates as ISO text, Decimals as numbers."""
    if hasattr(value, "isoformat"):  # date, datetime
        return value.isoformat()
    from decimal import Decimal

    if isinstance(value, Decimal):
        return float(value)
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def print_json(value) -> None:
    import json

    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=None, default=_json_value) + "\n")


def print_rows(rows: list[dict], keys: tuple[str, ...], as_json: bool, shown: dict | None = None) -> None:
    """``rows`` as one JSON object a line (``--json``, the keys and values as they are), or as a
    table of ``keys`` for a person (``print_keyed``)."""
    if as_json:
        for row in rows:
            print_json(row)
    else:
        print_keyed(rows, keys, shown)


def print_keyed(rows: list[dict], keys: tuple[str, ...], shown: dict | None = None) -> None:
    """A table of ``keys`` with headings in the user's language (``cli.col.<key>``); yes/no for
    true/false; ``shown`` maps a key to the catalogue prefix of its values (``cli.light.`` → 红灯)."""
    from desktop.i18n import t

    def cell(key: str, value):
        if isinstance(value, bool):
            return t("cli.yes" if value else "cli.no")
        if shown and key in shown and value not in (None, ""):
            return t(f"{shown[key]}{value}")
        return value

    print_table([{k: cell(k, row.get(k)) for k in keys} for row in rows], [(k, t(f"cli.col.{k}")) for k in keys])


MAX_PROBLEM_LINES = 50  # problems an import command prints; --errors (or --json) has them all


def print_problems(errors: list[dict], more_key: str) -> None:
    """An import's problems, one line each (sheet!row [column] “value”: message), then how many more."""
    from desktop.i18n import t

    for e in errors[:MAX_PROBLEM_LINES]:
        where = f"{e['sheet']}!{e['row']}" + (f" [{e['column']}]" if e["column"] else "")
        value = f" “{e['value']}”" if e["value"] else ""
        sys.stdout.write(f"  {where}{value}: {e['message']}\n")
    if len(errors) > MAX_PROBLEM_LINES:
        sys.stdout.write("  " + t(more_key, n=len(errors) - MAX_PROBLEM_LINES) + "\n")


def import_record(r, **extra) -> dict:
    """One past import (a roster's or a policy/claims list's) as the list commands print it."""
    from desktop.errors import local_time_text

    return dict(id=r.id, **extra, file=r.file_name, sheet=r.sheet, **r.counts, by=r.imported_by,
                at=local_time_text(r.imported_at), undone=r.undone_at is not None, sha256=r.sha256)


def print_table(rows: list[dict], columns: list[tuple[str, str]]) -> None:
    """A plain aligned table (CJK characters count as two columns)."""
    import unicodedata

    def width(text: str) -> int:
        return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)

    cells = [[str(row.get(key, "") if row.get(key) is not None else "") for key, _ in columns] for row in rows]
    heads = [title for _, title in columns]
    widths = [max([width(h)] + [width(c[i]) for c in cells]) for i, h in enumerate(heads)]
    for line in [heads] + cells:
        sys.stdout.write("  ".join(c + " " * (w - width(c)) for c, w in zip(line, widths)).rstrip() + "\n")
