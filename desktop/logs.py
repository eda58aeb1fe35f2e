"""The log file in the user data folder: where details go that the person at the keyboard never
sees as text on screen (tracebacks, the driver's exceptions), for the windows and the commands alike.
"""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler

from desktop.paths import log_dir

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


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
        handler: logging.Handler = RotatingFileHandler(log_dir() / "dealerdesk.log", maxBytes=2_000_000, backupCount=3,
                                                       encoding="utf-8")
        handler.setFormatter(logging.Formatter(FORMAT))
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
