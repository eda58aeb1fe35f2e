"""The change bus: every kind of change a view listens for is announced by some write, and every
announced kind has a listener (a kind nobody announces is a view that never refreshes)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from desktop.ui.change_bus import Change, ChangeBus

ROOT = Path(__file__).resolve().parents[2]


def _strings(node: ast.AST) -> set[str]:
    return {sub.value for sub in ast.walk(node) if isinstance(sub, ast.Constant) and isinstance(sub.value, str)}


def _kinds(node: ast.AST, *, listener: bool = False) -> set[str]:
    """The kinds named under ``node``: ``Change.X`` members and, as the old code spelled them, strings —
    in a listener only those tested against ``kinds`` (``"x" in kinds``, ``kinds & {"x", "y"}``)."""
    found = set()
    for sub in ast.walk(node):
        if isinstance(sub, ast.Attribute) and isinstance(sub.value, ast.Name) and sub.value.id == "Change":
            found.add(sub.attr.lower())
        elif not listener and isinstance(sub, ast.Constant) and isinstance(sub.value, str):
            found.add(sub.value)
        elif listener and isinstance(sub, ast.Compare) and any(isinstance(c, ast.Name) and c.id == "kinds" for c in sub.comparators):
            found |= _strings(sub.left)
        elif listener and isinstance(sub, ast.BinOp) and any(isinstance(o, ast.Name) and o.id == "kinds" for o in (sub.left, sub.right)):
            found |= _strings(sub.left) | _strings(sub.right)
    return found


def _is_bus(node: ast.AST) -> bool:
    return isinstance(node, ast.Attribute) and node.attr == "bus"


def announced_and_heard(folder: Path) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """kind → where it is announced (``.announces(bus, …)`` / ``bus.announce(…)``), and kind → which
    listener (a ``_on_changed`` method, what ``bus.changed`` calls) reloads on it."""
    announced: dict[str, list[str]] = {}
    heard: dict[str, list[str]] = {}
    for path in sorted(folder.rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("announces", "announce"):
                for kind in set().union(*(_kinds(arg) for arg in node.args if not _is_bus(arg))):
                    announced.setdefault(kind, []).append(f"{rel}:{node.lineno}")
            elif isinstance(node, ast.FunctionDef) and node.name == "_on_changed":
                for kind in _kinds(node, listener=True):
                    heard.setdefault(kind, []).append(f"{rel}:{node.lineno}")
    return announced, heard


def test_every_kind_heard_is_announced_and_every_kind_announced_is_heard():
    announced, heard = announced_and_heard(ROOT / "desktop" / "ui")
    unheard = {k: v for k, v in announced.items() if k not in heard}
    never = {k: v for k, v in heard.items() if k not in announced}
    assert not never, f"views reload on kinds of change nothing announces: {never}"
    assert not unheard, f"kinds of change announced with nobody listening: {unheard}"
    assert set(announced) == {c.value for c in Change}, \
        f"every Change is announced somewhere, and only those: {sorted(announced)} vs {[c.value for c in Change]}"


def test_the_bus_takes_kinds_of_change_not_strings(qtbot):
    bus = ChangeBus()
    with qtbot.waitSignal(bus.changed, timeout=1000) as blocker:
        bus.announce(Change.DEALERS, Change.STAFF)
    assert blocker.args == [frozenset({Change.DEALERS, Change.STAFF})], f"the listeners get the set: {blocker.args}"
    with pytest.raises(TypeError):
        bus.announce("dealers")  # a typo'd or stringly kind fails loudly instead of refreshing nothing
