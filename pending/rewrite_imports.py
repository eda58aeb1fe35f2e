#!/usr/bin/env python3
"""Rewrite references to moved modules per /work/restructure-map.txt (issue 17, DealerDesk).

    python3 /work/rewrite_imports.py FILE_OR_DIR...     # rewrites in place, prints what changed

Handles, in .py files:
  import old.mod [as x]                      -> import new.mod [as x]
  from old.mod import a, b                   -> from new.mod import a, b
  from old.mod.sub import a                  -> (prefix rewritten)
  from desktop.services import roster_plan   -> from desktop.services.rosters import plan as roster_plan
  from . / .. relative imports               -> resolved, and written absolute when a moved module is involved
  "desktop.services.roster_plan" anywhere else in the file (mock.patch / monkeypatch strings, comments,
  docstrings, attribute chains after ``import desktop.x``)   -> longest match first
  short forms in comments/docstrings/strings: ``services.roster_plan``, ``ui/tasks.py`` paths.
In other text files (.md, .spec, .toml, .txt, .ini, .cfg): dotted names and paths.

Idempotent: names that already are new modules are left alone (a new package that has the old
module's name, e.g. desktop.services.dealers, counts as new when what follows is one of its
submodules).
"""

from __future__ import annotations

import ast
import io
import re
import sys
import tokenize
from pathlib import Path

MAP_FILE = Path(__file__).with_name("restructure-map.txt")

# Names that moved to another module than their module did: (new module, name) -> module holding it now.
SYMBOL_MOVES = {
    ("desktop.ui.operations", "ChangeBus"): "desktop.ui.change_bus",
    # issue 17 phase 2: no re-exports, no import cycles
    ("desktop.rules.negotiation.records", "Fact"): "desktop.rules.facts",
    ("desktop.rules.negotiation.classification", "fmt_number"): "desktop.rules.facts",
    **{("desktop.rules.negotiation.records", n): "desktop.rules.negotiation.policy_records"
       for n in ("Bonus", "CapBreach", "Economics", "FeeCap", "PolicyVersion")},
    ("desktop.services.negotiation.common", "check_version"): "desktop.services.conflicts",
    ("desktop.services.negotiation.common", "stale_guard"): "desktop.services.conflicts",
    ("desktop.services.negotiation.common", "assign"): "desktop.services.mapping",
    **{("desktop.services.rosters.read", n): "desktop.services.rosters.plan"
       for n in ("CHUNK", "FIELD_INDEX", "REJECTED", "ImportCancelled", "ImportPlan", "PlannedRow", "ProgressFn")},
    ("desktop.services.rosters.read", "plan_rows"): "desktop.services.rosters.planner",
    ("desktop.services.rosters.read", "settle"): "desktop.services.rosters.planner",
    ("desktop.services.backup.restore", "BackupCancelled"): "desktop.services.backup.create",
    **{("desktop.rules.negotiation.policy", n): "desktop.rules.negotiation.caps" for n in ("cap_for", "check_caps", "line_totals")},
    ("desktop.documents", "render_selftest_pdf"): "desktop.documents.selftest_pdf",
    ("desktop.documents", "render_dealer_card"): "desktop.documents.dealers.card",
    ("desktop.documents", "render_packet"): "desktop.documents.negotiation.packet",
    ("desktop.documents", "render_packet_set"): "desktop.documents.negotiation.packet",
    ("desktop.documents", "render_brochure"): "desktop.documents.negotiation.brochure",
    ("desktop.documents", "render_target_list"): "desktop.documents.negotiation.target_list",
}

# Classes renamed in place (issue 17's naming rule: `Row` is for ORM classes only; a list's line is `<Thing>Line`).
CLASS_RENAMES = {
    ("desktop.rules.dealers.records", "DealerRow"): "DealerLine",
    ("desktop.rules.negotiation.meeting_records", "MeetingRow"): "MeetingLine",
    ("desktop.rules.contracts.records", "ContractListRow"): "ContractLine",
    ("desktop.services.rosters.plan", "PlannedRow"): "PlannedLine",
}

