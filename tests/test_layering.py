"""Imports point down the layers: rules → persistence → services → cli/ui; only the UI imports Qt.

Every module's syntax tree is walked, so an import hidden inside a function counts too.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "desktop"
QT = {"PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2"}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_of(path: Path, tree: ast.AST | None = None) -> set[str]:
    """Absolute names of every module ``path`` imports, anywhere in the file (or in ``tree``, its parsed text)."""
    if tree is None:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = _module_name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            found.add(module)
            # ``from desktop import app`` imports desktop.app
            found |= {f"{module}.{alias.name}" for alias in node.names if alias.name != "*"}
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) == "import_module":
            if node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
                found.add(node.args[0].value)
    return found


MODULES = {path.relative_to(ROOT).as_posix(): imports_of(path) for path in sorted(PACKAGE.rglob("*.py"))}


def _tops(names: set[str]) -> set[str]:
    return {n.split(".")[0] for n in names}


def _under(rel: str, *folders: str) -> bool:
    return any(rel.startswith(f"desktop/{f}/") for f in folders)


def _imports_any(names: set[str], prefixes) -> set[str]:
    return {n for n in names for p in prefixes if n == p or n.startswith(p + ".")}


def test_the_walk_sees_the_package():
    assert "desktop/rules/dealers/uscc.py" in MODULES and "desktop/services/dealers/files.py" in MODULES, "the walk must cover desktop/"
    assert "sqlalchemy" in _tops(MODULES["desktop/services/dealers/files.py"]), "the walk must see module-level imports"
    assert "desktop.rules.dealers.uscc" in MODULES["desktop/services/demo/territory.py"], "the walk must resolve from-imports"


def test_the_walk_sees_hidden_and_relative_imports(tmp_path, monkeypatch):
    fake = PACKAGE / "rules" / "_layering_probe.py"  # never written: parsed from a copy under tmp_path
    source = "def f():\n    from PySide6 import QtCore\nfrom ..persistence import engine\nfrom . import text\n"
    copy = tmp_path / "desktop" / "rules" / "_layering_probe.py"
    copy.parent.mkdir(parents=True)
    copy.write_text(source, encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    names = imports_of(copy)
    assert "PySide6" in names, f"an import inside a function must count: {names}"
    assert "desktop.persistence.engine" in names and "desktop.rules.text" in names, f"relative imports resolve: {names}"
    assert not fake.exists(), "the probe must not touch the package"


def test_only_the_ui_and_app_import_qt():
    offenders = {
        rel: sorted(_tops(names) & QT)
        for rel, names in MODULES.items()
        if _tops(names) & QT and not _under(rel, "ui") and rel != "desktop/app.py"
    }
    assert not offenders, f"only desktop/ui and desktop/app.py may import Qt: {offenders}"


def test_rules_import_neither_qt_nor_sqlalchemy_nor_upper_layers():
    allowed_third_party = {"pypinyin"}
    upper = ["desktop.persistence", "desktop.services", "desktop.ui", "desktop.cli", "desktop.spreadsheets",
             "desktop.documents", "desktop.app", "desktop.selftest"]
    problems = {}
    for rel, names in MODULES.items():
        if not _under(rel, "rules"):
            continue
        third = {t for t in _tops(names) if t not in sys.stdlib_module_names and t not in ("desktop", "__future__")}
        bad = (third - allowed_third_party) | _imports_any(names, upper)
        if bad:
            problems[rel] = sorted(bad)
    assert not problems, f"desktop/rules may import the standard library, pypinyin and desktop.rules/i18n only: {problems}"


def test_persistence_does_not_reach_up():
    upper = ["desktop.services", "desktop.ui", "desktop.cli", "desktop.spreadsheets", "desktop.documents", "desktop.app"]
    problems = {rel: sorted(_imports_any(names, upper)) for rel, names in MODULES.items()
                if _under(rel, "persistence") and _imports_any(names, upper)}
    assert not problems, f"desktop/persistence must not import services, cli, ui, spreadsheets or documents: {problems}"


def test_services_do_not_reach_up():
    upper = ["desktop.ui", "desktop.cli", "desktop.app"]
    problems = {rel: sorted(_imports_any(names, upper)) for rel, names in MODULES.items()
                if _under(rel, "services", "spreadsheets", "documents") and _imports_any(names, upper)}
    assert not problems, f"services, spreadsheets and documents must not import the UI or the CLI: {problems}"


def test_documents_only_render():
    """documents/ turns plain records into PDFs: it may use rules, i18n, its own helpers and the app's paths,
    never services or persistence (a use case that reads the database and renders lives in services)."""
    forbidden = ["desktop.services", "desktop.persistence", "desktop.spreadsheets"]
    problems = {rel: sorted(_imports_any(names, forbidden)) for rel, names in MODULES.items()
                if _under(rel, "documents") and _imports_any(names, forbidden)}
    assert not problems, f"desktop/documents must import neither services nor persistence: {problems}"


def test_nothing_below_the_ui_imports_qt():
    below = ("rules", "persistence", "services", "spreadsheets", "documents", "cli", "i18n")
    problems = {rel: sorted(_tops(names) & QT) for rel, names in MODULES.items()
                if _under(rel, *below) and _tops(names) & QT}
    assert not problems, f"no layer below the UI may import Qt: {problems}"


def test_cli_subcommand_runs_without_loading_qt(tmp_path):
    """Import the CLI, run real subcommands in one fresh interpreter, and look at sys.modules."""
    db = "sqlite:///" + (tmp_path / "layering.sqlite3").as_posix()
    script = f"""
