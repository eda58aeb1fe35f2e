"""Subcommands register here: name → (help, configure(parser), run(args) → exit code).

``list`` is shared: each area adds what it can list (dealers, staff, meetings, contracts).
"""

from __future__ import annotations

from typing import Callable

COMMANDS: dict[str, tuple[str, Callable, Callable]] = {}
LISTERS: dict[str, Callable] = {}  # kind → fn(ctx, args) -> list[dict]


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