LINE_LIMIT = 118


def load_map(path: Path = MAP_FILE) -> dict[str, str]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            old, new = line.split()
            out[old] = new
    return out


OLD = load_map()
NEW_MODULES = set(OLD.values())
NEW_PACKAGES = {".".join(v.split(".")[:i]) for v in NEW_MODULES for i in range(1, v.count(".") + 1)}
CHILDREN: dict[str, set[str]] = {}
for _v in NEW_MODULES | NEW_PACKAGES:
    if "." in _v:
        _p, _c = _v.rsplit(".", 1)
        CHILDREN.setdefault(_p, set()).add(_c)
NEW_ALL = NEW_MODULES | NEW_PACKAGES


ROOTS: list[Path] = []  # checkouts being rewritten: a module added after the map is found on disk


def _on_disk(parts: list[str]) -> bool:
    return any((root.joinpath(*parts)).with_suffix(".py").is_file() or root.joinpath(*parts).is_dir() for root in ROOTS)


def resolve(dotted: str) -> str | None:
    """The new spelling of ``dotted`` (a module or module.attr chain), or None when nothing changes."""
    parts = dotted.split(".")
    for i in range(len(parts), 0, -1):
        prefix = ".".join(parts[:i])
        if prefix in OLD:
            if prefix in NEW_ALL and i < len(parts) and (parts[i] in CHILDREN.get(prefix, ()) or _on_disk(parts[:i + 1])):
                return None  # already new: desktop.services.dealers.files (or a module added there since)
            new = ".".join([OLD[prefix]] + parts[i:])
            return new if new != dotted else None
        if prefix in NEW_ALL:
            return None
    return None


def module_of(path: Path) -> list[str] | None:
    parts = list(path.resolve().with_suffix("").parts)
    for root in ("desktop", "tests"):
        if root in parts:
            idx = len(parts) - 1 - parts[::-1].index(root)
            mod = parts[idx:]
            return mod
    return None


def _format_from(indent: str, module: str, names: list[tuple[str, str | None]], comment: str) -> str:
    items = [n if a is None or a == n else f"{n} as {a}" for n, a in names]
    line = f"{indent}from {module} import {', '.join(items)}"
    if len(line) + len(comment) <= LINE_LIMIT:
        return line + comment
    head = f"{indent}from {module} import ("
    lines, cur = [], head
    for item in items:
        if cur != head and cur != " " * len(head) and len(cur) + len(item) + 2 > LINE_LIMIT:
            lines.append(cur.rstrip())
            cur = " " * len(head)
        cur += item + ", "
    lines.append(cur.rstrip().rstrip(",") + ")" + comment)
    return "\n".join(lines)


def _rewrite_from(node: ast.ImportFrom, pkg: list[str] | None) -> list[tuple[str, list[tuple[str, str | None]]]] | None:
    """New (module, [(name, alias)]) statements for ``node``, or None when it stays as it is."""
    if node.level:
        if pkg is None:
            return None
        base = pkg[: len(pkg) - (node.level - 1)]
        module = ".".join(base + ([node.module] if node.module else []))
    else:
        module = node.module or ""
    names = [(a.name, a.asname) for a in node.names]
    out: list[tuple[str, list]] = []

    def add(mod, name, alias):
        for m, lst in out:
            if m == mod:
                lst.append((name, alias))
                return
        out.append((mod, [(name, alias)]))

    changed = False
    if module in OLD and module in NEW_ALL:
        # the old module and the new package share a name: importing its submodules means the package
        kids = CHILDREN.get(module, set())
        mine = [n in kids or _on_disk(module.split(".") + [n]) for n, _ in names]
        new_module = None if all(mine) else OLD[module]
    else:
        new_module = resolve(module)
    if new_module is not None:
        changed = True
        for n, a in names:
            add(SYMBOL_MOVES.get((new_module, n), new_module), n, a)
    else:
        for n, a in names:
            full = f"{module}.{n}"
            target = OLD.get(full)
            if target is not None:
                changed = True
                parent, leaf = target.rsplit(".", 1)
                add(parent, leaf, a or n)
            else:
                held = SYMBOL_MOVES.get((module, n))
                if held:
                    changed = True
                    add(held, n, a)
                else:
                    add(module, n, a)
    if node.level and changed:
        return out
    return out if changed else None