import json, sys
import desktop.cli
from desktop.cli import main
codes = [main(["demo-data", "--dealers", "3", "--seed", "2", "--db", {db!r}]),
         main(["list", "dealers", "--search", "hz", "--json", "--db", {db!r}]),
         main(["list", "staff", "--db", {db!r}])]
loaded = sorted(m for m in sys.modules if m.split(".")[0] in {sorted(QT)!r} or m.startswith("desktop.ui") or m == "desktop.app")
sys.stderr.write("RESULT " + json.dumps({{"codes": codes, "loaded": loaded}}) + "\\n")
"""
    env = dict(os.environ, DEALERDESK_HOME=str(tmp_path / "home"), PYTHONPATH=str(ROOT))
    env.pop("DEALERDESK_DATABASE_URL", None)
    proc = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    lines = [line for line in proc.stderr.splitlines() if line.startswith("RESULT ")]
    assert proc.returncode == 0 and lines, f"the CLI script failed: rc={proc.returncode} stderr={proc.stderr[-2000:]}"
    result = json.loads(lines[-1][len("RESULT "):])
    assert result["codes"] == [0, 0, 0], f"demo-data and list must succeed, exit codes {result['codes']}"
    assert result["loaded"] == [], f"running subcommands loaded Qt or the UI: {result['loaded']}"


def _without_type_checking(tree: ast.AST) -> ast.AST:
    """The tree minus ``if TYPE_CHECKING:`` blocks (imports for annotations only never run)."""

    class Strip(ast.NodeTransformer):
        def visit_If(self, node: ast.If):
            test = node.test
            if (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or \
                    (isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"):
                return node.orelse or None
            return self.generic_visit(node)

    return Strip().visit(tree)


def _graph() -> dict[str, set[str]]:
    """Module → the desktop modules it imports at run time, anywhere in the file: an import inside a
    function or at the bottom of the file is still a dependency; one for annotations only is not."""
    rels = {_module_name(ROOT / rel): rel for rel in MODULES}
    graph = {}
    for module, rel in rels.items():
        tree = _without_type_checking(ast.parse((ROOT / rel).read_text(encoding="utf-8")))
        graph[module] = {n for n in imports_of(ROOT / rel, tree) if n in rels and n != module}
    return graph


def import_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_the_cycle_finder_finds_a_cycle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert import_cycles(graph) == [["a", "b", "c"]], "a → b → c → a is one cycle; d only leans on it"
    assert import_cycles({"a": {"b"}, "b": set()}) == [], "no cycle in a chain"


def test_no_import_cycles():
    """Modules import each other one way only; a lazy or bottom-of-file import to dodge a cycle still counts."""
    cycles = import_cycles(_graph())
    assert not cycles, f"import cycles among desktop modules: {cycles}"


def _defined_at_top(tree: ast.Module) -> set[str]:
    """Names a module defines itself (functions, classes, assignments), not the ones it imports."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node in tree.body:
            names.add(node.name)
    for node in tree.body:
        for sub in ast.walk(node) if isinstance(node, (ast.If, ast.Try)) else [node]:
            if isinstance(sub, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names.add(sub.name)
            elif isinstance(sub, ast.Assign):
                names |= {n.id for t in sub.targets for n in ast.walk(t) if isinstance(n, ast.Name)}
            elif isinstance(sub, ast.AnnAssign) and isinstance(sub.target, ast.Name):
                names.add(sub.target.id)
    return names


def _python_files(*folders: str) -> dict[str, ast.Module]:
    return {p.relative_to(ROOT).as_posix(): ast.parse(p.read_text(encoding="utf-8"))
            for folder in folders for p in sorted((ROOT / folder).rglob("*.py")) if "migrations" not in p.parts}


def _borrowed_names(files: dict[str, ast.Module]) -> tuple[list[str], list[str]]:
    """(private names imported from another module, names imported from a module that only imports them)."""
    owners = {_module_name(ROOT / rel): tree for rel, tree in files.items()}
    defined = {name: _defined_at_top(tree) for name, tree in owners.items()}
    private, borrowed = [], []
    for rel, tree in files.items():
        local_stores = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)} | \
                       {a.arg for n in ast.walk(tree) if isinstance(n, ast.arguments) for a in n.args + n.kwonlyargs}
        aliases: dict[str, str] = {}
        for node in ast.walk(tree):
            if not (isinstance(node, ast.ImportFrom) and node.level == 0 and node.module in defined):
                continue
            for alias in node.names:
                full = f"{node.module}.{alias.name}"
                if full in defined:
                    aliases[alias.asname or alias.name] = full
                    continue
                where = f"{rel}:{node.lineno} {alias.name} from {node.module}"
                if alias.name.startswith("_") and not alias.name.startswith("__"):
                    private.append(where)
                elif alias.name not in defined[node.module]:
                    borrowed.append(where)
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in aliases \
                    and node.value.id not in local_stores and not node.attr.startswith("__"):
                module = aliases[node.value.id]
                if f"{module}.{node.attr}" in defined:
                    continue
                where = f"{rel}:{node.lineno} {node.value.id}.{node.attr} ({module})"
                if node.attr.startswith("_") and isinstance(node.ctx, ast.Load) and not rel.startswith("tests/"):
                    private.append(where)
                elif node.attr not in defined[module] and isinstance(node.ctx, ast.Load) and not rel.startswith("tests/"):
                    borrowed.append(where)
    return private, borrowed


