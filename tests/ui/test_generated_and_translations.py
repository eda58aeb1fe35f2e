"""Generated forms match their .ui sources; the zh_CN translation is complete and compiled."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _tool(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_form_has_an_up_to_date_generated_module():
    build = _tool("build_forms")
    forms = sorted((ROOT / "forms").glob("*.ui"))
    assert forms, "there are Designer forms"
    for ui_file in forms:
        target = build.target_of(ui_file)
        assert target.exists(), f"{target.name} missing: run tools/build_forms.py"
        assert target.read_text(encoding="utf-8") == build.compile_form(ui_file), \
            f"{target.name} is out of date with forms/{ui_file.name}: run tools/build_forms.py"


def test_zh_cn_translation_complete_and_compiled():
    problems = _tool("i18n").check()
    assert not problems, "translation problems:\n" + "\n".join(problems[:20])


def test_translations_keep_placeholders():
    import re

    for context, source, translation, _unfinished in _tool("i18n").messages():
        want = sorted(re.findall(r"\{\d+\}", source))
        got = sorted(re.findall(r"\{\d+\}", translation))
        assert want == got, f"[{context}] {source!r}: placeholders {want} but translation has {got}"


def test_every_translated_string_is_a_literal_lupdate_can_see():
    """lupdate extracts only tr("…") / QCoreApplication.translate("Context", "…") with literal text; a wrapper
    such as ``def _tr(text): return translate("X", text)`` hides its strings, and the check above then
    passes while the window stays in English. Every such call must carry its text as a literal."""
    import ast

    hidden = []
    for path in sorted((ROOT / "desktop" / "ui").rglob("*.py")):
        if "generated" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                continue
            name, args = node.func.attr, node.args
            text = args[1] if name == "translate" and len(args) >= 2 else args[0] if name == "tr" and args else None
            if text is not None and not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
                hidden.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not hidden, "translated text that lupdate cannot see (pass a literal):\n" + "\n".join(hidden)