def _rewrite_import(node: ast.Import) -> list[str] | None:
    changed = False
    items = []
    for a in node.names:
        new = resolve(a.name)
        if new is not None:
            changed = True
            # ``import old.mod`` binds "old"; so does ``import new.mod`` when the top is the same
        items.append(f"{new or a.name}" + (f" as {a.asname}" if a.asname else ""))
    return items if changed else None


DOTTED = re.compile(r"(?<![\w.])(?:desktop|tests)(?:\.[A-Za-z_]\w*)+")
SHORT = re.compile(r"(?<![\w./])(?:rules|services|ui|documents|persistence)(?:\.[A-Za-z_]\w*)+")
PATH = re.compile(r"(?<![\w./])((?:desktop|tests)/)?((?:rules|services|ui|documents|persistence)(?:/\w+)+)(\.py)?(?![\w/])")


def _sub_dotted(text: str) -> str:
    return DOTTED.sub(lambda m: resolve(m.group(0)) or m.group(0), text)


def _sub_short(text: str) -> str:
    def one(m):
        new = resolve("desktop." + m.group(0))
        return new[len("desktop."):] if new else m.group(0)

    return SHORT.sub(one, text)


def _sub_path(text: str) -> str:
    def one(m):
        root = (m.group(1) or "desktop/").rstrip("/")
        dotted = root + "." + m.group(2).replace("/", ".")
        new = resolve(dotted)
        if not new or (m.group(3) is None and m.group(1) is None):
            return m.group(0)
        tail = new[len(root) + 1:].replace(".", "/")
        return (m.group(1) or "") + tail + (m.group(3) or "")

    return PATH.sub(one, text)


def rewrite_python(text: str, path: Path) -> str:
    tree = ast.parse(text)
    lines = text.splitlines(keepends=True)
    mod = module_of(path)
    if mod is not None:
        root = path.resolve().parents[len(mod) - 1]
        if root not in ROOTS:
            ROOTS.append(root)
    pkg = None
    if mod is not None:
        pkg = mod if path.name == "__init__.py" else mod[:-1]
    replacements: dict[int, tuple[int, str]] = {}  # first line index -> (last line index, new text)
    import_lines: set[int] = set()
    for node in ast.walk(tree):
        if not isinstance(node, (ast.Import, ast.ImportFrom)):
            continue
        first, last = node.lineno - 1, node.end_lineno - 1
        import_lines.update(range(first, last + 1))
        head = lines[first][: node.col_offset]
        tail = lines[last][node.end_col_offset:]
        if head.strip() or tail.strip() and not tail.strip().startswith("#"):
            continue  # shares its line with other code: leave it to a human
        comment = "  " + tail.strip() if tail.strip() else ""
        indent = head
        if isinstance(node, ast.ImportFrom):
            stmts = _rewrite_from(node, pkg)
            if stmts is None:
                continue
            new = "\n".join(_format_from(indent, m, names, comment if i == len(stmts) - 1 else "")
                            for i, (m, names) in enumerate(stmts))
        else:
            items = _rewrite_import(node)
            if items is None:
                continue
            new = f"{indent}import {', '.join(items)}{comment}"
        replacements[first] = (last, new + "\n")
    # dotted names outside import statements; short forms and paths only inside comments and strings
    soft: list[tuple[tuple[int, int], tuple[int, int]]] = []
    try:
        for tok in tokenize.generate_tokens(io.StringIO(text).readline):
            if tok.type in (tokenize.COMMENT, tokenize.STRING) or tok.type == getattr(tokenize, "FSTRING_MIDDLE", -1):
                soft.append((tok.start, tok.end))
    except tokenize.TokenError:
        pass
    out_lines = list(lines)
    for row in range(len(lines)):
        if row in import_lines:
            continue
        line = lines[row]
        new = _sub_dotted(line)
        spans = []
        for (sr, sc), (er, ec) in soft:
            if sr - 1 <= row <= er - 1:
                a = sc if sr - 1 == row else 0
                b = ec if er - 1 == row else len(line)
                spans.append((a, b))
        if spans and new == line:
            pieces, pos = [], 0
            for a, b in sorted(spans):
                pieces.append(line[pos:a])
                pieces.append(_sub_path(_sub_short(line[a:b])))
                pos = b
            pieces.append(line[pos:])
            new = "".join(pieces)
        out_lines[row] = new
    result = []
    row = 0
    while row < len(out_lines):
        if row in replacements:
            last, new = replacements[row]
            result.append(new)
            row = last + 1
        else:
            result.append(out_lines[row])
            row += 1
    return "".join(result)


