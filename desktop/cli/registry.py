"""Subcommands register here: name → (help, configure(parser), run(args) → exit code).

``list`` is shared: each area adds what it can list (dealers, staff, meetings, contracts).
"""

from __future__ import annotations

import importlib
from typing import Callable

COMMANDS: dict[str, tuple[str, Callable, Callable]] = {}
LISTERS: dict[str, Callable] = {}  # kind → fn(ctx, args) -> list[dict]

# Modules under desktop/cli that define commands; each registers itself on import.
MODULES = ("dealers", "rosters", "negotiation", "documents", "contracts", "database", "office")


def command(name: str, help_text: str):
    def wrap(configure: Callable):
        def decorator(run: Callable):
            COMMANDS[name] = (help_text, configure, run)
            return run

        return decorator

    return wrap


def lister(kind: str):
    def decorator(fn: Callable):
        LISTERS[kind] = fn
        return fn

    return decorator


def load_commands() -> None:
    for name in MODULES:
        try:
            importlib.import_module(f"desktop.cli.{name}")
        except ModuleNotFoundError as err:
            if err.name != f"desktop.cli.{name}":
                raise
