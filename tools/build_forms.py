"""Compile forms/*.ui into desktop/ui/generated/ui_*.py with pyside6-uic (run after editing a form).

``python tools/build_forms.py`` rewrites the generated modules; ``--check`` exits 1 when one is
out of date with its form (tests/ui/test_generated_forms.py runs the same comparison).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "forms"
GENERATED = ROOT / "desktop" / "ui" / "generated"
HEADER = "# Generated from forms/{name} by tools/build_forms.py (pyside6-uic). Do not edit: edit the form.\n"


def uic_executable() -> str:
    exe = Path(sys.executable).with_name("pyside6-uic" + (".exe" if sys.platform == "win32" else ""))
    return str(exe) if exe.exists() else "pyside6-uic"


def compile_form(ui_file: Path) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.py"
        subprocess.run([uic_executable(), str(ui_file), "-o", str(out)], check=True, capture_output=True)
        body = out.read_text(encoding="utf-8")
    # Drop uic's banner: it names the uic version, which would make the output machine-dependent.
    lines = [line for line in body.splitlines(keepends=True) if not line.startswith("##")]
    while lines and not lines[0].strip():
        lines.pop(0)
    return HEADER.format(name=ui_file.name) + "".join(lines)


def target_of(ui_file: Path) -> Path:
    return GENERATED / f"ui_{ui_file.stem}.py"


def main(argv: list[str]) -> int:
    stale = []
    for ui_file in sorted(FORMS.glob("*.ui")):
        code = compile_form(ui_file)
        target = target_of(ui_file)
        current = target.read_text(encoding="utf-8") if target.exists() else None
        if current != code:
            stale.append(target.name)
            if "--check" not in argv:
                target.write_text(code, encoding="utf-8")
    if "--check" in argv and stale:
        print("out of date: " + ", ".join(stale))
        return 1
    print(("updated: " + ", ".join(stale)) if stale else "all generated forms up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
