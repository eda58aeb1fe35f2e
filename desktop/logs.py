"""The log file in the user data folder: where details go that the person at the keyboard never
sees as text on screen (tracebacks, the driver's exceptions), for the windows and the commands alike.

It is owner-only (``desktop.private``) and never holds a value a person typed: SQLAlchemy's error
texts carry the statement's parameters — a contact's name, phone, notes. The engine is made with
``hide_parameters`` (``persistence.engine``); as a second line, the log's formatter blanks any
``[parameters: …]`` that reaches it from elsewhere (another engine, a driver). The log keeps what
helps: ids, error codes, the statement's text.
"""

from __future__ import annotations

import logging
import re
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from desktop.paths import log_dir
from desktop.private import create_private_file

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_PARAMETERS = re.compile(r"\[parameters: [^\n]*\]")
HIDDEN = "[parameters hidden]"


def scrub(text: str) -> str:
    """``text`` without SQL parameter values."""
    return _PARAMETERS.sub(HIDDEN, text) if "[parameters: " in text else text


class PrivateFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return scrub(super().format(record))


class PrivateFileHandler(RotatingFileHandler):
    """A rotating log whose files are created 0600 (the rotated ones keep that mode)."""

    def _open(self):
        create_private_file(self.baseFilename)
        return super()._open()


def file_handler(path: Path) -> logging.Handler:
    handler = PrivateFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(PrivateFormatter(FORMAT))
    return handler


def setup_logging() -> None:
    """Send every log record to ``dealerdesk.log``; never to the terminal.

    Logging someone already configured is left alone. Where the folder cannot be written (a
    read-only home), records are dropped rather than printed:
    Python's last-resort handler would put tracebacks with SQL on stderr. Errors raised in
    finalizers ("Exception ignored in …") go to the log too.
    """
    root = logging.getLogger()
    if root.handlers:  # already configured (a second call, or a host such as a test runner): leave it
        return
    try:
        handler: logging.Handler = file_handler(log_dir() / "dealerdesk.log")
    except OSError:
        handler = logging.NullHandler()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    sys.unraisablehook = _log_unraisable


def _log_unraisable(info) -> None:
    logging.getLogger("dealerdesk").warning(
        "ignored in %r: %s", info.object, info.exc_value,
        exc_info=(info.exc_type, info.exc_value, info.exc_traceback) if info.exc_value is not None else None)


def log_file() -> str:
    for handler in logging.getLogger().handlers:
        if isinstance(handler, RotatingFileHandler):
            return handler.baseFilename
    return str(log_dir() / "dealerdesk.log")