def test_the_borrowed_name_check_sees_both_kinds(tmp_path, monkeypatch):
    (tmp_path / "desktop").mkdir()
    (tmp_path / "desktop" / "__init__.py").write_text("", encoding="utf-8")
    (tmp_path / "desktop" / "a.py").write_text("from os import path\n\n\ndef _helper():\n    pass\n", encoding="utf-8")
    (tmp_path / "desktop" / "b.py").write_text("from desktop.a import _helper, path\nfrom desktop import a\nx = a.path\n",
                                               encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    private, borrowed = _borrowed_names(_python_files("desktop"))
    assert private == ["desktop/b.py:1 _helper from desktop.a"], f"a private name imported across modules: {private}"
    assert borrowed == ["desktop/b.py:1 path from desktop.a", "desktop/b.py:3 a.path (desktop.a)"], \
        f"names taken from a module that only imports them: {borrowed}"


def test_no_private_names_or_re_exports_across_modules():
    """A shared helper is public in the module that owns it, and is imported from there (no re-export shims)."""
    private, borrowed = _borrowed_names(_python_files("desktop", "tests", "benchmarks"))
    assert not private, "private names used from another module (make them public where they live):\n" + "\n".join(private)
    assert not borrowed, "names imported from a module that only imports them (import them from their owner):\n" + \
        "\n".join(borrowed)


def test_one_naming_rule_for_records():
    """`Row` names an ORM class (a row of a table, persistence/models/<area>.py), always used through its
    module (`m.Dealer`, `mm.MeetingRow`) so it may share its noun with the record; a record is the plain
    noun (rules/<area>/records.py); the one line a list shows is `<Thing>Line`. See docs/DEVELOPING.md."""
    rows_elsewhere, orm_by_name = [], []
    for rel, tree in _python_files("desktop").items():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and node.name.endswith("Row") and not _under(rel, "persistence"):
                rows_elsewhere.append(f"{rel}:{node.lineno} {node.name}")
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("desktop.persistence.models.") \
                    and not _under(rel, "persistence"):
                orm_by_name += [f"{rel}:{node.lineno} {a.name}" for a in node.names]
    assert not rows_elsewhere, f"`Row` is for ORM classes; call a list's line `<Thing>Line`: {rows_elsewhere}"
    assert not orm_by_name, f"use ORM classes through their module (`from desktop.persistence.models import x as m`): {orm_by_name}"