def rename_classes(text: str, path: Path) -> str:
    """Apply CLASS_RENAMES: in the defining module, to names imported from it, and to ``alias.Old``."""
    tree = ast.parse(text)
    mod = module_of(path)
    me = ".".join(mod[:-1] if mod and mod[-1] == "__init__" else mod) if mod else ""
    bare: dict[str, str] = {}
    aliases: dict[str, str] = {}  # local name of a module -> module
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            for a in node.names:
                if (node.module, a.name) in CLASS_RENAMES and (a.asname is None or a.asname == a.name):
                    bare[a.name] = CLASS_RENAMES[(node.module, a.name)]
                elif (node.module, a.name) in CLASS_RENAMES:
                    text = re.sub(rf"\b{a.name} as {a.asname}\b", f"{CLASS_RENAMES[(node.module, a.name)]} as {a.asname}", text)
                aliases[a.asname or a.name] = f"{node.module}.{a.name}"
        elif isinstance(node, ast.Import):
            for a in node.names:
                aliases[a.asname or a.name] = a.name
    for (module, old), new in CLASS_RENAMES.items():
        if module == me:
            bare[old] = new
        for local, target in aliases.items():
            if target == module:
                text = re.sub(rf"(?<![\w.]){re.escape(local)}\.{old}\b", f"{local}.{new}", text)
    for old, new in bare.items():
        text = re.sub(rf"(?<![\w.]){old}\b", new, text)
    return text


def rewrite_text(text: str) -> str:
    return _sub_path(_sub_short(_sub_dotted(text)))


TEXT_SUFFIXES = {".md", ".spec", ".toml", ".txt", ".ini", ".cfg", ".yml", ".yaml", ".sh", ".rst"}


def rewrite_file(path: Path) -> bool:
    try:
        text = path.read_text(encoding="utf-8")
    except (UnicodeDecodeError, OSError):
        return False
    if path.suffix == ".py":
        new = rename_classes(rewrite_python(text, path), path)
    elif path.suffix in TEXT_SUFFIXES:
        new = rewrite_text(text)
    else:
        return False
    if new != text:
        path.write_text(new, encoding="utf-8")
        return True
    return False


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    changed = 0
    for arg in argv:
        p = Path(arg)
        files = [f for f in p.rglob("*") if f.is_file() and ".venv" not in f.parts and ".git" not in f.parts] if p.is_dir() else [p]
        for f in files:
            if rewrite_file(f):
                changed += 1
                print(f"rewrote {f}")
    print(f"{changed} file(s) rewritten", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
