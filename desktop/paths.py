"""Where things live: bundled resources (source tree or frozen bundle) and per-user folders.

One helper for both layouts, so nothing else needs to know whether it runs frozen.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from desktop import APP_NAME
from desktop.private import private_dir


def _root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resource(*parts: str) -> Path:
    """Path of a file under ``resources/`` in the source tree or the PyInstaller bundle."""
    return _root().joinpath("resources", *parts)


def package_dir() -> Path:
    """The ``desktop`` package folder (migrations live below it)."""
    return Path(__file__).resolve().parent


def user_data_path() -> Path:
    """Where the per-user data folder is (not created here)."""
    override = os.environ.get("DEALERDESK_HOME")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_data_dir() -> Path:
    """Per-user data folder (database, logs), created owner-only (``desktop.private``).
    ``DEALERDESK_HOME`` overrides it (tests, portable use)."""
    return private_dir(user_data_path())


def log_dir() -> Path:
    return private_dir(user_data_dir() / "logs")


def default_database_path() -> Path:
    return user_data_dir() / "dealerdesk.sqlite3"
